// Groups chunks asked for in order into runs stored back to back in one pack, so a
// download of a file's chunks (written in order, so stored in order) costs one read
// per run instead of one per chunk.
import type { ChunkLocation } from "./blob-index.js";

export interface AdjacentRun {
  packId: number;
  /** Byte range of the run in its pack. */
  offset: number;
  length: number;
  /** Index of the run's first location in the input, and how many follow it. */
  first: number;
  count: number;
}

/** Runs over `locations` in their order, each at most `maxBytes` (or one chunk). */
export function adjacentRuns(locations: readonly ChunkLocation[], maxBytes: number): AdjacentRun[] {
  const runs: AdjacentRun[] = [];
  let run: AdjacentRun | null = null;
  locations.forEach((at, i) => {
    const joins =
      run !== null &&
      run.packId === at.packId &&
      run.offset + run.length === at.offset &&
      run.length + at.length <= maxBytes;
    if (run !== null && joins) {
      run.length += at.length;
      run.count++;
      return;
    }
    run = { packId: at.packId, offset: at.offset, length: at.length, first: i, count: 1 };
    runs.push(run);
  });
  return runs;
}
