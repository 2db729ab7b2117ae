// The exclusions tree: one level of server folders at a time, with the size of what
// each holds, so a person can see what excluding it would keep off this device.
import type { FolderNode } from "../../shared/client-api.js";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import { TREE_ROOT_ID } from "../tree/types.js";

/** The folders in the server folder at `parentPath` ("" for the root), by name. */
export function folderChildren(
  index: IndexStore,
  rules: IgnoreRules,
  parentPath: string,
): FolderNode[] {
  const parent = parentPath === "" ? TREE_ROOT_ID : index.remoteIdAt(parentPath);
  if (parent === null) return [];
  return index
    .remoteSubfolders(parent)
    .map((folder) => {
      const path = parentPath === "" ? folder.name : `${parentPath}/${folder.name}`;
      return {
        name: folder.name,
        path,
        size: folder.bytes,
        excluded: rules.isExcluded(path),
        hasChildren: folder.hasFolders,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
