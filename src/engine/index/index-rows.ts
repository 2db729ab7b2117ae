// Rows of the client's index tables and the objects IndexStore makes of them.
import type { ChunkRef } from "../../shared/protocol.js";
import type { TreeNode } from "../tree/types.js";

export interface SyncedNode extends TreeNode {
  /** Inode of the local copy when it was last in sync: how local moves are found. */
  ino: number | null;
  placeholder: boolean;
}

export interface CachedFile {
  path: string;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  hash: string;
  chunks: ChunkRef[];
}

export interface NodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  kind: "file" | "folder";
  hash: string | null;
  size: number;
  mtime: number;
  rev: number;
}

export const toNode = (row: NodeRow): TreeNode => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  kind: row.kind,
  hash: row.hash,
  size: row.size,
  mtime: row.mtime,
  rev: row.rev,
});

export const NODE_COLUMNS = "id, parent_id, name, kind, hash, size, mtime, rev";

export const SYNCED_COLUMNS = `${NODE_COLUMNS}, ino, placeholder`;

export type SyncedRow = NodeRow & { ino: number | null; placeholder: number };

export const toSyncedNode = (row: SyncedRow): SyncedNode => {
  // toNode's object, completed: one object per row (a round reads 100,000 on a large folder).
  const node = toNode(row) as SyncedNode;
  node.ino = row.ino;
  node.placeholder = row.placeholder === 1;
  return node;
};

export interface CachedStatRow {
  path: string;
  ino: number;
  size: number;
  mtime_ms: number;
  ctime_ms: number;
  hash: string;
}

export const toCachedStat = (row: CachedStatRow): Omit<CachedFile, "chunks"> => ({
  path: row.path,
  ino: row.ino,
  size: row.size,
  mtimeMs: row.mtime_ms,
  ctimeMs: row.ctime_ms,
  hash: row.hash,
});
