// Accounts and devices in SQLite.
import type Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import type { ChunkRefs } from "./chunk-refs.js";
import type { AccountRecord, DeviceRecord } from "./metadata-store.js";

interface AccountRow {
  id: number;
  name: string;
  password_hash: string;
  totp_secret: string | null;
  totp_pending: string | null;
  totp_last_step: number;
  quota_bytes: number | null;
  used_bytes: number;
  cursor: number;
  created_at: number;
}

interface DeviceRow {
  id: string;
  account_id: number;
  name: string;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

function toAccount(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    name: row.name,
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpPending: row.totp_pending,
    totpLastStep: row.totp_last_step,
    quotaBytes: row.quota_bytes,
    usedBytes: row.used_bytes,
    cursor: row.cursor,
    createdAt: row.created_at,
  };
}

function toDevice(row: DeviceRow): DeviceRecord {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  };
}

export class SqliteAccounts {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
    private readonly refs: ChunkRefs,
  ) {}

  create(name: string, passwordHash: string, quotaBytes: number | null): AccountRecord {
    const info = this.db
      .prepare(
        "INSERT INTO accounts (name, password_hash, quota_bytes, created_at) VALUES (?, ?, ?, ?)",
      )
      .run(name, passwordHash, quotaBytes, this.now());
    const accountId = Number(info.lastInsertRowid);
    // Every account has a root folder with the fixed id "root".
    this.db
      .prepare(
        "INSERT INTO entries (account_id, id, parent_id, name, kind, rev) VALUES (?, 'root', NULL, '', 'folder', 0)",
      )
      .run(accountId);
    return this.get(accountId) as AccountRecord;
  }

  find(name: string): AccountRecord | null {
    const row = this.db.prepare("SELECT * FROM accounts WHERE name = ?").get(name) as
      AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  get(id: number): AccountRecord | null {
    const row = this.db.prepare("SELECT * FROM accounts WHERE id = ?").get(id) as
      AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  list(): AccountRecord[] {
    return (this.db.prepare("SELECT * FROM accounts ORDER BY name").all() as AccountRow[]).map(
      toAccount,
    );
  }

  delete(name: string): boolean {
    const account = this.find(name);
    if (!account) return false;
    const remove = this.db.transaction(() => {
      this.refs.dropAccount(account.id);
      this.db.prepare("DELETE FROM accounts WHERE id = ?").run(account.id);
    });
    remove();
    return true;
  }

  setPasswordHash(accountId: number, hash: string): void {
    this.db.prepare("UPDATE accounts SET password_hash = ? WHERE id = ?").run(hash, accountId);
  }

  setQuota(accountId: number, quotaBytes: number | null): void {
    this.db.prepare("UPDATE accounts SET quota_bytes = ? WHERE id = ?").run(quotaBytes, accountId);
  }

  setTotp(
    accountId: number,
    fields: Partial<Pick<AccountRecord, "totpSecret" | "totpPending" | "totpLastStep">>,
  ): void {
    const current = this.get(accountId);
    if (!current) return;
    const next = { ...current, ...fields };
    this.db
      .prepare(
        "UPDATE accounts SET totp_secret = ?, totp_pending = ?, totp_last_step = ? WHERE id = ?",
      )
      .run(next.totpSecret, next.totpPending, next.totpLastStep, accountId);
  }

  createDevice(accountId: number, name: string, tokenHash: string): DeviceRecord {
    const id = randomBytes(12).toString("base64url");
    this.db
      .prepare(
        "INSERT INTO devices (id, account_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
      )
      .run(id, accountId, name, tokenHash, this.now());
    return toDevice(this.db.prepare("SELECT * FROM devices WHERE id = ?").get(id) as DeviceRow);
  }

  deviceByTokenHash(tokenHash: string): { device: DeviceRecord; account: AccountRecord } | null {
    const row = this.db
      .prepare("SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL")
      .get(tokenHash) as DeviceRow | undefined;
    if (!row) return null;
    const account = this.get(row.account_id);
    return account ? { device: toDevice(row), account } : null;
  }

  listDevices(accountId: number): DeviceRecord[] {
    return (
      this.db
        .prepare(
          "SELECT * FROM devices WHERE account_id = ? AND revoked_at IS NULL ORDER BY created_at",
        )
        .all(accountId) as DeviceRow[]
    ).map(toDevice);
  }

  revokeDevice(accountId: number, deviceId: string): boolean {
    const info = this.db
      .prepare(
        "UPDATE devices SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL",
      )
      .run(this.now(), deviceId, accountId);
    return info.changes > 0;
  }

  /** Signs out every live device of the account in one statement; returns how many. */
  revokeAllDevices(accountId: number): number {
    return this.db
      .prepare("UPDATE devices SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL")
      .run(this.now(), accountId).changes;
  }

  touchDevice(deviceId: string, now: number): void {
    this.db.prepare("UPDATE devices SET last_seen_at = ? WHERE id = ?").run(now, deviceId);
  }
}
