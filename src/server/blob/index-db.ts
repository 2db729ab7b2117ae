// Opens index.db: schema, durability settings, and the lock that keeps a second
// process off the same data dir.

import Database from "better-sqlite3";
import { CirrusError } from "../../shared/errors.js";

const SCHEMA_VERSION = 1;

const SCHEMA = `
  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    name BLOB NOT NULL UNIQUE,   -- UTF-16LE code units: lossless for any JS string
    dir_key TEXT NOT NULL UNIQUE -- SHA-256 of name: the only account-derived path part
  );
  -- AUTOINCREMENT: a pack id is never reused, so a stale file can never alias a new pack.
  CREATE TABLE packs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    size INTEGER NOT NULL        -- bytes covered by committed rows; the rest is garbage
  );
  CREATE INDEX packs_by_account ON packs(account_id, id);
  CREATE TABLE chunks (
    account_id INTEGER NOT NULL,
    id BLOB NOT NULL,            -- the 32-byte SHA-256
    pack_id INTEGER NOT NULL,
    byte_offset INTEGER NOT NULL,
    byte_length INTEGER NOT NULL,
    touched_at INTEGER NOT NULL, -- epoch ms of the last store or touch
    PRIMARY KEY (account_id, id)
  ) WITHOUT ROWID;
  CREATE INDEX chunks_by_pack ON chunks(pack_id, byte_offset);
  CREATE INDEX chunks_by_touch ON chunks(account_id, touched_at);
`;

/** Opens (creating or migrating) the index; throws CirrusError "unavailable" if it is in use. */
export function openIndexDb(file: string): Database.Database {
  const db = new Database(file, { timeout: 200 });
  try {
    // Pack files are appended by one process only. In EXCLUSIVE locking mode the lock
    // taken below is held until close (and dropped by the OS if the process dies), so
    // a second server on the same data dir fails here instead of corrupting packs.
    db.pragma("locking_mode = EXCLUSIVE");
    db.pragma("journal_mode = WAL");
    // FULL: a commit is on disk when it returns, which is what putMany promises.
    db.pragma("synchronous = FULL");
    // 64 MiB of page cache (the default is 2 MiB): ids and chunk hashes are random, so
    // every insert lands on another page, and with 100,000 rows those pages no longer fit.
    db.pragma(`cache_size = ${-64 * 1024}`);
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: unknown }).code === "SQLITE_BUSY") {
      throw new CirrusError(
        "unavailable",
        "the blob store's data dir is in use by another process",
      );
    }
    throw error;
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  if (version !== 0) {
    throw new CirrusError(
      "internal",
      `index.db has schema ${version}; this build knows ${SCHEMA_VERSION}`,
    );
  }
  db.transaction(() => {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
