// Runs a plan's operations against disk and server, committing what each settled to
// the index as it goes (a crash then replans from observations, never replays a stale
// queue). Runs of uploads, remote deletes and downloads travel in batches
// (remote-batches.ts, download-batches.ts); everything else runs one by one here.
import type {
  CreateRemoteFolderOp,
  DeleteRemoteOp,
  DownloadOp,
  MoveLocalOp,
  PlannedOp,
  UploadOp,
} from "../planner/index.js";
import { CirrusError } from "../../shared/errors.js";
import { Downloads } from "./download-batches.js";
import { RemoteBatches } from "./remote-batches.js";
import { nodeOf, RunState, type ExecutorContext, type OpFailure } from "./run-state.js";
import { doneActivity } from "../../shared/status.js";
import type { SyncedNode } from "../index/index-store.js";

export type { ExecutorContext, OpFailure } from "./run-state.js";

/** Local operations whose effect on the next walk the run does not model (run-state.ts). */
const UNMODELLED_LOCAL = new Set<PlannedOp["type"]>(["conflictCopy", "updatePlaceholder"]);

export class Executor {
  private readonly s: RunState;
  private readonly remote: RemoteBatches;
  private readonly downloads: Downloads;

  constructor(ctx: ExecutorContext) {
    this.s = new RunState(ctx);
    this.remote = new RemoteBatches(this.s);
    this.downloads = new Downloads(this.s);
  }

  get failures(): OpFailure[] {
    return this.s.failures;
  }

  get done(): number {
    return this.s.done;
  }

  /** What the run wrote locally, or null if it did more than the digest models. */
  get localWrites(): RunState["localWrites"] | null {
    return this.s.unpredictable ? null : this.s.localWrites;
  }

  async run(planned: readonly PlannedOp[]): Promise<void> {
    await this.s.ctx.index.batched(() => this.runAll(planned));
  }

  private async runAll(planned: readonly PlannedOp[]): Promise<void> {
    let ops = planned;
    if (!ops.some((o) => o.type === "moveRemote" || o.type === "deleteRemote")) {
      // A plan that only adds things on the server (a first sync, a new folder tree):
      // create its folders up front, a level per request, so the uploads between them
      // merge into a few large batches. With moves or deletes in the plan, its order
      // matters (a name may be freed first) and is kept as it is.
      const folders = ops.filter((o): o is CreateRemoteFolderOp => o.type === "createRemoteFolder");
      const created = await this.remote.remoteFolders(folders);
      ops = ops.filter((o) => o.type !== "createRemoteFolder" || !created.has(o.id));
    }
    for (let i = 0; i < ops.length;) {
      if (this.s.ctx.signal?.aborted) return;
      const op = ops[i] as PlannedOp;
      if (op.type === "upload") {
        const run: UploadOp[] = [];
        while (i < ops.length && ops[i]?.type === "upload") {
          run.push(ops[i] as UploadOp);
          i++;
        }
        await this.remote.uploads(run);
        continue;
      }
      if (op.type === "download") {
        const run: DownloadOp[] = [];
        while (i < ops.length && ops[i]?.type === "download") {
          run.push(ops[i] as DownloadOp);
          i++;
        }
        await this.downloads.downloads(run);
        continue;
      }
      if (op.type === "deleteRemote") {
        const run: DeleteRemoteOp[] = [];
        while (i < ops.length && ops[i]?.type === "deleteRemote" && run.length < 5000) {
          run.push(ops[i] as DeleteRemoteOp);
          i++;
        }
        await this.s.guarded(run[0]?.remotePath ?? "", () => this.remote.remoteDeletes(run));
        continue;
      }
      await this.s.guarded(pathOfOp(op), () => this.one(op));
      i++;
    }
  }

  private async one(op: Exclude<PlannedOp, UploadOp | DeleteRemoteOp | DownloadOp>): Promise<void> {
    const { ctx } = this.s;
    // Local moves, deletes and renames change paths below them: not modelled by the
    // digest of the next walk (converged.ts), which that walk then computes afresh.
    if (UNMODELLED_LOCAL.has(op.type)) this.s.unpredictable = true;
    switch (op.type) {
      case "createRemoteFolder": {
        const parentId = this.s.real(op.parentId);
        await this.s.batch([{ op: "mkdir", parentId, name: op.name }], (results) => {
          const entry = this.s.okEntry(results[0]);
          this.s.remap.set(op.id, entry.id);
          const ino = ctx.scan.stat.get(op.id)?.ino ?? null;
          this.s.setSynced(nodeOf(entry), ino, null);
          ctx.index.putRemote(entry, null);
        });
        break;
      }
      case "moveRemote": {
        const id = this.s.real(op.id);
        const move = {
          op: "move" as const,
          id,
          parentId: this.s.real(op.parentId),
          name: op.name,
          baseRev: op.baseRev,
        };
        await this.s.batch([move], (results) => {
          const entry = this.s.okEntry(results[0]);
          const old = ctx.synced.get(id);
          // Only the location is settled by a move; content stays as it was agreed.
          if (old)
            this.s.setSynced(
              { ...old, parentId: entry.parentId, name: entry.name, rev: entry.rev },
              old.ino,
              ctx.index.syncedChunks(id, old.rev),
            );
          ctx.index.putRemote(entry, null);
        });
        break;
      }
      case "createLocalFolder": {
        const ino = await ctx.fs.createFolder(op.localPath);
        this.s.wrote(
          await ctx.fs.safePath(op.localPath),
          { kind: "folder", ino, size: 0, mtimeMs: 0, ctimeMs: 0 },
          null,
        );
        const remote = ctx.remoteTree.get(op.id);
        this.s.setSynced(
          {
            id: op.id,
            parentId: this.s.real(op.parentId),
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
        // A placeholder's name, and a move by way of a temporary name: not modelled.
        if (op.temporary) this.s.unpredictable = true;
        if (this.s.isPlaceholder(op.id)) {
          this.s.unpredictable = true;
          const from = ctx.scan.diskPath.get(op.id) ?? this.s.diskRel(op.id, op.fromPath);
          await ctx.fs.move(from, this.s.diskRel(op.id, op.toPath));
          const old = ctx.synced.get(op.id);
          if (old)
            this.s.setSynced(
              { ...old, parentId: this.s.real(op.parentId), name: op.name },
              old.ino,
              null,
              true,
            );
          break;
        }
        await ctx.fs.move(op.fromPath, op.toPath);
        const placed = this.s.moved(op.id, await ctx.fs.safePath(op.toPath));
        ctx.index.renameCachedPrefix(op.fromPath, op.toPath, placed ?? undefined);
        const old = ctx.synced.get(op.id);
        if (old) {
          this.s.setSynced(
            {
              ...old,
              parentId: this.s.real(op.parentId),
              name: op.name,
              rev: this.movedRev(op, old),
            },
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
          const rel = ctx.scan.diskPath.get(op.id) ?? this.s.diskRel(op.id, op.localPath);
          await this.s.checkUnchanged(op.id, rel);
          await ctx.fs.moveToTrash(rel);
          ctx.index.dropCachedFile(op.localPath);
        }
        if (this.s.isPlaceholder(op.id)) this.s.unpredictable = true;
        else this.s.removed(op.id);
        this.s.dropSynced(op.id);
        ctx.emit(doneActivity("delete", op.localPath, 0));
        break;
      }
      case "conflictCopy": {
        await this.s.checkUnchanged(op.id, op.localPath);
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
        await this.downloads.download(
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
        await this.downloads.writePlaceholder(
          op.id,
          op.localPath,
          parentId,
          name,
          op.content,
          op.rev,
        );
        break;
      }
      case "recordSynced": {
        const stat = ctx.scan.stat.get(op.localId ?? op.id) ?? ctx.scan.stat.get(op.id);
        const chunks =
          op.node.kind === "file" ? this.s.cachedChunks(op.localId ?? op.id, op.node.hash) : null;
        this.s.setSynced(
          {
            ...op.node,
            parentId: op.node.parentId === null ? null : this.s.real(op.node.parentId),
          },
          stat?.ino ?? null,
          chunks,
        );
        if (op.localId) this.s.remap.set(op.localId, op.id);
        break;
      }
      case "forgetSynced":
        this.s.dropSynced(op.id);
        break;
    }
    this.s.done++;
  }

  /**
   * The revision to record for an entry moved here: the server's, when the move put it
   * where the server has it and the content synced is the server's (a remote move),
   * so the next round has nothing left to record; else the one synced before (an edit
   * to fetch, or a temporary name, is still to come).
   */
  private movedRev(op: MoveLocalOp, old: SyncedNode): number {
    const remote = this.s.ctx.remoteTree.get(op.id);
    const settled =
      remote !== undefined &&
      !op.temporary &&
      remote.parentId === this.s.real(op.parentId) &&
      remote.name === op.name &&
      remote.kind === old.kind &&
      remote.hash === old.hash;
    return settled ? remote.rev : old.rev;
  }
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
