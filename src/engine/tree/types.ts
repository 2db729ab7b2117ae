// The three trees of the engine (ARCHITECTURE.md §2): Local (what is on disk),
// Remote (what the server says) and Synced (the merge base). Every node is keyed by
// a stable id shared across the three trees: the server's entry id once known, or
// a local provisional id ("local:<n>") for things created here and not yet uploaded.
// Keying by id (not path) is what makes a folder rename one operation.

export type NodeKind = "file" | "folder";

export interface TreeNode {
  id: string;
  /** null only for the root. */
  parentId: string | null;
  /** Name as it travels on the wire (NFC). */
  name: string;
  kind: NodeKind;
  /** SHA-256 hex of the content; null for folders. */
  hash: string | null;
  size: number;
  /** Milliseconds since the epoch. */
  mtime: number;
  /** Server revision this node reflects (Remote and Synced trees); 0 when unknown. */
  rev: number;
}

/** A tree is a flat map id -> node. The root has id ROOT_ID and parentId null. */
export type Tree = ReadonlyMap<string, TreeNode>;

export const TREE_ROOT_ID = "root";
