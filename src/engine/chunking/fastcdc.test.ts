import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_CHUNKER_PARAMS,
  FastCdc,
  cutPoints,
  gearTable,
  validateChunkerParams,
  type ChunkerParams,
} from "./fastcdc.js";
import { SeededRandom, seededBytes } from "./seeded-bytes.js";

const KiB = 1024;
/** Small sizes give many chunks per MiB, so properties are tested on many cuts. */
const SMALL: ChunkerParams = { minSize: 256, avgSize: 1024, maxSize: 4096, normalization: 1 };
const PARAM_SETS: [string, ChunkerParams][] = [
  ["default", DEFAULT_CHUNKER_PARAMS],
  ["small", SMALL],
  ["small, level 2", { ...SMALL, normalization: 2 }],
  ["small, level 0", { ...SMALL, normalization: 0 }],
];

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

function sizesOf(cuts: number[]): number[] {
  let prev = 0;
  return cuts.map((end) => {
    const size = end - prev;
    prev = end;
    return size;
  });
}

function chunkIds(data: Uint8Array, params: ChunkerParams): string[] {
  let prev = 0;
  return cutPoints(data, params).map((end) => {
    const id = sha256(data.subarray(prev, end));
    prev = end;
    return id;
  });
}

/** Feed `data` in pieces whose lengths come from `rng` (0 to 3*maxLen bytes). */
function cutsWithSplits(data: Uint8Array, params: ChunkerParams, rng: SeededRandom): number[] {
  const cdc = new FastCdc(params);
  const cuts: number[] = [];
  let offset = 0;
  while (offset < data.length) {
    // Mix tiny pieces (1 byte, empty) with pieces larger than a chunk.
    const pick = rng.below(4);
    const len =
      pick === 0 ? rng.below(2) : pick === 1 ? rng.below(64) : rng.below(3 * params.maxSize);
    const piece = data.subarray(offset, offset + len);
    for (const cut of cdc.push(piece)) cuts.push(offset + cut);
    offset += piece.length;
  }
  if (cdc.finish() > 0) cuts.push(data.length);
  return cuts;
}

function insertAtFront(data: Uint8Array, length: number): Uint8Array {
  const edited = new Uint8Array(length + data.length);
  edited.set(seededBytes(length, length));
  edited.set(data, length);
  return edited;
}

/** How many leading chunks of `before` are missing from `after`. */
function originalChunksLost(before: string[], after: string[]): number {
  const kept = new Set(after);
  let lost = 0;
  while (lost < before.length && !kept.has(before[lost]!)) lost++;
  return lost;
}

/**
 * The paper's Algorithm 1, transcribed as directly as possible and independently of
 * fastcdc.ts: whole buffer, one chunk per call, plain double arithmetic mod 2^32 and
 * "top bits are zero" tested by division. (As in fastcdc.ts, the chunk includes the
 * byte whose hash matched; the paper's listing returns i, leaving it out.)
 */
function referenceCuts(data: Uint8Array, p: ChunkerParams): number[] {
  const gear = gearTable();
  const level = p.normalization ?? 1;
  const bits = Math.log2(p.avgSize);
  const strict = 2 ** (32 - (bits + level));
  const loose = 2 ** (32 - (bits - level));
  const cuts: number[] = [];
  let start = 0;
  while (start < data.length) {
    let n = data.length - start;
    let length = n;
    if (n > p.minSize) {
      if (n > p.maxSize) n = p.maxSize;
      length = n;
      const normal = Math.min(p.avgSize, n);
      let fp = 0;
      for (let i = p.minSize; i < n; i++) {
        fp = (fp * 2 + gear[data[start + i]!]!) % 2 ** 32;
        if (Math.floor(fp / (i < normal ? strict : loose)) === 0) {
          length = i + 1;
          break;
        }
      }
    }
    start += length;
    cuts.push(start);
  }
  return cuts;
}

describe("FastCdc", () => {
  describe.each(PARAM_SETS)("with %s parameters", (_name, params) => {
    const data = seededBytes(1, 2 * 1024 * KiB);

    it("gives the same cut points for any split of the input", () => {
      const whole = cutPoints(data, params);
      expect(whole.length).toBeGreaterThan(10);
      const rng = new SeededRandom(7);
      for (let round = 0; round < 20; round++) {
        expect(cutsWithSplits(data, params, rng)).toEqual(whole);
      }
    });

    it("cuts where a direct transcription of the paper's algorithm cuts", () => {
      expect(cutPoints(data, params)).toEqual(referenceCuts(data, params));
    });

    it("keeps every chunk within min and max, except a shorter last chunk", () => {
      const sizes = sizesOf(cutPoints(data, params));
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(data.length);
      for (const size of sizes.slice(0, -1)) {
        expect(size).toBeGreaterThanOrEqual(params.minSize);
        expect(size).toBeLessThanOrEqual(params.maxSize);
      }
      expect(sizes.at(-1)).toBeGreaterThan(0);
      expect(sizes.at(-1)).toBeLessThanOrEqual(params.maxSize);
    });

    it("re-cuts only the first few chunks when bytes are inserted at the front", () => {
      const before = chunkIds(data, params);
      for (const inserted of [1, 37, params.minSize, 3 * params.avgSize]) {
        const after = chunkIds(insertAtFront(data, inserted), params);
        const lost = originalChunksLost(before, after);
        // Everything after the first few original chunks is the very same chunks in
        // the same order (a few, because min skipping and normalization can make the
        // cut points take a few chunks to fall back in step).
        expect(lost).toBeLessThanOrEqual(6);
        expect(after.slice(after.length - (before.length - lost))).toEqual(before.slice(lost));
      }
    });

    it("produces identical cut points on a reused chunker after finish()", () => {
      const cdc = new FastCdc(params);
      const first = cdc.push(data);
      const firstLast = cdc.finish();
      expect(cdc.push(data)).toEqual(first);
      expect(cdc.finish()).toBe(firstLast);
    });
  });

  it("re-cuts mostly just the first chunk after a front insert with the default parameters", () => {
    const data = seededBytes(8, 1024 * KiB);
    const before = chunkIds(data, DEFAULT_CHUNKER_PARAMS);
    const rng = new SeededRandom(9);
    const losses: number[] = [];
    for (let round = 0; round < 60; round++) {
      const after = chunkIds(insertAtFront(data, 1 + rng.below(8 * KiB)), DEFAULT_CHUNKER_PARAMS);
      const lost = originalChunksLost(before, after);
      expect(after.slice(after.length - (before.length - lost))).toEqual(before.slice(lost));
      losses.push(lost);
    }
    // Measured over 2,000 inserts on 40 inputs: 85% re-cut only the first chunk,
    // none more than 4 (at normalization level 2: 57%, up to 5).
    expect(Math.max(...losses)).toBeLessThanOrEqual(4);
    expect(losses.filter((lost) => lost === 1).length).toBeGreaterThanOrEqual(0.7 * losses.length);
  });

  it("cuts a run of one byte value at maxSize (the hash goes constant)", () => {
    const sizes = sizesOf(cutPoints(new Uint8Array(1024 * KiB), DEFAULT_CHUNKER_PARAMS));
    expect(new Set(sizes)).toEqual(new Set([DEFAULT_CHUNKER_PARAMS.maxSize]));
  });

  it("gives no chunks for empty input and one chunk for input shorter than minSize", () => {
    expect(cutPoints(new Uint8Array(0))).toEqual([]);
    const cdc = new FastCdc();
    expect(cdc.push(new Uint8Array(0))).toEqual([]);
    expect(cdc.finish()).toBe(0);
    expect(cutPoints(seededBytes(3, 100))).toEqual([100]);
    expect(cutPoints(seededBytes(3, DEFAULT_CHUNKER_PARAMS.minSize))).toEqual([
      DEFAULT_CHUNKER_PARAMS.minSize,
    ]);
  });

  it("reports the unfinished chunk as pending", () => {
    const cdc = new FastCdc(SMALL);
    expect(cdc.push(seededBytes(5, 100))).toEqual([]);
    expect(cdc.pending).toBe(100);
    expect(cdc.finish()).toBe(100);
    expect(cdc.pending).toBe(0);
  });

  it("averages near avgSize on random data", () => {
    const data = seededBytes(11, 8 * 1024 * KiB);
    const mean = data.length / cutPoints(data).length;
    // Cut-point skipping adds about minSize/2 on top of avgSize at level 1.
    expect(mean).toBeGreaterThan(DEFAULT_CHUNKER_PARAMS.avgSize);
    expect(mean).toBeLessThan(1.5 * DEFAULT_CHUNKER_PARAMS.avgSize);
  });

  it("rejects parameters that do not describe a chunker", () => {
    const bad: ChunkerParams[] = [
      { minSize: 32, avgSize: 1024, maxSize: 4096 },
      { minSize: 2048, avgSize: 1024, maxSize: 4096 },
      { minSize: 256, avgSize: 1000, maxSize: 4096 },
      { minSize: 256, avgSize: 1024, maxSize: 1024 },
      { minSize: 256.5, avgSize: 1024, maxSize: 4096 },
      { minSize: 256, avgSize: 1024, maxSize: 4096, normalization: 4 },
    ];
    for (const params of bad) {
      expect(() => {
        validateChunkerParams(params);
      }).toThrow(RangeError);
      expect(() => new FastCdc(params)).toThrow(RangeError);
    }
  });
});

// These pins are the sync format. If one fails, cut points changed: every client
// would stop deduplicating against chunks uploaded before. Change them only with a
// deliberate format change, never to make a test pass.
describe("FastCDC format pins", () => {
  it("keeps the gear table", () => {
    const table = gearTable();
    expect(new Set(table).size).toBe(256);
    // Each bit is set in about half of the entries (a biased bit would skew cuts).
    for (let bit = 0; bit < 32; bit++) {
      const set = table.filter((v) => (v >>> bit) & 1).length;
      expect(set).toBeGreaterThan(96);
      expect(set).toBeLessThan(160);
    }
    expect([table[0], table[1], table[255]]).toEqual(PINNED_GEAR_ENTRIES);
    const littleEndian = Buffer.alloc(4 * 256);
    table.forEach((value, i) => littleEndian.writeUInt32LE(value, 4 * i));
    expect(sha256(littleEndian)).toBe(PINNED_GEAR_SHA256);
  });

  it("keeps the default parameters", () => {
    expect(DEFAULT_CHUNKER_PARAMS).toEqual({
      minSize: 4 * KiB,
      avgSize: 16 * KiB,
      maxSize: 64 * KiB,
      normalization: 1,
    });
  });

  it("keeps the chunks of a seeded pseudo-random input", () => {
    const data = seededBytes(2024, 512 * KiB);
    const ids = chunkIds(data, DEFAULT_CHUNKER_PARAMS);
    expect(sizesOf(cutPoints(data, DEFAULT_CHUNKER_PARAMS))).toEqual(PINNED_DEFAULT_SIZES);
    expect(ids.slice(0, 2)).toEqual(PINNED_DEFAULT_FIRST_IDS);
    expect(sha256(new TextEncoder().encode(ids.join("\n")))).toBe(PINNED_DEFAULT_IDS_SHA256);
    const small = chunkIds(data, SMALL);
    expect(small.length).toBe(PINNED_SMALL_COUNT);
    expect(sha256(new TextEncoder().encode(small.join("\n")))).toBe(PINNED_SMALL_IDS_SHA256);
  });
});

const PINNED_GEAR_ENTRIES = [2465702243, 359609937, 52887763];
const PINNED_GEAR_SHA256 = "ec5bef58b4cead7d8855e0918eb17565e8493deeb044fad65e853a9ae439101c";
const PINNED_DEFAULT_SIZES = [
  18718, 11299, 19168, 14147, 8081, 17873, 18606, 24919, 31813, 23938, 27389, 55073, 28906, 16149,
  44496, 12909, 18396, 8674, 12781, 16434, 16659, 18170, 9557, 4527, 19187, 9303, 17116,
];
const PINNED_DEFAULT_FIRST_IDS = [
  "e5a9202835cac043fb623460e3c208538ac10af87ca9de3891e33082285a15b6",
  "7d81faa76184045feab39dd27720c52cbd6ba23f4bac38e4d62b2dd3dd8f3ae5",
];
const PINNED_DEFAULT_IDS_SHA256 =
  "b43ef064695012a92056f63b34cf8a942290af5096f7773c5516ff2e0978a893";
const PINNED_SMALL_COUNT = 416;
const PINNED_SMALL_IDS_SHA256 = "54f6712bd3e58c3caf90fcecb9190be9e85ae538e91103831256c009dae1da0a";
