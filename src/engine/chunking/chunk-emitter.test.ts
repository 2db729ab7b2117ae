// chunkFile handing out its chunks while it reads (ChunkFileOptions.emit): every
// batch parses as upload frames whose bytes hash to their ids, the chunks come out in
// file order exactly once, `skip` and `from` leave chunks out, and reading waits for
// each batch to be dealt with.
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseFrames } from "../../shared/chunk-framing.js";
import { LIMITS } from "../../shared/protocol.js";
import { batchSpares, type ChunkBatch } from "./chunk-emitter.js";
import { chunkFile, type FileChunk } from "./chunk-file.js";
import { seededBytes } from "./seeded-bytes.js";

const MiB = 1024 * 1024;
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

let dir: string;
let file: string;
let data: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cirrus-chunk-emitter-"));
  data = seededBytes(11, 13 * MiB + 4321);
  file = join(dir, "big.bin");
  await writeFile(file, data);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The chunks of every batch, checked against their frames and the file's bytes. */
function unpack(batches: readonly ChunkBatch[]): FileChunk[] {
  const chunks: FileChunk[] = [];
  for (const batch of batches) {
    // Its buffer is its own (it may be transferred to another thread).
    expect(batch.body.byteOffset).toBe(0);
    const frames = parseFrames(batch.body, LIMITS.maxChunkSize);
    expect(frames.map((f) => f.id)).toEqual(batch.chunks.map((c) => c.id));
    // Compared in one go per batch: a matcher per chunk costs seconds here.
    const wrong = batch.chunks.filter((chunk, i) => {
      const frame = frames[i]?.data as Uint8Array;
      const bytes = data.subarray(chunk.offset, chunk.offset + chunk.size);
      return sha256(frame) !== chunk.id || !Buffer.from(frame).equals(bytes);
    });
    expect(wrong).toEqual([]);
    chunks.push(...batch.chunks);
  }
  return chunks;
}

/** An onBatch that keeps the batches. */
const collect = (batches: ChunkBatch[]) => (batch: ChunkBatch) => {
  batches.push(batch);
  return Promise.resolve();
};

describe("chunkFile handing out chunks", () => {
  it("hands out every chunk once, in order, in batches of about 4 MiB", async () => {
    const batches: ChunkBatch[] = [];
    // Reads of 100,000 bytes: chunks span reads, batches fill mid-read.
    const result = await chunkFile(file, {
      readSize: 100_000,
      emit: { onBatch: collect(batches) },
    });
    expect(unpack(batches)).toEqual(result.chunks);
    expect(batches.length).toBe(4);
    for (const batch of batches.slice(0, -1)) {
      expect(batch.body.length).toBeGreaterThanOrEqual(4 * MiB);
      expect(batch.body.length).toBeLessThan(4 * MiB + 100_000 + 64 * 1024);
    }
  });

  it("leaves out the chunks in `skip` and those starting before `from`", async () => {
    const all = (await chunkFile(file)).chunks;
    const skip = new Set(all.filter((_, i) => i % 3 === 0).map((c) => c.id));
    const from = 5 * MiB;
    const batches: ChunkBatch[] = [];
    const result = await chunkFile(file, {
      emit: { skip: [...skip], from, onBatch: collect(batches) },
    });
    expect(result.chunks).toEqual(all);
    expect(unpack(batches)).toEqual(all.filter((c) => !skip.has(c.id) && c.offset >= from));
  });

  it("hands out only whole chunks of a range, and nothing past a part's end", async () => {
    const range = { from: 2 * MiB, to: 7 * MiB };
    const batches: ChunkBatch[] = [];
    const result = await chunkFile(file, {
      part: "chunks",
      range,
      emit: { onBatch: collect(batches) },
    });
    const emitted = unpack(batches);
    expect(emitted).toEqual(result.chunks);
    expect(emitted[0]?.offset).toBe(range.from);
    const last = emitted.at(-1) as FileChunk;
    expect(last.offset + last.size).toBeLessThanOrEqual(range.to);
  });

  it("builds later batches in the buffers of those dealt with, when given spares", async () => {
    const spares = batchSpares();
    const buffers = new Set<ArrayBufferLike>();
    const chunks: FileChunk[] = [];
    const result = await chunkFile(file, {
      readSize: 100_000,
      emit: {
        spares,
        // Checked while the batch is this caller's: its buffer holds a later one after.
        onBatch: (batch) => {
          chunks.push(...unpack([batch]));
          buffers.add(batch.body.buffer);
          return Promise.resolve();
        },
      },
    });
    expect(chunks).toEqual(result.chunks);
    // Four batches in two buffers: one is filled while the other is out.
    expect(buffers.size).toBe(2);
  });

  it("reads on only once a batch is dealt with", async () => {
    let pending = false;
    let readsWhilePending = 0;
    const batches: ChunkBatch[] = [];
    await chunkFile(file, {
      onProgress: () => {
        if (pending) readsWhilePending++;
      },
      emit: {
        onBatch: async (batch) => {
          pending = true;
          await new Promise((resolve) => setTimeout(resolve, 20));
          batches.push(batch);
          pending = false;
        },
      },
    });
    expect(batches.length).toBeGreaterThan(2);
    expect(readsWhilePending).toBe(0);
  });
});
