// One sync per profile at a time. Two engines on one index would both apply the same
// remote changes to the same folder and upload the same local ones, racing each other's
// temp files and renames; the second one gets a clear error instead.
//
// The lock is SQLite's own file lock on `sync.lock`, taken in EXCLUSIVE locking mode and
// held until release: an OS file lock (fcntl on POSIX, LockFileEx on Windows) that the
// OS drops when the process dies, so a crash never leaves a stale lock behind. A lock
// file holding a pid or refreshed by a timer would need guesses about staleness (a pid
// reused, a laptop asleep longer than the timeout).
import Database from "better-sqlite3";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";

export const SYNC_LOCK_FILE = "sync.lock";

export class SyncLock {
  private constructor(private db: Database.Database | null) {}

  /** Take the profile's sync lock; `profile_busy` if another sync holds it. */
  static acquire(profileDir: string): SyncLock {
    // timeout 0: a held lock is reported at once, not waited for.
    const db = new Database(path.join(profileDir, SYNC_LOCK_FILE), { timeout: 0 });
    try {
      db.pragma("locking_mode = EXCLUSIVE");
      // The first write transaction takes the exclusive lock; in this mode it is kept
      // after the commit, until the connection closes.
      db.exec("CREATE TABLE IF NOT EXISTS held (pid INTEGER)");
      db.exec("BEGIN EXCLUSIVE; DELETE FROM held; COMMIT");
      return new SyncLock(db);
    } catch (error) {
      db.close();
      if ((error as { code?: unknown }).code === "SQLITE_BUSY") {
        throw new CirrusError(
          "profile_busy",
          `another Cirrus process is syncing with the profile ${profileDir}: stop it first, ` +
            "or drive it with `cirrus sync-now`, `cirrus pause` and `cirrus resume`",
        );
      }
      throw error;
    }
  }

  release(): void {
    this.db?.close();
    this.db = null;
  }
}
