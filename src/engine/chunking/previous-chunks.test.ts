// Chunking with the previous version's chunks as guesses (previous-chunks.ts) must give
// exactly what a plain pass gives, whatever the edit, the read size, the range or the
// guesses; and it must actually spare the gear hash where the file is unchanged.
import { createHash } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChunkBatch } from "./chunk-emitter.js";
import { chunkFile, type FileChunk } from "./chunk-file.js";
import { DEFAULT_CHUNKER_PARAMS, FastCdc } from "./fastcdc.js";
import { SeededRandom, seededBytes } from "./seeded-bytes.js";
import { joinAtCommonCut, syncMargin } from "./split-chunks.js";
import { CHUNK_FRAME_HEADER } from "../../shared/protocol.js";
import { useScratchFiles } from "../../../test/support/scratch-files.js";

const KiB = 1024;
const MiB = 1024 * KiB;

const scratch = useScratchFiles("previous-chunks");
const { fileWith } = scratch;
afterEach(() => {
  vi.restoreAllMocks();
});

const concat = (...parts: Uint8Array[]) => Buffer.concat(parts);

/** A file with random stretches, a long run of one byte value and a repeated block. */
function baseFile(seed: number): Buffer {
  const block = seededBytes(seed + 1, 40 * KiB);
  return concat(
    seededBytes(seed, 900 * KiB),
    new Uint8Array(300 * KiB), // Zeros: every chunk there is maxSize, all alike.
    block,
    seededBytes(seed + 2, 500 * KiB),
    block,
    block,
    seededBytes(seed + 3, 700 * KiB + 123),
  );
}

/** Edits of `base`, each as people make them. */
function edits(base: Buffer, random: SeededRandom): Record<string, Buffer> {
  const at = (share: number) => Math.floor(base.length * share);
  const mid = at(0.5) + random.below(4096);
  const flipped = Buffer.from(base);
  flipped[mid] = ((flipped[mid] as number) + 1) % 256;
  const inZeros = Buffer.from(base);
  inZeros[900 * KiB + 100 * KiB] = 7;
  return {
    unchanged: base,
    "1 byte overwritten": flipped,
    "4 KiB inserted": concat(
      base.subarray(0, mid),
      seededBytes(random.next(), 4 * KiB),
      base.subarray(mid),
    ),
    "10 KiB deleted": concat(base.subarray(0, mid), base.subarray(mid + 10 * KiB)),
    "a byte in the zeros": inZeros,
    appended: concat(base, seededBytes(random.next(), 70 * KiB)),
    "cut short mid-chunk": base.subarray(0, at(0.8) + 333),
    prepended: concat(seededBytes(random.next(), 5000), base),
    "two edits": concat(
      base.subarray(0, at(0.2)),
      seededBytes(random.next(), 100),
      base.subarray(at(0.2), at(0.7)),
      base.subarray(at(0.7) + 20 * KiB),
    ),
    "blocks swapped": concat(base.subarray(at(0.6)), base.subarray(0, at(0.6))),
    "all new": Buffer.from(seededBytes(random.next(), base.length)),
    empty: Buffer.alloc(0),
  };
}

const refs = (chunks: readonly FileChunk[]) => chunks.map(({ id, size }) => ({ id, size }));

describe("chunking with the previous version's chunks", () => {
  it("cuts exactly as a plain pass, for every kind of edit and read size", async () => {
    for (const seed of [1, 2, 3]) {
      const base = baseFile(seed);
      const previous = refs((await chunkFile(await fileWith(base))).chunks);
      for (const [edit, data] of Object.entries(edits(base, new SeededRandom(seed)))) {
        const path = await fileWith(data);
        const plain = await chunkFile(path);
        // Reads of odd sizes: guesses span reads, and end mid-read.
        for (const readSize of [MiB, 100_000, 7919]) {
          const guided = await chunkFile(path, { previous, readSize });
          expect(guided.chunks, `${edit}, seed ${seed}, reads of ${readSize}`).toEqual(
            plain.chunks,
          );
          expect(guided.hash).toBe(plain.hash);
        }
      }
    }
  });

  it("does the same for the two jobs of a split file, and for chunks handed out", async () => {
    const base = baseFile(9);
    const previous = refs((await chunkFile(await fileWith(base))).chunks);
    const { "4 KiB inserted": inserted } = edits(base, new SeededRandom(9));
    const path = await fileWith(inserted as Buffer);
    const plain = await chunkFile(path);
    const cut = Math.floor((inserted as Buffer).length * 0.6);
    const head = await chunkFile(path, {
      part: "chunks",
      range: { from: 0, to: cut + syncMargin(DEFAULT_CHUNKER_PARAMS) },
      previous,
    });
    const tail = await chunkFile(path, { range: { from: cut, to: Infinity }, previous });
    expect(joinAtCommonCut(head.chunks, tail.chunks, tail.size)).toEqual(plain.chunks);

    // Handed out: each chunk once, with its own bytes; the previous version's left out.
    const batches: ChunkBatch[] = [];
    const handedOut = await chunkFile(path, {
      previous,
      readSize: 100_000,
      emit: {
        skip: previous.map((c) => c.id),
        onBatch: (batch) => {
          batches.push(batch);
          return Promise.resolve();
        },
      },
    });
    expect(handedOut.chunks).toEqual(plain.chunks);
    const old = new Set(previous.map((c) => c.id));
    const emitted = batches.flatMap((b) => b.chunks);
    expect(emitted).toEqual(plain.chunks.filter((c) => !old.has(c.id)));
    expect(emitted.length).toBeGreaterThan(0);
    for (const batch of batches) {
      let at = 0;
      for (const chunk of batch.chunks) {
        const frame = batch.body.subarray(
          at + CHUNK_FRAME_HEADER,
          at + CHUNK_FRAME_HEADER + chunk.size,
        );
        expect(createHash("sha256").update(frame).digest("hex")).toBe(chunk.id);
        at += CHUNK_FRAME_HEADER + chunk.size;
      }
    }
  });

  it("ignores guesses that are wrong, and spares the gear hash where they are right", async () => {
    const base = baseFile(5);
    const path = await fileWith(base);
    const plain = await chunkFile(path);
    const wrong = plain.chunks.map((c, i) => ({ id: i % 2 ? c.id : "0".repeat(64), size: c.size }));
    expect((await chunkFile(path, { previous: wrong })).chunks).toEqual(plain.chunks);
    const shifted = plain.chunks.map((c) => ({ id: c.id, size: c.size + 1 }));
    expect((await chunkFile(path, { previous: shifted })).chunks).toEqual(plain.chunks);

    // Bytes the gear hash scans, with and without the right guesses.
    const scanned = vi.spyOn(FastCdc.prototype, "nextCut");
    await chunkFile(path);
    const plainCalls = scanned.mock.calls.length;
    scanned.mockClear();
    await chunkFile(path, { previous: refs(plain.chunks) });
    // Only the last chunk (never guessed) is scanned; the rest is confirmed by SHA-256.
    expect(plainCalls).toBeGreaterThan(100);
    expect(scanned.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
