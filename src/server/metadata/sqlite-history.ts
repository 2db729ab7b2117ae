// Manifests, version history, trash and retention, over the same SQLite tables.
import { CirrusError } from "../../shared/errors.js";
import { diffManifests } from "../../shared/manifest-patch.js";
import type { Entry, ManifestResponse, TrashItem, Version } from "../../shared/protocol.js";
import { decodeManifest } from "../../shared/manifest-codec.js";
import type { RetentionPolicy, SqliteEntries } from "./sqlite-entries.js";
import type { EntryRow, EntryRows, VersionRow } from "./sqlite-rows.js";

export class SqliteHistory {
  constructor(
    private readonly rows: EntryRows,
    private readonly entries: SqliteEntries,
    private readonly now: () => number,
    private readonly retention: RetentionPolicy & { trashDays: number },
  ) {}

  private liveFile(accountId: number, id: string): EntryRow {
    const row = this.rows.require(accountId, id);
    if (row.kind !== "file") throw new CirrusError("bad_request", `${id} is not a file`);
    return row;
  }

  /** The current chunk list, or a patch against the version the caller already has. */
  manifest(accountId: number, id: string, haveRev: number | null): ManifestResponse {
    const row = this.liveFile(accountId, id);
    const chunks = this.rows.currentChunks(row);
    if (haveRev !== null && haveRev !== row.rev) {
      const old = this.rows
        .sql("SELECT manifest FROM versions WHERE account_id = ? AND entry_id = ? AND rev = ?")
        .get(accountId, id, haveRev) as { manifest: Buffer } | undefined;
      if (old) {
        const patch = diffManifests(haveRev, decodeManifest(old.manifest), chunks);
        if (patch.ops.length < chunks.length) return { rev: row.rev, patch };
      }
    }
    return { rev: row.rev, chunks };
  }

  versions(accountId: number, id: string): Version[] {
    const row = this.liveFile(accountId, id);
    const found = this.rows
      .sql("SELECT * FROM versions WHERE account_id = ? AND entry_id = ? ORDER BY rev DESC")
      .all(accountId, id) as VersionRow[];
    return found.map((v) => ({
      id: v.id,
      rev: v.rev,
      size: v.size,
      mtime: v.mtime,
      hash: v.hash,
      deviceId: v.device_id,
      createdAt: v.created_at,
      current: v.id === row.version_id,
    }));
  }

  /** The chunk list of one version (to read an old version without restoring it). */
  versionManifest(accountId: number, id: string, versionId: string): ManifestResponse {
    this.liveFile(accountId, id);
    const version = this.rows.version(accountId, versionId);
    if (!version || version.entry_id !== id) {
      throw new CirrusError("not_found", `no version ${versionId} of ${id}`);
    }
    return { rev: version.rev, chunks: decodeManifest(version.manifest) };
  }

  /** Make an old version current again, as a new version (history is never rewritten). */
  restoreVersion(accountId: number, deviceId: string, id: string, versionId: string): Entry {
    const run = this.rows.db.transaction(() => {
      const row = this.liveFile(accountId, id);
      if (row.deleted) throw new CirrusError("not_found", "restore the file from the trash first");
      const version = this.rows.version(accountId, versionId);
      if (!version || version.entry_id !== id) {
        throw new CirrusError("not_found", `no version ${versionId} of ${id}`);
      }
      const delta = version.size - row.size;
      this.rows.checkQuota(accountId, delta);
      return this.entries.writeVersion(
        accountId,
        deviceId,
        row,
        {
          parentId: row.parent_id ?? "root",
          name: row.name,
          size: version.size,
          mtime: version.mtime,
          hash: version.hash,
        },
        decodeManifest(version.manifest),
        delta,
      );
    });
    return run();
  }

  trash(accountId: number): TrashItem[] {
    const found = this.rows
      .sql(
        `SELECT * FROM entries WHERE account_id = ? AND deleted = 1 AND purged = 0 AND trash_path IS NOT NULL
         ORDER BY deleted_at DESC, rev DESC`,
      )
      .all(accountId) as EntryRow[];
    return found.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      size: row.size,
      parentId: row.parent_id,
      path: row.trash_path ?? row.name,
      deletedAt: row.deleted_at ?? 0,
    }));
  }

  private trashItem(accountId: number, id: string): EntryRow {
    const row = this.rows.require(accountId, id);
    if (!row.deleted || row.trash_path === null || row.trash_group === null) {
      throw new CirrusError("not_found", `${id} is not in the trash`);
    }
    return row;
  }

  private groupRows(accountId: number, group: number): EntryRow[] {
    return this.rows
      .sql(
        "SELECT * FROM entries WHERE account_id = ? AND trash_group = ? AND deleted = 1 ORDER BY rev DESC",
      )
      .all(accountId, group) as EntryRow[];
  }

  /** Bring a trashed entry (and what was deleted with it) back, renamed if its name is taken. */
  restoreTrash(accountId: number, deviceId: string, id: string): Entry {
    const run = this.rows.db.transaction(() => {
      const top = this.trashItem(accountId, id);
      const parent = top.parent_id === null ? undefined : this.rows.row(accountId, top.parent_id);
      const parentId = parent && !parent.deleted && parent.kind === "folder" ? parent.id : "root";
      const name = this.freeName(accountId, parentId, top.name);
      const group = this.groupRows(accountId, top.trash_group as number);
      const bytes = group.filter((r) => r.kind === "file").reduce((sum, r) => sum + r.size, 0);
      this.rows.checkQuota(accountId, bytes);
      // Place the top entry while it is still deleted: revived under its old name first,
      // it would break the unique live-name index when that name is taken (the very
      // case the rename is for), and a later rename would put it after its children.
      this.rows
        .sql("UPDATE entries SET parent_id = ?, name = ? WHERE account_id = ? AND id = ?")
        .run(parentId, name, accountId, top.id);
      const restore = this.rows.sql(
        `UPDATE entries SET deleted = 0, deleted_at = NULL, trash_group = NULL, trash_path = NULL, rev = ?, device_id = ?
         WHERE account_id = ? AND id = ?`,
      );
      // Parents first: the group was deleted deepest first, so rev DESC is shallowest
      // first, and the feed never shows a live child under a parent still deleted.
      for (const row of group) {
        restore.run(this.rows.nextSeq(accountId), deviceId, accountId, row.id);
      }
      this.rows.addUsedBytes(accountId, bytes);
      return this.rows.toEntry(this.rows.require(accountId, top.id), false);
    });
    return run();
  }

  private freeName(accountId: number, parentId: string, name: string): string {
    if (!this.rows.liveChild(accountId, parentId, name)) return name;
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    for (let n = 1; ; n++) {
      const candidate = `${stem} (restored${n > 1 ? ` ${n}` : ""})${ext}`;
      if (!this.rows.liveChild(accountId, parentId, candidate)) return candidate;
    }
  }

  purgeTrash(accountId: number, id: string): void {
    const run = this.rows.db.transaction(() => {
      const top = this.trashItem(accountId, id);
      this.purgeGroup(accountId, top.trash_group as number);
    });
    run();
  }

  /** Forget a trash group for good; its rows stay as tombstones so feeds stay correct. */
  private purgeGroup(accountId: number, group: number): void {
    for (const row of this.groupRows(accountId, group)) {
      const versionIds = (
        this.rows
          .sql("SELECT id FROM versions WHERE account_id = ? AND entry_id = ?")
          .all(accountId, row.id) as { id: string }[]
      ).map((v) => v.id);
      this.rows.deleteVersions(accountId, versionIds);
      this.rows
        .sql(
          `UPDATE entries SET purged = 1, trash_path = NULL, version_id = NULL, chunk_count = 0
           WHERE account_id = ? AND id = ?`,
        )
        .run(accountId, row.id);
    }
  }

  pruneExpired(now: number): number {
    const db = this.rows.db;
    const run = db.transaction(() => {
      let removed = 0;
      const trashCutoff = now - this.retention.trashDays * 86_400_000;
      const groups = this.rows
        .sql(
          `SELECT DISTINCT account_id, trash_group FROM entries
           WHERE deleted = 1 AND purged = 0 AND trash_path IS NOT NULL AND deleted_at < ?`,
        )
        .all(trashCutoff) as { account_id: number; trash_group: number }[];
      for (const g of groups) {
        this.purgeGroup(g.account_id, g.trash_group);
        removed++;
      }
      const versionCutoff = now - this.retention.keepDays * 86_400_000;
      const old = this.rows
        .sql(
          `SELECT v.account_id, v.id FROM versions v
           JOIN entries e ON e.account_id = v.account_id AND e.id = v.entry_id
           WHERE v.created_at < ? AND (e.version_id IS NULL OR e.version_id <> v.id)`,
        )
        .all(versionCutoff) as { account_id: number; id: string }[];
      for (const v of old) this.rows.deleteVersions(v.account_id, [v.id]);
      return removed + old.length;
    });
    return run();
  }

  referencedChunks(accountId: number, ids: readonly string[]): Set<string> {
    return this.rows.refs.referenced(accountId, ids);
  }
}
