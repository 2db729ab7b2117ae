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

export interface ConflictRecord {
  id: number;
  path: string;
  conflictPath: string;
  localDevice: string;
  remoteDevice: string | null;
  createdAt: number;
}

export interface SyncIssue {
  path: string;
  code: string;
  message: string;
  /** When the engine tries again (epoch ms); null when it waits for a person. */
  retryAt: number | null;
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
  massDeletePending: { count: number; paths: string[] } | null;
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
    }
  | { type: "conflict"; conflict: ConflictRecord }
  | { type: "issue"; issue: SyncIssue }
  | { type: "massDelete"; count: number; paths: string[] }
  | { type: "symlink"; path: string }
  | { type: "synced"; at: number };
