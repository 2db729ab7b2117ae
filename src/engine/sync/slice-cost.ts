// When a round over slices (scoped-inputs.ts) is not worth it: a slice lists its
// folders and loads and plans their Synced and Remote nodes, where a walk only lists.
// Over most of the folder, the walk is the cheaper input.
import type { WalkResult } from "../scan/walk.js";
import { folderOf } from "./folder-digests.js";

/** Below this many entries, listing a slice again costs next to nothing either way. */
const RELIST_MIN_ENTRIES = 1_000;

/**
 * Whether a slice of `part` entries out of the folder's `whole` costs more than a walk:
 * a slice lists its folders and loads and plans their Synced and Remote nodes, about
 * three times a walk's cost per entry (a follow-up over 10,000 files took 630 ms, a
 * walk of them 210 ms).
 */
export function sliceCostsMore(part: number, whole: number): boolean {
  return part >= RELIST_MIN_ENTRIES && part * 2 > whole;
}

/** Whether the folders (as spelled on disk) hold most of the walk's entries. */
export function mostOfWalk(walked: WalkResult, folders: readonly string[]): boolean {
  const inThem = new Set(folders);
  let count = 0;
  for (const item of walked.items) if (inThem.has(folderOf(item.diskRel))) count++;
  return sliceCostsMore(count, walked.items.length);
}
