// New folders in a round over slices (scoped-inputs.ts). A folder created on one side
// since the last round is a subtree no tree but that side's holds: nothing in the
// Synced tree can be inside it, so nothing outside it can be judged differently for
// its sake. A slice takes it in whole instead of looking everywhere: the Synced
// folder it appeared in is listed as usual, and below that,
// - on disk, the new folder is walked to the bottom (its files are all new);
// - on the server, the new folder's entries are read from the Remote tree.
// What a slice still cannot judge falls back to a round that looks everywhere: a name
// both sides created. A folder that was here before (moved in from elsewhere in the
// tree, known by its inode) is a move: moved-folders.ts.
import type { IndexStore } from "../index/index-store.js";
import { normalizeDiskName } from "../paths/index.js";
import type { WalkedItem } from "../scan/walk.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { PulledChange } from "./remote-pull.js";
import { folderOf } from "./folder-digests.js";

/** A folder new on disk: the topmost one below a Synced folder, as found by a hint. */
export interface NewOnDisk {
  /** The Synced folder it is in. */
  parentId: string;
  /** That folder's path as spelled on disk. */
  parentDiskRel: string;
  /** Its name as spelled on disk. */
  name: string;
}

/**
 * For a hinted folder (as spelled on disk) the Synced tree does not hold: the new
 * folder it is in, or is, right below the deepest Synced folder above it; null when
 * that deepest node is a file (a file replaced by a folder).
 */
export function newOnDisk(index: IndexStore, diskRel: string): NewOnDisk | null {
  const parts = diskRel.split("/");
  for (let depth = parts.length - 1; depth >= 1; depth--) {
    const above = parts.slice(0, depth);
    const node = index.syncedAt(above.map(normalizeDiskName).join("/"));
    if (!node) continue;
    if (node.kind !== "folder") return null;
    return { parentId: node.id, parentDiskRel: above.join("/"), name: parts[depth] as string };
  }
  return { parentId: TREE_ROOT_ID, parentDiskRel: "", name: parts[0] as string };
}

/**
 * The folders the feed brought that are new (not in the Synced tree) with the folder
 * each is in. One made and deleted there since asks for nothing here; those the
 * Synced tree holds (moved, renamed or deleted) are for moved-folders.ts.
 */
export function newOnServer(
  index: IndexStore,
  pulled: readonly PulledChange[],
): Map<string, string> {
  const created = new Map<string, string>();
  for (const change of pulled) {
    if (change.kind !== "folder" || change.deleted || change.parentId === null) continue;
    if (index.syncedNode(change.id) === null) created.set(change.id, change.parentId);
  }
  return created;
}

/**
 * The new folders on disk a slice takes in, from its folders' listings (`parents`:
 * each listed folder's Synced id by its path as spelled on disk): every listed
 * folder the Synced tree does not hold there, hinted or not yet (its hint may come
 * in a later burst); null when another tree holds its name there in any case (both
 * sides made a folder of that name, a case-only rename, a file replaced by a folder).
 */
export function newRootsListed(options: {
  parents: ReadonlyMap<string, string>;
  listed: readonly WalkedItem[];
  synced: readonly TreeNode[];
  remote: readonly TreeNode[];
}): WalkedItem[] | null {
  const key = (parentId: string, name: string) => `${parentId}\u0000${name}`;
  const known = new Set(
    options.synced.filter((n) => n.kind === "folder").map((n) => key(n.parentId ?? "", n.name)),
  );
  const taken = new Set(
    [...options.synced, ...options.remote].map((n) => key(n.parentId ?? "", n.name.toLowerCase())),
  );
  const roots: WalkedItem[] = [];
  for (const item of options.listed) {
    if (item.kind !== "folder") continue;
    const parentId = options.parents.get(folderOf(item.diskRel));
    const name = item.rel.slice(item.rel.lastIndexOf("/") + 1);
    if (parentId === undefined || known.has(key(parentId, name))) continue;
    if (taken.has(key(parentId, name.toLowerCase()))) return null;
    roots.push(item);
  }
  return roots;
}

/**
 * The Synced folders among the folders of a new subtree (its top ones and those
 * below), by id: moved in from elsewhere in the tree, known by their inodes
 * (moved-folders.ts tells whether the slice saw where they came from).
 */
export function movedIn(index: IndexStore, folders: readonly WalkedItem[]): Set<string> {
  const inos = folders.filter((item) => item.kind === "folder").map((item) => item.ino);
  return new Set(index.syncedFoldersByIno(inos));
}

/**
 * The first folder above a new server folder that the server did not just make (the
 * folder of the scope it is in); undefined when its parents form a loop.
 */
function madeBelow(made: ReadonlyMap<string, string>, id: string): string | undefined {
  let at = id;
  for (let depth = 0; depth <= made.size; depth++) {
    const parent = made.get(at);
    if (parent === undefined) return at;
    at = parent;
  }
  return undefined;
}

/**
 * Forget the new server folders that are not below a folder of the scope: those inside
 * an ignored or excluded folder, where nothing syncs (the scope dropped it).
 */
export function dropOutside(made: Map<string, string>, inScope: (id: string) => boolean): void {
  for (const id of [...made.keys()]) {
    const top = madeBelow(made, id);
    if (top === undefined || !inScope(top)) made.delete(id);
  }
}

/**
 * Where the folders new on the server will be on disk (`nodes`: their Remote nodes;
 * `placed`: the disk path of each folder of the scope), for the round's slice: the
 * round that follows looks there too, at what this one wrote.
 */
export function serverFolderPaths(
  made: ReadonlyMap<string, string>,
  nodes: readonly TreeNode[],
  placed: ReadonlyMap<string, string>,
): string[] {
  const names = new Map(nodes.filter((n) => made.has(n.id)).map((n) => [n.id, n.name]));
  return [...made.keys()].flatMap((id) => {
    const top = madeBelow(made, id);
    const base = top === undefined ? undefined : placed.get(top);
    if (base === undefined) return [];
    const path: string[] = [];
    for (let at = id; at !== top; at = made.get(at) as string) {
      const name = names.get(at);
      if (name === undefined) return [];
      path.unshift(name);
    }
    return [[base, ...path].filter((part) => part !== "").join("/")];
  });
}
