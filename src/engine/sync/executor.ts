// Runs a plan's operations one by one against disk and server, committing what each
// settled to the index as it goes (a crash then replans from observations, never
// replays a stale queue). Uploads that follow each other travel as one batch.
import { createHash } from "node:crypto";
import { CirrusError } from "../../shared/errors.js";
import type { ChunkRef, Entry, OpResult } from "../../shared/protocol.js";
import type { SyncEvent } from "../../shared/status.js";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore, SyncedNode } from "../index/index-store.js";
import type {
  CreateRemoteFolderOp,
  DeleteRemoteOp,
  DownloadOp,
  PlannedOp,
  UploadOp,
} from "../planner/index.js";
import type { PlaceholderProvider } from "../placeholders/index.js";
import type { RemoteClient } from "../remote/index.js";
import type { LocalScan } from "../scan/local-tree.js";
import type { TreeNode } from "../tree/types.js";
import { downloadFile } from "./download.js";
import type { LocalFs } from "./local-fs.js";
import { uploadContent, type UploadItem } from "./upload.js";

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
}

export interface OpFailure {
  path: string;
  code: string;
  message: string;
}

const DOWNLOAD_CONCURRENCY = 8;
/** Files up to this size have their chunks fetched in batches before writing. */
const PREFETCH_FILE_MAX = 1024 * 1024;
const PREFETCH_TOTAL_MAX = 32 * 1024 * 1024;

const isProvisional = (id: string): boolean =>
  id.startsWith("local:") || id.startsWith("conflict:");

export class Executor {
  /** Provisional ids (new local items) -> the server ids their creation returned. */
  private readonly remap = new Map<string, string>();
  readonly failures: OpFailure[] = [];
  done = 0;

  constructor(private readonly ctx: ExecutorContext) {}

  private real(id: string): string {
    return this.remap.get(id) ?? id;
  }

  async run(planned: readonly PlannedOp[]): Promise<void> {
    let ops = planned;
    if (!ops.some((o) => o.type === "moveRemote" || o.type === "deleteRemote")) {
      // A plan that only adds things on the server (a first sync, a new folder tree):
      // create its folders up front, a level per request, so the uploads between them
      // merge into a few large batches. With moves or deletes in the plan, its order
      // matters (a name may be freed first) and is kept as it is.
      const folders = ops.filter((o): o is CreateRemoteFolderOp => o.type === "createRemoteFolder");
      const created = await this.remoteFolders(folders);
      ops = ops.filter((o) => o.type !== "createRemoteFolder" || !created.has(o.id));
    }
    for (let i = 0; i < ops.length;) {
      if (this.ctx.signal?.aborted) return;
      const op = ops[i] as PlannedOp;
      if (op.type === "upload") {
        const run: UploadOp[] = [];
        while (i < ops.length && ops[i]?.type === "upload" && run.length < 2000) {
          run.push(ops[i] as UploadOp);
          i++;
        }
        await this.guarded(run[0]?.localPath ?? "", () => this.uploads(run));
        continue;
      }
      if (op.type === "download") {
        const run: DownloadOp[] = [];
        while (i < ops.length && ops[i]?.type === "download" && run.length < 1000) {
          run.push(ops[i] as DownloadOp);
          i++;
        }
        await this.downloads(run);
        continue;
      }
      if (op.type === "deleteRemote") {
        const run: DeleteRemoteOp[] = [];
        while (i < ops.length && ops[i]?.type === "deleteRemote" && run.length < 5000) {
          run.push(ops[i] as DeleteRemoteOp);
          i++;
        }
        await this.guarded(run[0]?.remotePath ?? "", () => this.remoteDeletes(run));
        continue;
      }
      await this.guarded(pathOfOp(op), () => this.one(op));
      i++;
    }
  }

  private async guarded(path: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.fail(path, error);
    }
  }

  private fail(path: string, error: unknown): void {
    const code =
      error instanceof CirrusError
        ? error.code
        : ((error as NodeJS.ErrnoException).code ?? "internal");
    const message = error instanceof Error ? error.message : String(error);
    this.failures.push({ path, code, message });
  }

  private setSynced(
    node: TreeNode,
    ino: number | null,
    chunks: readonly ChunkRef[] | null,
    placeholder = false,
  ): void {
    const row: SyncedNode = { ...node, ino, placeholder };
    this.ctx.synced.set(node.id, row);
    this.ctx.index.putSynced(node, ino, chunks, placeholder);
  }

  private isPlaceholder(id: string): boolean {
    return this.ctx.scan.tree.get(id)?.placeholder === true;
  }

  /** Where an item is on disk: a placeholder lives under its stub name. */
  private diskRel(id: string, logicalRel: string): string {
    return this.isPlaceholder(id) ? this.ctx.onDemand.provider.diskName(logicalRel) : logicalRel;
  }

  private dropSynced(id: string): void {
    this.ctx.synced.delete(id);
    this.ctx.index.removeSynced(id);
  }

  /** Commit a run of uploads: chunks first (deduplicated), then one batch of commits. */
  private async uploads(run: UploadOp[]): Promise<void> {
    const { ctx } = this;
    const items: (UploadItem & { op: UploadOp })[] = [];
    for (const op of run) {
      if (this.isPlaceholder(op.id)) {
        // Invariant 8: a stub is never content. (The planner never asks; this guards it.)
        this.failures.push({
          path: op.localPath,
          code: "not_placeholder",
          message: "refusing to upload a placeholder",
        });
        continue;
      }
      if (await this.holdsStubOfKnownFile(op)) {
        // A stub renamed without its suffix (a person "restoring" the file) is still only
        // metadata: uploading it would replace the file everywhere by its own stub.
        this.failures.push({
          path: op.localPath,
          code: "not_placeholder",
          message: `${op.localPath} holds a placeholder, not the file's content: rename it to ${this.ctx.onDemand.provider.diskName(op.name)}, then hydrate it`,
        });
        continue;
      }
      const parentId = this.real(op.parentId);
      if (isProvisional(parentId)) {
        this.failures.push({
          path: op.localPath,
          code: "blocked",
          message: "parent not created yet",
        });
        continue;
      }
      // baseRev null means "a new file" (ops.ts), also for an id the server knew: it
      // was deleted there and the local edit is uploaded again (edit beats delete).
      // The server never revives a trashed entry, so that commit must not name the id.
      const existing = isProvisional(op.id) || op.baseRev === null ? undefined : op.id;
      items.push({
        op,
        diskRel: ctx.scan.diskPath.get(op.id) ?? op.localPath,
        rel: op.localPath,
        hash: op.content.hash,
        size: op.content.size,
        commit: {
          op: "commit",
          ...(existing ? { id: existing } : {}),
          parentId,
          name: op.name,
          size: op.content.size,
          mtime: op.content.mtime,
          hash: op.content.hash,
          baseRev: existing ? op.baseRev : null,
        },
      });
    }
    if (items.length === 0) return;
    const { ready, failed } = await uploadContent({
      root: ctx.fs.root,
      items,
      index: ctx.index,
      remote: ctx.remote,
      onBytes: ctx.onBytesSent,
    });
    for (const f of failed) this.fail(f.item.rel, f.error);
    if (ready.length === 0) return;
    const { results } = await ctx.remote.ops(ready.map((r) => r.op));
    ready.forEach((prepared, n) => {
      const item = prepared.item as UploadItem & { op: UploadOp };
      const result = results[n] as OpResult;
      const entry = this.acceptedEntry(result, item.hash);
      if (!entry) {
        const error = result.ok ? null : result.error;
        this.failures.push({
          path: item.rel,
          code: error?.code ?? "internal",
          message: error?.message ?? "commit failed",
        });
        return;
      }
      this.remap.set(item.op.id, entry.id);
      // Uploaded again under a new id: the old id's Synced row would otherwise claim the
      // same path in the next scan and read as "deleted here".
      if (entry.id !== item.op.id) this.dropSynced(item.op.id);
      const ino = ctx.scan.stat.get(item.op.id)?.ino ?? null;
      this.setSynced(nodeOf(entry), ino, prepared.chunks);
      ctx.index.putRemote(entry, prepared.chunks);
      this.done++;
      ctx.emit({
        type: "activity",
        kind: "upload",
        path: item.rel,
        bytesDone: item.size,
        bytesTotal: item.size,
        done: true,
      });
    });
  }

  /** Whether the file to upload is a valid stub for this file or another synced one. */
  private async holdsStubOfKnownFile(op: UploadOp): Promise<boolean> {
    const rel = this.ctx.scan.diskPath.get(op.id) ?? op.localPath;
    // A path this check cannot address is left to the upload itself, which reports it
    // for this file alone (a throw here would fail the whole batch).
    const abs = await this.ctx.fs.safePath(rel).catch(() => null);
    const meta = abs === null ? null : await this.ctx.onDemand.provider.read(abs);
    return meta !== null && (meta.id === op.id || this.ctx.synced.has(meta.id));
  }

  /** Create folders a level at a time (one request per level); returns the ids created. */
  private async remoteFolders(folders: readonly CreateRemoteFolderOp[]): Promise<Set<string>> {
    const { ctx } = this;
    const created = new Set<string>();
    let left = [...folders];
    while (left.length > 0 && !ctx.signal?.aborted) {
      const ready = left.filter((f) => !isProvisional(this.real(f.parentId)));
      if (ready.length === 0) break;
      let results: OpResult[];
      try {
        ({ results } = await ctx.remote.ops(
          ready.map((f) => ({
            op: "mkdir" as const,
            parentId: this.real(f.parentId),
            name: f.name,
          })),
        ));
      } catch {
        break; // The ops left run one by one in plan order, and report their own errors.
      }
      ready.forEach((f, n) => {
        const result = results[n];
        if (!result?.ok) return;
        this.remap.set(f.id, result.entry.id);
        this.setSynced(nodeOf(result.entry), ctx.scan.stat.get(f.id)?.ino ?? null, null);
        ctx.index.putRemote(result.entry, null);
        created.add(f.id);
        this.done++;
      });
      const before = left.length;
      left = left.filter((f) => !created.has(f.id));
      if (left.length === before) break;
    }
    return created;
  }

  /**
   * Downloads that follow each other are independent files: the small ones' chunks come
   * in a few batched requests, and files are written a few at a time, so waiting on
   * the network and on each file's fsync overlaps instead of adding up.
   */
  private async downloads(run: DownloadOp[]): Promise<void> {
    const prefetched = await this.prefetchSmall(run);
    let next = 0;
    const worker = async () => {
      while (next < run.length && !this.ctx.signal?.aborted) {
        const op = run[next++] as DownloadOp;
        await this.guarded(op.localPath, () => this.one(op, prefetched));
      }
    };
    await Promise.all(Array.from({ length: Math.min(DOWNLOAD_CONCURRENCY, run.length) }, worker));
  }

  /** Fetch, in batches, the chunks of small files whose manifests came with the feed. */
  private async prefetchSmall(run: readonly DownloadOp[]): Promise<Map<string, Buffer>> {
    const { ctx } = this;
    const wanted = new Set<string>();
    let bytes = 0;
    for (const op of run) {
      if (op.content.size > PREFETCH_FILE_MAX || bytes > PREFETCH_TOTAL_MAX) continue;
      if (op.replaces === null && ctx.onDemand.enabled && !ctx.onDemand.isPinned(op.localPath)) {
        continue; // Becomes a placeholder: no content.
      }
      const chunks = ctx.index.remoteChunks(op.id, op.rev);
      if (!chunks) continue;
      for (const c of chunks) wanted.add(c.id);
      bytes += op.content.size;
    }
    const got = new Map<string, Buffer>();
    if (wanted.size === 0) return got;
    for (const chunk of await ctx.remote.fetchChunks([...wanted])) {
      // Verified here: downloadFile trusts prefetched bytes.
      if (createHash("sha256").update(chunk.data).digest("hex") !== chunk.id) continue;
      got.set(chunk.id, chunk.data);
      ctx.onBytesReceived(chunk.data.length);
    }
    return got;
  }

  /**
   * Deletes travel as one batch: one request, and one change on the server that other
   * devices see whole (their mass-delete guard counts it at once, not piece by piece).
   */
  private async remoteDeletes(run: DeleteRemoteOp[]): Promise<void> {
    const { ctx } = this;
    const { results } = await ctx.remote.ops(
      run.map((op) => ({ op: "delete" as const, id: this.real(op.id), baseRev: op.baseRev })),
    );
    run.forEach((op, n) => {
      const result = results[n];
      if (!result?.ok) {
        this.failures.push({
          path: op.remotePath,
          code: result?.error.code ?? "internal",
          message: result?.error.message ?? "delete failed",
        });
        return;
      }
      this.dropSynced(this.real(op.id));
      ctx.index.removeRemote(this.real(op.id));
      this.done++;
    });
  }

  /** A commit that failed only because the same content is already there counts as done. */
  private acceptedEntry(result: OpResult, hash: string): Entry | null {
    if (result.ok) return result.entry;
    const current = result.error.detail as Entry | undefined;
    if (
      (result.error.code === "name_conflict" || result.error.code === "stale_base") &&
      current?.kind === "file" &&
      !current.deleted &&
      current.hash === hash
    ) {
      return current;
    }
    return null;
  }

  private async one(
    op: Exclude<PlannedOp, UploadOp | DeleteRemoteOp>,
    prefetched?: ReadonlyMap<string, Buffer>,
  ): Promise<void> {
    const { ctx } = this;
    switch (op.type) {
      case "createRemoteFolder": {
        const parentId = this.real(op.parentId);
        const { results } = await ctx.remote.ops([{ op: "mkdir", parentId, name: op.name }]);
        const entry = this.okEntry(results[0]);
        this.remap.set(op.id, entry.id);
        const ino = ctx.scan.stat.get(op.id)?.ino ?? null;
        this.setSynced(nodeOf(entry), ino, null);
        ctx.index.putRemote(entry, null);
        break;
      }
      case "moveRemote": {
        const id = this.real(op.id);
        const { results } = await ctx.remote.ops([
          { op: "move", id, parentId: this.real(op.parentId), name: op.name, baseRev: op.baseRev },
        ]);
        const entry = this.okEntry(results[0]);
        const old = ctx.synced.get(id);
        // Only the location is settled by a move; content stays as it was agreed.
        if (old)
          this.setSynced(
            { ...old, parentId: entry.parentId, name: entry.name, rev: entry.rev },
            old.ino,
            ctx.index.syncedChunks(id, old.rev),
          );
        ctx.index.putRemote(entry, null);
        break;
      }
      case "download":
        if (op.replaces === null && ctx.onDemand.enabled && !ctx.onDemand.isPinned(op.localPath)) {
          await this.writePlaceholder(
            op.id,
            op.localPath,
            this.real(op.parentId),
            op.name,
            op.content,
            op.rev,
          );
          break;
        }
        await this.download(
          op.id,
          op.localPath,
          op.parentId,
          op.name,
          op.content,
          op.rev,
          op.replaces !== null,
          prefetched,
        );
        break;
      case "createLocalFolder": {
        const ino = await ctx.fs.createFolder(op.localPath);
        const remote = ctx.remoteTree.get(op.id);
        this.setSynced(
          {
            id: op.id,
            parentId: this.real(op.parentId),
            name: op.name,
            kind: "folder",
            hash: null,
            size: 0,
            mtime: remote?.mtime ?? 0,
            rev: remote?.rev ?? 0,
          },
          ino,
          null,
        );
        break;
      }
      case "moveLocal": {
        if (this.isPlaceholder(op.id)) {
          const from = ctx.scan.diskPath.get(op.id) ?? this.diskRel(op.id, op.fromPath);
          await ctx.fs.move(from, this.diskRel(op.id, op.toPath));
          const old = ctx.synced.get(op.id);
          if (old)
            this.setSynced(
              { ...old, parentId: this.real(op.parentId), name: op.name },
              old.ino,
              null,
              true,
            );
          break;
        }
        await ctx.fs.move(op.fromPath, op.toPath);
        ctx.index.renameCachedPrefix(op.fromPath, op.toPath);
        const old = ctx.synced.get(op.id);
        if (old) {
          this.setSynced(
            { ...old, parentId: this.real(op.parentId), name: op.name },
            old.ino,
            ctx.index.syncedChunks(op.id, old.rev),
          );
        }
        break;
      }
      case "deleteLocal": {
        if (op.kind === "folder") {
          const removed = await ctx.fs.removeFolder(op.localPath, (names) =>
            names.every((n) => ctx.rules.isIgnored(`${op.localPath}/${n}`, "file")),
          );
          if (!removed)
            throw new CirrusError("folder_not_empty", `${op.localPath} still holds files`);
        } else {
          const rel = ctx.scan.diskPath.get(op.id) ?? this.diskRel(op.id, op.localPath);
          await this.checkUnchanged(op.id, rel);
          await ctx.fs.moveToTrash(rel);
          ctx.index.dropCachedFile(op.localPath);
        }
        this.dropSynced(op.id);
        ctx.emit({
          type: "activity",
          kind: "delete",
          path: op.localPath,
          bytesDone: 0,
          bytesTotal: 0,
          done: true,
        });
        break;
      }
      case "conflictCopy": {
        await this.checkUnchanged(op.id, op.localPath);
        const dir = op.localPath.includes("/")
          ? op.localPath.slice(0, op.localPath.lastIndexOf("/") + 1)
          : "";
        await ctx.fs.move(op.localPath, dir + op.conflictName);
        ctx.index.renameCachedPrefix(op.localPath, dir + op.conflictName);
        const record = ctx.index.addConflict({
          entryId: op.id,
          baseRev: ctx.synced.get(op.id)?.rev ?? null,
          path: op.localPath,
          conflictPath: dir + op.conflictName,
          localDevice: ctx.deviceName,
          remoteDevice: ctx.index.remoteDevice(op.id),
          createdAt: ctx.now(),
        });
        ctx.emit({ type: "conflict", conflict: record });
        await this.download(
          op.id,
          op.localPath,
          op.parentId,
          op.localPath.slice(dir.length),
          op.remote,
          op.rev,
          false,
        );
        break;
      }
      case "updatePlaceholder": {
        const old = ctx.synced.get(op.id);
        const parentId = old?.parentId ?? ctx.scan.tree.get(op.id)?.parentId ?? "root";
        const name = op.localPath.slice(op.localPath.lastIndexOf("/") + 1);
        await this.writePlaceholder(op.id, op.localPath, parentId, name, op.content, op.rev);
        break;
      }
      case "recordSynced": {
        const stat = ctx.scan.stat.get(op.localId ?? op.id) ?? ctx.scan.stat.get(op.id);
        const chunks =
          op.node.kind === "file" ? this.cachedChunks(op.localId ?? op.id, op.node.hash) : null;
        this.setSynced(
          { ...op.node, parentId: op.node.parentId === null ? null : this.real(op.node.parentId) },
          stat?.ino ?? null,
          chunks,
        );
        if (op.localId) this.remap.set(op.localId, op.id);
        break;
      }
      case "forgetSynced":
        this.dropSynced(op.id);
        break;
    }
    this.done++;
  }

  /** A remote file arrives (or changes) as a stub: metadata only, no content. */
  private async writePlaceholder(
    id: string,
    rel: string,
    parentId: string,
    name: string,
    content: { hash: string; size: number; mtime: number },
    rev: number,
  ): Promise<void> {
    const { ctx } = this;
    const stubRel = ctx.onDemand.provider.diskName(rel);
    const abs = await ctx.fs.safePath(stubRel);
    const real = await ctx.fs.safePath(rel);
    if (await ctx.fs.exists(real))
      throw new CirrusError("name_conflict", `${rel} appeared locally meanwhile`);
    await ctx.onDemand.provider.write(abs, { id, name, rev, ...content });
    const { lstat } = await import("node:fs/promises");
    const ino = (await lstat(abs)).ino;
    this.setSynced({ id, parentId, name, kind: "file", ...content, rev }, ino, null, true);
    ctx.emit({
      type: "activity",
      kind: "download",
      path: rel,
      bytesDone: 0,
      bytesTotal: 0,
      done: true,
    });
  }

  private cachedChunks(id: string, hash: string | null): ChunkRef[] | null {
    const rel = this.ctx.scan.diskPath.get(id);
    const cached = rel === undefined ? null : this.ctx.index.cachedFile(rel);
    return cached && cached.hash === hash ? cached.chunks : null;
  }

  private okEntry(result: OpResult | undefined): Entry {
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

  /** Refuse to touch a local file that changed since the scan (the next round sees it). */
  private async checkUnchanged(id: string, rel: string): Promise<void> {
    const seen = this.ctx.scan.stat.get(id);
    const abs = await this.ctx.fs.safePath(rel);
    const { lstat } = await import("node:fs/promises");
    const now = await lstat(abs).catch(() => null);
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

  private async download(
    id: string,
    rel: string,
    parentId: string,
    name: string,
    content: { hash: string; size: number; mtime: number },
    rev: number,
    replacing: boolean,
    prefetched?: ReadonlyMap<string, Buffer>,
  ): Promise<void> {
    const { ctx } = this;
    const chunks = await this.manifestFor(id, rev);
    const file = await ctx.fs.safePath(rel);
    const result = await downloadFile(
      {
        root: ctx.fs.root,
        file,
        ...content,
        chunks,
        ...(prefetched ? { prefetched } : {}),
        beforeReplace: async () => {
          if (replacing) await this.checkUnchanged(id, rel);
          else if (await ctx.fs.exists(file)) {
            throw new CirrusError("name_conflict", `${rel} appeared locally meanwhile`);
          }
        },
      },
      ctx.index,
      ctx.remote,
      ctx.onBytesReceived,
    );
    ctx.index.putCachedFile({
      path: rel,
      ino: result.ino,
      size: content.size,
      mtimeMs: result.mtimeMs,
      ctimeMs: result.ctimeMs,
      hash: content.hash,
      chunks,
    });
    this.setSynced(
      { id, parentId: this.real(parentId), name, kind: "file", ...content, rev },
      result.ino,
      chunks,
    );
    ctx.emit({
      type: "activity",
      kind: "download",
      path: rel,
      bytesDone: content.size,
      bytesTotal: content.size,
      done: true,
    });
  }

  /** The chunk list: inline from the feed, a patch against the synced version, or whole. */
  private async manifestFor(id: string, rev: number): Promise<ChunkRef[]> {
    const { ctx } = this;
    const inline = ctx.index.remoteChunks(id, rev);
    if (inline) return inline;
    const synced = ctx.synced.get(id);
    const base = synced ? ctx.index.syncedChunks(id, synced.rev) : null;
    const response = await ctx.remote.manifest(id, base && synced ? synced.rev : undefined);
    if (response.rev !== rev)
      throw new CirrusError("stale_base", "the file changed again on the server");
    if (response.patch && base) {
      const { applyPatch } = await import("../../shared/manifest-patch.js");
      return applyPatch(base, response.patch);
    }
    return response.chunks ?? [];
  }
}

function nodeOf(entry: Entry): TreeNode {
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

function pathOfOp(op: PlannedOp): string {
  switch (op.type) {
    case "upload":
    case "download":
    case "createLocalFolder":
    case "deleteLocal":
    case "updatePlaceholder":
    case "conflictCopy":
      return op.localPath;
    case "createRemoteFolder":
      return op.remotePath;
    case "deleteRemote":
      return op.remotePath;
    case "moveRemote":
    case "moveLocal":
      return op.toPath;
    case "recordSynced":
    case "forgetSynced":
      return op.id;
  }
}
