// Typed access to the client's index (see index-db.ts for what it holds and why).
import type Database from "better-sqlite3";
import { decodeManifest, encodeManifest } from "../../shared/manifest-codec.js";
import { preparedStatements, type PreparedStatements } from "../../shared/prepared-statements.js";
import type { ChunkRef, Entry } from "../../shared/protocol.js";
import type { ConflictRecord } from "../../shared/status.js";
import type { TreeNode } from "../tree/types.js";
import { CLOSED_CLEANLY } from "./index-db.js";
import {
  NODE_COLUMNS,
  SYNCED_COLUMNS,
  toCachedStat,
  toNode,
  toSyncedNode,
  type CachedFile,
  type CachedStatRow,
  type NodeRow,
  type SyncedNode,
  type SyncedRow,
} from "./index-rows.js";
import {
  cachedStatsBy,
  remoteChildren,
  remoteSubfolders,
  type RemoteSubfolder,
  remoteNodes,
  syncedChildren,
  syncedFoldersByIno,
  syncedTotals,
  takeMovedCtime,
  type MovedFileStat,
} from "./index-slices.js";
import { nodeIdAt } from "./node-at-path.js";

export type { CachedFile, SyncedNode } from "./index-rows.js";

/** State key of what the last round with nothing to do saw (sync/converged.ts). */
const CONVERGED = "converged";
/** State key: the last round left the three trees in agreement (sync/scoped-inputs.ts). */
const CLEAN = "clean";
/** State key: the temp-file tags of this profile's syncs (sync/leftover-temps.ts). */
export const TEMP_TAGS = "tempTags";
/** State keys whose writes leave those records valid: the cursor is part of them. */
const UNTRACKED_STATE = new Set([CONVERGED, CLEAN, CLOSED_CLEANLY, TEMP_TAGS, "cursor", "status"]);

/**
 * Files from this size have their chunks' places recorded, so a download can read those
 * bytes here instead of fetching them. Below it the bytes cost about as little to fetch
 * (they come many files to a request) as the rows cost to write: 100,000 small files
 * were 100,000 more rows in each scan and each download.
 */
const LOCATE_MIN_BYTES = 64 * 1024;

export class IndexStore {
  /** Large files whose chunk places are still to be written (locateChunks()). */
  private readonly unlocated = new Map<string, readonly ChunkRef[]>();
  private readonly sql: PreparedStatements;
  /** Whether this handle already dropped the converged and clean records since either was set. */
  private convergedDropped = false;

  constructor(readonly db: Database.Database) {
    this.sql = preparedStatements(db);
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /**
   * Runs `work` (a round's operations) with the index writes it makes grouped into
   * transactions of about `everyMs`: thousands of small files otherwise pay one commit
   * per row. A crash loses at most that window of index rows, which the next round
   * rebuilds (equal content on both sides is recorded as synced, not re-sent).
   * Writes inside still use transaction() for all-or-nothing groups (savepoints).
   */
  async batched<T>(work: () => Promise<T>, everyMs = 2000): Promise<T> {
    if (this.inTransaction()) return work();
    this.db.exec("BEGIN");
    const timer = setInterval(() => {
      // Timers run between statements, never inside a synchronous transaction.
      if (!this.inTransaction()) return;
      this.db.exec("COMMIT");
      this.db.exec("BEGIN");
    }, everyMs);
    timer.unref();
    try {
      return await work();
    } finally {
      clearInterval(timer);
      if (this.inTransaction()) this.db.exec("COMMIT");
    }
  }

  /** A call, not a property read: work between checks may commit or begin. */
  private inTransaction(): boolean {
    return this.db.inTransaction;
  }

  getState(key: string): string | null {
    const row = this.sql("SELECT value FROM state WHERE key = ?").get(key) as
      { value: string } | undefined;
    return row?.value ?? null;
  }

  setState(key: string, value: string | null): void {
    if (!UNTRACKED_STATE.has(key)) this.changed();
    if (value === null) this.sql("DELETE FROM state WHERE key = ?").run(key);
    else this.sql("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)").run(key, value);
  }

  /** What the last round that found nothing to do saw, or null once anything changed. */
  converged(): string | null {
    return this.getState(CONVERGED);
  }

  setConverged(record: string): void {
    this.setState(CONVERGED, record);
    this.convergedDropped = false;
  }

  /** What the last round that completed recorded, or null once anything else changed. */
  clean(): string | null {
    return this.getState(CLEAN);
  }

  setClean(record: string | null): void {
    this.setState(CLEAN, record);
    if (record !== null) this.convergedDropped = false;
  }

  /**
   * A write to the trees, exclusions, pins, conflicts or guards: the converged and clean
   * records no longer describe the index, whichever process or component made the write.
   */
  private changed(): void {
    if (this.convergedDropped) return;
    this.sql("DELETE FROM state WHERE key IN (?, ?)").run(CONVERGED, CLEAN);
    this.convergedDropped = true;
  }

  putRemote(entry: Entry, chunks: readonly ChunkRef[] | null): void {
    this.applyRemoteChanges([chunks ? { ...entry, chunks: [...chunks] } : entry]);
  }

  removeRemote(id: string): void {
    this.changed();
    this.sql("DELETE FROM remote WHERE id = ?").run(id);
  }

  // ---- Remote tree ----------------------------------------------------------------

  /** Apply one page of the change feed: upsert live entries, drop deleted ones. */
  applyRemoteChanges(entries: readonly Entry[]): void {
    if (entries.length > 0) this.changed();
    const upsert = this.sql(
      `INSERT OR REPLACE INTO remote (id, parent_id, name, kind, hash, size, mtime, rev, device_id, chunk_count, chunks)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const remove = this.sql("DELETE FROM remote WHERE id = ?");
    for (const e of entries) {
      if (e.deleted) {
        remove.run(e.id);
        continue;
      }
      upsert.run(
        e.id,
        e.parentId,
        e.name,
        e.kind,
        e.hash,
        e.size,
        e.mtime,
        e.rev,
        e.deviceId,
        e.chunkCount,
        e.chunks ? encodeManifest(e.chunks) : null,
      );
    }
  }

  clearRemote(): void {
    this.changed();
    this.db.exec("DELETE FROM remote");
  }

  remoteTree(): Map<string, TreeNode> {
    const rows = this.sql(`SELECT ${NODE_COLUMNS} FROM remote`).all() as NodeRow[];
    return new Map(rows.map((r) => [r.id, toNode(r)]));
  }

  /** The id of the Remote node at path `rel`, or null (node-at-path.ts). */
  remoteIdAt(rel: string): string | null {
    return nodeIdAt(this.sql, "remote", rel);
  }

  /** The folders in a Remote folder, with the bytes under each (index-slices.ts). */
  remoteSubfolders(parentId: string): RemoteSubfolder[] {
    return remoteSubfolders(this.sql, parentId);
  }

  /** Remote nodes in the folders `parentIds`, and Remote nodes by id (index-slices.ts). */
  remoteChildren(parentIds: readonly string[]): TreeNode[] {
    return remoteChildren(this.sql, parentIds);
  }

  remoteNodes(ids: readonly string[]): TreeNode[] {
    return remoteNodes(this.sql, ids);
  }

  remoteDevice(id: string): string | null {
    const row = this.sql("SELECT device_id FROM remote WHERE id = ?").get(id) as
      { device_id: string | null } | undefined;
    return row?.device_id ?? null;
  }

  /** The remote manifest when the feed carried it inline (small files). */
  remoteChunks(id: string, rev: number): ChunkRef[] | null {
    const row = this.sql("SELECT chunks, rev FROM remote WHERE id = ?").get(id) as
      { chunks: Buffer | null; rev: number } | undefined;
    if (!row?.chunks || row.rev !== rev) return null;
    return decodeManifest(row.chunks);
  }

  // ---- Synced tree ------------------------------------------------------------------

  syncedNodes(): SyncedNode[] {
    const rows = this.sql(`SELECT ${SYNCED_COLUMNS} FROM synced`).all() as SyncedRow[];
    return rows.map(toSyncedNode);
  }

  /** Record what both sides agree on; `chunks` is kept so the next upload can send a patch. */
  putSynced(
    node: TreeNode,
    ino: number | null,
    chunks: readonly ChunkRef[] | null = null,
    placeholder = false,
  ): void {
    this.changed();
    this.sql(
      `INSERT OR REPLACE INTO synced (id, parent_id, name, kind, hash, size, mtime, rev, ino, placeholder, chunks)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      node.id,
      node.parentId,
      node.name,
      node.kind,
      node.hash,
      node.size,
      node.mtime,
      node.rev,
      ino,
      placeholder ? 1 : 0,
      chunks ? encodeManifest(chunks) : null,
    );
  }

  syncedChunks(id: string, rev: number): ChunkRef[] | null {
    const row = this.sql("SELECT chunks, rev FROM synced WHERE id = ?").get(id) as
      { chunks: Buffer | null; rev: number } | undefined;
    if (!row?.chunks || row.rev !== rev) return null;
    return decodeManifest(row.chunks);
  }

  /**
   * Keep the hash cache when a file or folder is renamed, so nothing is hashed again.
   * `moved`: a file's stat once renamed (index-slices.ts `takeMovedCtime`).
   */
  renameCachedPrefix(from: string, to: string, moved?: MovedFileStat): void {
    for (const table of ["local_files", "chunk_locations"]) {
      this.sql(
        `UPDATE OR REPLACE ${table} SET path = ? || substr(path, ?) WHERE path = ? OR substr(path, 1, ?) = ?`,
      ).run(to, from.length + 1, from, from.length + 1, `${from}/`);
    }
    if (moved) takeMovedCtime(this.sql, to, moved);
  }

  /**
   * The Synced node at path `rel` ("/"-separated, as the tree names it), or null
   * (node-at-path.ts: a lookup that does not build the whole tree).
   */
  syncedAt(rel: string): SyncedNode | null {
    const id = nodeIdAt(this.sql, "synced", rel);
    return id === null ? null : this.syncedNode(id);
  }

  /** Synced nodes in the folders `parentIds` (index-slices.ts). */
  syncedChildren(parentIds: readonly string[]): SyncedNode[] {
    return syncedChildren(this.sql, parentIds);
  }

  syncedTotals(): { files: number; folders: number; bytes: number } {
    return syncedTotals(this.sql);
  }

  /** The Synced folders with one of `inos`, by id (index-slices.ts). */
  syncedFoldersByIno(inos: readonly number[]): string[] {
    return syncedFoldersByIno(this.sql, inos);
  }

  syncedNode(id: string): SyncedNode | null {
    const row = this.sql(`SELECT ${SYNCED_COLUMNS} FROM synced WHERE id = ?`).get(id) as
      SyncedRow | undefined;
    return row ? toSyncedNode(row) : null;
  }

  removeSynced(id: string): void {
    this.changed();
    this.sql("DELETE FROM synced WHERE id = ?").run(id);
  }

  // ---- Local hash cache -------------------------------------------------------------

  /**
   * The cached stats and hashes (without chunk lists) of the files at these paths, or
   * with these inodes, or of all (index-slices.ts): a scan compares them with the walk
   * in one pass (one query per file cost ~4 µs each at 100,000 files).
   */
  cachedStatsBy(
    ...filter: [column: "path" | "ino", values: readonly (string | number)[]] | []
  ): Omit<CachedFile, "chunks">[] {
    return cachedStatsBy(this.sql, ...filter);
  }

  cachedFile(path: string): CachedFile | null {
    const row = this.sql("SELECT * FROM local_files WHERE path = ?").get(path) as
      (CachedStatRow & { chunks: Buffer }) | undefined;
    if (!row) return null;
    return { ...toCachedStat(row), chunks: decodeManifest(row.chunks) };
  }

  /**
   * Remember a file's hash and chunks, and where each chunk can be read back (for files
   * of at least LOCATE_MIN_BYTES).
   */
  putCachedFile(file: CachedFile): void {
    // One transaction: a large file has thousands of chunk rows, each a commit otherwise.
    // Inside a round's batch (batched()) the rows already share one; a savepoint per
    // file there cost more than the rows of a small file.
    if (this.inTransaction()) this.putCachedFileRows(file);
    else
      this.transaction(() => {
        this.putCachedFileRows(file);
      });
  }

  private putCachedFileRows(file: CachedFile): void {
    if (file.size >= LOCATE_MIN_BYTES) {
      // A large file's chunk places are thousands of rows (13,000 for 256 MiB: ~85 ms to
      // replace), rewritten by locateChunks(), off the path of the upload that follows
      // the hash. The old ones stay meanwhile: every place is verified before use.
      this.sql("DELETE FROM local_files WHERE path = ?").run(file.path);
      this.unlocated.set(file.path, file.chunks);
    } else this.dropCachedFile(file.path);
    this.sql(
      `INSERT INTO local_files (path, ino, size, mtime_ms, ctime_ms, hash, chunks) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      file.path,
      file.ino,
      file.size,
      file.mtimeMs,
      file.ctimeMs,
      file.hash,
      encodeManifest(file.chunks),
    );
  }

  /**
   * Record where the chunks of the large files cached since the last call can be read
   * back. Until then a download finds fewer of them here (the places are hints, read
   * and verified before use), so a round calls this before it downloads and when it ends.
   */
  locateChunks(): void {
    if (this.unlocated.size === 0) return;
    this.transaction(() => {
      const locate = this.sql(
        "INSERT OR IGNORE INTO chunk_locations (chunk, path, offset, size) VALUES (?, ?, ?, ?)",
      );
      for (const [path, chunks] of this.unlocated) {
        this.sql("DELETE FROM chunk_locations WHERE path = ?").run(path);
        let offset = 0;
        for (const chunk of chunks) {
          locate.run(chunk.id, path, offset, chunk.size);
          offset += chunk.size;
        }
      }
      this.unlocated.clear();
    });
  }

  dropCachedFile(path: string): void {
    this.unlocated.delete(path);
    // A path the cache never saw (a new download) has no chunk rows to look for.
    const { changes } = this.sql("DELETE FROM local_files WHERE path = ?").run(path);
    if (changes > 0) this.sql("DELETE FROM chunk_locations WHERE path = ?").run(path);
  }

  cachedPaths(): string[] {
    return (this.sql("SELECT path FROM local_files").all() as { path: string }[]).map(
      (r) => r.path,
    );
  }

  /** Local places where a chunk's bytes may still be found (verify before use). */
  chunkLocations(chunk: string): { path: string; offset: number; size: number }[] {
    return this.sql("SELECT path, offset, size FROM chunk_locations WHERE chunk = ? LIMIT 4").all(
      chunk,
    ) as { path: string; offset: number; size: number }[];
  }

  // ---- Conflicts and exclusions ----------------------------------------------------

  addConflict(record: Omit<ConflictRecord, "id">): ConflictRecord {
    this.changed();
    const info = this.sql(
      `INSERT INTO conflicts (entry_id, base_rev, path, conflict_path, local_device, remote_device, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      record.entryId,
      record.baseRev,
      record.path,
      record.conflictPath,
      record.localDevice,
      record.remoteDevice,
      record.createdAt,
    );
    return { ...record, id: Number(info.lastInsertRowid) };
  }

  conflicts(): ConflictRecord[] {
    const rows = this.sql("SELECT * FROM conflicts WHERE resolved = 0 ORDER BY id").all() as {
      id: number;
      entry_id: string;
      base_rev: number | null;
      path: string;
      conflict_path: string;
      local_device: string;
      remote_device: string | null;
      created_at: number;
    }[];
    return rows.map((r) => ({
      id: r.id,
      entryId: r.entry_id,
      baseRev: r.base_rev,
      path: r.path,
      conflictPath: r.conflict_path,
      localDevice: r.local_device,
      remoteDevice: r.remote_device,
      createdAt: r.created_at,
    }));
  }

  resolveConflict(id: number): void {
    this.changed();
    this.sql("UPDATE conflicts SET resolved = 1 WHERE id = ?").run(id);
  }

  excluded(): string[] {
    return (this.sql("SELECT path FROM excluded ORDER BY path").all() as { path: string }[]).map(
      (r) => r.path,
    );
  }

  setExcluded(path: string, excluded: boolean): void {
    this.changed();
    if (excluded) this.sql("INSERT OR IGNORE INTO excluded (path) VALUES (?)").run(path);
    else this.sql("DELETE FROM excluded WHERE path = ?").run(path);
  }

  pinned(): string[] {
    return (this.sql("SELECT path FROM pinned ORDER BY path").all() as { path: string }[]).map(
      (r) => r.path,
    );
  }

  setPinned(path: string, pinned: boolean): void {
    this.changed();
    if (pinned) this.sql("INSERT OR IGNORE INTO pinned (path) VALUES (?)").run(path);
    else this.sql("DELETE FROM pinned WHERE path = ?").run(path);
  }

  /** Whether `path` is pinned itself or lies in a pinned folder ("always keep here"). */
  isPinned(path: string): boolean {
    return this.pinned().some((p) => path === p || path.startsWith(`${p}/`));
  }

  /** Give back the page cache a round filled (a running client then idles small). */
  releaseMemory(): void {
    this.db.pragma("shrink_memory");
  }

  close(): void {
    if (this.db.inTransaction) this.db.exec("COMMIT");
    this.locateChunks();
    // The next open skips the whole-file check (index-db.ts).
    this.setState(CLOSED_CLEANLY, "1");
    this.db.close();
  }
}
