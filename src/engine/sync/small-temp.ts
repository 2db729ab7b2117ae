// The file system calls of a batch of small downloads, synchronous (a few KiB into
// the page cache never wait on the disk): each file written whole into a new temp
// file beside its target, without fsync (the batch is made durable at once,
// durable-batch.ts), and later renamed into place. Run by the temp-file worker
// (temp-files-worker.ts) or, where it cannot run, on the calling thread
// (temp-files.ts).
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";
import { tempPathIn } from "../paths/temp-path.js";
import { closeOnce } from "./fd-io.js";

/** A small file to write: its bytes (verified by the caller) and its mtime. */
export interface SmallTemp {
  /** The folder of the target: the temp file goes beside it. */
  dir: string;
  parts: readonly Uint8Array[];
  size: number;
  /** Milliseconds since the epoch. */
  mtime: number;
}

/** A renamed file as it is now (a rename changes ctime): what the hash cache keys on. */
export interface PlacedFile {
  ino: number;
  ctimeMs: number;
  mtimeMs: number;
}

/** Write `file` into a new temp file; returns its path. A failed write leaves none. */
export function writeSmallTemp(fs: FileSystem, file: SmallTemp): string {
  const temp = tempPathIn(file.dir);
  const fd = fs.openSync(temp, "wx", 0o644);
  let closed = false;
  try {
    for (let written = 0; written < file.size;) {
      written += fs.writevSync(
        fd,
        written === 0 ? file.parts : [Buffer.concat(file.parts).subarray(written)],
      );
    }
    const seconds = file.mtime / 1000;
    fs.futimesSync(fd, seconds, seconds);
    closed = true;
    fs.closeSync(fd);
  } catch (error) {
    closeOnce(fs, fd, closed);
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}

/**
 * Rename a durable temp file to `file`, a name that must still be free (a new file);
 * `rel` names it in the error. The temp file is the caller's on failure.
 */
export function placeNewFile(fs: FileSystem, temp: string, file: string, rel: string): PlacedFile {
  assertNameFree(fs, file, rel);
  fs.renameSync(temp, file);
  return placedStat(fs, file);
}

/** A file just renamed into place, as it is now (what the hash cache keys on). */
export function placedStat(fs: FileSystem, file: string): PlacedFile {
  const stat = fs.lstatSync(file);
  return { ino: stat.ino, ctimeMs: stat.ctimeMs, mtimeMs: Math.floor(stat.mtimeMs) };
}

/** The last check before a new file takes its name: nothing took it meanwhile. */
export function assertNameFree(fs: FileSystem, file: string, rel: string): void {
  if (fs.lstatSync(file, { throwIfNoEntry: false })) {
    throw new CirrusError("name_conflict", `${rel} appeared locally meanwhile`);
  }
}
