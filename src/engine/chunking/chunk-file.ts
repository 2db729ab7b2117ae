// Chunk one file from disk: stream it once with bounded memory, cut it with FastCDC,
// and name the whole file and every chunk by SHA-256. Refuses to return a result
// for a file that changed while it was read (ARCHITECTURE.md §3.5: a file being
// written is never uploaded half-written).
import { createHash } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { CirrusError } from "../../shared/errors.js";
import { LIMITS } from "../../shared/protocol.js";
import { DEFAULT_CHUNKER_PARAMS, FastCdc, type ChunkerParams } from "./fastcdc.js";

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
}

/**
 * What to compute: everything, or one half of it, so two threads can share a large
 * file (the cut points and chunk hashes on one, the whole-file hash on the other).
 * "chunks" returns an empty `hash`; "hash" returns no chunks.
 */
export type ChunkPart = "all" | "chunks" | "hash";

export interface ChunkFileOptions {
  params?: ChunkerParams;
  part?: ChunkPart;
  /** Bytes per read; the one read buffer is reused, so this bounds memory. */
  readSize?: number;
  /** Stops the read between two buffers; the promise rejects with the abort reason. */
  signal?: AbortSignal;
  /** Called after each read with the bytes read so far (progress for large files). */
  onProgress?: (bytesRead: number) => void;
}

/** 1 MiB: large enough that syscalls and hash calls are cheap per byte, small enough to not matter. */
export const DEFAULT_READ_SIZE = 1024 * 1024;

/** The stat fields that change when a file is written, truncated or replaced. */
function fingerprint(s: Stats): string {
  return `size=${s.size} mtimeMs=${s.mtimeMs} ctimeMs=${s.ctimeMs} ino=${s.ino}`;
}

function busy(path: string, why: string, detail: Record<string, unknown> = {}): CirrusError {
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
  const params = opts.params ?? DEFAULT_CHUNKER_PARAMS;
  if (params.maxSize > LIMITS.maxChunkSize) {
    throw new RangeError(
      `chunker maxSize ${params.maxSize} exceeds the protocol limit ${LIMITS.maxChunkSize}`,
    );
  }
  const cdc = new FastCdc(params);
  const readSize = opts.readSize ?? DEFAULT_READ_SIZE;
  const part = opts.part ?? "all";
  if (!Number.isSafeInteger(readSize) || readSize <= 0) {
    throw new RangeError(`readSize must be a positive integer, got ${readSize}`);
  }
  const { signal, onProgress } = opts;
  signal?.throwIfAborted();

  // O_NONBLOCK: opening a FIFO for reading would otherwise block until a writer
  // appears, wedging a pool worker; for regular files it changes nothing. Windows
  // has no FIFOs of this kind and no such flag.
  const flags =
    process.platform === "win32" ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;
  const fh = await open(path, flags);
  try {
    // fstat the open handle, not the path: this is the file we are about to read.
    const before = await fh.stat();
    if (!before.isFile()) {
      throw new CirrusError("bad_request", `${path} is not a regular file`, { path });
    }

    const buffer = Buffer.allocUnsafe(Math.min(readSize, Math.max(before.size, 1) + 1));
    const fileHash = createHash("sha256");
    let chunkHash = createHash("sha256");
    const chunks: FileChunk[] = [];
    let chunkStart = 0;
    let position = 0;

    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await fh.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      const piece = buffer.subarray(0, bytesRead);
      if (part !== "chunks") fileHash.update(piece);
      let from = 0;
      for (const cut of part === "hash" ? [] : cdc.push(piece)) {
        chunkHash.update(piece.subarray(from, cut));
        const end = position + cut;
        chunks.push({ id: chunkHash.digest("hex"), size: end - chunkStart, offset: chunkStart });
        chunkHash = createHash("sha256");
        chunkStart = end;
        from = cut;
      }
      if (from < bytesRead && part !== "hash") chunkHash.update(piece.subarray(from));
      position += bytesRead;
      // A file that grows while we read (a log, a download) would keep us reading;
      // stop as soon as we are past the size we started with.
      if (position > before.size) {
        throw busy(path, "it grew", { expectedSize: before.size, bytesRead: position });
      }
      onProgress?.(position);
    }
    const last = part === "hash" ? 0 : cdc.finish();
    if (last > 0) {
      chunks.push({ id: chunkHash.digest("hex"), size: last, offset: chunkStart });
    }

    if (position !== before.size) {
      throw busy(path, "it shrank", { expectedSize: before.size, bytesRead: position });
    }
    // Same handle: catches writes, truncation and touch. Same path: catches the file
    // being replaced (atomic save by rename), which leaves our handle on the old inode.
    const afterHandle = await fh.stat();
    let afterPath: Stats;
    try {
      afterPath = await stat(path);
    } catch (err) {
      throw busy(path, `it disappeared: ${(err as Error).message}`);
    }
    const was = fingerprint(before);
    for (const after of [afterHandle, afterPath]) {
      const now = fingerprint(after);
      if (now !== was) throw busy(path, "its stat changed", { before: was, after: now });
    }

    return {
      size: before.size,
      hash: part === "chunks" ? "" : fileHash.digest("hex"),
      chunks,
      mtimeMs: before.mtimeMs,
      ino: before.ino,
    };
  } finally {
    await fh.close();
  }
}
