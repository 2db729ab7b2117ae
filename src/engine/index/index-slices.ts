// Parts of the Synced and Remote trees and of the hash cache, read without loading them
// whole: the nodes in a few folders, the nodes on the way up to them, the cached stats
// of a few files. A round that looks only at the folders where something changed
// (sync/scoped-inputs.ts) reads these; loading the whole of each tree cost ~0.4 s at
// 100,000 nodes.
import type { PreparedStatements } from "../../shared/prepared-statements.js";
import {
  NODE_COLUMNS,
  SYNCED_COLUMNS,
  toCachedStat,
  toNode,
  toSyncedNode,
  type CachedStatRow,
  type NodeRow,
  type SyncedRow,
} from "./index-rows.js";

/** Values bound per statement: well below SQLite's limit on host parameters. */
const VALUES_PER_QUERY = 500;

/**
 * The rows of `select` whose `column` is one of `values` (and that meet `also`, if
 * given), a few hundred values per statement.
 */
function rowsIn<R>(
  sql: PreparedStatements,
  select: string,
  column: string,
  values: readonly (string | number)[],
  also?: string,
): R[] {
  const rows: R[] = [];
  const where = also ? `${also} AND ${column}` : column;
  for (let at = 0; at < values.length; at += VALUES_PER_QUERY) {
    const part = values.slice(at, at + VALUES_PER_QUERY);
    const placeholders = part.map(() => "?").join(", ");
    rows.push(...(sql(`${select} WHERE ${where} IN (${placeholders})`).all(...part) as R[]));
  }
  return rows;
}

/** Synced nodes whose parent is one of `parentIds`. */
export const syncedChildren = (sql: PreparedStatements, parentIds: readonly string[]) =>
  rowsIn<SyncedRow>(sql, `SELECT ${SYNCED_COLUMNS} FROM synced`, "parent_id", parentIds).map(
    toSyncedNode,
  );

const REMOTE_NODES = `SELECT ${NODE_COLUMNS} FROM remote`;

/** Remote nodes whose parent is one of `parentIds`. */
export const remoteChildren = (sql: PreparedStatements, parentIds: readonly string[]) =>
  rowsIn<NodeRow>(sql, REMOTE_NODES, "parent_id", parentIds).map(toNode);

/** Remote nodes by id (those that exist). */
export const remoteNodes = (sql: PreparedStatements, ids: readonly string[]) =>
  rowsIn<NodeRow>(sql, REMOTE_NODES, "id", ids).map(toNode);

/**
 * The Synced folders that had one of `inos` when last seen (a folder moved in from
 * elsewhere in the tree, not a new one), by id. One scan of the table: called for a
 * few new folders.
 */
export const syncedFoldersByIno = (sql: PreparedStatements, inos: readonly number[]) =>
  rowsIn<{ id: string }>(sql, "SELECT id FROM synced", "ino", inos, "kind = 'folder'").map(
    (row) => row.id,
  );

/** How many files and folders the Synced tree holds, and the files' bytes. */
export function syncedTotals(sql: PreparedStatements): {
  files: number;
  folders: number;
  bytes: number;
} {
  const rows = sql(
    "SELECT kind, count(*) AS n, coalesce(sum(size), 0) AS bytes FROM synced WHERE parent_id IS NOT NULL GROUP BY kind",
  ).all() as { kind: string; n: number; bytes: number }[];
  const file = rows.find((r) => r.kind === "file");
  const folder = rows.find((r) => r.kind === "folder");
  return { files: file?.n ?? 0, folders: folder?.n ?? 0, bytes: file?.bytes ?? 0 };
}

const CACHED_STATS = "SELECT path, ino, size, mtime_ms, ctime_ms, hash FROM local_files";

/**
 * The cached stats of the files at these paths (a scan of a few files), or with these
 * inodes, under whatever path they were cached (files moved or renamed), or of all.
 */
export const cachedStatsBy = (
  sql: PreparedStatements,
  ...filter: [column: "path" | "ino", values: readonly (string | number)[]] | []
) =>
  (filter.length === 0
    ? (sql(CACHED_STATS).all() as CachedStatRow[])
    : rowsIn<CachedStatRow>(sql, CACHED_STATS, ...filter)
  ).map(toCachedStat);

/** A file's stat after the engine renamed it. */
export interface MovedFileStat {
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
}

/**
 * The cache row at `path`, of a file the engine just renamed there, takes the ctime
 * the rename gave the file, if it is still the file cached (same inode and mtime):
 * else the next scan misses the cache and reads the file again.
 */
export const takeMovedCtime = (sql: PreparedStatements, path: string, moved: MovedFileStat) =>
  sql("UPDATE local_files SET ctime_ms = ? WHERE path = ? AND ino = ? AND mtime_ms = ?").run(
    moved.ctimeMs,
    path,
    moved.ino,
    moved.mtimeMs,
  );

/** A folder of the Remote tree with what lies under it (the exclusions tree's rows). */
export interface RemoteSubfolder {
  id: string;
  name: string;
  /** Bytes of the files anywhere under it. */
  bytes: number;
  /** Whether it holds folders of its own. */
  hasFolders: boolean;
}

/** Deeper than any real tree: the walk down stops there, even if parents form a loop. */
const MAX_DEPTH = 4096;

/**
 * The folders in Remote folder `parentId`, each with the bytes under it, summed by
 * SQLite over the parent index: building the whole tree for this took ~0.9 s at
 * 100,000 nodes, for every folder opened in the exclusions tree.
 */
export function remoteSubfolders(sql: PreparedStatements, parentId: string): RemoteSubfolder[] {
  return sql(
    `WITH RECURSIVE under(top, id, kind, size, depth) AS (
       SELECT id, id, kind, 0, 0 FROM remote WHERE parent_id = ? AND kind = 'folder'
       UNION ALL
       SELECT under.top, r.id, r.kind, r.size, under.depth + 1
       FROM remote r JOIN under ON r.parent_id = under.id
       WHERE under.kind = 'folder' AND under.depth < ?
     )
     SELECT t.id AS id, t.name AS name,
       sum(CASE WHEN under.kind = 'file' THEN under.size ELSE 0 END) AS bytes,
       max(under.kind = 'folder' AND under.depth = 1) AS hasFolders
     FROM under JOIN remote t ON t.id = under.top
     GROUP BY under.top`,
  )
    .all(parentId, MAX_DEPTH)
    .map((row) => {
      const r = row as { id: string; name: string; bytes: number; hasFolders: number };
      return { id: r.id, name: r.name, bytes: r.bytes, hasFolders: r.hasFolders === 1 };
    });
}
