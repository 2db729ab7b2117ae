// A round that finds nothing to do records what it saw: a digest of the walk (every
// path with its inode, size, mtime and ctime), the cursor, the rules in force and the
// files-on-demand setting. The next round that sees exactly the same has nothing to
// do either, so it skips loading the trees, hashing and planning: a restart over
// 100,000 unchanged files costs a walk. IndexStore drops the record on any write to
// the trees, exclusions, pins, conflicts or guards, from any process.
import { createHash } from "node:crypto";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import type { WalkResult } from "../scan/walk.js";

export interface ConvergedCounts {
  files: number;
  folders: number;
  bytes: number;
}

interface Record {
  digest: string;
  counts: ConvergedCounts;
}

/** Everything a round's plan depends on that the index itself does not hold. */
export function roundDigest(
  walked: WalkResult,
  rules: IgnoreRules,
  index: IndexStore,
  onDemand: boolean,
): string {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify([
      index.getState("cursor"),
      index.getState("fingerprint"),
      rules.signature(),
      onDemand,
      walked.symlinks,
    ]),
  );
  // Appended in slices: one update per item costs more than the hashing itself.
  let text = "";
  for (const item of walked.items) {
    text += `\n${item.kind[0]}${item.ino}:${item.size}:${item.mtimeMs}:${item.ctimeMs}:${item.diskRel}`;
    if (text.length > 65_536) {
      hash.update(text);
      text = "";
    }
  }
  return hash.update(text).digest("hex");
}

/** The counts of the converged round, if its record matches `digest`. */
export function convergedCounts(index: IndexStore, digest: string): ConvergedCounts | null {
  const raw = index.converged();
  if (raw === null) return null;
  try {
    const record = JSON.parse(raw) as Record;
    return record.digest === digest ? record.counts : null;
  } catch {
    return null;
  }
}

export function recordConverged(index: IndexStore, digest: string, counts: ConvergedCounts): void {
  const record: Record = { digest, counts };
  index.setConverged(JSON.stringify(record));
}
