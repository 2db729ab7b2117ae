// FastCDC content-defined chunking (Xia et al., "FastCDC: a Fast and Efficient
// Content-Defined Chunking Approach for Data Deduplication", USENIX ATC 2016).
//
// Why content-defined: a cut point depends only on the bytes just before it, so an
// insert or delete in the middle of a file moves the cut points near the edit and
// nowhere else; every other chunk keeps its SHA-256 name and is not uploaded again.
//
// The three ideas of the paper, all used here:
//  - Gear hash: fp = (fp << 1) + GEAR[byte]. One shift, one add and one table load
//    per byte; old bytes fall off the top of the 32-bit word by themselves, so the
//    hash is "rolling" without a window buffer (bit k depends on the last k+1 bytes,
//    so the top bit sees a 32-byte window).
//  - Cut-point skipping: no chunk is shorter than minSize, so its first minSize bytes
//    are not hashed at all (a free speed-up of about minSize/avgSize).
//  - Normalized chunking (level L): before avgSize a cut needs log2(avg)+L zero bits
//    (hard to hit), after it only log2(avg)-L (easy to hit). Chunk sizes bunch up
//    around avgSize, which makes up for the sizes lost to minSize. The paper favours
//    L=2 for dedup ratio; we measured L=1 to resynchronize much sooner after an
//    insert (see DEFAULT_CHUNKER_PARAMS), which is what a sync client pays for.
//
// This file is pure (no I/O, no Node APIs) and the cut points are part of the sync
// format: every client must cut the same bytes the same way forever, or chunks stop
// deduplicating across devices and versions. Changing GEAR, the masks or the state
// machine below is a format change; the pinned hashes in fastcdc.test.ts exist to
// make such a change fail loudly.

/** Chunk size bounds in bytes and the normalization level. Cut points depend on all four. */
export interface ChunkerParams {
  /** No chunk is shorter than this, except the last chunk of a file. */
  readonly minSize: number;
  /** Target size; must be a power of two (it selects the mask widths). */
  readonly avgSize: number;
  /** A chunk reaching this size is cut unconditionally. */
  readonly maxSize: number;
  /**
   * Normalization level L, 0..3: the strict mask has log2(avgSize)+L bits, the
   * loose one log2(avgSize)-L (0 is plain gear CDC with one mask). Default 1.
   */
  readonly normalization?: number;
  /**
   * Files of this many bytes and more are cut with chunks LARGE_FILE_SCALE times as
   * large (size-tiers.ts); default LARGE_FILE_MIN_BYTES. Not a FastCDC parameter.
   */
  readonly largeFileFrom?: number;
}

/** Normalization level used when ChunkerParams.normalization is left out. */
const DEFAULT_NORMALIZATION = 1;

/**
 * Default parameters of the Cirrus sync format: min 4 KiB, avg 16 KiB, max 64 KiB,
 * normalization level 1. Never change them for existing accounts: they decided where
 * every chunk a client has uploaded begins and ends.
 *
 * Chosen with bench/chunk-params.ts on a 256 MiB seeded pseudo-random file (1,000
 * random edit positions; full table in README.md). Goal: a 1-byte overwrite or a
 * 4 KiB insert costs <= 128 KiB on the wire (chunk bytes + frames + manifest patch).
 *  - 4K/16K/64K L1: overwrite mean 24.3 / p99 62.5 / max 64.2 KiB; insert mean 31.3 /
 *    p99 89.1 / max 148.5 KiB (2 of 1,000 inserts over 128 KiB); 13,341 chunks
 *    (mean 19.6 KiB); gear loop 1252 MiB/s, chunkFile 488 MiB/s (one thread on a
 *    loaded, shared 2-vCPU VM; SHA-256 of file and chunks dominates chunkFile).
 *  - The paper's level 2 resynchronizes slower after an insert: 4K/16K/64K L2 has
 *    insert p99 146.5 KiB (1.8% over), 8K/32K/128K L2 p99 231.7 KiB (5.8% over).
 *  - avg 32 KiB (L1) halves the chunk count but misses the goal on 1.6% of inserts
 *    (p99 137 KiB); avg 64 KiB misses it on ~20% of all edits.
 *  - avg 8 KiB (L1) meets it on every sample (insert max 69.6 KiB) at twice the
 *    chunks (26,886): more index rows, "missing" queries and manifest refs, and the
 *    1,000,000-ref commit limit would cap a file at ~9 GiB instead of ~18 GiB.
 *  - max = 4 x avg: it never binds on random data, but in a run of one byte value
 *    every chunk is maxSize, so an edit there costs one max chunk: 64 KiB fits the
 *    goal, 128 KiB would not. min = avg/4 (the paper's) skips ~20% of the
 *    hashing; avg/8 resynchronized no better (insert p99 88.5 KiB).
 */
export const DEFAULT_CHUNKER_PARAMS: ChunkerParams = Object.freeze({
  minSize: 4 * 1024,
  avgSize: 16 * 1024,
  maxSize: 64 * 1024,
  normalization: DEFAULT_NORMALIZATION,
});

// ---- gear table -----------------------------------------------------------------

/** Seed of the gear table: ASCII "CIRR". Part of the format; never change it. */
const GEAR_SEED = 0x43495252;

/**
 * The 256 gear values, one per byte value, as int32 (the same bits as uint32, kept
 * signed so the hot loop stays in V8's small-integer arithmetic).
 *
 * Generated, not pasted, so the table is reproducible from this description alone:
 * entry k is fmix32(GEAR_SEED + (k + 1) * 0x9E3779B9 mod 2^32), where 0x9E3779B9 is
 * 2^32 divided by the golden ratio (a Weyl sequence visiting distinct values) and
 * fmix32 is MurmurHash3's 32-bit finalizer (x ^= x >>> 16; x *= 0x85EBCA6B;
 * x ^= x >>> 13; x *= 0xC2B2AE35; x ^= x >>> 16, all mod 2^32). fmix32 is a
 * bijection with full avalanche, so the 256 entries are distinct and each bit is set
 * in about half of them, which is all the gear hash asks of its table.
 */
const GEAR: Int32Array = (() => {
  const table = new Int32Array(256);
  let state = GEAR_SEED;
  for (let k = 0; k < 256; k++) {
    state = (state + 0x9e3779b9) | 0;
    let x = state;
    x ^= x >>> 16;
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    table[k] = x;
  }
  return table;
})();

/** A copy of the gear table as uint32 values (for tests and other implementations). */
export function gearTable(): Uint32Array {
  return new Uint32Array(GEAR.buffer.slice(0));
}

// ---- parameters -------------------------------------------------------------------

/** Smallest minSize: below the 32-byte hash window a cut would not be content-defined. */
const MIN_MIN_SIZE = 64;

/** Throws a RangeError unless the parameters describe a valid chunker. */
export function validateChunkerParams(params: ChunkerParams): void {
  const { minSize, avgSize, maxSize, normalization = DEFAULT_NORMALIZATION } = params;
  for (const [name, value] of Object.entries({ minSize, avgSize, maxSize })) {
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new RangeError(`chunker ${name} must be a positive integer, got ${value}`);
    }
  }
  if (minSize < MIN_MIN_SIZE) {
    throw new RangeError(`chunker minSize must be at least ${MIN_MIN_SIZE}, got ${minSize}`);
  }
  if (!(minSize < avgSize && avgSize < maxSize)) {
    throw new RangeError(
      `chunker sizes must satisfy minSize < avgSize < maxSize, got ${minSize}/${avgSize}/${maxSize}`,
    );
  }
  // 2^8..2^28 keeps both mask widths (bits - 3 and bits + 3 at most) inside 5..31 bits.
  if ((avgSize & (avgSize - 1)) !== 0 || avgSize < 256 || avgSize > 2 ** 28) {
    throw new RangeError(`chunker avgSize must be a power of two in 256..2^28, got ${avgSize}`);
  }
  if (!Number.isInteger(normalization) || normalization < 0 || normalization > 3) {
    throw new RangeError(`chunker normalization must be 0, 1, 2 or 3, got ${normalization}`);
  }
  const { largeFileFrom } = params;
  if (largeFileFrom !== undefined && (!Number.isSafeInteger(largeFileFrom) || largeFileFrom <= 0)) {
    throw new RangeError(`chunker largeFileFrom must be a positive integer, got ${largeFileFrom}`);
  }
}

/** A mask selecting the top `bits` bits of the 32-bit hash (the widest windows). */
function topBitsMask(bits: number): number {
  return ~((1 << (32 - bits)) - 1) | 0;
}

// ---- the streaming chunker -----------------------------------------------------------

/**
 * Streaming FastCDC. Feed the input in pieces of any size with push(); each call
 * returns the cut points that fall inside that piece. Call finish() at the end of
 * the input to get the length of the last chunk.
 *
 * Any split of the input yields exactly the cut points of feeding it whole, because
 * the whole state between pieces is two numbers: how many bytes the current chunk
 * has so far and the hash. The chunker therefore holds no input bytes at all (well
 * under the bound of maxSize + one input buffer); the caller streams each piece into
 * the chunk's SHA-256 as it goes.
 */
export class FastCdc {
  readonly params: ChunkerParams;
  readonly #minSize: number;
  readonly #normalSize: number;
  readonly #maxSize: number;
  /** Stricter mask (log2(avg)+L bits) used before avgSize. */
  readonly #maskS: number;
  /** Looser mask (log2(avg)-L bits) used from avgSize on. */
  readonly #maskL: number;
  /** Bytes of the current chunk seen so far. */
  #len = 0;
  /** Gear hash of the current chunk's bytes since minSize (int32). */
  #fp = 0;

  constructor(params: ChunkerParams = DEFAULT_CHUNKER_PARAMS) {
    validateChunkerParams(params);
    const level = params.normalization ?? DEFAULT_NORMALIZATION;
    this.params = Object.freeze({ ...params, normalization: level });
    this.#minSize = params.minSize;
    this.#normalSize = params.avgSize;
    this.#maxSize = params.maxSize;
    const bits = Math.log2(params.avgSize);
    this.#maskS = topBitsMask(bits + level);
    this.#maskL = topBitsMask(bits - level);
  }

  /** Bytes pushed since the last cut point (the unfinished chunk). */
  get pending(): number {
    return this.#len;
  }

  /**
   * Scan the next piece of input. Returns the offsets within `data` at which a chunk
   * ends (exclusive, ascending, each in 1..data.length). The chunk ending at the
   * first offset may have started in earlier pieces.
   */
  push(data: Uint8Array): number[] {
    const cuts: number[] = [];
    for (let at = this.nextCut(data, 0); at >= 0; at = this.nextCut(data, at)) cuts.push(at);
    return cuts;
  }

  /**
   * Scan `data` from offset `start` up to the first cut point: returns its offset in
   * `data` (the chunk's exclusive end), or -1 when the rest of `data` holds none. The
   * bytes after a cut are left unscanned, for the caller to feed again (or not: a chunk
   * it confirms by other means, previous-chunks.ts, leaves the state as a cut does).
   */
  nextCut(data: Uint8Array, start: number): number {
    const gear = GEAR;
    const minSize = this.#minSize;
    const normalSize = this.#normalSize;
    const maxSize = this.#maxSize;
    const maskS = this.#maskS;
    const maskL = this.#maskL;
    const n = data.length;
    // Hot state lives in locals for the duration of the call (V8 keeps them in
    // registers); it is written back at the end.
    let len = this.#len;
    let fp = this.#fp;
    let i = start;
    while (i < n) {
      if (len < minSize) {
        // Cut-point skipping: these bytes can never end a chunk, so don't hash them.
        const step = Math.min(minSize - len, n - i);
        i += step;
        len += step;
        continue;
      }
      // Between minSize and avgSize use the strict mask, then the loose one up to
      // maxSize. One tight loop per region keeps the mask a loop constant.
      const beforeNormal = len < normalSize;
      const mask = beforeNormal ? maskS : maskL;
      const stop = Math.min(n, i + ((beforeNormal ? normalSize : maxSize) - len));
      let j = i;
      let found = false;
      while (j < stop) {
        fp = ((fp << 1) + (gear[data[j] as number] as number)) | 0;
        j++;
        if ((fp & mask) === 0) {
          found = true;
          break;
        }
      }
      len += j - i;
      i = j;
      if (found || len === maxSize) {
        this.#len = 0;
        this.#fp = 0;
        return i;
      }
    }
    this.#len = len;
    this.#fp = fp;
    return -1;
  }

  /**
   * End of input: returns the length of the last chunk (0 when the input ended
   * exactly on a cut point, or was empty) and resets the chunker for a new input.
   */
  finish(): number {
    const last = this.#len;
    this.#len = 0;
    this.#fp = 0;
    return last;
  }
}

/** Chunk end offsets of a whole buffer (the last one is data.length unless it is empty). */
export function cutPoints(
  data: Uint8Array,
  params: ChunkerParams = DEFAULT_CHUNKER_PARAMS,
): number[] {
  const cdc = new FastCdc(params);
  const cuts = cdc.push(data);
  if (cdc.finish() > 0) cuts.push(data.length);
  return cuts;
}
