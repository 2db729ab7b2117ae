// The contract between the UI (src/renderer) and the engine. In Electron the preload
// implements it over IPC; headless, the engine's UI server implements it over HTTP +
// WebSocket. The renderer is written against this interface and nothing else.
import type {
  ConflictDetails,
  FileEntry,
  FolderStatus,
  ResolveChoice,
  SyncEvent,
} from "./status.js";

export interface AccountSummary {
  server: string;
  user: string;
  deviceId: string;
  deviceName: string;
  /** The endpoint runs inside this app ("keep files on this computer"). */
  embedded: boolean;
}

export interface Settings {
  folder: string | null;
  onDemand: boolean;
  bandwidth: { up: number; down: number };
  pauseOnMetered: boolean;
  pauseOnBattery: boolean;
  startAtLogin: boolean;
  notifications: boolean;
  /** The sync root's .cirrusignore (gitignore syntax). */
  ignorePatterns: string;
}

export interface ClientStatus {
  account: AccountSummary | null;
  folder: FolderStatus | null;
  pauseReason: "user" | "metered" | "battery" | null;
  storage: { usedBytes: number; quotaBytes: number | null } | null;
  settings: Settings;
}

export interface DeviceInfo {
  id: string;
  name: string;
  createdAt: number;
  lastSeenAt: number | null;
  current: boolean;
}

/** A folder of the exclusions tree (loaded one level at a time). */
export interface FolderNode {
  name: string;
  path: string;
  /** Bytes of the files under it, on the server. */
  size: number;
  excluded: boolean;
  hasChildren: boolean;
}

export interface SignInRequest {
  server: string;
  user: string;
  password: string;
  totp?: string;
  deviceName?: string;
}

/** Every method resolves with its result or rejects with an ErrorBody-shaped error. */
export interface ClientApi {
  getStatus(): Promise<ClientStatus>;
  /** Subscribe to sync events; returns the unsubscribe function. */
  onEvent(listener: (event: SyncEvent) => void): () => void;

  signIn(request: SignInRequest): Promise<void>;
  /** First run without a server: start the embedded endpoint in the profile. */
  useEmbeddedServer(request: { folder: string }): Promise<void>;
  signOut(): Promise<void>;
  listDevices(): Promise<DeviceInfo[]>;
  revokeDevice(id: string): Promise<void>;

  updateSettings(change: Partial<Settings>): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  syncNow(): Promise<void>;
  confirmMassDelete(): Promise<void>;

  listConflicts(): Promise<ConflictDetails[]>;
  resolveConflict(path: string, choice: ResolveChoice): Promise<void>;

  listFiles(path: string): Promise<FileEntry[]>;
  hydrate(paths: string[]): Promise<void>;
  dehydrate(paths: string[]): Promise<void>;
  setPinned(path: string, pinned: boolean): Promise<void>;
  openFile(path: string): Promise<void>;

  listFolders(path: string): Promise<FolderNode[]>;
  setExcluded(path: string, excluded: boolean): Promise<void>;
}

/** The names of the request/response methods (everything but onEvent). */
export type ClientMethod = Exclude<keyof ClientApi, "onEvent">;

export const CLIENT_METHODS: readonly ClientMethod[] = [
  "getStatus",
  "signIn",
  "useEmbeddedServer",
  "signOut",
  "listDevices",
  "revokeDevice",
  "updateSettings",
  "pause",
  "resume",
  "syncNow",
  "confirmMassDelete",
  "listConflicts",
  "resolveConflict",
  "listFiles",
  "hydrate",
  "dehydrate",
  "setPinned",
  "openFile",
  "listFolders",
  "setExcluded",
];
