// The client's index: a SQLite cache of the Remote and Synced trees, the local
// hash cache and the conflict log. It is only a cache: if it is lost or corrupt the
// engine rebuilds it from disk and server (equal content is matched, not re-sent).
import Database from "better-sqlite3";
import { rename } from "node:fs/promises";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS remote (
  id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
  hash TEXT, size INTEGER NOT NULL, mtime INTEGER NOT NULL, rev INTEGER NOT NULL,
  device_id TEXT, chunk_count INTEGER NOT NULL DEFAULT 0, chunks BLOB
);
CREATE TABLE IF NOT EXISTS synced (
  id TEXT PRIMARY KEY, parent_id TEXT, name TEXT NOT NULL, kind TEXT NOT NULL,
  hash TEXT, size INTEGER NOT NULL, mtime INTEGER NOT NULL, rev INTEGER NOT NULL,
  ino INTEGER, placeholder INTEGER NOT NULL DEFAULT 0, chunks BLOB
);
CREATE TABLE IF NOT EXISTS local_files (
  path TEXT PRIMARY KEY, ino INTEGER NOT NULL, size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL, ctime_ms REAL NOT NULL, hash TEXT NOT NULL, chunks BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS chunk_locations (
  chunk TEXT NOT NULL, path TEXT NOT NULL, offset INTEGER NOT NULL, size INTEGER NOT NULL,
  PRIMARY KEY (chunk, path, offset)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS chunk_locations_path ON chunk_locations(path);
-- Files moved with their folder keep their inode and stat: found by it (scan/local-tree.ts).
CREATE INDEX IF NOT EXISTS local_files_ino ON local_files(ino);
-- A round over slices reads a folder's nodes and a node by its name (sync/scoped-inputs.ts):
-- a scan of the table took ~8 ms warm, ~120 ms once SQLite's cache was given back at idle.
CREATE INDEX IF NOT EXISTS synced_parent ON synced(parent_id);
CREATE INDEX IF NOT EXISTS synced_name ON synced(name);
CREATE INDEX IF NOT EXISTS remote_parent ON remote(parent_id);
CREATE TABLE IF NOT EXISTS conflicts (
  id INTEGER PRIMARY KEY, entry_id TEXT NOT NULL, base_rev INTEGER,
  path TEXT NOT NULL, conflict_path TEXT NOT NULL,
  local_device TEXT NOT NULL, remote_device TEXT, created_at INTEGER NOT NULL,
  resolved INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS excluded (path TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS pinned (path TEXT PRIMARY KEY);
`;

/** Open the index; a corrupt file is set aside and a fresh one started. */
export async function openIndexDb(file: string): Promise<Database.Database> {
  try {
    return openOrThrow(file);
  } catch (error) {
    // The index is a cache of disk and server: starting over loses nothing.
    await rename(file, `${file}.corrupt-${Date.now()}`).catch(() => undefined);
    for (const suffix of ["-wal", "-shm"]) {
      await rename(`${file}${suffix}`, `${file}${suffix}.corrupt-${Date.now()}`).catch(
        () => undefined,
      );
    }
    if (!(error instanceof Error)) throw error;
    return openOrThrow(file);
  }
}

/** State key: "1" once the last process to open the index closed it. */
export const CLOSED_CLEANLY = "closedCleanly";

function openOrThrow(file: string): Database.Database {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    // The CLI may touch the index while a `cirrus sync` process runs: wait, don't fail.
    db.pragma("busy_timeout = 5000");
    // 64 MiB of page cache (the default is 2 MiB): ids and chunk hashes are random, so
    // every insert lands on another page, and with 100,000 rows those pages no longer fit.
    db.pragma(`cache_size = ${-64 * 1024}`);
    // A whole-file check reads every page (~1 s for 100,000 files), so it runs only
    // when the last process did not close the index (a crash, a power cut). Reading
    // the schema catches a file that is not a database at all on every open.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all();
    const hasState = tables.some((t) => (t as { name: string }).name === "state");
    const closed = hasState
      ? (db.prepare("SELECT value FROM state WHERE key = ?").get(CLOSED_CLEANLY) as
          { value: string } | undefined)
      : undefined;
    if (tables.length > 0 && closed?.value !== "1") {
      const check = db.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new Error(`index check failed: ${String(check)}`);
    }
    db.exec(SCHEMA);
    db.prepare("INSERT OR REPLACE INTO state (key, value) VALUES (?, '0')").run(CLOSED_CLEANLY);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
