// Files that arrive from the server: many small ones have their chunks prefetched in
// batches, are written to temp files, made durable together and then renamed into
// place (writeBatch); the others are written several at a time (their fsyncs overlap);
// new files on demand arrive as placeholders; each file is rebuilt by download.ts.
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import { applyPatch } from "../../shared/manifest-patch.js";
import type { ChunkRef } from "../../shared/protocol.js";
import type { DownloadOp } from "../planner/index.js";
import { forEachConcurrent } from "./concurrent.js";
import { downloadFile, replaceWithTemp, verifiedParts } from "./download.js";
import { makeDurable } from "./durable-batch.js";
import type { RunState } from "./run-state.js";
import { CIRRUSIGNORE_FILE } from "../ignore/index.js";
import { sha256Hex } from "../chunking/sha256.js";
import { doneActivity } from "../../shared/status.js";
import { assertNameFree, type PlacedFile, type SmallTemp } from "./small-temp.js";
import { openTempFiles, type TempFiles } from "./temp-files.js";

/** Files written at once: their fsyncs overlap (bin/cirrus.js sizes the I/O threads). */
const DOWNLOAD_CONCURRENCY = 32;
/** Downloads per prefetch: the next part's chunks arrive while this part is written. */
const DOWNLOAD_PART = 2000;
/** Chunks fetched ahead for a part of small files, and the manifests they came from. */
interface Prefetched {
  data: ReadonlyMap<string, Buffer>;
  manifests: ReadonlyMap<string, ChunkRef[]>;
}

const NOTHING_PREFETCHED: Prefetched = { data: new Map(), manifests: new Map() };

/** A small download written to its temp file, waiting to be made durable and renamed. */
interface WrittenTemp {
  op: DownloadOp;
  file: string;
  temp: string;
  chunks: ChunkRef[];
}

/** Files up to this size have their chunks fetched in batches before writing. */
const PREFETCH_FILE_MAX = 1024 * 1024;
const PREFETCH_TOTAL_MAX = 32 * 1024 * 1024;
/** From this many files in a part, small ones are made durable together (durable-batch.ts). */
const BATCH_MIN_FILES = 16;
/** Files written between two turns of the event loop (the writes are synchronous). */
const YIELD_EVERY = 64;

export class Downloads {
  /** Writes and renames batches of small files (opened with the first batch). */
  private temps: TempFiles | null = null;

  constructor(private readonly s: RunState) {}

  /** One download: a placeholder when on demand and not pinned, else the content. */
  async one(op: DownloadOp, prefetched?: Prefetched): Promise<void> {
    if (this.becomesPlaceholder(op)) {
      await this.writePlaceholder(
        op.id,
        op.localPath,
        this.s.real(op.parentId),
        op.name,
        op.content,
        op.rev,
      );
    } else {
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
    }
    this.s.done++;
  }

  /**
   * Downloads that follow each other are independent files: the small ones' chunks come
   * in a few batched requests, and files are written a few at a time, so waiting on
   * the network and on each file's fsync overlaps instead of adding up.
   */
  async downloads(run: DownloadOp[]): Promise<void> {
    try {
      await this.downloadParts(run);
    } finally {
      await this.temps?.close();
      this.temps = null;
    }
  }

  private async downloadParts(run: DownloadOp[]): Promise<void> {
    const parts: DownloadOp[][] = [];
    for (let i = 0; i < run.length; i += DOWNLOAD_PART) parts.push(run.slice(i, i + DOWNLOAD_PART));
    // The next part's chunks are fetched while this part's files are written.
    const prefetch = (part: DownloadOp[] | undefined) => {
      const promise = part ? this.prefetchSmall(part) : Promise.resolve(NOTHING_PREFETCHED);
      promise.catch(() => undefined); // Awaited below, or moot after an abort.
      return promise;
    };
    let next = prefetch(parts[0]);
    // A part's temp files are made durable and renamed into place while the next part's
    // are written: the flush's wait (tens of ms per part) hides behind that work.
    let placing: Promise<void> = Promise.resolve();
    for (let p = 0; p < parts.length && !this.s.ctx.signal?.aborted; p++) {
      // A failed prefetch only loses the shortcut: each file then fetches its own chunks.
      const prefetched = await next.catch(() => NOTHING_PREFETCHED);
      next = prefetch(parts[p + 1]);
      const part = parts[p] as DownloadOp[];
      const batch =
        part.length >= BATCH_MIN_FILES
          ? await this.writeTemps(part, prefetched)
          : { written: [], rest: part };
      await placing;
      placing = this.placeTemps(batch.written);
      placing.catch(() => undefined); // Awaited on the next turn or after the loop.
      await forEachConcurrent(
        batch.rest,
        DOWNLOAD_CONCURRENCY,
        (op) => this.s.guarded(op.localPath, () => this.one(op, prefetched)),
        this.s.ctx.signal,
      );
    }
    await placing;
  }

  /** Whether `op` becomes a placeholder instead of content (files on demand). */
  private becomesPlaceholder(op: DownloadOp): boolean {
    const { onDemand } = this.s.ctx;
    return op.replaces === null && onDemand.enabled && !onDemand.isPinned(op.localPath);
  }

  /** Fetch, in batches, the chunks of small files whose manifests came with the feed. */
  private async prefetchSmall(run: readonly DownloadOp[]): Promise<Prefetched> {
    const { ctx } = this.s;
    const wanted = new Set<string>();
    const manifests = new Map<string, ChunkRef[]>();
    let bytes = 0;
    for (const op of run) {
      if (op.content.size > PREFETCH_FILE_MAX || bytes > PREFETCH_TOTAL_MAX) continue;
      if (this.becomesPlaceholder(op)) continue; // No content.
      const chunks = ctx.index.remoteChunks(op.id, op.rev);
      if (!chunks) continue;
      manifests.set(op.id, chunks);
      for (const c of chunks) wanted.add(c.id);
      bytes += op.content.size;
    }
    const got = new Map<string, Buffer>();
    if (wanted.size === 0) return { data: got, manifests };
    for (const chunk of await ctx.remote.fetchChunks([...wanted])) {
      // Verified here: downloadFile trusts prefetched bytes.
      if (sha256Hex(chunk.data) !== chunk.id) continue;
      got.set(chunk.id, chunk.data);
      ctx.onBytesReceived(chunk.data.length);
    }
    return { data: got, manifests };
  }

  /** A remote file arrives (or changes) as a stub: metadata only, no content. */
  async writePlaceholder(
    id: string,
    rel: string,
    parentId: string,
    name: string,
    content: { hash: string; size: number; mtime: number },
    rev: number,
  ): Promise<void> {
    const { ctx } = this.s;
    this.s.unpredictable = true; // A stub's stat and name: not modelled (converged.ts).
    const stubRel = ctx.onDemand.provider.diskName(rel);
    const abs = await ctx.fs.safePath(stubRel);
    const real = await ctx.fs.safePath(rel);
    if (await ctx.fs.exists(real))
      throw new CirrusError("name_conflict", `${rel} appeared locally meanwhile`);
    await ctx.onDemand.provider.write(abs, { id, name, rev, ...content });
    const ino = (await ctx.fs.io.promises.lstat(abs)).ino;
    this.s.setSynced({ id, parentId, name, kind: "file", ...content, rev }, ino, null, true);
    ctx.emit(doneActivity("download", rel, 0));
  }

  async download(
    id: string,
    rel: string,
    parentId: string,
    name: string,
    content: { hash: string; size: number; mtime: number },
    rev: number,
    replacing: boolean,
    prefetched?: Prefetched,
  ): Promise<void> {
    const { ctx } = this.s;
    const chunks = prefetched?.manifests.get(id) ?? (await this.manifestFor(id, rev));
    const file = await ctx.fs.safePath(rel);
    const base = replacing ? ctx.index.cachedFile(rel) : null;
    // A new file fetched in part (or whole) while its sender was still uploading it.
    const headStart = base ? null : await ctx.incoming?.claim(file, rel, chunks);
    // A large file's row shows at once, before its first bytes are in.
    ctx.progress?.atLeast("download", rel, content.size, 0);
    const result = await downloadFile(
      ctx.fs.io,
      {
        root: ctx.fs.root,
        file,
        ...content,
        chunks,
        ...(base ? { base } : {}),
        ...(prefetched ? { prefetched: prefetched.data } : {}),
        ...(headStart ? { headStart } : {}),
        beforeReplace: () => this.beforeReplace(id, rel, file, replacing),
        onProgress: (bytes) => ctx.progress?.atLeast("download", rel, content.size, bytes),
      },
      ctx.index,
      ctx.remote,
      ctx.onBytesReceived,
    );
    this.settled({ id, rel, parentId, name, content, rev, replacing, chunks, file }, result);
  }

  /**
   * Small files whose chunks are all at hand: each written to a temp file (no fsync),
   * for placeTemps to make durable and rename. `rest`: the ops left for the one-by-one
   * path (chunks not at hand, placeholders, larger files).
   */
  private async writeTemps(
    part: readonly DownloadOp[],
    prefetched: Prefetched,
  ): Promise<{ written: WrittenTemp[]; rest: DownloadOp[] }> {
    const { ctx } = this.s;
    const rest: DownloadOp[] = [];
    const ready: (Omit<WrittenTemp, "temp"> & { bytes: SmallTemp })[] = [];
    for (const [i, op] of part.entries()) {
      const chunks = prefetched.manifests.get(op.id);
      if (!chunks || this.becomesPlaceholder(op) || op.content.size > PREFETCH_FILE_MAX) {
        rest.push(op);
        continue;
      }
      if (ctx.signal?.aborted) break;
      if (i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      await this.s.guarded(op.localPath, async () => {
        const file = await ctx.fs.safePath(op.localPath);
        const parts = verifiedParts({ ...op.content, chunks }, prefetched.data);
        if (parts === null) rest.push(op);
        else {
          const { size, mtime } = op.content;
          ready.push({ op, file, chunks, bytes: { dir: path.dirname(file), parts, size, mtime } });
        }
      });
    }
    const written: WrittenTemp[] = [];
    if (ready.length === 0) return { written, rest };
    this.temps ??= openTempFiles(ctx.fs.io);
    const outcomes = await this.temps
      .write(ready.map((r) => r.bytes))
      .catch((error: unknown) => allFailed(ready, error));
    outcomes.forEach((outcome, k) => {
      const { op, file, chunks } = ready[k] as (typeof ready)[number];
      if (outcome.ok) written.push({ op, file, temp: outcome.value, chunks });
      else this.s.fail(op.localPath, outcome.error);
    });
    return { written, rest };
  }

  /**
   * Temp files of writeTemps: the whole batch made durable at once, then each renamed
   * into place after its last check. Never rejects: failures are the files'.
   */
  private async placeTemps(written: readonly WrittenTemp[]): Promise<void> {
    const { ctx } = this.s;
    if (written.length === 0) return;
    try {
      await makeDurable(
        ctx.fs.io,
        ctx.fs.root,
        written.map((w) => w.temp),
      );
    } catch (error) {
      for (const { op, temp } of written) {
        ctx.fs.io.rmSync(temp, { force: true });
        this.s.fail(op.localPath, error);
      }
      return;
    }
    // New files take names that must still be free: renamed by the batch.
    const fresh = written.filter((w) => w.op.replaces === null);
    const moves = fresh.map((w) => ({ temp: w.temp, file: w.file, rel: w.op.localPath }));
    this.temps ??= openTempFiles(ctx.fs.io);
    const placed = await this.temps
      .placeNew(moves)
      .catch((error: unknown) => allFailed(moves, error));
    placed.forEach((outcome, k) => {
      const { op, file, temp, chunks } = fresh[k] as WrittenTemp;
      const { id, localPath: rel, parentId, name, content, rev } = op;
      if (!outcome.ok) {
        ctx.fs.io.rmSync(temp, { force: true });
        this.s.fail(rel, outcome.error);
        return;
      }
      try {
        this.settled(
          { id, rel, parentId, name, content, rev, replacing: false, chunks, file },
          outcome.value,
        );
        this.s.done++;
      } catch (error) {
        this.s.fail(rel, error);
      }
    });
    // Replacements: each after the check that the local file is still what was seen.
    for (const { op, file, temp, chunks } of written.filter((w) => w.op.replaces !== null)) {
      const { id, localPath: rel, parentId, name, content, rev } = op;
      await this.s.guarded(rel, async () => {
        try {
          const target = { file, beforeReplace: () => this.beforeReplace(id, rel, file, true) };
          const result = await replaceWithTemp(ctx.fs.io, temp, target);
          const placed = { id, rel, parentId, name, content, rev, chunks, file };
          this.settled({ ...placed, replacing: true }, result);
          this.s.done++;
        } catch (error) {
          ctx.fs.io.rmSync(temp, { force: true });
          throw error;
        }
      });
    }
  }

  /** The last check before a download takes its name. */
  private async beforeReplace(id: string, rel: string, file: string, replacing: boolean) {
    if (replacing) await this.s.checkUnchanged(id, rel);
    else assertNameFree(this.s.ctx.fs.io, file, rel);
  }

  /** Record a download that is in place: hash cache, Synced tree, walk digest, activity. */
  private settled(
    d: {
      id: string;
      rel: string;
      parentId: string;
      name: string;
      content: { hash: string; size: number; mtime: number };
      rev: number;
      replacing: boolean;
      chunks: ChunkRef[];
      file: string;
    },
    result: PlacedFile,
  ): void {
    const { ctx } = this.s;
    const { id, rel, name, content, rev, replacing, chunks } = d;
    ctx.index.putCachedFile({
      path: rel,
      ino: result.ino,
      size: content.size,
      mtimeMs: result.mtimeMs,
      ctimeMs: result.ctimeMs,
      hash: content.hash,
      chunks,
    });
    this.s.setSynced(
      { id, parentId: this.s.real(d.parentId), name, kind: "file", ...content, rev },
      result.ino,
      chunks,
    );
    const replaced = replacing ? (ctx.scan.stat.get(id) ?? null) : null;
    if (name === CIRRUSIGNORE_FILE || (replacing && !replaced)) this.s.unpredictable = true;
    this.s.wrote(d.file, { kind: "file", size: content.size, ...result }, replaced);
    ctx.emit(doneActivity("download", rel, content.size));
  }

  /** The chunk list: inline from the feed, a patch against the synced version, or whole. */
  private async manifestFor(id: string, rev: number): Promise<ChunkRef[]> {
    const { ctx } = this.s;
    const inline = ctx.index.remoteChunks(id, rev);
    if (inline) return inline;
    const synced = ctx.synced.get(id);
    const base = synced ? ctx.index.syncedChunks(id, synced.rev) : null;
    const response = await ctx.remote.manifest(id, base && synced ? synced.rev : undefined);
    if (response.rev !== rev)
      throw new CirrusError("stale_base", "the file changed again on the server");
    if (response.patch && base) {
      return applyPatch(base, response.patch);
    }
    return response.chunks ?? [];
  }
}

/** Every item of a batch the temp-file writer could not take (its worker stopped). */
function allFailed(items: readonly unknown[], error: unknown): { ok: false; error: unknown }[] {
  return items.map(() => ({ ok: false, error }));
}
