// One sync round: pull the change feed, scan the disk, plan, execute. Everything a
// round needs comes in through `RoundContext`, so tests can drive rounds directly.
import type { SyncEvent } from "../../shared/status.js";
import type { ChunkerPool } from "../chunking/index.js";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore, SyncedNode } from "../index/index-store.js";
import { plan, type OpType, type Plan, type PlanOptions } from "../planner/index.js";
import type { RemoteClient } from "../remote/index.js";
import { buildLocalTree, pathsOf } from "../scan/local-tree.js";
import { walk, type WalkResult } from "../scan/walk.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import { EarlyUpload } from "./early-upload.js";
import { Executor, type ExecutorContext, type OpFailure } from "./executor.js";
import type { IncomingFiles } from "./incoming-files.js";
import type { LocalFs } from "./local-fs.js";
import { localFailure } from "../paths/index.js";
import { acceptFingerprint, pullRemote } from "./remote-pull.js";
import { checkSyncRoot } from "./root-guard.js";
import { RoundTimer } from "./round-timer.js";
import { TransferProgress } from "./transfer-progress.js";
import {
  parseConverged,
  recordAfterRound,
  roundComplete,
  roundDigest,
  type ConvergedCounts,
} from "./converged.js";
import { FolderDigests } from "./folder-digests.js";
import { mostOfWalk } from "./slice-cost.js";
import { cleanSignature, scopedInputs, type ScopedInputs } from "./scoped-inputs.js";
import { WalkDigest } from "./walk-digest.js";
import type { LeftoverTemps } from "./leftover-temps.js";
import { hiddenFrom, withoutHidden } from "./not-observed.js";
import type { UploadPace } from "./upload-pace.js";

export interface RoundContext {
  root: string;
  index: IndexStore;
  remote: RemoteClient;
  chunker: ChunkerPool;
  rules: IgnoreRules;
  fs: LocalFs;
  deviceName: string;
  /** This device's id: written in the root marker, which another device's never adopts. */
  deviceId?: string;
  now: () => number;
  planOptions: Pick<PlanOptions, "massDeleteMinCount" | "massDeleteShare">;
  emit: (event: SyncEvent) => void;
  onBytesSent: (n: number) => void;
  onBytesReceived: (n: number) => void;
  onDemand: ExecutorContext["onDemand"];
  signal?: AbortSignal;
  /**
   * The folders (as spelled on disk) where the watcher saw changes since the last round,
   * when that is all that may have changed here: the round may then look only there and
   * where the feed brought changes (scoped-inputs.ts). Undefined: look everywhere.
   */
  scope?: ReadonlySet<string>;
  /**
   * The walk's digest folder by folder, kept by the folder between rounds: a round over
   * slices updates it and records what the next full walk should see (converged.ts).
   */
  digests?: { value: FolderDigests | null };
  /** The counts of the last round, when it looked at slices too (they are exact then). */
  counts?: RoundResult["counts"];
  /** Wraps the execution of a plan (the folder suspends its watcher around big ones). */
  executing?: (plan: Plan, run: () => Promise<void>) => Promise<void>;
  /** New files fetched ahead while another device uploads them (continuous mode). */
  incoming?: IncomingFiles;
  /** Removes temp files a crash left behind, when a full walk sees them. */
  leftovers?: LeftoverTemps;
  /** Holds back uploads of a file that keeps changing (continuous mode). */
  pace?: UploadPace;
}

export interface RoundResult {
  /** Operations run successfully. */
  done: number;
  /** Operations planned. */
  planned: number;
  failures: OpFailure[];
  plan: Plan;
  symlinks: string[];
  busy: { rel: string; code: string; message: string }[];
  counts: { files: number; folders: number; bytes: number };
  /**
   * The folders (as spelled on disk) of a round that looked only where something
   * changed (scoped-inputs.ts); null when it looked everywhere.
   */
  slice: string[] | null;
  /** Entries a follow-up would list in that slice: listed plus added (0: no slice). */
  sliceEntries: number;
  /**
   * Whether the round walked the whole folder: every round that does not plan over
   * slices, and one that walked and then planned over the folders that differ from the
   * record (changes made while stopped, or missed by the watcher).
   */
  walkedAll: boolean;
  /** When the first upload held back for its pace may go (upload-pace.ts). */
  heldUntil?: number;
}

const ROOT: TreeNode = {
  id: TREE_ROOT_ID,
  parentId: null,
  name: "",
  kind: "folder",
  hash: null,
  size: 0,
  mtime: 0,
  rev: 0,
};

/** Operations that write nothing here (no download can want a local chunk for them). */
const SERVER_SIDE_OPS = new Set<OpType>([
  "upload",
  "createRemoteFolder",
  "moveRemote",
  "deleteRemote",
  "recordSynced",
  "forgetSynced",
]);

export async function runRound(ctx: RoundContext): Promise<RoundResult> {
  const progress = new TransferProgress(ctx.emit, ctx.now);
  try {
    const result = await roundWith({ ...ctx, emit: progress.emit }, progress);
    progress.end(result.failures, ctx.signal?.aborted ? ctx.signal.reason : undefined);
    return result;
  } catch (error) {
    progress.fail(error);
    throw error;
  }
}

async function roundWith(ctx: RoundContext, progress: TransferProgress): Promise<RoundResult> {
  const timer = new RoundTimer();
  ctx.fs.forgetCheckedFolders();
  await checkSyncRoot(ctx.fs.io, ctx.root, ctx.index, ctx.deviceId);
  // Read before the pull, whose writes drop them: they vouch for the trees as they were.
  const clean = ctx.index.clean();
  const recorded = ctx.index.converged();
  const pulled = await pullRemote(ctx.index, ctx.remote);
  timer.mark("pull");
  ctx.rules.setExcluded(ctx.index.excluded());
  const confirmed = ctx.index.getState("confirmMassDelete") === "1";
  const signature = () => cleanSignature(ctx.index, ctx.rules, ctx.onDemand.enabled);
  // Slices are for a round whose trees the last complete round left in agreement.
  const pulledChanges =
    clean !== null && clean === signature() && !pulled.restored && !confirmed
      ? pulled.changes
      : null;
  const inScope = (hinted: ReadonlySet<string>, complete = false) =>
    pulledChanges
      ? scopedInputs({
          fs: ctx.fs.io,
          root: ctx.root,
          index: ctx.index,
          rules: ctx.rules,
          hinted,
          pulled: pulledChanges,
          complete,
        })
      : null;
  const scoped = ctx.scope ? await inScope(ctx.scope) : null;
  if (scoped)
    return sliceRound(ctx, progress, timer, { scoped, confirmed, signature, walkedAll: false });
  const walked = await walk(ctx.fs.io, ctx.root, ctx.rules);
  if (walked.temps.length > 0) await ctx.leftovers?.sweep(ctx.fs, walked.temps);
  timer.mark("walk");
  // A round that sees exactly what the last round with nothing to do saw has nothing
  // to do either (converged.ts). Guards in force always take the full path.
  const digestible = !pulled.restored && !confirmed && walked.unreadable.length === 0;
  // Kept folder by folder for the rounds over slices that follow (no symlinks: those
  // are part of the record, and a slice sees only its own).
  const perFolder =
    digestible && ctx.digests && walked.symlinks.length === 0
      ? FolderDigests.of(walked.items)
      : null;
  const walkDigest = digestible ? (perFolder?.total() ?? WalkDigest.of(walked.items)) : null;
  if (ctx.digests) ctx.digests.value = null;
  const digest =
    walkDigest &&
    roundDigest(walkDigest, walked.symlinks, ctx.rules, ctx.index, ctx.onDemand.enabled);
  // The record as read before the pull, if the pull's writes did not drop it.
  const record = parseConverged(recorded);
  const standing = ctx.index.converged() === null ? null : record;
  const unchanged = digest !== null && standing?.digest === digest ? standing.counts : null;
  if (unchanged) {
    for (const link of walked.symlinks) ctx.emit({ type: "symlink", path: link });
    if (clean !== signature()) ctx.index.setClean(signature());
    if (ctx.digests) ctx.digests.value = perFolder;
    timer.end(0);
    return quietRound(walked.symlinks, unchanged);
  }
  // Not what was recorded (a restart after changes made meanwhile, or a look everywhere
  // after a watcher's hints): the folders whose entries differ are where to look.
  // The walk loaded the rules afresh: changed ones void the slices (and the record).
  const folders = clean === signature() ? (record?.folders ?? null) : null;
  // Every folder that changed is among them: a folder gone and found nowhere is gone.
  // When they hold most of what the walk saw (the first sync of a folder, say), the
  // walk itself is the cheaper input: a slice would list them all again.
  const changed = perFolder && folders ? perFolder.changedSince(folders) : null;
  const since =
    changed && !mostOfWalk(walked, changed) ? await inScope(new Set(changed), true) : null;
  if (since && ctx.digests) {
    ctx.digests.value = perFolder;
    return sliceRound(ctx, progress, timer, {
      scoped: since,
      confirmed,
      signature,
      walkedAll: true,
    });
  }
  const result = await planAndRun(ctx, progress, timer, {
    walked,
    synced: ctx.index.syncedNodes(),
    remote: null,
    syncedFiles: null,
    confirmed,
    restored: pulled.restored,
  });
  const next = perFolder && result.complete && result.localWrites ? perFolder : null;
  next?.applyWrites(result.localWrites ?? []);
  if (walkDigest && !ctx.signal?.aborted) {
    recordAfterRound({
      index: ctx.index,
      rules: ctx.rules,
      onDemand: ctx.onDemand.enabled,
      walk: walkDigest,
      symlinks: walked.symlinks,
      plan: result.plan,
      complete: result.complete,
      counts: result.counts,
      localWrites: result.localWrites,
      folders: next,
    });
  }
  // Whatever this round left behind (a failure, a held delete) is outside any slice.
  ctx.index.setClean(result.complete ? signature() : null);
  if (ctx.digests && next) ctx.digests.value = next;
  return result;
}

/** A round over the slices `scoped` (scoped-inputs.ts) of the three trees. */
async function sliceRound(
  ctx: RoundContext,
  progress: TransferProgress,
  timer: RoundTimer,
  how: { scoped: ScopedInputs; confirmed: boolean; signature: () => string; walkedAll: boolean },
): Promise<RoundResult> {
  const { scoped, confirmed, signature, walkedAll } = how;
  timer.mark("slice");
  const result = await planAndRun(ctx, progress, timer, {
    walked: scoped.walked,
    synced: scoped.synced,
    remote: scoped.remote,
    syncedFiles: () => ctx.index.syncedTotals().files,
    confirmed,
    restored: false,
  });
  // A slice's scan counts only its folders; the Synced tree counts them all (and
  // after a slice that changed nothing, the last slice's count still holds).
  result.counts = result.planned === 0 && ctx.counts ? { ...ctx.counts } : ctx.index.syncedTotals();
  result.slice = scoped.folders;
  result.sliceEntries = scoped.listed.length + result.planned;
  result.walkedAll = walkedAll;
  ctx.index.setClean(result.complete ? signature() : null);
  recordAfterSlice(ctx, scoped, result);
  return result;
}

/**
 * After a round over slices: the walk's digest with the folders it listed and what it
 * wrote, recorded as a full round's would be (recordAfterRound), or dropped when the
 * round left anything behind or did more than write files and folders.
 */
function recordAfterSlice(ctx: RoundContext, scoped: ScopedInputs, result: PlannedRound): void {
  const digests = ctx.digests?.value;
  if (!ctx.digests || !digests) return;
  if (!result.complete || !result.localWrites || scoped.walked.symlinks.length > 0) {
    ctx.digests.value = null;
    return;
  }
  digests.relist(scoped.folders, scoped.listed);
  digests.applyWrites(result.localWrites);
  recordAfterRound({
    index: ctx.index,
    rules: ctx.rules,
    onDemand: ctx.onDemand.enabled,
    walk: digests.total(),
    symlinks: [],
    plan: result.plan,
    complete: true,
    // The counts after the writes, and the writes already in the digest.
    counts: result.counts,
    localWrites: [],
    folders: digests,
  });
}

interface RoundInputs {
  walked: WalkResult;
  /** The Synced tree, whole or a slice. */
  synced: SyncedNode[];
  /** The Remote tree's slice, or null for the whole tree. */
  remote: TreeNode[] | null;
  /** Files in the whole Synced tree, when `synced` is a slice (the mass-delete guard's). */
  syncedFiles: (() => number) | null;
  confirmed: boolean;
  restored: boolean;
}

interface PlannedRound extends RoundResult {
  /** The whole plan ran and left nothing (no failure, nothing busy, deferred or held). */
  complete: boolean;
  localWrites: Executor["localWrites"];
}

/** Scan, plan and execute over the trees given (whole, or slices of them). */
async function planAndRun(
  ctx: RoundContext,
  progress: TransferProgress,
  timer: RoundTimer,
  inputs: RoundInputs,
): Promise<PlannedRound> {
  const { walked } = inputs;
  // Excluded and ignored items are "not observed" on any side: dropped from all
  // three trees, never read as deleted (invariant 4). So is what the walk could not
  // see: unreadable folders, symlinks (not-observed.ts).
  const observed = withoutHidden(
    hiddenFrom(walked),
    inputs.synced,
    inputs.remote ?? [...ctx.index.remoteTree().values()],
  );
  const skipped = new Map<string, boolean>();
  const synced = withoutSkipped(observed.synced, ctx.rules, skipped);
  const early = new EarlyUpload(ctx.remote, ctx.onBytesSent, progress);
  const scan = await buildLocalTree({
    root: ctx.root,
    walked,
    synced,
    index: ctx.index,
    chunker: ctx.chunker,
    placeholders: ctx.onDemand.provider,
    outletFor: (rel, size) => early.outletFor(rel, size),
  });
  await early.settled();
  timer.mark("hash");
  const remoteTree = new Map(
    withoutSkipped(observed.remote, ctx.rules, skipped).map((n) => [n.id, n]),
  );
  remoteTree.set(TREE_ROOT_ID, ROOT);
  const syncedTree = new Map<string, TreeNode>(synced.map((n) => [n.id, n]));
  syncedTree.set(TREE_ROOT_ID, ROOT);
  const planned = plan({
    local: scan.tree,
    remote: remoteTree,
    synced: syncedTree,
    options: {
      ...ctx.planOptions,
      now: ctx.now(),
      utcOffsetMinutes: -new Date(ctx.now()).getTimezoneOffset(),
      deviceName: ctx.deviceName,
      confirmedMassDelete: inputs.confirmed,
      fingerprintChanged: inputs.restored,
      ...(inputs.syncedFiles === null ? {} : { syncedFiles: inputs.syncedFiles }),
    },
  });
  timer.mark("plan");
  if (planned.massDelete) {
    const report = planned.massDelete;
    ctx.emit({
      type: "massDelete",
      count: report.localDeletes + report.remoteDeletes,
      paths: report.paths,
      // Held remote deletes mean files were deleted here, and the other way round.
      where:
        report.held.length > 1 ? "both" : report.held.includes("remote") ? "here" : "elsewhere",
    });
  }
  const executor = new Executor({
    index: ctx.index,
    remote: ctx.remote,
    fs: ctx.fs,
    scan,
    synced: new Map(synced.map((n) => [n.id, n])),
    remoteTree,
    rules: ctx.rules,
    deviceName: ctx.deviceName,
    now: ctx.now,
    emit: ctx.emit,
    onBytesSent: ctx.onBytesSent,
    onBytesReceived: ctx.onBytesReceived,
    onDemand: ctx.onDemand,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    storedChunks: early.stored,
    progress,
    ...(ctx.incoming ? { incoming: ctx.incoming } : {}),
  });
  // Chunk places of files hashed this round (index-store.ts): a download may read
  // its chunks from them; a round that only changes the server writes them once done.
  if (!planned.ops.every((op) => SERVER_SIDE_OPS.has(op.type))) ctx.index.locateChunks();
  const paced = ctx.pace?.pace(planned.ops) ?? { run: planned.ops, heldUntil: null };
  const run = () => executor.run(paced.run);
  try {
    await (ctx.executing ? ctx.executing(planned, run) : run());
  } finally {
    ctx.index.locateChunks();
  }
  timer.mark("execute");
  if (inputs.confirmed && !planned.massDelete) ctx.index.setState("confirmMassDelete", null);
  if (inputs.restored && executor.failures.length === 0) acceptFingerprint(ctx.index);
  for (const link of walked.symlinks) ctx.emit({ type: "symlink", path: link });
  const files = [...scan.tree.values()].filter((n) => n.kind === "file");
  const counts = {
    files: files.length,
    folders: scan.tree.size - files.length - 1,
    bytes: files.reduce((sum, n) => sum + n.size, 0),
  };
  timer.end(planned.ops.length);
  return {
    done: executor.done,
    planned: planned.ops.length,
    // Files the scan could not read, or that changed while read, were not synced
    // either: reported with the rest, so `--once` says so and the folder retries them.
    failures: [
      ...executor.failures,
      ...scan.busy.map((b) => ({ path: b.rel, code: b.code, message: b.message })),
      // A pause that stopped a file's chunks on their way (as it would its upload).
      ...[...early.cut].map(([path, error]) => ({ path, ...localFailure(error) })),
      ...walked.unreadable.map((u) => ({
        path: u.rel,
        ...localFailure(Object.assign(new Error("cannot read"), { code: u.code })),
      })),
    ],
    plan: planned,
    symlinks: walked.symlinks,
    busy: scan.busy,
    counts,
    slice: null,
    sliceEntries: 0,
    walkedAll: true,
    complete:
      !ctx.signal?.aborted &&
      roundComplete({
        plan: planned,
        done: executor.done,
        failures: executor.failures.length + early.cut.size,
        busy: scan.busy.length,
      }),
    localWrites: executor.localWrites,
    ...(paced.heldUntil === null ? {} : { heldUntil: paced.heldUntil }),
  };
}

/** The result of a round that found what the last converged round found. */
function quietRound(symlinks: string[], counts: ConvergedCounts): RoundResult {
  return {
    done: 0,
    planned: 0,
    failures: [],
    plan: { ops: [], conflicts: [], deferred: [] },
    symlinks,
    busy: [],
    counts: { ...counts },
    slice: null,
    sliceEntries: 0,
    walkedAll: true,
  };
}

/** `decided` keeps the answers by path and kind: the Synced and Remote trees mostly agree. */
function withoutSkipped<T extends TreeNode>(
  nodes: readonly T[],
  rules: IgnoreRules,
  decided: Map<string, boolean>,
): T[] {
  const paths = pathsOf(nodes);
  const keep = (p: string, kind: TreeNode["kind"]): boolean => {
    try {
      return !rules.shouldSkip(p, kind);
    } catch {
      // A name no local path may hold: kept, so the planner defers and reports it.
      return true;
    }
  };
  return nodes.filter((n) => {
    if (n.id === TREE_ROOT_ID) return false;
    const p = paths.get(n.id);
    if (p === undefined || p === "") return false;
    const key = `${n.kind[0]}${p}`;
    let kept = decided.get(key);
    if (kept === undefined) {
      kept = keep(p, n.kind);
      decided.set(key, kept);
    }
    return kept;
  });
}
