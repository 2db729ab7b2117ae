// Chunks a small file with synchronous calls. For a file of a few KiB the syscalls
// are the whole cost, and the promise API pays a trip to libuv's thread pool for each
// of them (open, fstat, read, fstat, stat, close): ~10x the syscall itself, so 10,000
// small files took seconds. Runs on the chunker's worker threads, never on the main
// thread; the checks are chunkFile's (a file changing while read is refused).
import type { Stats } from "node:fs";
import type { FileSystem } from "../env/file-system.js";
import {
  assertRegularFile,
  assertUnchanged,
  busy,
  ChunkDigest,
  CONTENT_BACK_MAX,
  checkParams,
  READ_FLAGS,
  type ChunkPart,
  type FileChunk,
  type FileChunks,
} from "./chunk-file.js";
import type { ChunkerParams } from "./fastcdc.js";
import { paramsForSize } from "./size-tiers.js";
import { sha256Hex } from "./sha256.js";

/** Files up to this size are read in one call into one buffer. */
export const SMALL_FILE_MAX = 1024 * 1024;

/**
 * Chunk `path` if it is at most SMALL_FILE_MAX bytes; null if it is larger (use
 * chunkFile, which streams). Throws what chunkFile throws.
 */
export function chunkSmallFileSync(
  fs: FileSystem,
  path: string,
  params: ChunkerParams,
  part: ChunkPart = "all",
): FileChunks | null {
  checkParams(params);
  const fd = fs.openSync(path, READ_FLAGS);
  try {
    const before = fs.fstatSync(fd);
    assertRegularFile(path, before);
    if (before.size > SMALL_FILE_MAX) return null;
    const buffer = readAllSync(fs, fd, before.size);
    const read = buffer.length;
    if (read > before.size) {
      throw busy(path, "it grew", { expectedSize: before.size, bytesRead: read });
    }
    if (read !== before.size) {
      throw busy(path, "it shrank", { expectedSize: before.size, bytesRead: read });
    }
    // As chunkFile, by the file's size (size-tiers.ts; a small file is large only under
    // a lowered threshold).
    const sized = paramsForSize(params, before.size);
    const { hash, chunks } = oneChunk(buffer, sized, part) ?? digestOf(buffer, sized, part);
    assertUnchanged(path, before, [fs.fstatSync(fd), statOrBusy(fs, path)]);
    const result = { size: before.size, hash, chunks, mtimeMs: before.mtimeMs, ino: before.ino };
    // As chunkFile: the bytes of a non-empty file of at most CONTENT_BACK_MAX.
    const keep = part === "all" && read > 0 && read <= CONTENT_BACK_MAX;
    return keep ? { ...result, bytes: buffer } : result;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A file no longer than the smallest chunk is one chunk (FastCDC never cuts before
 * minSize), whose id is the file's own SHA-256: one hash instead of two, and no cut
 * search. Null when the file may hold more than one chunk, or only chunks are wanted.
 */
function oneChunk(
  buffer: Buffer,
  params: ChunkerParams,
  part: ChunkPart,
): { hash: string; chunks: FileChunk[] } | null {
  if (part !== "all" || buffer.length > params.minSize) return null;
  const hash = sha256Hex(buffer);
  return { hash, chunks: buffer.length > 0 ? [{ id: hash, size: buffer.length, offset: 0 }] : [] };
}

function digestOf(
  buffer: Buffer,
  params: ChunkerParams,
  part: ChunkPart,
): { hash: string; chunks: FileChunk[] } {
  const digest = new ChunkDigest(params, part);
  if (buffer.length > 0) digest.update(buffer);
  return digest.finish();
}

/**
 * The bytes of an open file from its start: `size` of them, or one more when it grew
 * (a file that grew is seen in the same read), or fewer when it shrank.
 */
export function readAllSync(fs: FileSystem, fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1);
  let read = 0;
  while (read < buffer.length) {
    const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

function statOrBusy(fs: FileSystem, path: string): Stats {
  try {
    return fs.statSync(path);
  } catch (err) {
    throw busy(path, `it disappeared: ${(err as Error).message}`);
  }
}
