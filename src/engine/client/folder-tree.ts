// The exclusions tree: one level of server folders at a time, with the size of what
// each holds, so a person can see what excluding it would keep off this device.
import type { FolderNode } from "../../shared/client-api.js";
import type { IgnoreRules } from "../ignore/index.js";
import { pathsOf } from "../scan/local-tree.js";
import type { TreeNode } from "../tree/types.js";

export function folderChildren(
  remote: readonly TreeNode[],
  rules: IgnoreRules,
  parentPath: string,
): FolderNode[] {
  const paths = pathsOf(remote);
  const byParent = new Map<string | null, TreeNode[]>();
  for (const node of remote) {
    const list = byParent.get(node.parentId) ?? [];
    list.push(node);
    byParent.set(node.parentId, list);
  }
  const sizes = new Map<string, number>();
  const size = (id: string): number => {
    const known = sizes.get(id);
    if (known !== undefined) return known;
    let total = 0;
    for (const child of byParent.get(id) ?? []) {
      total += child.kind === "file" ? child.size : size(child.id);
    }
    sizes.set(id, total);
    return total;
  };
  const parent =
    parentPath === "" ? "root" : remote.find((n) => paths.get(n.id) === parentPath)?.id;
  if (parent === undefined) return [];
  return (byParent.get(parent) ?? [])
    .filter((n) => n.kind === "folder")
    .map((n) => {
      const p = paths.get(n.id) ?? n.name;
      return {
        name: n.name,
        path: p,
        size: size(n.id),
        excluded: rules.isExcluded(p),
        hasChildren: (byParent.get(n.id) ?? []).some((c) => c.kind === "folder"),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
