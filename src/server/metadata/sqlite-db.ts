// Opens the metadata database (SQLite in WAL mode) and brings its schema up to date.
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";

/**
 * 2: chunk_refs_journal, the journal of chunk references not yet in chunk_refs
 * (chunk-refs.ts). A server of schema 1 would not read it and could collect chunks
 * still in use, so it must refuse such a database (it does: the version is newer).
 */
const SCHEMA_VERSION = 2;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- AUTOINCREMENT: an account id is never reused. Chunks are stored per account id and
-- outlive a deleted account until collected, so a reused id would hand them to a stranger.
CREATE TABLE IF NOT EXISTS accounts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  totp_secret TEXT,
  totp_pending TEXT,
  totp_last_step INTEGER NOT NULL DEFAULT 0,
  quota_bytes INTEGER,
  used_bytes INTEGER NOT NULL DEFAULT 0,
  cursor INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS devices (
  id TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS devices_account ON devices(account_id);
CREATE TABLE IF NOT EXISTS entries (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  parent_id TEXT,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  size INTEGER NOT NULL DEFAULT 0,
  mtime INTEGER NOT NULL DEFAULT 0,
  hash TEXT,
  rev INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  deleted_at INTEGER,
  trash_group INTEGER,
  trash_path TEXT,
  purged INTEGER NOT NULL DEFAULT 0,
  device_id TEXT,
  version_id TEXT,
  chunk_count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (account_id, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS entries_live_name
  ON entries(account_id, parent_id, name) WHERE deleted = 0;
CREATE INDEX IF NOT EXISTS entries_rev ON entries(account_id, rev);
CREATE INDEX IF NOT EXISTS entries_parent ON entries(account_id, parent_id);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  size INTEGER NOT NULL,
  mtime INTEGER NOT NULL,
  hash TEXT NOT NULL,
  device_id TEXT,
  created_at INTEGER NOT NULL,
  manifest BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_entry ON versions(account_id, entry_id, rev);
CREATE TABLE IF NOT EXISTS chunk_refs (
  account_id INTEGER NOT NULL,
  chunk TEXT NOT NULL,
  version_id TEXT NOT NULL,
  PRIMARY KEY (account_id, chunk, version_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS chunk_refs_version ON chunk_refs(version_id);
CREATE TABLE IF NOT EXISTS chunk_refs_journal (
  version_id TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('add', 'drop'))
);
CREATE INDEX IF NOT EXISTS chunk_refs_journal_account ON chunk_refs_journal(account_id);
`;

export function openMetadataDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  // FULL: a commit is acknowledged only once it is on disk, surviving power loss too.
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // 64 MiB of page cache (the default is 2 MiB): ids and chunk hashes are random, so
  // every insert lands on another page, and with 100,000 rows those pages no longer fit.
  db.pragma(`cache_size = ${-64 * 1024}`);
  // Each op of a batch runs in a savepoint, whose undo copies of the pages it touches
  // go to a temp file otherwise: in memory they cost a copy, not a write.
  db.pragma("temp_store = MEMORY");
  db.exec(SCHEMA);
  const version = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as
    { value: string } | undefined;
  if (!version) {
    db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?)").run(
      String(SCHEMA_VERSION),
    );
    db.prepare("INSERT INTO meta (key, value) VALUES ('fingerprint', ?)").run(randomUUID());
  } else if (Number(version.value) < SCHEMA_VERSION) {
    // 1 -> 2: the journal table is new (created above, empty) and chunk_refs complete.
    db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(
      String(SCHEMA_VERSION),
    );
  } else if (Number(version.value) > SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `metadata schema ${version.value} is newer than this server understands (${SCHEMA_VERSION})`,
    );
  }
  return db;
}
