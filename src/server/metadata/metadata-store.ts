// The seam between the API and metadata storage. SQLite is the embedded default;
// a PostgreSQL store implements the same interface for scale-out.
import type {
  Entry,
  ManifestResponse,
  Op,
  OpResult,
  TrashItem,
  Version,
} from "../../shared/protocol.js";

export interface AccountRecord {
  id: number;
  name: string;
  passwordHash: string;
  totpSecret: string | null;
  totpPending: string | null;
  /** Last TOTP time step accepted, so a code cannot be replayed. */
  totpLastStep: number;
  quotaBytes: number | null;
  usedBytes: number;
  cursor: number;
  createdAt: number;
}

export interface DeviceRecord {
  id: string;
  accountId: number;
  name: string;
  createdAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
}

export interface ChangesPage {
  entries: Entry[];
  cursor: number;
  more: boolean;
}

export interface MetadataStore {
  /** An id that changes when the data is restored from a backup. */
  fingerprint(): string;
  resetFingerprint(): string;

  createAccount(name: string, passwordHash: string, quotaBytes: number | null): AccountRecord;
  findAccount(name: string): AccountRecord | null;
  getAccount(id: number): AccountRecord | null;
  listAccounts(): AccountRecord[];
  deleteAccount(name: string): boolean;
  setPasswordHash(accountId: number, hash: string): void;
  setQuota(accountId: number, quotaBytes: number | null): void;
  setTotp(
    accountId: number,
    fields: Partial<Pick<AccountRecord, "totpSecret" | "totpPending" | "totpLastStep">>,
  ): void;

  createDevice(accountId: number, name: string, tokenHash: string): DeviceRecord;
  /** The live (not revoked) device holding this token hash, with its account. */
  deviceByTokenHash(tokenHash: string): { device: DeviceRecord; account: AccountRecord } | null;
  listDevices(accountId: number): DeviceRecord[];
  revokeDevice(accountId: number, deviceId: string): boolean;
  /** Signs out every device of the account (after a password change); returns how many. */
  revokeAllDevices(accountId: number): number;
  touchDevice(deviceId: string, now: number): void;

  /**
   * Apply operations in order, each on its own (one failing does not undo the
   * others), all durable together. `absentChunks` are chunk ids the blob store
   * lacks: a commit referencing one fails with "missing_chunks".
   */
  applyOps(
    accountId: number,
    deviceId: string,
    ops: readonly Op[],
    absentChunks: ReadonlySet<string>,
  ): { results: OpResult[]; cursor: number };
  getEntry(accountId: number, id: string): Entry | null;
  manifest(accountId: number, id: string, haveRev: number | null): ManifestResponse;
  changes(accountId: number, cursor: number, limit: number): ChangesPage;

  versions(accountId: number, id: string): Version[];
  versionManifest(accountId: number, id: string, versionId: string): ManifestResponse;
  restoreVersion(accountId: number, deviceId: string, id: string, versionId: string): Entry;
  trash(accountId: number): TrashItem[];
  restoreTrash(accountId: number, deviceId: string, id: string): Entry;
  purgeTrash(accountId: number, id: string): void;

  /** Drop versions and trash past their retention; returns how many rows went. */
  pruneExpired(now: number): number;
  /** The subset of `ids` referenced by any version, trash entry or live file. */
  referencedChunks(accountId: number, ids: readonly string[]): Set<string>;

  close(): void;
}
