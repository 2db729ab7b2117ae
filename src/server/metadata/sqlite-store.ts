// The embedded metadata store: SQLite (WAL) under --data.
import type Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Op } from "../../shared/protocol.js";
import type { MetadataStore } from "./metadata-store.js";
import { RefsFlusher } from "./chunk-refs.js";
import { SqliteAccounts } from "./sqlite-accounts.js";
import { openMetadataDb } from "./sqlite-db.js";
import { SqliteEntries, type RetentionPolicy } from "./sqlite-entries.js";
import { SqliteHistory } from "./sqlite-history.js";
import { EntryRows } from "./sqlite-rows.js";

export interface SqliteStoreOptions {
  dataDir: string;
  retention: RetentionPolicy & { trashDays: number };
  now?: () => number;
}

export class SqliteMetadataStore implements MetadataStore {
  private readonly db: Database.Database;
  private readonly accounts: SqliteAccounts;
  private readonly entries: SqliteEntries;
  private readonly history: SqliteHistory;
  private readonly rows: EntryRows;
  private readonly refsFlusher: RefsFlusher;

  constructor(options: SqliteStoreOptions) {
    const now = options.now ?? Date.now;
    // The admin commands (`user add` on a fresh --data) may open the store first.
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    this.db = openMetadataDb(path.join(options.dataDir, "metadata.db"));
    const rows = new EntryRows(this.db);
    this.rows = rows;
    this.accounts = new SqliteAccounts(this.db, now, rows.refs);
    this.refsFlusher = new RefsFlusher(rows.refs);
    this.entries = new SqliteEntries(rows, now, options.retention);
    this.history = new SqliteHistory(rows, this.entries, now, options.retention);
  }

  fingerprint(): string {
    return (
      this.db.prepare("SELECT value FROM meta WHERE key = 'fingerprint'").get() as { value: string }
    ).value;
  }

  resetFingerprint(): string {
    const value = randomUUID();
    this.db.prepare("UPDATE meta SET value = ? WHERE key = 'fingerprint'").run(value);
    return value;
  }

  createAccount = (name: string, passwordHash: string, quotaBytes: number | null) =>
    this.accounts.create(name, passwordHash, quotaBytes);
  findAccount = (name: string) => this.accounts.find(name);
  getAccount = (id: number) => this.accounts.get(id);
  listAccounts = () => this.accounts.list();
  deleteAccount = (name: string) => this.accounts.delete(name);
  setPasswordHash = (accountId: number, hash: string) => {
    this.accounts.setPasswordHash(accountId, hash);
  };
  setQuota = (accountId: number, quotaBytes: number | null) => {
    this.accounts.setQuota(accountId, quotaBytes);
  };
  setTotp: MetadataStore["setTotp"] = (accountId, fields) => {
    this.accounts.setTotp(accountId, fields);
  };
  createDevice = (accountId: number, name: string, tokenHash: string) =>
    this.accounts.createDevice(accountId, name, tokenHash);
  deviceByTokenHash = (tokenHash: string) => this.accounts.deviceByTokenHash(tokenHash);
  listDevices = (accountId: number) => this.accounts.listDevices(accountId);
  revokeDevice = (accountId: number, deviceId: string) =>
    this.accounts.revokeDevice(accountId, deviceId);
  revokeAllDevices = (accountId: number) => this.accounts.revokeAllDevices(accountId);
  touchDevice = (deviceId: string, now: number) => {
    this.accounts.touchDevice(deviceId, now);
  };

  applyOps = (
    accountId: number,
    deviceId: string,
    ops: readonly Op[],
    absent: ReadonlySet<string>,
  ) => this.entries.applyOps(accountId, deviceId, ops, absent);
  getEntry: MetadataStore["getEntry"] = (accountId, id) => {
    const row = this.rows.row(accountId, id);
    return row && !row.purged ? this.rows.toEntry(row, true) : null;
  };
  manifest: MetadataStore["manifest"] = (accountId, id, haveRev) =>
    this.history.manifest(accountId, id, haveRev);
  changes: MetadataStore["changes"] = (accountId, cursor, limit) =>
    this.entries.changes(accountId, cursor, limit);
  versions: MetadataStore["versions"] = (accountId, id) => this.history.versions(accountId, id);
  versionManifest: MetadataStore["versionManifest"] = (accountId, id, versionId) =>
    this.history.versionManifest(accountId, id, versionId);
  restoreVersion: MetadataStore["restoreVersion"] = (accountId, deviceId, id, versionId) =>
    this.history.restoreVersion(accountId, deviceId, id, versionId);
  trash: MetadataStore["trash"] = (accountId) => this.history.trash(accountId);
  restoreTrash: MetadataStore["restoreTrash"] = (accountId, deviceId, id) =>
    this.history.restoreTrash(accountId, deviceId, id);
  purgeTrash: MetadataStore["purgeTrash"] = (accountId, id) => {
    this.history.purgeTrash(accountId, id);
  };
  pruneExpired: MetadataStore["pruneExpired"] = (now) => this.history.pruneExpired(now);
  referencedChunks: MetadataStore["referencedChunks"] = (accountId, ids) =>
    this.history.referencedChunks(accountId, ids);

  close(): void {
    // Journaled references not applied yet stay journaled: the next start applies them.
    this.refsFlusher.close();
    this.db.close();
  }
}
