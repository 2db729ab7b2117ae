// The file system the engine uses on the sync folder and on the profile's local trash:
// the subset of Node's `fs` module it calls, injected through EngineEnv.fs so a test or
// a deterministic simulator can wrap or replace it (fail a rename, fill the disk, lose
// what was not fsync'ed) without changing engine code. The default is Node's own
// `node:fs` module object itself: no wrapper, no extra call or allocation on the hot
// paths, and the synchronous calls stay synchronous (see sync/fd-io.ts, scan/walk.ts).
//
// Calls keep Node's signatures, so `node:fs` is a FileSystem as it is and a wrapper
// can pass anything it does not change straight on. Always call through the object
// (`fs.lstatSync(p)`, never a detached `lstatSync`): a replacement may use `this`.
//
// What stays on the real disk, outside this interface, and why:
// - The profile's own files: its settings JSON (profile/profile.ts), the token file
//   (profile/credentials.ts), the control server's port file (control/control-server.ts)
//   and the SQLite index, which better-sqlite3 opens and writes in native code
//   (index/index-db.ts). They are the engine's state, not the data it syncs; a
//   simulator gives each device a profile folder of its own.
// - The folder watcher (watch/watcher.ts): chokidar and the watcher's own listing read
//   the real disk and the OS's change notifications. It is only a hint: every round's
//   scan reads the folder through this interface and decides what changed, and a
//   simulator calls SyncFolder.requestSync() where a watcher would have fired.
// - Work done outside this thread: the chunker's worker threads open files by path, and
//   a batch of small downloads is flushed with syncfs(2) by a child process
//   (sync/durable-batch.ts). Both are used with the real `node:fs` only (isNodeFs): with
//   any other FileSystem the chunker hashes in-process and each file is fsync'ed through
//   this interface, so every byte the engine reads or makes durable goes through it.
import nodeFs from "node:fs";
import type * as fsModule from "node:fs";

/** Synchronous calls: metadata and small files, where a thread-pool trip costs more. */
type SyncCalls =
  | "closeSync"
  | "fstatSync"
  | "futimesSync"
  | "lstatSync"
  | "openSync"
  | "readSync"
  | "renameSync"
  | "rmSync"
  | "statSync"
  | "writevSync";

/** Callback calls on descriptors (sync/fd-io.ts: no FileHandle object per file). */
type CallbackCalls = "fdatasync" | "fsync" | "open" | "write" | "writev";

type PromiseCalls =
  | "copyFile"
  | "lstat"
  | "mkdir"
  | "readdir"
  | "readFile"
  | "rename"
  | "rm"
  | "rmdir"
  | "stat"
  | "unlink"
  | "writeFile";

/**
 * What the engine does with an open file: a Node FileHandle is one, and a replacement
 * file system implements these methods only.
 */
export type OpenFile = Pick<
  fsModule.promises.FileHandle,
  | "close"
  | "read"
  | "readFile"
  | "readv"
  | "stat"
  | "sync"
  | "truncate"
  | "utimes"
  | "write"
  | "writeFile"
>;

export type FileSystem = Pick<typeof fsModule, SyncCalls | CallbackCalls> & {
  readonly promises: Pick<typeof fsModule.promises, PromiseCalls> & {
    open(path: fsModule.PathLike, flags?: string | number, mode?: fsModule.Mode): Promise<OpenFile>;
  };
};

/** The real file system: Node's `fs` module object. */
export const NODE_FS: FileSystem = nodeFs;

/**
 * Whether `fs` is the real file system, so work may be handed to other threads or
 * processes that reach the disk on their own (the chunker's workers, syncfs).
 */
export function isNodeFs(fs: FileSystem): boolean {
  return fs === NODE_FS;
}

/** Open flags and copy modes: numbers of the OS, the same for every FileSystem. */
export const { constants } = nodeFs;
