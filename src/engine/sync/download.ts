// Rebuilds a file from chunks: reuses chunks already on disk (the old version of the
// file or any other local file, each verified), fetches only the rest, writes a temp
// file in the same folder, fsyncs, verifies the whole-file hash, sets mtime and
// renames it into place, so a download is never visible half-written (invariant 5).
import { createHash, type Hash } from "node:crypto";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem, OpenFile } from "../env/file-system.js";
import type { ChunkRef } from "../../shared/protocol.js";
import type { IndexStore } from "../index/index-store.js";
import type { RemoteClient } from "../remote/index.js";
import { openForRead, readVerifiedChunk } from "./read-chunks.js";
import { closeOnce, createNew, EarlyFlush, finishFile, writevAt } from "./fd-io.js";
import { runSize } from "../../shared/manifest-codec.js";
import { fetchRunByDelta } from "./delta-run.js";
import {
  planPieces,
  rebuildFromBase,
  type FetchByDelta,
  type ResolveChunks,
} from "./rebuild-from-base.js";
import { tempPathIn } from "../paths/index.js";
import { placedStat, type PlacedFile } from "./small-temp.js";
import { chunkGroups } from "./chunk-groups.js";

/** Groups of chunks being fetched while one is written (chunk-groups.ts). */
const GROUPS_AHEAD = 3;
/** Below this, rebuilding from chunks costs less than copying the old file first. */
const BASE_MIN_SIZE = 1024 * 1024;

/**
 * A temp file (beside the target) holding the file's first chunks in order, written
 * before the download began (incoming-files.ts): the download goes on from there and
 * owns it from then on (it closes the descriptor and removes the file on failure).
 */
export interface HeadStart {
  temp: string;
  fd: number;
  /** Bytes written: the first `chunks` chunks of the file. */
  position: number;
  chunks: number;
  /** SHA-256 of those bytes so far. */
  hash: Hash;
  flush: EarlyFlush;
}

export interface DownloadTarget {
  root: string;
  /** Absolute path of the final file (already checked to be inside the root). */
  file: string;
  hash: string;
  size: number;
  mtime: number;
  chunks: readonly ChunkRef[];
  /** Called just before the rename: throws if the target changed and must not be replaced. */
  beforeReplace: () => Promise<void>;
  /**
   * The chunks of the local file this download replaces, as last hashed: the file is
   * then rebuilt from a copy of it (rebuild-from-base.ts), verified before use.
   */
  base?: { chunks: readonly ChunkRef[] };
  /** Chunks already fetched (and verified) for a batch of small files. */
  prefetched?: ReadonlyMap<string, Buffer>;
  /** A new file whose first chunks were fetched while its sender uploaded it. */
  headStart?: HeadStart;
  /**
   * Bytes of the file fetched or written so far, whichever is further (it may start
   * over, and chunks can come twice: take the largest figure, capped at the size).
   */
  onProgress?: (bytesDone: number) => void;
}

export async function downloadFile(
  fs: FileSystem,
  target: DownloadTarget,
  index: IndexStore,
  remote: RemoteClient,
  onBytes?: (bytes: number) => void,
): Promise<PlacedFile> {
  const temp = target.headStart?.temp ?? tempPathIn(path.dirname(target.file));
  const local = new LocalChunkReader(fs, target.root, index);
  // Progress as chunks come in, not only as they are written: the groups fetched at once
  // arrive together, so written bytes alone would sit still, then jump.
  let arrived = 0;
  const { onProgress } = target;
  const onArrived =
    onProgress &&
    ((bytes: number) => {
      arrived += bytes;
      onProgress(Math.min(arrived, target.size));
    });
  const resolve = (group: readonly ChunkRef[]) =>
    resolveGroup(group, target.prefetched, local, remote, onBytes, onArrived);
  try {
    const fetchByDelta: FetchByDelta = (chunks, base, baseBytes) =>
      fetchRunByDelta(remote.fetchDelta, chunks, base, baseBytes, onBytes);
    const built = await fromBase(fs, target, temp, resolve, fetchByDelta);
    if (built !== "done") {
      if (built === "failed") await fs.promises.rm(temp, { force: true });
      await buildFromChunks(fs, target, temp, resolve);
    }
    return await replaceWithTemp(fs, temp, target, { large: target.base !== undefined });
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  } finally {
    await local.close();
  }
}

/**
 * Put a finished, durable temp file in place of `target.file` (after its last check);
 * returns the file's identity as it is now. The temp file is the caller's on failure.
 */
export async function replaceWithTemp(
  fs: FileSystem,
  temp: string,
  target: Pick<DownloadTarget, "file" | "beforeReplace">,
  replacing: { large: boolean } = { large: false },
): Promise<PlacedFile> {
  await target.beforeReplace();
  // A rename over the last link of a large file frees all its blocks inside the call
  // (~100 ms for 256 MiB on ext4), on this thread and before the new version is in
  // place. Holding the old file open moves that work to the close, on the I/O threads,
  // after the rename.
  const old = replacing.large ? await fs.promises.open(target.file, "r").catch(() => null) : null;
  // Metadata calls that never wait on the disk's data: synchronous (see fd-io.ts).
  try {
    fs.renameSync(temp, target.file);
  } finally {
    void old?.close().catch(() => undefined);
  }
  // The renamed file as it is now (a rename changes ctime): what the hash cache keys on.
  return placedStat(fs, target.file);
}

/**
 * The bytes of a small file whose chunks are all at hand (fetched and verified), in
 * order, checked against its size and hash; null when a chunk is not at hand. The
 * caller writes them to a temp file (small-temp.ts) and makes a whole batch durable
 * at once (durable-batch.ts) before renaming any.
 */
export function verifiedParts(
  target: Pick<DownloadTarget, "hash" | "size" | "chunks">,
  data: ReadonlyMap<string, Buffer>,
): Buffer[] | null {
  const parts: Buffer[] = [];
  // A file of one chunk is that chunk: its id, checked when it arrived, is the file's
  // hash. Others are hashed whole.
  const single = target.chunks.length === 1 && target.chunks[0]?.id === target.hash;
  const whole = single ? null : createHash("sha256");
  let size = 0;
  for (const chunk of target.chunks) {
    const bytes = data.get(chunk.id);
    if (!bytes) return null;
    parts.push(bytes);
    whole?.update(bytes);
    size += bytes.length;
  }
  if (size !== target.size || (whole !== null && whole.digest("hex") !== target.hash)) {
    throw new CirrusError("hash_mismatch", "the rebuilt file does not match its hash");
  }
  return parts;
}

/** The fast path when the file replaces a local version ("failed" leaves a temp file). */
async function fromBase(
  fs: FileSystem,
  target: DownloadTarget,
  temp: string,
  resolve: ResolveChunks,
  fetchByDelta: FetchByDelta,
): Promise<"done" | "skipped" | "failed"> {
  const { base } = target;
  if (!base || target.size < BASE_MIN_SIZE) return "skipped";
  const baseSize = runSize(base.chunks);
  try {
    const verified = await rebuildFromBase({
      fs,
      baseFile: target.file,
      temp,
      pieces: planPieces(base.chunks, baseSize, target.chunks),
      size: target.size,
      hash: target.hash,
      mtime: new Date(target.mtime),
      resolve,
      fetchByDelta,
      ...(target.onProgress ? { onProgress: target.onProgress } : {}),
    });
    return verified ? "done" : "failed";
  } catch (error) {
    // The old file vanished meanwhile: the careful path needs nothing from it.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "failed";
    throw error;
  }
}

/**
 * Write every chunk in order into a new temp file (or after the head start's), verify
 * the whole, fsync.
 */
async function buildFromChunks(
  fs: FileSystem,
  target: DownloadTarget,
  temp: string,
  resolve: ResolveChunks,
): Promise<void> {
  const { headStart } = target;
  const out = headStart?.fd ?? (await createNew(fs, temp));
  let closed = false;
  try {
    const whole = headStart?.hash ?? createHash("sha256");
    const flusher = headStart?.flush ?? new EarlyFlush(fs, out);
    let position = headStart?.position ?? 0;
    if (position > 0) target.onProgress?.(position);
    const groups = chunkGroups(target.chunks, headStart?.chunks ?? 0);
    // The next groups are found (on disk or over the network) while this one is
    // written: several requests in flight keep the server's reads overlapping.
    const start = (group: readonly ChunkRef[] | undefined) => {
      if (!group) return null;
      const promise = resolve(group);
      promise.catch(() => undefined); // Awaited below; a failure after an early exit is moot.
      return promise;
    };
    const pending = groups.slice(0, GROUPS_AHEAD).map((group) => start(group));
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] as ChunkRef[];
      const found = await (pending.shift() as Promise<Map<string, Buffer>>);
      pending.push(start(groups[g + GROUPS_AHEAD]));
      const parts = group.map((chunk) => {
        const data = found.get(chunk.id);
        if (!data) throw new CirrusError("not_found", `chunk ${chunk.id} is not available`);
        whole.update(data);
        return data;
      });
      // One write per group: thousands of small writes cost more than the bytes.
      position += await writevAt(fs, out, parts, position);
      flusher.wrote(position);
      target.onProgress?.(position);
    }
    await flusher.done();
    if (position !== target.size || whole.digest("hex") !== target.hash) {
      throw new CirrusError("hash_mismatch", "the rebuilt file does not match its hash");
    }
    await finishFile(fs, out, target.mtime);
    closed = true;
    fs.closeSync(out);
  } finally {
    closeOnce(fs, out, closed);
  }
}

/**
 * The bytes of a group of chunks: from the batch prefetch, local files (verified), or
 * the server (checked by the caller's whole-file hash).
 */
async function resolveGroup(
  group: readonly ChunkRef[],
  prefetched: ReadonlyMap<string, Buffer> | undefined,
  local: LocalChunkReader,
  remote: RemoteClient,
  onBytes?: (bytes: number) => void,
  onArrived?: (bytes: number) => void,
): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const chunk of group) {
    if (found.has(chunk.id)) continue;
    const data = prefetched?.get(chunk.id) ?? (await local.find(chunk));
    if (data) found.set(chunk.id, data);
  }
  const fetch = [...new Set(group.filter((c) => !found.has(c.id)).map((c) => c.id))];
  if (fetch.length > 0) {
    // Not hashed one by one: both callers hash the whole file before it may replace
    // anything, which a damaged chunk fails just the same (a second SHA-256 of every
    // byte cost the receiver of a 256 MiB file ~0.24 s of its main thread).
    for (const chunk of await remote.fetchChunks(fetch, onArrived)) {
      found.set(chunk.id, chunk.data);
      onBytes?.(chunk.data.length);
    }
  }
  return found;
}

/** Finds chunk bytes in local files through the index, keeping files open meanwhile. */
class LocalChunkReader {
  /** Promises, so two lookups at once open a file only once. */
  private readonly handles = new Map<string, Promise<OpenFile | null>>();

  constructor(
    private readonly fs: FileSystem,
    private readonly root: string,
    private readonly index: IndexStore,
  ) {}

  async find(chunk: ChunkRef): Promise<Buffer | null> {
    for (const place of this.index.chunkLocations(chunk.id)) {
      let opening = this.handles.get(place.path);
      if (opening === undefined) {
        opening = openForRead(this.fs, path.join(this.root, place.path));
        this.handles.set(place.path, opening);
      }
      const handle = await opening;
      if (!handle) continue;
      const data = await readVerifiedChunk(handle, place.offset, chunk.size, chunk.id);
      if (data) return data;
    }
    return null;
  }

  async close(): Promise<void> {
    for (const opening of this.handles.values()) await (await opening)?.close();
    this.handles.clear();
  }
}
