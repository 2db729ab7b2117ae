// The node at a path in one of the index's trees (Synced or Remote), without building the
// tree: for one lookup (free up space, version history), building the whole tree and its
// paths took ~0.5 s at 100,000 nodes.
import type { PreparedStatements } from "../../shared/prepared-statements.js";
import { TREE_ROOT_ID } from "../tree/types.js";

/** Deeper than any real tree: a walk up that goes on longer is caught in a loop. */
const MAX_DEPTH = 4096;

/**
 * The id of the node at path `rel` ("/"-separated, as the tree names it) in `table`, or
 * null: the rows of that name (one pass of SQLite over the table), each checked by
 * walking up its parents to the root.
 */
export function nodeIdAt(
  sql: PreparedStatements,
  table: "synced" | "remote",
  rel: string,
): string | null {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const named = sql(`SELECT id, parent_id FROM ${table} WHERE name = ?`).all(name) as {
    id: string;
    parent_id: string | null;
  }[];
  const parentOf = sql(`SELECT parent_id, name FROM ${table} WHERE id = ?`);
  for (const row of named) {
    const names = [name];
    let parent = row.parent_id;
    // Bounded: parents that form a loop never reach the root.
    while (parent !== null && parent !== TREE_ROOT_ID && names.length <= MAX_DEPTH) {
      const up = parentOf.get(parent) as { parent_id: string | null; name: string } | undefined;
      if (!up) break;
      names.push(up.name);
      parent = up.parent_id;
    }
    if (parent === TREE_ROOT_ID && names.reverse().join("/") === rel) return row.id;
  }
  return null;
}
