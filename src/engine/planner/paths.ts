// Small helpers over trees: paths, depths and the equality rules the planner uses.
import { CirrusError } from "../../shared/errors.js";
import { TREE_ROOT_ID, type Tree, type TreeNode } from "../tree/types.js";

/** The "/"-separated path of `id` from the root ("" for the root). Throws on a broken chain. */
export function pathOf(tree: Tree, id: string): string {
  const names: string[] = [];
  let cur: string | null = id;
  for (let steps = 0; cur !== null && cur !== TREE_ROOT_ID; steps++) {
    const node = tree.get(cur);
    if (node === undefined || steps > tree.size) {
      throw new CirrusError("internal", `no path to the root from ${id}`, { id });
    }
    names.push(node.name);
    cur = node.parentId;
  }
  return names.reverse().join("/");
}

/** Like pathOf, but undefined instead of throwing. */
export function tryPathOf(tree: Tree, id: string): string | undefined {
  try {
    return pathOf(tree, id);
  } catch {
    return undefined;
  }
}

/** Number of steps from the root (root 0); -1 when the chain is broken. */
export function depthOf(tree: Tree, id: string): number {
  let depth = 0;
  let cur: string | null = id;
  while (cur !== TREE_ROOT_ID) {
    if (cur === null || depth > tree.size) return -1;
    const node = tree.get(cur);
    if (node === undefined) return -1;
    cur = node.parentId;
    depth++;
  }
  return depth;
}

export function nfc(name: string): string {
  return name.normalize("NFC");
}

/** Same name: equal once both are NFC. A case change IS a rename (invariant 9). */
export function sameName(a: string, b: string): boolean {
  return a === b || nfc(a) === nfc(b);
}

export function sameLocation(a: TreeNode, b: TreeNode): boolean {
  return a.parentId === b.parentId && sameName(a.name, b.name);
}

/** Same kind and, for files, the same bytes. */
export function sameContent(a: TreeNode, b: TreeNode): boolean {
  return a.kind === b.kind && (a.kind === "folder" || a.hash === b.hash);
}

/** Code-unit order: deterministic, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Byte length in UTF-8. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** The longest prefix of `s` (whole code points) that fits in maxBytes of UTF-8. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = "";
  let bytes = 0;
  for (const ch of s) {
    const n = utf8Length(ch);
    if (bytes + n > maxBytes) break;
    out += ch;
    bytes += n;
  }
  return out;
}
