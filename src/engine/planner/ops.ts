// The operations a plan is made of, and the contract the executor follows to run them.
//
// Ids: every op names the node it acts on by its id. Ids of things not yet on the
// server (local provisional ids, "conflict:<id>" for a conflict copy) are replaced by
// the executor with the server's ids as the creating op succeeds; later ops in the same
// plan that mention the old id (as id or parentId) use the new one.
//
// Paths are relative to the sync root, "/"-separated, "" for the root, and are the
// paths at the moment the op runs (earlier ops in the plan already applied). Local
// paths use the names as found on disk; remote paths the names on the server.
//
// Synced: after an op succeeds the executor updates the Synced row of its id field by
// field, content (kind, hash, size, mtime) and location (parentId, name): a field both
// sides now agree on takes that value; a field the op set on one side while the other
// still differs takes the OTHER side's value. A replan after a crash then sees that
// side as "changed" and pushes the change again, instead of undoing it. A delete
// removes the row once neither side has the id. `applyOp` in apply.ts is the reference.
import type { TreeNode } from "../tree/types.js";

export interface FileContent {
  hash: string;
  size: number;
  mtime: number;
}

/** Upload local content: a new file (baseRev null) or a new version at parentId/name. */
export interface UploadOp {
  type: "upload";
  id: string;
  parentId: string;
  name: string;
  /** Where to read the bytes. */
  localPath: string;
  /** Where the file is on the server once committed (a commit may also move it). */
  remotePath: string;
  content: FileContent;
  /** The server revision this change is based on (the one the planner saw); null for new. */
  baseRev: number | null;
}

export interface CreateRemoteFolderOp {
  type: "createRemoteFolder";
  id: string;
  parentId: string;
  name: string;
  remotePath: string;
}

export interface MoveRemoteOp {
  type: "moveRemote";
  id: string;
  parentId: string;
  name: string;
  fromPath: string;
  toPath: string;
  baseRev: number;
  /** A step out of the way of a name swap; a later op moves it to its final place. */
  temporary?: boolean;
}

/** Delete on the server (to its trash). A folder is deleted only once empty. */
export interface DeleteRemoteOp {
  type: "deleteRemote";
  id: string;
  kind: "file" | "folder";
  remotePath: string;
  baseRev: number;
}

/**
 * Download the server's version to localPath: a new file (replaces null), or a new
 * version over the local file, which must still match `replaces` (else: rescan).
 */
export interface DownloadOp {
  type: "download";
  id: string;
  parentId: string;
  name: string;
  localPath: string;
  content: FileContent;
  rev: number;
  replaces: FileContent | null;
}

export interface CreateLocalFolderOp {
  type: "createLocalFolder";
  id: string;
  parentId: string;
  name: string;
  localPath: string;
}

export interface MoveLocalOp {
  type: "moveLocal";
  id: string;
  parentId: string;
  name: string;
  fromPath: string;
  toPath: string;
  temporary?: boolean;
}

/**
 * Delete on disk (to the OS trash where there is one). A file only if it still matches
 * `expected`; a folder only once empty. Never recursive.
 */
export interface DeleteLocalOp {
  type: "deleteLocal";
  id: string;
  kind: "file" | "folder";
  localPath: string;
  expected: FileContent | null;
}

/** The server's content of a placeholder changed: update its metadata, download nothing. */
export interface UpdatePlaceholderOp {
  type: "updatePlaceholder";
  id: string;
  localPath: string;
  content: FileContent;
  rev: number;
}

/**
 * Both sides changed the content of `id`. The executor renames the local file at
 * localPath to conflictName in the same folder (it becomes `conflictId`), uploads it as
 * a new file, then downloads the server's version of `id` under the original name.
 */
export interface ConflictCopyOp {
  type: "conflictCopy";
  id: string;
  parentId: string;
  localPath: string;
  conflictId: string;
  conflictName: string;
  conflictPath: string;
  /** The local version, kept as the conflict copy. */
  local: FileContent;
  /** The server's version, which keeps the name. */
  remote: FileContent;
  rev: number;
}

/**
 * Both sides already agree: write `node` as the Synced row of `id`. With `localId`,
 * the local item known as localId is the same thing as `id` (equal content created on
 * both sides, or two folders merged): re-key it to `id` first, in the local index and
 * in the parentId of Synced rows (what was agreed inside localId was agreed inside id).
 */
export interface RecordSyncedOp {
  type: "recordSynced";
  id: string;
  node: TreeNode;
  localId?: string;
}

/** Gone on both sides: drop the Synced row. */
export interface ForgetSyncedOp {
  type: "forgetSynced";
  id: string;
}

export type PlannedOp =
  | UploadOp
  | CreateRemoteFolderOp
  | MoveRemoteOp
  | DeleteRemoteOp
  | DownloadOp
  | CreateLocalFolderOp
  | MoveLocalOp
  | DeleteLocalOp
  | UpdatePlaceholderOp
  | ConflictCopyOp
  | RecordSyncedOp
  | ForgetSyncedOp;

export type OpType = PlannedOp["type"];
