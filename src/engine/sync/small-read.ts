// Reads a small file whole with synchronous calls: open, fstat, one read, close take
// a few microseconds each, where the promise API pays a trip to libuv's thread pool
// and back for every one of them. Used where many small files are read in a row (an
// upload of 100,000 of them): the event loop is held for tens of microseconds a file.
import type { Stats } from "node:fs";
import { readAllSync } from "../chunking/index.js";
import { constants, type FileSystem } from "../env/file-system.js";

/** Files up to this size are read this way by the upload. */
export const SMALL_READ_MAX = 256 * 1024;

// O_NONBLOCK: a FIFO put where a file was never blocks the open.
const FLAGS =
  process.platform === "win32" ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK;

/**
 * The bytes and the stat (of the open file) of a regular file of at most `max` bytes;
 * null when it is gone, unreadable, not a regular file, larger, or grew while read.
 */
export function readSmallFileSync(
  fs: FileSystem,
  file: string,
  max: number,
): { bytes: Buffer; stat: Stats } | null {
  let fd: number;
  try {
    fd = fs.openSync(file, FLAGS);
  } catch {
    return null;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size > max) return null;
    const bytes = readAllSync(fs, fd, stat.size);
    return bytes.length === stat.size ? { bytes, stat } : null;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
