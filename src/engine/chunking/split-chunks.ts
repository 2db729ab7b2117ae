// How two threads share the chunking of one large file. The whole-file SHA-256 cannot
// be split, and cutting and hashing the chunks costs about twice as much, so: one job
// cuts and hashes the chunks of the first SPLIT_SHARE of the file (and a little past
// it), the other hashes the whole file and cuts the rest, starting at `cut` as if a
// chunk began there. FastCDC keeps no state across a cut point (length and hash start
// from zero), so from the first position where both jobs cut, the second job's cut
// points are the ones a single pass would find: the file's chunks are the first job's
// up to that position and the second job's from it. On random data that position comes
// within a chunk or two; a margin of syncMargin() bytes is read past `cut` to find it.
import type { FileChunk } from "./chunk-file.js";
import type { ChunkerParams } from "./fastcdc.js";

/**
 * Share of the file the first job cuts: per byte, cutting and hashing the chunks costs
 * about 2.3 times the whole-file hash (measured on a 256 MiB file), which this balances.
 */
export const SPLIT_SHARE = 0.7;
/**
 * The same when the previous version's chunks guide the cutting (previous-chunks.ts):
 * a chunk still in place costs only its SHA-256, about what the whole-file hash costs
 * per byte, so the first job takes a larger share.
 */
export const SPLIT_SHARE_GUIDED = 0.9;
/**
 * Bytes the first job cuts past the split point, where both jobs should meet: sixteen
 * of the largest chunks (1 MiB at the default parameters).
 */
export function syncMargin(params: ChunkerParams): number {
  return 16 * params.maxSize;
}

/**
 * The file's chunks from the two jobs' (`head` cut from 0, `tail` from `cut`), or null
 * when they never cut at the same place (long runs of one byte value can do that): the
 * caller then cuts the file in one pass.
 */
export function joinAtCommonCut(
  head: readonly FileChunk[],
  tail: readonly FileChunk[],
  size: number,
): FileChunk[] | null {
  // The head reached the end of the file: it has every chunk.
  const last = head.at(-1);
  if (last && last.offset + last.size === size) return [...head];
  const headCuts = new Set(head.map((c) => c.offset + c.size));
  const meet = tail.findIndex((c) => headCuts.has(c.offset));
  if (meet < 0) return null;
  const at = (tail[meet] as FileChunk).offset;
  return [...head.filter((c) => c.offset + c.size <= at), ...tail.slice(meet)];
}
