// Reads a small file whole with synchronous calls: open, fstat, one read, close take
// a few microseconds each, where the promise API pays a trip to libuv's thread pool
// and back for every one of them. Used where many small files are read in a row (an
// upload of 100,000 of them): the event loop is held for tens of microseconds a file.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

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
  file: string,
  max: number,
): { bytes: Buffer; stat: Stats } | null {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > max) return null;
    const bytes = Buffer.allocUnsafe(stat.size + 1);
    let read = 0;
    for (;;) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
      if (read > stat.size) return null;
    }
    return read === stat.size ? { bytes: bytes.subarray(0, read), stat } : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
