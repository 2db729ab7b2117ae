// A round that finds nothing to do records what it saw: a digest of the walk (every
// path with its inode, size, mtime and ctime), the cursor, the rules in force and the
// files-on-demand setting. The next round that sees exactly the same has nothing to
// do either, so it skips loading the trees, hashing and planning: a restart over
// 100,000 unchanged files costs a walk. IndexStore drops the record on any write to
// the trees, exclusions, pins, conflicts or guards, from any process.
//
// A round whose whole plan ran (nothing failed, deferred or held) and whose local
// writes were only new or replaced files and new folders, moves and removals
// (run-state.ts models each) records the digest of the walk it expects next: what it
// saw, with what it did. The round that follows an
// upload or download of 10,000 files, which `sync --once` runs to check that nothing
// is left, then costs a walk too; anything else on disk or in the feed, and it plans.
//
// The record also keeps the walk's digest folder by folder (folder-digests.ts), up to
// RECORDED_FOLDERS_MAX folders. It is dropped with the record on any write to the
// trees, so while it exists it describes the disk the Synced tree was made from: a walk
// that finds something else knows which folders to look at (sync-round.ts).
import { createHash } from "node:crypto";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import type { Plan } from "../planner/index.js";
import type { FolderDigests } from "./folder-digests.js";
import type { WalkDigest, WalkItemStat } from "./walk-digest.js";
import type { LocalWrite } from "./run-state.js";

/**
 * Folders whose digests the record keeps, at most: ~70 bytes each, written by every
 * round that changes something (~280 KiB at this many).
 */
export const RECORDED_FOLDERS_MAX = 4096;

export interface ConvergedCounts {
  files: number;
  folders: number;
  bytes: number;
}

interface Record {
  digest: string;
  counts: ConvergedCounts;
  /** The walk's digest folder by folder ([folder as spelled on disk, digest]). */
  folders?: [string, string][];
}

/** Everything a round's plan depends on that the index itself does not hold. */
export function roundDigest(
  walk: WalkDigest,
  symlinks: readonly string[],
  rules: IgnoreRules,
  index: IndexStore,
  onDemand: boolean,
): string {
  return createHash("sha256")
    .update(
      JSON.stringify([
        index.getState("cursor"),
        index.getState("fingerprint"),
        rules.signature(),
        onDemand,
        [...symlinks].sort(),
        walk.toString(),
      ]),
    )
    .digest("hex");
}

/** A converged record, read (IndexStore.converged() gives it as stored). */
export interface Converged {
  digest: string;
  counts: ConvergedCounts;
  /** The walk's digest folder by folder, when the record kept it. */
  folders: Map<string, string> | null;
}

export function parseConverged(raw: string | null): Converged | null {
  if (raw === null) return null;
  try {
    const record = JSON.parse(raw) as Record;
    const folders = Array.isArray(record.folders) ? new Map(record.folders) : null;
    return { digest: record.digest, counts: record.counts, folders };
  } catch {
    return null;
  }
}

export function recordConverged(
  index: IndexStore,
  digest: string,
  counts: ConvergedCounts,
  folders: FolderDigests | null = null,
): void {
  const record: Record = { digest, counts };
  const kept = folders?.toRecord(RECORDED_FOLDERS_MAX);
  if (kept) record.folders = kept;
  index.setConverged(JSON.stringify(record));
}

/** Whether a round's whole plan ran and left nothing: no failure, nothing busy, deferred or held. */
export function roundComplete(round: {
  plan: Plan;
  done: number;
  failures: number;
  busy: number;
}): boolean {
  const { plan } = round;
  return (
    plan.deferred.length === 0 &&
    plan.conflicts.length === 0 &&
    plan.massDelete === undefined &&
    round.failures === 0 &&
    round.busy === 0 &&
    round.done === plan.ops.length
  );
}

export interface FinishedRound {
  index: IndexStore;
  rules: IgnoreRules;
  onDemand: boolean;
  /** The digest of this round's walk, and its symlinks. */
  walk: WalkDigest;
  symlinks: readonly string[];
  plan: Plan;
  /** The whole plan ran and left nothing (roundComplete). */
  complete: boolean;
  /** The local tree's counts as scanned. */
  counts: ConvergedCounts;
  /** What the executor did locally (run-state.ts), or null when it did more than that. */
  localWrites: readonly LocalWrite[] | null;
  /** The walk's digest folder by folder, with those writes in it already (to record). */
  folders?: FolderDigests | null;
}

/**
 * After a round: when its whole plan ran and left nothing (no failure, nothing busy,
 * deferred or held), record the digest of the walk that should follow, which is this
 * round's walk with the files and folders it wrote.
 */
export function recordAfterRound(round: FinishedRound): void {
  if (!round.complete || round.localWrites === null) return;
  const next = round.walk.copy();
  const counts = { ...round.counts };
  const count = (item: WalkItemStat, sign: 1 | -1) => {
    if (item.kind === "folder") counts.folders += sign;
    else {
      counts.files += sign;
      counts.bytes += sign * item.size;
    }
  };
  for (const { replaced, written } of round.localWrites) {
    if (replaced) {
      next.toggle(replaced);
      count(replaced, -1);
    }
    if (written) {
      next.toggle(written);
      count(written, 1);
    }
  }
  const digest = roundDigest(next, round.symlinks, round.rules, round.index, round.onDemand);
  recordConverged(round.index, digest, counts, round.folders ?? null);
}
