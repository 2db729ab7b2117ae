// The typed status and event stream of a sync folder, shared by the desktop app,
// the headless UI and `cirrus status --json`.

export type FolderState = "idle" | "scanning" | "syncing" | "paused" | "offline" | "error";

export interface FolderCounts {
  files: number;
  folders: number;
  bytes: number;
}

export interface PendingWork {
  uploads: number;
  downloads: number;
  deletes: number;
  moves: number;
  bytesToSend: number;
  bytesToReceive: number;
}

/** Nothing left to do (a fresh object: callers count into it). */
export function noPendingWork(): PendingWork {
  return { uploads: 0, downloads: 0, deletes: 0, moves: 0, bytesToSend: 0, bytesToReceive: 0 };
}

export interface ConflictRecord {
  id: number;
  /** Server id of the file both sides changed. */
  entryId: string;
  /** Revision both sides started from (the merge base), when known. */
  baseRev: number | null;
  path: string;
  conflictPath: string;
  localDevice: string;
  remoteDevice: string | null;
  createdAt: number;
}

/** One side of a conflict, as a person deciding needs it. */
export interface ConflictSide {
  path: string;
  size: number;
  mtime: number;
  device: string | null;
}

/** What `cirrus conflicts --json` and the conflict dialog show. */
export interface ConflictDetails extends ConflictRecord {
  /** This device's version, kept as the conflict copy. */
  local: ConflictSide | null;
  /** The server's version, which kept the name. */
  remote: ConflictSide | null;
  /** A short unified diff (remote -> local) when both are text. */
  diff: string | null;
  /** A clean three-way merge of both edits, offered and never applied silently. */
  mergeProposal: string | null;
}

export type ResolveChoice = "local" | "remote" | "both" | "merged";

export type FileState =
  "hydrated" | "placeholder" | "pinned" | "syncing" | "conflicted" | "excluded" | "error";

/** One entry of the files view (`cirrus files --json`). */
export interface FileEntry {
  name: string;
  path: string;
  kind: "file" | "folder";
  size: number;
  mtime: number;
  state: FileState;
}

export interface SyncIssue {
  path: string;
  code: string;
  message: string;
  /** When the engine tries again (epoch ms); null when it waits for a person. */
  retryAt: number | null;
}

/**
 * Deletes held back for confirmation. `where` says where the files were deleted:
 * "here" (confirming deletes them on the server and other devices), "elsewhere" (on
 * the server or another device; confirming deletes them on this computer), or both.
 */
export interface MassDeletePending {
  count: number;
  paths: string[];
  where: "here" | "elsewhere" | "both";
}

export interface FolderStatus {
  folder: string;
  state: FolderState;
  counts: FolderCounts;
  pending: PendingWork;
  lastError: { code: string; message: string } | null;
  lastSyncAt: number | null;
  bytesSent: number;
  bytesReceived: number;
  issues: SyncIssue[];
  conflicts: number;
  massDeletePending: MassDeletePending | null;
}

export type ActivityKind = "upload" | "download" | "delete" | "move" | "conflict" | "mkdir";

export type SyncEvent =
  | { type: "state"; state: FolderState }
  | {
      type: "activity";
      kind: ActivityKind;
      path: string;
      bytesDone: number;
      bytesTotal: number;
      done: boolean;
      /** Why a transfer reported as running stopped without finishing (done is true). */
      error?: string;
    }
  | { type: "conflict"; conflict: ConflictRecord }
  | { type: "issue"; issue: SyncIssue }
  | ({ type: "massDelete" } & MassDeletePending)
  | { type: "symlink"; path: string }
  | { type: "synced"; at: number };

/** The event of an item whose work is done: `bytes` of it moved (0 for no content). */
export function doneActivity(
  kind: ActivityKind,
  path: string,
  bytes: number,
): Extract<SyncEvent, { type: "activity" }> {
  return { type: "activity", kind, path, bytesDone: bytes, bytesTotal: bytes, done: true };
}
