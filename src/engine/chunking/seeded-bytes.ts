// Deterministic pseudo-random bytes for the chunker's tests and benchmark. Tests pin
// chunk hashes computed over this data, so the generator must never change either.
// Not used at run time.

/**
 * Marsaglia's xorshift128 (2003) seeded with `seed` and his default constants.
 * Statistically plain but fast, and more than random enough to exercise a chunker.
 */
export class SeededRandom {
  #x: number;
  #y = 362436069;
  #z = 521288629;
  #w = 88675123;

  constructor(seed: number) {
    // A zero state would be stuck at zero; the other three words are non-zero anyway.
    this.#x = seed >>> 0 || 1;
  }

  /** Next uniform uint32. */
  next(): number {
    const t = this.#x ^ (this.#x << 11);
    this.#x = this.#y;
    this.#y = this.#z;
    this.#z = this.#w;
    this.#w = (this.#w ^ (this.#w >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
    return this.#w;
  }

  /** Uniform integer in [0, bound) for bound <= 2^32 (modulo bias is irrelevant here). */
  below(bound: number): number {
    return this.next() % bound;
  }

  /** Fill `out` with bytes, little-endian per 32-bit word on every platform. */
  fill(out: Uint8Array): Uint8Array {
    const n = out.length;
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const v = this.next();
      out[i] = v & 0xff;
      out[i + 1] = (v >>> 8) & 0xff;
      out[i + 2] = (v >>> 16) & 0xff;
      out[i + 3] = v >>> 24;
    }
    if (i < n) {
      let v = this.next();
      for (; i < n; i++) {
        out[i] = v & 0xff;
        v >>>= 8;
      }
    }
    return out;
  }
}

/** `length` pseudo-random bytes determined by `seed` alone. */
export function seededBytes(seed: number, length: number): Uint8Array {
  return new SeededRandom(seed).fill(new Uint8Array(length));
}
