// New folders in a round over slices (scoped-inputs.ts). A folder created on one side
// since the last round is a subtree no tree but that side's holds: nothing in the
// Synced tree can be inside it, so nothing outside it can be judged differently for
// its sake. A slice takes it in whole instead of looking everywhere: the Synced
// folder it appeared in is listed as usual, and below that,
// - on disk, the new folder is walked to the bottom (its files are all new);
// - on the server, the new folder's entries are read from the Remote tree.
// What a slice still cannot judge falls back to a round that looks everywhere: a name
// both sides created, a folder that was here before (moved in from elsewhere in the
// tree, known by its inode), or a folder deleted or moved on the server.
import type { IndexStore } from "../index/index-store.js";
import { normalizeDiskName } from "../paths/index.js";
import type { WalkedItem } from "../scan/walk.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { PulledChange } from "./remote-pull.js";

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
 * each is in; null when it brought a folder deleted, moved or renamed.
 */
export function newOnServer(
  index: IndexStore,
  pulled: readonly PulledChange[],
): Map<string, string> | null {
  const created = new Map<string, string>();
  for (const change of pulled) {
    if (change.kind !== "folder") continue;
    if (change.deleted || change.parentId === null || index.syncedNode(change.id) !== null) {
      return null;
    }
    created.set(change.id, change.parentId);
  }
  return created;
}

/**
 * The new folders on disk a slice takes in, from its folders' listings: each one that
 * is listed (one made and gone again asks for nothing) and whose name neither other
 * tree holds there; null when one does (both sides made a folder of that name, or
 * a case-only rename).
 */
export function newRootsListed(options: {
  found: readonly NewOnDisk[];
  listed: readonly WalkedItem[];
  synced: readonly TreeNode[];
  remote: readonly TreeNode[];
}): WalkedItem[] | null {
  const byDiskRel = new Map(options.listed.map((item) => [item.diskRel, item]));
  const parents = new Set(options.found.map((f) => f.parentId));
  const nameKey = (parentId: string, name: string) => `${parentId}\u0000${name.toLowerCase()}`;
  const taken = new Set(
    [...options.synced, ...options.remote]
      .filter((n) => parents.has(n.parentId ?? ""))
      .map((n) => nameKey(n.parentId ?? "", n.name)),
  );
  const roots = new Map<string, WalkedItem>();
  for (const { parentId, parentDiskRel, name } of options.found) {
    const item = byDiskRel.get(parentDiskRel === "" ? name : `${parentDiskRel}/${name}`);
    if (item?.kind !== "folder") continue;
    if (taken.has(nameKey(parentId, normalizeDiskName(name)))) return null;
    roots.set(item.diskRel, item);
  }
  return [...roots.values()];
}

/**
 * Whether any of the folders of a new subtree (its top ones and those below) has a
 * Synced folder's inode: moved in from elsewhere in the tree, whose old place the
 * hints did not name. Only a look everywhere sees such a move as one.
 */
export function movedIn(index: IndexStore, folders: readonly WalkedItem[]): boolean {
  const inos = folders.filter((item) => item.kind === "folder").map((item) => item.ino);
  return index.syncedFolderInos(inos).length > 0;
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
