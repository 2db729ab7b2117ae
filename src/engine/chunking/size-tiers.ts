// Larger chunks for very large files. A commit names at most LIMITS.maxManifestChunks
// chunks; at the default parameters' mean chunk (19.6 KiB on random data) that is a
// file of ~19 GiB, and a larger one could never be synced. Files from
// LARGE_FILE_MIN_BYTES up are cut with every size bound LARGE_FILE_SCALE times larger
// (32 KiB / 128 KiB / 512 KiB), which lifts the limit to ~150 GiB. An edit of such a
// file costs a larger chunk on the wire (a 1-byte overwrite ~160 KiB on average, at
// most 512 KiB), a small price beside the file.
//
// The tier is part of the sync format like the parameters themselves: it follows from
// the file's size alone, so every device cuts the same file the same way. A file that
// crosses the threshold is cut anew; its old chunks are not reused (the previous
// version's list guides the cutting only within one tier, chunk-file.ts).
import type { ChunkerParams } from "./fastcdc.js";

const GiB = 1024 * 1024 * 1024;

/**
 * The size from which files get the larger chunks. Below it a file has at most ~860,000
 * chunks at the default parameters, well inside the limit of 1,000,000.
 */
export const LARGE_FILE_MIN_BYTES = 16 * GiB;
/** How much larger every size bound is for a large file (a power of two). */
export const LARGE_FILE_SCALE = 8;

/** Whether a file of `size` bytes is cut with the large-file parameters. */
export function isLargeFile(params: ChunkerParams, size: number): boolean {
  return size >= (params.largeFileFrom ?? LARGE_FILE_MIN_BYTES);
}

/** The parameters that cut a file of `size` bytes, given the base parameters. */
export function paramsForSize(params: ChunkerParams, size: number): ChunkerParams {
  if (!isLargeFile(params, size)) return params;
  return {
    ...params,
    minSize: params.minSize * LARGE_FILE_SCALE,
    avgSize: params.avgSize * LARGE_FILE_SCALE,
    maxSize: params.maxSize * LARGE_FILE_SCALE,
  };
}

/** Whether files of these two sizes are cut with the same parameters. */
export function sameTier(params: ChunkerParams, a: number, b: number): boolean {
  return isLargeFile(params, a) === isLargeFile(params, b);
}
