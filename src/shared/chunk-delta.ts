// A run of new chunks sent as the difference from a run of old chunks the receiver
// already holds: an edit made elsewhere changes one chunk (or a few), and the
// receiver has the chunk(s) it replaced. The server holds both, so it sends only the
// bytes that differ: [u32 kept prefix][u32 kept suffix][the bytes between], all
// big-endian. One contiguous change (an overwrite, an insert, a cut) costs its own
// size instead of whole chunks; anything else still arrives whole in the middle part.
// The receiver verifies every rebuilt chunk against its id, so a wrong base can only
// cost a fallback to fetching the chunks, never a wrong file.
import { CirrusError } from "./errors.js";

export const RUN_DELTA_HEADER = 8;

/** Bytes at the start of `a` and `b` that are equal. */
function commonPrefix(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Bytes at the end of `a` and `b` that are equal, at most `limit`. */
function commonSuffix(a: Uint8Array, b: Uint8Array, limit: number): number {
  let i = 0;
  while (i < limit && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Encode `target` against `base` (both whole runs of chunks, concatenated). */
export function encodeRunDelta(target: Uint8Array, base: Uint8Array): Uint8Array {
  const prefix = commonPrefix(target, base);
  // Prefix and suffix may not overlap in either run.
  const suffix = commonSuffix(target, base, Math.min(target.length, base.length) - prefix);
  const middle = target.subarray(prefix, target.length - suffix);
  const out = new Uint8Array(RUN_DELTA_HEADER + middle.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, prefix, false);
  view.setUint32(4, suffix, false);
  out.set(middle, RUN_DELTA_HEADER);
  return out;
}

/**
 * Rebuild a run of `targetSize` bytes from `delta` and the receiver's `base`. A delta
 * that does not fit the base or the size is refused ("hash_mismatch", like a corrupt
 * chunk): the caller then
 * fetches the chunks themselves.
 */
export function applyRunDelta(delta: Uint8Array, base: Uint8Array, targetSize: number): Buffer {
  if (delta.length < RUN_DELTA_HEADER) throw badDelta("shorter than its header");
  const view = new DataView(delta.buffer, delta.byteOffset, delta.byteLength);
  const prefix = view.getUint32(0, false);
  const suffix = view.getUint32(4, false);
  const middle = delta.length - RUN_DELTA_HEADER;
  if (prefix + suffix > base.length) throw badDelta("keeps more bytes than the base has");
  if (prefix + middle + suffix !== targetSize) throw badDelta("does not add up to the run");
  const out = Buffer.allocUnsafe(targetSize);
  out.set(base.subarray(0, prefix), 0);
  out.set(delta.subarray(RUN_DELTA_HEADER), prefix);
  out.set(base.subarray(base.length - suffix), prefix + middle);
  return out;
}

function badDelta(why: string): CirrusError {
  return new CirrusError("hash_mismatch", `the server's chunk delta ${why}`);
}
