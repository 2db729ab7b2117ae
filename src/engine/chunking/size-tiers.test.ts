// Larger chunks for very large files (size-tiers.ts). The real threshold is 16 GiB;
// these tests lower it through the parameters (`largeFileFrom`) to cut files of a few
// MiB the way a file past it is cut, alone and split over two jobs of the pool.
import { describe, expect, it } from "vitest";
import type { ChunkRef } from "../../shared/protocol.js";
import type { ChunkBatch } from "./chunk-emitter.js";
import { chunkFile } from "./chunk-file.js";
import { chunkSmallFileSync } from "./chunk-small-file.js";
import { NODE_FS } from "../env/file-system.js";
import { ChunkerPool } from "./chunker-pool.js";
import {
  DEFAULT_CHUNKER_PARAMS,
  cutPoints,
  validateChunkerParams,
  type ChunkerParams,
} from "./fastcdc.js";
import { seededBytes } from "./seeded-bytes.js";
import {
  isLargeFile,
  LARGE_FILE_MIN_BYTES,
  LARGE_FILE_SCALE,
  paramsForSize,
  sameTier,
} from "./size-tiers.js";
import { useScratchFiles } from "../../../test/support/scratch-files.js";

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
/** The default parameters, with files of 8 MiB and more counting as large. */
const LOWERED = { ...DEFAULT_CHUNKER_PARAMS, largeFileFrom: 8 * MiB };
const scratch = useScratchFiles("size-tiers");

const refs = (chunks: readonly ChunkRef[]) => chunks.map((c) => ({ id: c.id, size: c.size }));

describe("chunk size tiers", () => {
  it("cuts files from 16 GiB up with every bound eight times larger", () => {
    expect(LARGE_FILE_MIN_BYTES).toBe(16 * GiB);
    expect(isLargeFile(DEFAULT_CHUNKER_PARAMS, 16 * GiB - 1)).toBe(false);
    expect(isLargeFile(DEFAULT_CHUNKER_PARAMS, 16 * GiB)).toBe(true);
    expect(paramsForSize(DEFAULT_CHUNKER_PARAMS, 16 * GiB - 1)).toBe(DEFAULT_CHUNKER_PARAMS);
    const large = paramsForSize(DEFAULT_CHUNKER_PARAMS, 20 * GiB);
    expect([large.minSize, large.avgSize, large.maxSize]).toEqual([
      4 * 1024 * LARGE_FILE_SCALE,
      16 * 1024 * LARGE_FILE_SCALE,
      64 * 1024 * LARGE_FILE_SCALE,
    ]);
    expect(large.normalization).toBe(DEFAULT_CHUNKER_PARAMS.normalization);
    expect(() => {
      validateChunkerParams(large);
    }).not.toThrow();
    expect(sameTier(DEFAULT_CHUNKER_PARAMS, 17 * GiB, 200 * GiB)).toBe(true);
    expect(sameTier(DEFAULT_CHUNKER_PARAMS, 15 * GiB, 17 * GiB)).toBe(false);
    expect(() => {
      validateChunkerParams({ ...DEFAULT_CHUNKER_PARAMS, largeFileFrom: 0 });
    }).toThrow(/largeFileFrom/);
  });

  it("cuts a large file at the larger parameters' cut points, and a smaller one as before", async () => {
    const small = seededBytes(71, 6 * MiB);
    const large = seededBytes(72, 12 * MiB);
    const smallChunks = await chunkFile(await scratch.fileWith(small), { params: LOWERED });
    const largeChunks = await chunkFile(await scratch.fileWith(large), { params: LOWERED });
    const sizes = (data: Uint8Array, params: ChunkerParams) => {
      const cuts = cutPoints(data, params);
      return cuts.map((cut, i) => cut - (i === 0 ? 0 : (cuts[i - 1] as number)));
    };
    expect(smallChunks.chunks.map((c) => c.size)).toEqual(sizes(small, DEFAULT_CHUNKER_PARAMS));
    const scaled = paramsForSize(LOWERED, large.length);
    expect(largeChunks.chunks.map((c) => c.size)).toEqual(sizes(large, scaled));
    // Every chunk but the last is at least the larger minimum; about 8x fewer chunks.
    for (const chunk of largeChunks.chunks.slice(0, -1)) {
      expect(chunk.size).toBeGreaterThanOrEqual(scaled.minSize);
      expect(chunk.size).toBeLessThanOrEqual(scaled.maxSize);
    }
    const mean = large.length / largeChunks.chunks.length;
    expect(mean).toBeGreaterThan(100 * 1024);
  });

  it("cuts a small file read whole as chunkFile does, tier included", async () => {
    const params = { ...DEFAULT_CHUNKER_PARAMS, largeFileFrom: 512 * 1024 };
    const file = await scratch.fileWith(seededBytes(76, 900 * 1024));
    const whole = chunkSmallFileSync(NODE_FS, file, params);
    const streamed = await chunkFile(file, { params });
    expect(whole?.chunks).toEqual(streamed.chunks);
    expect(whole?.hash).toBe(streamed.hash);
    expect(streamed.chunks.length).toBeLessThan(12);
  });

  it("lets the previous version's chunks guide the cutting only within one tier", async () => {
    const whole = seededBytes(73, 12 * MiB);
    // The previous version was 7 MiB (the smaller tier); the file grew past 8 MiB.
    const before = await chunkFile(await scratch.fileWith(whole.subarray(0, 7 * MiB)), {
      params: LOWERED,
    });
    const file = await scratch.fileWith(whole);
    const guided = await chunkFile(file, { params: LOWERED, previous: refs(before.chunks) });
    const plain = await chunkFile(file, { params: LOWERED });
    expect(guided.chunks).toEqual(plain.chunks);
    expect(guided.hash).toBe(plain.hash);
    // Within the large tier, the guide still gives what a plain pass gives.
    const grown = await scratch.fileWith(Buffer.concat([whole, seededBytes(74, MiB)]));
    const again = await chunkFile(grown, { params: LOWERED, previous: refs(plain.chunks) });
    expect(again.chunks).toEqual((await chunkFile(grown, { params: LOWERED })).chunks);
  });

  it("splits a large file over two jobs, handing every chunk out once and in order", async () => {
    const file = await scratch.fileWith(seededBytes(75, 24 * MiB));
    const expected = await chunkFile(file, { params: LOWERED });
    const pool = new ChunkerPool({ params: LOWERED, size: 2 });
    try {
      const handedOut: string[] = [];
      const onBatch = ({ chunks }: ChunkBatch) => {
        handedOut.push(...chunks.map((c) => c.id));
        return Promise.resolve();
      };
      const result = await pool.chunk(file, 24 * MiB, { outlet: { onBatch } });
      expect(result.chunks).toEqual(expected.chunks);
      expect(result.hash).toBe(expected.hash);
      expect(handedOut).toEqual(expected.chunks.map((c) => c.id));
    } finally {
      await pool.close();
    }
  });
});
