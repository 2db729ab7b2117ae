// Parts of the Synced and Remote trees and of the hash cache, read without loading them
// whole: the nodes in a few folders, the nodes on the way up to them, the cached stats
// of a few files. A round that looks at only the
// folders where something changed (sync/scoped-inputs.ts) reads these; loading the
// whole of each tree cost ~0.4 s at 100,000 nodes.
import type { PreparedStatements } from "../../shared/prepared-statements.js";
import type { TreeNode } from "../tree/types.js";
import {
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

const NODE_COLUMNS = "id, parent_id, name, kind, hash, size, mtime, rev";

/** Ids bound per statement: well below SQLite's limit on host parameters. */
const IDS_PER_QUERY = 500;

function rowsWhere<R>(
  sql: PreparedStatements,
  text: (placeholders: string) => string,
  ids: readonly string[],
): R[] {
  const rows: R[] = [];
  for (let at = 0; at < ids.length; at += IDS_PER_QUERY) {
    const part = ids.slice(at, at + IDS_PER_QUERY);
    const placeholders = part.map(() => "?").join(", ");
    rows.push(...(sql(text(placeholders)).all(...part) as R[]));
  }
  return rows;
}

/** Synced nodes whose parent is one of `parentIds` (one pass over the table per query). */
export function syncedChildren(
  sql: PreparedStatements,
  parentIds: readonly string[],
): SyncedNode[] {
  return rowsWhere<SyncedRow>(
    sql,
    (p) => `SELECT ${SYNCED_COLUMNS} FROM synced WHERE parent_id IN (${p})`,
    parentIds,
  ).map(toSyncedNode);
}

/** Remote nodes whose parent is one of `parentIds`. */
export function remoteChildren(sql: PreparedStatements, parentIds: readonly string[]): TreeNode[] {
  return rowsWhere<NodeRow>(
    sql,
    (p) => `SELECT ${NODE_COLUMNS} FROM remote WHERE parent_id IN (${p})`,
    parentIds,
  ).map(toNode);
}

/** Remote nodes by id (those that exist). */
export function remoteNodes(sql: PreparedStatements, ids: readonly string[]): TreeNode[] {
  return rowsWhere<NodeRow>(
    sql,
    (p) => `SELECT ${NODE_COLUMNS} FROM remote WHERE id IN (${p})`,
    ids,
  ).map(toNode);
}

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

/** Cached stats and hashes of the files at `paths` (those cached), without chunk lists. */
export function cachedStatsAt(
  sql: PreparedStatements,
  paths: readonly string[],
): Omit<CachedFile, "chunks">[] {
  return rowsWhere<CachedStatRow>(
    sql,
    (p) => `SELECT path, ino, size, mtime_ms, ctime_ms, hash FROM local_files WHERE path IN (${p})`,
    paths,
  ).map(toCachedStat);
}
