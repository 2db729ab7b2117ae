// The operations that go to the server in batches: uploads (missing chunks, then one
// request of commits), folders created a level per request, deletes in one request.
import { CirrusError } from "../../shared/errors.js";
import type { Entry, OpResult } from "../../shared/protocol.js";
import type { CreateRemoteFolderOp, DeleteRemoteOp, UploadOp } from "../planner/index.js";
import { forEachConcurrent } from "./concurrent.js";
import { isProvisional, nodeOf, type RunState } from "./run-state.js";
import { readSmallFileSync } from "./small-read.js";
import { uploadContent, type PreparedUpload, type UploadItem } from "./upload.js";
import { doneActivity } from "../../shared/status.js";

/** Files looked at at once for a renamed placeholder (a few syscalls each). */
const STUB_CHECKS_AT_ONCE = 16;
/** Uploads committed per request. */
const UPLOAD_RUN = 2000;
/** Runs whose chunks are on their way while the oldest one waits for its commit. */
const PREPARED_AHEAD = 2;

export class RemoteBatches {
  constructor(private readonly s: RunState) {}

  /**
   * Uploads that follow each other, in runs of UPLOAD_RUN: a run's chunks go up
   * (deduplicated), then one request commits the run; the next run's files are read
   * and sent while the server commits this one.
   */
  async uploads(ops: readonly UploadOp[]): Promise<void> {
    const runs: UploadOp[][] = [];
    for (let i = 0; i < ops.length; i += UPLOAD_RUN) runs.push(ops.slice(i, i + UPLOAD_RUN));
    const prepare = (run: UploadOp[] | undefined) => {
      if (!run) return Promise.resolve([]);
      return this.prepare(run).catch((error: unknown) => {
        this.failRun(
          run.map((op) => op.localPath),
          error,
        );
        return [];
      });
    };
    const preparing = runs.slice(0, PREPARED_AHEAD).map((run) => prepare(run));
    for (let r = 0; r < runs.length && !this.s.ctx.signal?.aborted; r++) {
      const ready = await (preparing[r] as Promise<PreparedUpload[]>);
      preparing.push(prepare(runs[r + PREPARED_AHEAD]));
      await this.commit(ready).catch((error: unknown) => {
        this.failRun(
          ready.map((prepared) => prepared.item.rel),
          error,
        );
      });
    }
    // After an abort: let the reads in flight finish before the round ends.
    await Promise.all(preparing);
  }

  /**
   * A run that failed as a whole (the server full, say): none of its files was synced,
   * and each is reported (once) for `--once` and the retry schedule. A pause stops the
   * round, not the files: reported once.
   */
  private failRun(paths: readonly string[], error: unknown): void {
    const paused = error instanceof CirrusError && error.code === "paused";
    const reported = new Set(this.s.failures.map((f) => f.path));
    for (const path of paused ? paths.slice(0, 1) : paths) {
      if (!reported.has(path)) this.s.fail(path, error);
    }
  }

  /** Check a run of uploads and send the chunks the server lacks; the commits wait. */
  private async prepare(run: readonly UploadOp[]): Promise<PreparedUpload[]> {
    const { ctx } = this.s;
    const items: (UploadItem & { op: UploadOp })[] = [];
    const holdingStubs = new Set<UploadOp>();
    // Small files' bytes: from the scan that hashed them, or read whole for the
    // placeholder check. The upload sends those bytes (verified against the chunk ids,
    // then the file's stat checked) instead of reading the files again.
    const readForCheck = new Map<UploadOp, Buffer>();
    await forEachConcurrent(run, STUB_CHECKS_AT_ONCE, async (op) => {
      const check = await this.placeholderCheck(op);
      if (check.holdsPlaceholder) holdingStubs.add(op);
      else if (check.bytes) readForCheck.set(op, check.bytes);
    });
    for (const op of run) {
      if (this.s.isPlaceholder(op.id)) {
        // Invariant 8: a stub is never content. (The planner never asks; this guards it.)
        this.s.failures.push({
          path: op.localPath,
          code: "not_placeholder",
          message: "refusing to upload a placeholder",
        });
        continue;
      }
      if (holdingStubs.has(op)) {
        // A stub renamed without its suffix (a person "restoring" the file) is still only
        // metadata: uploading it would replace the file everywhere by its own stub.
        this.s.failures.push({
          path: op.localPath,
          code: "not_placeholder",
          message: `${op.localPath} holds a placeholder, not the file's content: rename it to ${this.s.ctx.onDemand.provider.diskName(op.name)}, then hydrate it`,
        });
        continue;
      }
      const parentId = this.s.real(op.parentId);
      if (isProvisional(parentId)) {
        this.s.failures.push({
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
        ...(readForCheck.has(op) ? { bytes: readForCheck.get(op) } : {}),
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
    if (items.length === 0) return [];
    const { ready, failed } = await uploadContent({
      fs: ctx.fs.io,
      root: ctx.fs.root,
      items,
      index: ctx.index,
      remote: ctx.remote,
      onBytes: ctx.onBytesSent,
      ...(ctx.storedChunks ? { stored: ctx.storedChunks } : {}),
      ...(ctx.progress ? { progress: ctx.progress } : {}),
    });
    for (const f of failed) this.s.fail(f.item.rel, f.error);
    return ready;
  }

  /** One request of commits for prepared uploads, then the index and events. */
  private async commit(ready: readonly PreparedUpload[]): Promise<void> {
    if (ready.length === 0) return;
    await this.s.batch(
      ready.map((r) => r.op),
      (results) => {
        this.recordCommits(ready, results);
      },
    );
  }

  private recordCommits(ready: readonly PreparedUpload[], results: readonly OpResult[]): void {
    const { ctx } = this.s;
    ready.forEach((prepared, n) => {
      const item = prepared.item as UploadItem & { op: UploadOp };
      const result = results[n] as OpResult;
      const entry = this.acceptedEntry(result, item.hash);
      if (!entry) {
        const error = result.ok ? null : result.error;
        this.s.failures.push({
          path: item.rel,
          code: error?.code ?? "internal",
          message: error?.message ?? "commit failed",
        });
        return;
      }
      this.s.remap.set(item.op.id, entry.id);
      // Uploaded again under a new id: the old id's Synced row would otherwise claim the
      // same path in the next scan and read as "deleted here". (A provisional id never
      // had one: the Synced tree holds server ids only.)
      if (entry.id !== item.op.id && !isProvisional(item.op.id)) this.s.dropSynced(item.op.id);
      const ino = ctx.scan.stat.get(item.op.id)?.ino ?? null;
      this.s.setSynced(nodeOf(entry), ino, prepared.chunks);
      ctx.index.putRemote(entry, prepared.chunks);
      this.s.done++;
      ctx.emit(doneActivity("upload", item.rel, item.size));
    });
  }

  /**
   * Whether the file to upload is a valid placeholder for this file or another synced
   * one, and the bytes read to tell (files no larger than a placeholder).
   */
  private async placeholderCheck(
    op: UploadOp,
  ): Promise<{ holdsPlaceholder: boolean; bytes?: Buffer }> {
    const { ctx } = this.s;
    const { provider } = ctx.onDemand;
    // The bytes the scan hashed: the upload commits them only if the file's stat is
    // still the hashed one, so they stand for the file here too.
    let bytes = ctx.scan.content.get(op.id);
    if (op.content.size > provider.maxSize) {
      return { holdsPlaceholder: false, ...(bytes ? { bytes } : {}) };
    }
    if (!bytes) {
      const rel = ctx.scan.diskPath.get(op.id) ?? op.localPath;
      // A path this check cannot address is left to the upload itself, which reports
      // it for this file alone (a throw here would fail the whole batch).
      const abs = await ctx.fs.safePath(rel).catch(() => null);
      bytes = (abs === null ? null : readSmallFileSync(ctx.fs.io, abs, provider.maxSize))?.bytes;
    }
    if (!bytes) return { holdsPlaceholder: false };
    const meta = provider.parse(bytes);
    const holdsPlaceholder = meta !== null && (meta.id === op.id || ctx.synced.has(meta.id));
    return { holdsPlaceholder, bytes };
  }

  /** Create folders a level at a time (one request per level); returns the ids created. */
  async remoteFolders(folders: readonly CreateRemoteFolderOp[]): Promise<Set<string>> {
    const { ctx } = this.s;
    const created = new Set<string>();
    let left = [...folders];
    while (left.length > 0 && !ctx.signal?.aborted) {
      const ready = left.filter((f) => !isProvisional(this.s.real(f.parentId)));
      if (ready.length === 0) break;
      const mkdirs = ready.map((f) => ({
        op: "mkdir" as const,
        parentId: this.s.real(f.parentId),
        name: f.name,
      }));
      const sent = await this.s
        .batch(mkdirs, (results) => {
          ready.forEach((f, n) => {
            const result = results[n];
            if (!result?.ok) return;
            this.s.remap.set(f.id, result.entry.id);
            this.s.setSynced(nodeOf(result.entry), ctx.scan.stat.get(f.id)?.ino ?? null, null);
            ctx.index.putRemote(result.entry, null);
            created.add(f.id);
            this.s.done++;
          });
        })
        .then(
          () => true,
          () => false,
        );
      // Failed: the ops left run one by one in plan order, and report their own errors.
      if (!sent) break;
      const before = left.length;
      left = left.filter((f) => !created.has(f.id));
      if (left.length === before) break;
    }
    return created;
  }

  /**
   * Deletes travel as one batch: one request, and one change on the server that other
   * devices see whole (their mass-delete guard counts it at once, not piece by piece).
   */
  async remoteDeletes(run: DeleteRemoteOp[]): Promise<void> {
    const deletes = run.map((op) => ({
      op: "delete" as const,
      id: this.s.real(op.id),
      baseRev: op.baseRev,
    }));
    await this.s.batch(deletes, (results) => {
      this.recordDeletes(run, results);
    });
  }

  private recordDeletes(run: readonly DeleteRemoteOp[], results: readonly OpResult[]): void {
    const { ctx } = this.s;
    run.forEach((op, n) => {
      const result = results[n];
      if (!result?.ok) {
        this.s.failures.push({
          path: op.remotePath,
          code: result?.error.code ?? "internal",
          message: result?.error.message ?? "delete failed",
        });
        return;
      }
      this.s.dropSynced(this.s.real(op.id));
      ctx.index.removeRemote(this.s.real(op.id));
      this.s.done++;
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
}
