// Folders moved or renamed, in a round over slices (scoped-inputs.ts). A folder that
// moved keeps its id in every tree; what differs is where it sits in one of them. A
// slice takes in the folder's whole subtree from all three trees, with the folders it
// left and the one it went to, so the planner sees one move (ARCHITECTURE.md §2: a
// folder rename is one operation) without looking at anything else:
// - moved on the server: its Synced and Remote subtrees, and on disk its old place
//   walked to the bottom; the Remote folder it went to is listed as well;
// - moved on disk: it is gone from its Synced place and found, by its inode, in a
//   folder new on disk (new-folders.ts), which is walked whole; its Synced and
//   Remote subtrees come in as they stand.
// - deleted on the server: its Synced subtree, and on disk its place walked whole.
// A folder gone from disk and found nowhere in the slice may have been deleted, or
// moved where no hint pointed: its inode in no folder on disk (gone-folders.ts) says
// deleted; found elsewhere, a walk of everything finds the folders that changed, and
// those are the hints.
import type { IndexStore, SyncedNode } from "../index/index-store.js";
import type { TreeNode } from "../tree/types.js";
import type { PulledChange } from "./remote-pull.js";

/**
 * A folder the server moved, renamed or deleted: where the Synced tree has it, and
 * where it went.
 */
export interface ServerMove {
  id: string;
  /** Its Synced node (where it is on disk). */
  node: SyncedNode;
  /** Its folder in the Synced tree. */
  from: string;
  /** Its folder on the server now; null when the server deleted it. */
  to: string | null;
}

/**
 * The folders the feed brought that the Synced tree holds (moved, renamed, deleted,
 * or touched in place); null for one that is no folder here, or the root.
 */
export function movedOnServer(
  index: IndexStore,
  pulled: readonly PulledChange[],
): ServerMove[] | null {
  const moves: ServerMove[] = [];
  for (const change of pulled) {
    if (change.kind !== "folder") continue;
    const before = index.syncedNode(change.id);
    if (before === null) continue; // New there: new-folders.ts.
    if (before.kind !== "folder" || before.parentId === null) return null;
    const to = change.deleted ? null : change.parentId;
    if (!change.deleted && to === null) return null;
    moves.push({ id: change.id, node: before, from: before.parentId, to });
  }
  return moves;
}

/** The nodes below some folders, in the Synced and the Remote tree. */
export interface Subtrees {
  synced: SyncedNode[];
  remote: TreeNode[];
  /** The ids of the folders below (and of those given), in the Synced tree. */
  syncedFolders: Set<string>;
}

/** Deeper than any real tree: a walk down that goes on longer is caught in a loop. */
const MAX_DEPTH = 4096;

/**
 * Everything below the folders `tops` in both trees, level by level; null past `max`
 * nodes in either tree (listing them would cost what a look everywhere does).
 */
export function subtreesBelow(
  index: IndexStore,
  tops: readonly string[],
  max: number,
): Subtrees | null {
  const synced: SyncedNode[] = [];
  const remote: TreeNode[] = [];
  const syncedFolders = new Set(tops);
  let syncedLevel = [...tops];
  let remoteLevel = [...tops];
  for (let depth = 0; syncedLevel.length + remoteLevel.length > 0; depth++) {
    if (depth > MAX_DEPTH) return null;
    const syncedBelow = syncedLevel.length > 0 ? index.syncedChildren(syncedLevel) : [];
    const remoteBelow = remoteLevel.length > 0 ? index.remoteChildren(remoteLevel) : [];
    synced.push(...syncedBelow);
    remote.push(...remoteBelow);
    if (synced.length > max || remote.length > max) return null;
    syncedLevel = syncedBelow.filter((n) => n.kind === "folder").map((n) => n.id);
    remoteLevel = remoteBelow.filter((n) => n.kind === "folder").map((n) => n.id);
    for (const id of syncedLevel) syncedFolders.add(id);
  }
  return { synced, remote, syncedFolders };
}

/**
 * What a slice takes in for the folders moved on disk (`gone`: Synced folders missing
 * from their place on disk, with that place; `found`: Synced folders found by inode
 * in new folders on disk) besides `there`, the subtrees of those the server moved: the
 * Synced and Remote nodes below them all, and the old places on disk of the folders
 * that moved here (and of those inside them), which the next round's record forgets.
 * Null when a look everywhere must judge: a folder gone and not found (deleted, or
 * moved where no hint pointed) unless the hints are `complete`, a folder found but
 * not gone, moved on both sides, or one the scope lists (`listed`) inside one moved
 * here.
 */
export function movedSubtrees(
  index: IndexStore,
  moved: {
    gone: ReadonlyMap<string, string>;
    found: ReadonlySet<string>;
    there: Subtrees;
    listed: readonly string[];
    /**
     * The hints are every folder a walk of the whole tree found changed, or no folder
     * on disk is one of those gone: a folder gone and found nowhere is deleted (or
     * moved out of the tree), not moved where no hint reached.
     */
    complete: boolean;
  },
  max: number,
): (Omit<Subtrees, "syncedFolders"> & { oldPlaces: string[] }) | null {
  const { gone, found, there } = moved;
  const tops: string[] = [];
  for (const id of gone.keys()) {
    const parent = index.syncedNode(id)?.parentId;
    if (parent === undefined || parent === null || there.syncedFolders.has(id)) return null;
    if (!gone.has(parent)) tops.push(id);
  }
  const here = subtreesBelow(index, tops, max);
  if (here === null || !(moved.complete || tops.every((id) => found.has(id)))) return null;
  if (![...found].every((id) => here.syncedFolders.has(id))) return null;
  if (moved.listed.some((id) => here.syncedFolders.has(id))) return null;
  // Where each moved folder and those inside it were on disk (parents come first).
  const places = new Map(tops.map((id) => [id, gone.get(id) as string]));
  for (const node of here.synced) {
    const parent = places.get(node.parentId ?? "");
    if (node.kind === "folder" && parent !== undefined)
      places.set(node.id, `${parent}/${node.name}`);
  }
  return {
    synced: [...here.synced, ...there.synced],
    remote: [...here.remote, ...there.remote],
    oldPlaces: [...places.values()],
  };
}
