// What one executor run shares between its parts (remote batches, downloads, local
// operations): the context, the ids new items got on the server, failures and the
// count of settled operations, and the index writes every part makes the same way.
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { ChunkRef, Entry, Op, OpResult } from "../../shared/protocol.js";
import type { SyncEvent } from "../../shared/status.js";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore, SyncedNode } from "../index/index-store.js";
import type { PlaceholderProvider } from "../placeholders/index.js";
import type { RemoteClient } from "../remote/index.js";
import type { LocalScan } from "../scan/local-tree.js";
import type { TreeNode } from "../tree/types.js";
import type { IncomingFiles } from "./incoming-files.js";
import type { LocalFs } from "./local-fs.js";
import { localFailure } from "../paths/index.js";
import { followOwnBatch } from "./remote-pull.js";
import type { TransferProgress } from "./transfer-progress.js";
import { placedStat } from "./small-temp.js";
import type { WalkItemStat } from "./walk-digest.js";

/** One change this run made on disk: `written` in place of `replaced` (either may be absent). */
export interface LocalWrite {
  replaced: WalkItemStat | null;
  written: WalkItemStat | null;
}

export interface ExecutorContext {
  index: IndexStore;
  remote: RemoteClient;
  fs: LocalFs;
  scan: LocalScan;
  synced: Map<string, SyncedNode>;
  remoteTree: ReadonlyMap<string, TreeNode>;
  rules: IgnoreRules;
  deviceName: string;
  now: () => number;
  emit: (event: SyncEvent) => void;
  onBytesSent: (n: number) => void;
  onBytesReceived: (n: number) => void;
  /** Files on demand: new remote files arrive as placeholders unless pinned. */
  onDemand: {
    enabled: boolean;
    provider: PlaceholderProvider;
    isPinned: (rel: string) => boolean;
  };
  /** Aborted when the folder is paused: no further operation starts. */
  signal?: AbortSignal;
  /** Chunks this round saw stored on the server already (sent early): not asked about. */
  storedChunks?: ReadonlySet<string>;
  /** Byte progress of large transfers (its `emit` is the one above). */
  progress?: TransferProgress;
  /** New files fetched ahead while another device uploads them (continuous mode). */
  incoming?: IncomingFiles;
}

export interface OpFailure {
  path: string;
  code: string;
  message: string;
}

/** Ids the planner made up for items the server has not created yet. */
export const isProvisional = (id: string): boolean =>
  id.startsWith("local:") || id.startsWith("conflict:");

export class RunState {
  /** Provisional ids (new local items) -> the server ids their creation returned. */
  readonly remap = new Map<string, string>();
  readonly failures: OpFailure[] = [];
  done = 0;
  /**
   * What this run did on disk, for the digest of the next walk (converged.ts): each
   * file or folder it made, the item a file replaced, what it moved (every item below
   * a folder at its new path) and what it removed. `unpredictable` once it did
   * anything else there (a placeholder, a conflicted copy, a temporary name, a second
   * move of what it moved).
   */
  readonly localWrites: LocalWrite[] = [];
  unpredictable = false;
  /** Where items this run moved or removed were, as spelled on disk. */
  private readonly vacated: string[] = [];

  constructor(readonly ctx: ExecutorContext) {}

  real(id: string): string {
    return this.remap.get(id) ?? id;
  }

  async guarded(path: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.fail(path, error);
    }
  }

  fail(path: string, error: unknown): void {
    this.failures.push({ path, ...localFailure(error) });
  }

  setSynced(
    node: TreeNode,
    ino: number | null,
    chunks: readonly ChunkRef[] | null,
    placeholder = false,
  ): void {
    const row: SyncedNode = { ...node, ino, placeholder };
    this.ctx.synced.set(node.id, row);
    this.ctx.index.putSynced(node, ino, chunks, placeholder);
  }

  isPlaceholder(id: string): boolean {
    return this.ctx.scan.tree.get(id)?.placeholder === true;
  }

  /** Where an item is on disk: a placeholder lives under its stub name. */
  diskRel(id: string, logicalRel: string): string {
    return this.isPlaceholder(id) ? this.ctx.onDemand.provider.diskName(logicalRel) : logicalRel;
  }

  dropSynced(id: string): void {
    this.ctx.synced.delete(id);
    this.ctx.index.removeSynced(id);
  }

  cachedChunks(id: string, hash: string | null): ChunkRef[] | null {
    const rel = this.ctx.scan.diskPath.get(id);
    const cached = rel === undefined ? null : this.ctx.index.cachedFile(rel);
    return cached && cached.hash === hash ? cached.chunks : null;
  }

  /**
   * Send a batch of ops and record its results (`apply` writes them to the index);
   * then, if the batch was the account's only change since this device's cursor,
   * move the cursor past it, so the next pull does not read it back.
   */
  async batch<T>(ops: readonly Op[], apply: (results: readonly OpResult[]) => T): Promise<T> {
    const response = await this.ctx.remote.ops(ops);
    const applied = apply(response.results);
    followOwnBatch(this.ctx.index, response);
    return applied;
  }

  okEntry(result: OpResult | undefined): Entry {
    if (!result) throw new CirrusError("internal", "no result from the server");
    if (!result.ok) {
      throw new CirrusError(
        result.error.code as CirrusError["code"],
        result.error.message,
        result.error.detail,
      );
    }
    return result.entry;
  }

  /** Record a file or folder this run made at `abs` (see localWrites). */
  wrote(abs: string, written: Omit<WalkItemStat, "diskRel">, replaced: WalkItemStat | null): void {
    const diskRel = this.diskRelOf(abs);
    if (replaced && this.wasVacated(replaced.diskRel)) this.unpredictable = true;
    this.localWrites.push({ replaced, written: { ...written, diskRel } });
  }

  /**
   * Record that the item `id` (as the scan saw it) now is at `abs` (as spelled on disk,
   * which in a folder of NFD names is not the tree's path): a folder with everything
   * the scan saw below it, whose paths change and nothing else. Returns a file's stat
   * there (its ctime is the rename's), or null.
   */
  moved(id: string, abs: string): WalkItemStat | null {
    const before = this.scanned(id);
    if (before === null) return null;
    const diskRel = this.diskRelOf(abs);
    const now = before.kind === "file" ? { ...before, ...placedStat(this.ctx.fs.io, abs) } : before;
    const inside = `${before.diskRel}/`;
    // What this run already wrote there would have to move too: not modelled.
    if (this.localWrites.some((w) => w.written?.diskRel.startsWith(inside))) {
      this.unpredictable = true;
    }
    this.localWrites.push({ replaced: before, written: { ...now, diskRel } });
    if (before.kind === "folder") {
      for (const item of this.ctx.scan.stat.values()) {
        if (!item.diskRel.startsWith(inside)) continue;
        const moved = { ...item, diskRel: diskRel + item.diskRel.slice(before.diskRel.length) };
        this.localWrites.push({ replaced: item, written: moved });
      }
    }
    this.vacated.push(before.diskRel);
    return before.kind === "file" ? now : null;
  }

  /** Record that the item `id` (as the scan saw it) is gone from disk. */
  removed(id: string): void {
    const before = this.scanned(id);
    if (before === null) return;
    this.localWrites.push({ replaced: before, written: null });
    this.vacated.push(before.diskRel);
  }

  /** The scan's stat of `id`, unless it is not known or not where the scan saw it. */
  private scanned(id: string): WalkItemStat | null {
    const before = this.ctx.scan.stat.get(id);
    if (!before || this.wasVacated(before.diskRel)) {
      this.unpredictable = true;
      return null;
    }
    return before;
  }

  private diskRelOf(abs: string): string {
    return path.relative(this.ctx.fs.root, abs).split(path.sep).join("/");
  }

  private wasVacated(diskRel: string): boolean {
    return this.vacated.some((v) => diskRel === v || diskRel.startsWith(`${v}/`));
  }

  /** Refuse to touch a local file that changed since the scan (the next round sees it). */
  async checkUnchanged(id: string, rel: string): Promise<void> {
    const seen = this.ctx.scan.stat.get(id);
    const abs = await this.ctx.fs.safePath(rel);
    const now = await this.ctx.fs.io.promises.lstat(abs).catch(() => null);
    if (
      !seen ||
      !now ||
      now.ino !== seen.ino ||
      now.size !== seen.size ||
      Math.floor(now.mtimeMs) !== seen.mtimeMs
    ) {
      throw new CirrusError("file_busy", `${rel} changed since it was scanned`);
    }
  }
}

export function nodeOf(entry: Entry): TreeNode {
  return {
    id: entry.id,
    parentId: entry.parentId,
    name: entry.name,
    kind: entry.kind,
    hash: entry.hash,
    size: entry.size,
    mtime: entry.mtime,
    rev: entry.rev,
  };
}
