// Uploads a file's content: ask which chunks the server lacks, send only those
// (verified against the file as they are read), then commit the manifest (a patch
// against the synced version when there is one) against the base revision.
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import { diffManifests } from "../../shared/manifest-patch.js";
import type { FileSystem, OpenFile } from "../env/file-system.js";
import { frameHeader } from "../../shared/chunk-framing.js";
import { CHUNK_FRAME_HEADER, LIMITS, type ChunkRef, type CommitOp } from "../../shared/protocol.js";
import type { SpareBuffers } from "../../shared/spare-buffers.js";
import type { CachedFile, IndexStore } from "../index/index-store.js";
import type { ChunkData, RemoteClient } from "../remote/index.js";
import { forEachConcurrent } from "./concurrent.js";
import { sha256Hex } from "../chunking/sha256.js";
import { openForRead } from "./read-chunks.js";
import { readSmallFileSync, SMALL_READ_MAX } from "./small-read.js";
import type { TransferProgress } from "./transfer-progress.js";

/** Files read at once while their missing chunks are collected. */
const READS_AT_ONCE = 16;
/** Chunk bytes per upload request. */
const BATCH_BYTES = 4 * 1024 * 1024;
/** Upload requests under way at once. */
const REQUESTS_IN_FLIGHT = 3;

export interface UploadItem {
  /** Path relative to the root, as on disk. */
  diskRel: string;
  /** Path key of the hash cache (NFC). */
  rel: string;
  hash: string;
  size: number;
  /** The file's bytes, when they were read already (checked against the chunk ids). */
  bytes?: Buffer;
  /** The commit op to send once chunks are up (chunks/patch filled in here). */
  commit: Omit<CommitOp, "chunks" | "patch">;
}

export interface PreparedUpload {
  item: UploadItem;
  chunks: ChunkRef[];
  op: CommitOp;
}

/** Send every missing chunk of these files, then return their commit ops. */
export async function uploadContent(options: {
  fs: FileSystem;
  root: string;
  items: readonly UploadItem[];
  index: IndexStore;
  remote: RemoteClient;
  onBytes?: (bytes: number) => void;
  /** Chunks known stored on the server already (sync/early-upload.ts). */
  stored?: ReadonlySet<string>;
  /** Where a large file's bytes are reported as they go (transfer-progress.ts). */
  progress?: TransferProgress;
}): Promise<{ ready: PreparedUpload[]; failed: { item: UploadItem; error: CirrusError }[] }> {
  const { fs, root, items, index, remote } = options;
  const ready: PreparedUpload[] = [];
  const failed: { item: UploadItem; error: CirrusError }[] = [];
  const withChunks: { item: UploadItem; chunks: ChunkRef[]; cached: CachedFile }[] = [];
  for (const item of items) {
    const cached = index.cachedFile(item.rel);
    if (!cached || cached.hash !== item.hash) {
      failed.push({
        item,
        error: new CirrusError("file_busy", `${item.rel} changed since it was scanned`),
      });
      continue;
    }
    if (cached.chunks.length > LIMITS.maxManifestChunks) {
      // The server refuses such a commit whatever is sent first: say so, send nothing.
      failed.push({ item, error: tooManyChunks(item.rel, cached.chunks.length) });
      continue;
    }
    withChunks.push({ item, chunks: cached.chunks, cached });
  }
  // Chunks of the synced version a commit replaces are on the server: that version
  // (the commit's base revision) references them. Asking about them anyway sent every
  // chunk id of the file, ~900 KB for a 1-byte edit of a 256 MiB file.
  const onServer = new Set<string>();
  for (const { item } of withChunks) {
    const { id, baseRev } = item.commit;
    if (id === undefined || baseRev === null) continue;
    for (const chunk of index.syncedChunks(id, baseRev) ?? []) onServer.add(chunk.id);
  }
  const stored = options.stored ?? new Set<string>();
  const missing = new Set(
    await remote.missing(
      withChunks
        .flatMap((w) => w.chunks.map((c) => c.id))
        .filter((id) => !onServer.has(id) && !stored.has(id)),
    ),
  );
  const sender = new ChunkSender(remote, options.onBytes);
  // Files are read a few at a time (each read is several trips to the I/O threads),
  // while the previous batch of chunks is on its way to the server.
  await forEachConcurrent(withChunks, READS_AT_ONCE, async ({ item, chunks, cached }) => {
    const file = path.join(root, item.diskRel);
    const sent = await sendMissing(fs, file, item, chunks, missing, sender, options.progress);
    if (sent !== "ok") {
      // Invariant 5: a file that changes while read is not uploaded; rescan, retry.
      if (sent === "changed") index.dropCachedFile(item.rel);
      const why = sent === "changed" ? "changed while it was read" : "could not be opened";
      failed.push({ item, error: new CirrusError("file_busy", `${item.rel} ${why}`) });
      return;
    }
    // Invariant 5: commit only if the file is still what was hashed. Chunks the server
    // already has are not read back, so a file a writer was still changing (read while
    // it paused half-way, say) would otherwise be committed as a mix of two versions.
    if (!unchangedSince(fs, file, cached)) {
      index.dropCachedFile(item.rel);
      failed.push({
        item,
        error: new CirrusError("file_busy", `${item.rel} changed since it was hashed`),
      });
      return;
    }
    ready.push({ item, chunks, op: commitOp(item, chunks, index) });
  });
  await sender.finish();
  return { ready, failed };
}

/**
 * Read a file's chunks the server lacks (each claimed from `missing`, so a chunk two
 * files share is sent once) and queue them; a chunk whose bytes no longer match is
 * given back to `missing` and the file reported as changed. Neighbouring chunks are
 * read with one call (a new file is read in runs of up to 4 MiB, not 16 KiB at a time).
 */
async function sendMissing(
  fs: FileSystem,
  file: string,
  item: UploadItem,
  chunks: readonly ChunkRef[],
  missing: Set<string>,
  sender: ChunkSender,
  progress?: TransferProgress,
): Promise<"ok" | "changed" | "unreadable"> {
  if (!chunks.some((c) => missing.has(c.id))) return "ok";
  if (item.bytes || item.size <= SMALL_READ_MAX) {
    // Small: read whole in one go (small-read.ts), then sliced like a large one.
    const bytes = item.bytes ?? readSmallFileSync(fs, file, SMALL_READ_MAX)?.bytes;
    if (!bytes) return "unreadable";
    const slice = (offset: number, size: number) =>
      Promise.resolve(offset + size <= bytes.length ? bytes.subarray(offset, offset + size) : null);
    return sendRuns(chunks, missing, sender, slice);
  }
  const handle = await openForRead(fs, file);
  if (!handle) return "unreadable";
  // The file's chunks the server has count as there already.
  const toSend = chunks.reduce((sum, c) => sum + (missing.has(c.id) ? c.size : 0), 0);
  progress?.atLeast("upload", item.rel, item.size, item.size - toSend);
  try {
    for (const run of missingRuns(chunks, missing)) {
      const body = await readFramedRun(handle, run, sender.bodies);
      if (body === null) {
        for (const c of run.chunks) missing.add(c.id);
        return "changed";
      }
      await sender.sendFramed(body, run.size, () =>
        progress?.advance("upload", item.rel, item.size, run.size),
      );
    }
    return "ok";
  } finally {
    await handle.close();
  }
}

/**
 * Read a run of neighbouring chunks of a large file straight into a request body, each
 * chunk's bytes behind the room for its frame header (one readv, no copy into a body
 * later), and verify each; null when the file no longer holds them.
 */
async function readFramedRun(
  handle: OpenFile,
  run: { offset: number; size: number; chunks: ChunkRef[] },
  bodies: SpareBuffers,
): Promise<Buffer | null> {
  const body = bodies.take(run.size + run.chunks.length * CHUNK_FRAME_HEADER);
  const slots: Buffer[] = [];
  let at = 0;
  for (const chunk of run.chunks) {
    body.set(frameHeader(chunk.id, chunk.size), at);
    at += CHUNK_FRAME_HEADER;
    slots.push(body.subarray(at, at + chunk.size));
    at += chunk.size;
  }
  for (let read = 0; read < run.size;) {
    const { bytesRead } = await handle.readv(unread(slots, read), run.offset + read);
    if (bytesRead === 0) {
      bodies.give(body);
      return null;
    }
    read += bytesRead;
  }
  if (run.chunks.every((chunk, i) => sha256Hex(slots[i] as Buffer) === chunk.id)) return body;
  bodies.give(body);
  return null;
}

/** The parts of `slots` past their first `done` bytes (after a short read). */
function unread(slots: readonly Buffer[], done: number): Buffer[] {
  if (done === 0) return [...slots];
  const rest: Buffer[] = [];
  let skip = done;
  for (const slot of slots) {
    if (skip >= slot.length) {
      skip -= slot.length;
      continue;
    }
    rest.push(skip > 0 ? slot.subarray(skip) : slot);
    skip = 0;
  }
  return rest;
}

/** Verify and queue the runs of missing chunks, their bytes from `read`. */
async function sendRuns(
  chunks: readonly ChunkRef[],
  missing: Set<string>,
  sender: ChunkSender,
  read: (offset: number, size: number) => Promise<Buffer | null>,
): Promise<"ok" | "changed"> {
  for (const run of missingRuns(chunks, missing)) {
    const data = await read(run.offset, run.size);
    let at = 0;
    for (const chunk of run.chunks) {
      const bytes = data?.subarray(at, at + chunk.size);
      at += chunk.size;
      if (bytes?.length !== chunk.size || sha256Hex(bytes) !== chunk.id) {
        for (const c of run.chunks) missing.add(c.id);
        return "changed";
      }
    }
    at = 0;
    for (const chunk of run.chunks) {
      await sender.add({ id: chunk.id, data: (data as Buffer).subarray(at, at + chunk.size) });
      at += chunk.size;
    }
  }
  return "ok";
}

/** Runs of neighbouring chunks to send (claimed from `missing` as they are listed). */
function* missingRuns(
  chunks: readonly ChunkRef[],
  missing: Set<string>,
): Generator<{ offset: number; size: number; chunks: ChunkRef[] }> {
  let run: { offset: number; size: number; chunks: ChunkRef[] } | null = null;
  let offset = 0;
  for (const chunk of chunks) {
    const wanted = missing.delete(chunk.id);
    if (run && (!wanted || run.offset + run.size !== offset || run.size >= BATCH_BYTES)) {
      yield run;
      run = null;
    }
    if (wanted) {
      run ??= { offset, size: 0, chunks: [] };
      run.size += chunk.size;
      run.chunks.push(chunk);
    }
    offset += chunk.size;
  }
  if (run) yield run;
}

/**
 * Batches chunks into requests of ~4 MiB with a few requests in flight: the server
 * stores and fsyncs one batch while the next arrives and the reader fills another.
 */
class ChunkSender {
  private batch: ChunkData[] = [];
  private bytes = 0;
  private readonly inFlight: Promise<void>[] = [];

  constructor(
    private readonly remote: RemoteClient,
    private readonly onBytes?: (bytes: number) => void,
  ) {}

  async add(chunk: ChunkData): Promise<void> {
    this.batch.push(chunk);
    this.bytes += chunk.data.length;
    if (this.bytes >= BATCH_BYTES) await this.flush();
  }

  /** Where bodies for sendFramed come from (the client's, reused across uploads). */
  get bodies(): SpareBuffers {
    return this.remote.bodies;
  }

  /** Send a body framed already (readFramedRun) as a request of its own; `sent` once stored. */
  async sendFramed(body: Buffer, payload: number, sent: () => void): Promise<void> {
    const send = async () => {
      await this.remote.uploadFramed(body);
      this.remote.bodies.give(body);
    };
    await this.start(send, payload, sent);
  }

  /** Send the batch; first wait for the oldest request while the window is full. */
  private async flush(): Promise<void> {
    const sending = this.batch;
    this.batch = [];
    this.bytes = 0;
    if (sending.length === 0) return;
    const payload = sending.reduce((sum, c) => sum + c.data.length, 0);
    await this.start(() => this.remote.uploadChunks(sending), payload);
  }

  private async start(
    send: () => Promise<void>,
    payload: number,
    sent?: () => void,
  ): Promise<void> {
    // Under a bandwidth limit, parallel requests only split the same rate (and a pause
    // would find several half-sent batches instead of one).
    const window = this.remote.upLimit.rate > 0 ? 1 : REQUESTS_IN_FLIGHT;
    while (this.inFlight.length >= window) await this.inFlight.shift();
    const request = send().then(() => {
      this.onBytes?.(payload);
      sent?.();
    });
    request.catch(() => undefined); // Awaited by a later flush(), start() or finish().
    this.inFlight.push(request);
  }

  async finish(): Promise<void> {
    await this.flush();
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}

/**
 * Whether the file's stat is still the one its hash was cached with. Synchronous: one
 * lstat never waits on file data, and 100,000 of them through the thread pool cost
 * seconds of the main thread.
 */
function unchangedSince(fs: FileSystem, file: string, cached: CachedFile): boolean {
  const now = fs.lstatSync(file, { throwIfNoEntry: false });
  return (
    now !== undefined &&
    now.ino === cached.ino &&
    now.size === cached.size &&
    Math.floor(now.mtimeMs) === cached.mtimeMs &&
    now.ctimeMs === cached.ctimeMs
  );
}

function tooManyChunks(rel: string, count: number): CirrusError {
  const limit = LIMITS.maxManifestChunks.toLocaleString("en-US");
  return new CirrusError(
    "payload_too_large",
    `${rel} is cut into ${count.toLocaleString("en-US")} chunks; a file of more than ${limit} chunks (about 19 GiB) cannot be synced`,
  );
}

function commitOp(item: UploadItem, chunks: ChunkRef[], index: IndexStore): CommitOp {
  const { commit } = item;
  if (commit.id !== undefined && commit.baseRev !== null) {
    const base = index.syncedChunks(commit.id, commit.baseRev);
    if (base) {
      const patch = diffManifests(commit.baseRev, base, chunks);
      const { length } = patch.ops;
      if (length < chunks.length && length <= LIMITS.maxPatchOps) return { ...commit, patch };
    }
  }
  return { ...commit, chunks };
}
