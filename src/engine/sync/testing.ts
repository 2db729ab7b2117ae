// Test support for the walk's digests (not exported from index.ts).
import type { WalkItemStat } from "./walk-digest.js";

/** A walked file with fixed stats, `over` changing some of them. */
export const walkedFile = (diskRel: string, over: Partial<WalkItemStat> = {}): WalkItemStat => ({
  diskRel,
  kind: "file",
  ino: 10,
  size: 5,
  mtimeMs: 1000,
  ctimeMs: 1000.5,
  ...over,
});
