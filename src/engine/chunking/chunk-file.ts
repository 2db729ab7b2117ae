// Chunk one file from disk: stream it once with bounded memory, cut it with FastCDC,
// and name the whole file and every chunk by SHA-256. Refuses to return a result
// for a file that changed while it was read (ARCHITECTURE.md §3.5: a file being
// written is never uploaded half-written).
import type { Stats } from "node:fs";
import { CirrusError } from "../../shared/errors.js";
import { LIMITS, type ChunkRef } from "../../shared/protocol.js";
import { constants, NODE_FS, type FileSystem } from "../env/file-system.js";
import { ChunkDigest } from "./chunk-digest.js";
import { ChunkEmitter, type ChunkBatch, type ChunkEmitOptions } from "./chunk-emitter.js";
import { DEFAULT_CHUNKER_PARAMS, type ChunkerParams } from "./fastcdc.js";
import { PreviousChunks } from "./previous-chunks.js";
import { paramsForSize, sameTier } from "./size-tiers.js";
import { runSize } from "../../shared/manifest-codec.js";

export { ChunkDigest } from "./chunk-digest.js";

/** One chunk of a file. `offset` is a plain number: exact up to 2^53 bytes. */
export interface FileChunk {
  /** SHA-256 of the chunk's bytes, lowercase hex. */
  id: string;
  size: number;
  /** Byte offset of the chunk in the file. */
  offset: number;
}

/** What chunking a file observed. The stat fields are from before the read. */
export interface FileChunks {
  size: number;
  /** SHA-256 of the whole file, lowercase hex. */
  hash: string;
  /** In file order; empty for an empty file. */
  chunks: FileChunk[];
  mtimeMs: number;
  ino: number;
  /**
   * The file's bytes, exactly those hashed, for a file of at most CONTENT_BACK_MAX
   * bytes read whole. An upload sends them instead of reading the file a second time;
   * it still verifies them against the chunk ids and checks the file's stat before it
   * commits.
   */
  bytes?: Buffer;
}

/**
 * Files up to this size come back with their bytes (FileChunks.bytes): an upload of
 * many small files then reads each once, not twice. Larger ones are read again, in
 * runs, by the upload (holding them would cost memory for little gain).
 */
export const CONTENT_BACK_MAX = 64 * 1024;

/**
 * What to compute: everything, or the chunks only (the first of the two jobs a large
 * file is split into, split-chunks.ts), which returns an empty `hash`.
 */
export type ChunkPart = "all" | "chunks";

/**
 * Where cut points are looked for: `from` counts as a cut point (FastCDC's state is
 * empty after every cut, so cutting from there gives what a whole-file pass gives once
 * both have cut at the same place, see split-chunks.ts), and a chunk still open at `to`
 * is left out unless the file ends there. With part "chunks", reading stops at `to`.
 */
export interface CdcRange {
  from: number;
  to: number;
}

export interface ChunkFileOptions {
  params?: ChunkerParams;
  part?: ChunkPart;
  /** Bytes per read; the one read buffer is reused, so this bounds memory. */
  readSize?: number;
  /** Stops the read between two buffers; the promise rejects with the abort reason. */
  signal?: AbortSignal;
  /** Called after each read with the bytes read so far (progress for large files). */
  onProgress?: (bytesRead: number) => void;
  /** Where the file is read (default: the real file system). */
  fs?: FileSystem;
  /** Cut only this part of the file (default: all of it). */
  range?: CdcRange;
  /**
   * Hand out the chunks with their bytes while reading (chunk-emitter.ts). They are
   * what was read, whatever the outcome: a file that turns out to have changed while
   * read may have handed out chunks of neither version.
   */
  emit?: ChunkEmitOptions;
  /**
   * The chunks of the file's previous version (its hash cache entry): those still in
   * place are confirmed by their SHA-256 instead of scanned (previous-chunks.ts).
   */
  previous?: readonly ChunkRef[];
  /**
   * Read with synchronous calls: for a worker thread, which has nothing else to run
   * while it waits. Each of a 256 MiB file's 256 reads otherwise makes a trip to the
   * I/O threads, ~40 ms of the ~300 ms its chunking takes.
   */
  syncReads?: boolean;
}

/** The calls chunkFile makes on the file it reads. */
interface ReadSource {
  stat(): Promise<Stats>;
  read(buffer: Buffer, length: number, position: number): Promise<number>;
  close(): Promise<void>;
}

async function openSource(fs: FileSystem, path: string, sync: boolean): Promise<ReadSource> {
  if (sync) {
    const fd = fs.openSync(path, READ_FLAGS);
    return {
      stat: () => Promise.resolve(fs.fstatSync(fd)),
      read: (buffer, length, position) =>
        Promise.resolve(fs.readSync(fd, buffer, 0, length, position)),
      close: () => {
        fs.closeSync(fd);
        return Promise.resolve();
      },
    };
  }
  const fh = await fs.promises.open(path, READ_FLAGS);
  return {
    stat: () => fh.stat(),
    read: async (buffer, length, position) =>
      (await fh.read(buffer, 0, length, position)).bytesRead,
    close: () => fh.close(),
  };
}

/**
 * O_NONBLOCK: opening a FIFO for reading would otherwise block until a writer
 * appears, wedging a pool worker; for regular files it changes nothing. Windows
 * has no FIFOs of this kind and no such flag.
 */
export const READ_FLAGS =
  process.platform === "win32" ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

export function checkParams(params: ChunkerParams): void {
  if (params.maxSize > LIMITS.maxChunkSize) {
    throw new RangeError(
      `chunker maxSize ${params.maxSize} exceeds the protocol limit ${LIMITS.maxChunkSize}`,
    );
  }
}

/** 1 MiB: large enough that syscalls and hash calls are cheap per byte, small enough to not matter. */
export const DEFAULT_READ_SIZE = 1024 * 1024;

/** The stat fields that change when a file is written, truncated or replaced. */
function fingerprint(s: Stats): string {
  return `size=${s.size} mtimeMs=${s.mtimeMs} ctimeMs=${s.ctimeMs} ino=${s.ino}`;
}

export function assertRegularFile(path: string, stats: Stats): void {
  if (!stats.isFile()) {
    throw new CirrusError("bad_request", `${path} is not a regular file`, { path });
  }
}

/** Throws file_busy unless every later stat matches the one taken before the read. */
export function assertUnchanged(path: string, before: Stats, after: readonly Stats[]): void {
  const was = fingerprint(before);
  for (const stats of after) {
    const now = fingerprint(stats);
    if (now !== was) throw busy(path, "its stat changed", { before: was, after: now });
  }
}

export function busy(path: string, why: string, detail: Record<string, unknown> = {}): CirrusError {
  const message = `${path} changed while being read (${why}); try again later`;
  return new CirrusError("file_busy", message, { path, ...detail });
}

/**
 * Chunk the file at `path`. Memory stays at one read buffer plus hash states, for
 * files of any size (offsets are numbers, not 32-bit integers).
 *
 * Throws CirrusError("file_busy") when size, mtime, ctime or inode differ between
 * the stat before and after the read (the path is checked too, so a file replaced
 * by rename is caught), or when the bytes read differ from the size stat'd. The
 * caller should retry later; the result of such a read would mix two versions.
 * fs errors (ENOENT, EACCES, EISDIR...) propagate unchanged.
 */
export async function chunkFile(path: string, opts: ChunkFileOptions = {}): Promise<FileChunks> {
  const base = opts.params ?? DEFAULT_CHUNKER_PARAMS;
  checkParams(base);
  const readSize = opts.readSize ?? DEFAULT_READ_SIZE;
  const part = opts.part ?? "all";
  if (!Number.isSafeInteger(readSize) || readSize <= 0) {
    throw new RangeError(`readSize must be a positive integer, got ${readSize}`);
  }
  const { signal, onProgress, fs = NODE_FS } = opts;
  signal?.throwIfAborted();

  const fh = await openSource(fs, path, opts.syncReads === true);
  try {
    // fstat the open handle, not the path: this is the file we are about to read.
    const before = await fh.stat();
    assertRegularFile(path, before);

    const buffer = Buffer.allocUnsafe(Math.min(readSize, Math.max(before.size, 1) + 1));
    const { emit } = opts;
    const emitter = emit && new ChunkEmitter(emit);
    // Reading waits for each batch; once dealt with, its buffer may hold a later one.
    const handOut = async (batch: ChunkBatch) => {
      await emit?.onBatch(batch);
      emitter?.giveBack(batch);
    };
    // Cut as a file of this size is cut (size-tiers.ts); the previous version's chunks
    // guide the cutting only if they were cut alike.
    const params = paramsForSize(base, before.size);
    checkParams(params);
    const guide = opts.previous?.length && sameTier(base, runSize(opts.previous), before.size);
    const previous = guide ? new PreviousChunks(opts.previous ?? []) : undefined;
    const digest = new ChunkDigest(params, part, opts.range, emitter, previous);
    // Only the cut points are wanted: nothing past the range needs reading.
    const stopAt =
      part === "chunks" && opts.range ? Math.min(opts.range.to, before.size) : Infinity;
    let position = 0;
    let reads = 0;

    while (position < stopAt) {
      signal?.throwIfAborted();
      const want = Math.min(buffer.length, stopAt - position);
      const bytesRead = await fh.read(buffer, want, position);
      if (bytesRead === 0) break;
      reads++;
      digest.update(buffer.subarray(0, bytesRead));
      for (let batch = emitter?.take(); batch; batch = emitter?.take()) await handOut(batch);
      position += bytesRead;
      // A file that grows while we read (a log, a download) would keep us reading;
      // stop as soon as we are past the size we started with.
      if (position > before.size) {
        throw busy(path, "it grew", { expectedSize: before.size, bytesRead: position });
      }
      onProgress?.(position);
    }
    const { hash, chunks } = digest.finish(position === before.size);
    const last = emitter?.rest();
    if (last) await handOut(last);

    if (position !== Math.min(stopAt, before.size)) {
      throw busy(path, "it shrank", { expectedSize: before.size, bytesRead: position });
    }
    // Same handle: catches writes, truncation and touch. Same path: catches the file
    // being replaced (atomic save by rename), which leaves our handle on the old inode.
    const afterHandle = await fh.stat();
    const afterPath = await fs.promises.stat(path).catch((err: unknown) => {
      throw busy(path, `it disappeared: ${(err as Error).message}`);
    });
    assertUnchanged(path, before, [afterHandle, afterPath]);

    // One read held the whole (small) file: those are the bytes hashed.
    const whole = part === "all" && !opts.range && reads === 1 && before.size <= CONTENT_BACK_MAX;
    return {
      size: before.size,
      hash,
      chunks,
      mtimeMs: before.mtimeMs,
      ino: before.ino,
      ...(whole ? { bytes: buffer.subarray(0, before.size) } : {}),
    };
  } finally {
    await fh.close();
  }
}
