// A round that looks only where something changed. On a folder of 100,000 files, a
// full round for one new file walked the whole folder, loaded the Synced tree, the
// hash cache and the Remote tree, and planned over all of them: ~6 s of CPU on each
// device. When the last round left the three trees in agreement (the "clean" record,
// dropped by the index on any other write to them), nothing can differ outside the
// folders the watcher named and the folders of the entries the pull brought in. So the
// round lists just those folders, reads their nodes in both trees, and gives the
// planner these slices with the folders above them: the same plan, restricted to
// where something can differ.
//
// Changes to files take this path, new folders with what is in them (new-folders.ts),
// and folders renamed, moved or deleted on either side, whole subtree and all
// (moved-folders.ts; a folder gone from disk and found in no new folder only once a
// walk of everything has named every folder that changed). A replaced folder, a
// changed `.cirrusignore`, a folder that cannot be read, more hints or feed entries
// than a slice is worth: the round looks everywhere instead, as it does after a
// restart, a failed or held round, or a watcher that lost track.
import path from "node:path";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore, SyncedNode } from "../index/index-store.js";
import { normalizeDiskName } from "../paths/index.js";
import { walk, type FolderToList, type WalkedItem, type WalkResult } from "../scan/walk.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { FileSystem } from "../env/file-system.js";
import type { PulledChange } from "./remote-pull.js";
import {
  dropOutside,
  movedIn,
  newOnDisk,
  newOnServer,
  newRootsListed,
  serverFolderPaths,
} from "./new-folders.js";
import { goneFromTree } from "./gone-folders.js";
import { movedOnServer, movedSubtrees, subtreesBelow, type ServerMove } from "./moved-folders.js";

/** More folders than this (hinted or touched by the feed), and a round looks everywhere. */
const MAX_SCOPED_FOLDERS = 1024;
/**
 * More Synced entries than this in the folders to list, and a round looks everywhere:
 * listing costs about what a walk of them would. A download into 100 folders of 100
 * files each, on a folder of 100,000, looked everywhere at 64 folders (~8 s a round).
 */
const MAX_SCOPED_ENTRIES = 20_000;
/**
 * More hints than this, and a round looks everywhere. Hints inside a new folder count
 * once towards MAX_SCOPED_FOLDERS (the folder it appeared in), but each is looked up.
 */
const MAX_HINTS = 4096;
/** Deeper than any real tree: a walk up that goes on longer is caught in a loop. */
const MAX_DEPTH = 4096;

export interface ScopedInputs {
  /** The folders listed, as spelled on disk. */
  folders: string[];
  /** Their entries, as listed. */
  listed: WalkedItem[];
  /** Those, and the folders above them (the tree needs a path to each). */
  walked: WalkResult;
  synced: SyncedNode[];
  remote: TreeNode[];
}

/**
 * What the clean record holds: everything outside the trees that a plan depends on. A
 * round may look at slices only while it is what the last complete round left.
 */
export function cleanSignature(index: IndexStore, rules: IgnoreRules, onDemand: boolean): string {
  return JSON.stringify([index.getState("fingerprint"), rules.signature(), onDemand]);
}

/** A Synced folder with its path in the tree and as spelled on disk. */
interface Placed extends FolderToList {
  node: SyncedNode;
}

/** A folder to list: a Placed one, or the root (which has no Synced node). */
interface ScopeFolder extends FolderToList {
  node: SyncedNode | null;
  id: string;
}

const isPlaced = (folder: ScopeFolder): folder is ScopeFolder & Placed => folder.node !== null;

/**
 * Make sure the folder `id` (above a folder gone from disk) is listed: its listing
 * shows what is gone. False when it is not one of the folders above the scope.
 */
function listParent(
  folders: Map<string, ScopeFolder>,
  above: ReadonlyMap<string, Placed>,
  id: string,
): boolean {
  if (folders.has(id)) return true;
  const placed = id === TREE_ROOT_ID ? { node: null, rel: "", diskRel: "" } : above.get(id);
  if (placed === undefined) return false;
  folders.set(id, { ...placed, id });
  return true;
}

/**
 * The slices of the three trees a round needs for `hinted` (folders the watcher named,
 * as spelled on disk) and `pulled` (what the feed brought), or null when the round must
 * look everywhere.
 */
export async function scopedInputs(options: {
  fs: FileSystem;
  root: string;
  index: IndexStore;
  rules: IgnoreRules;
  hinted: ReadonlySet<string>;
  pulled: readonly PulledChange[];
  /** `hinted` is every folder a walk of the whole tree found changed (moved-folders.ts). */
  complete?: boolean;
}): Promise<ScopedInputs | null> {
  const { fs, root, index, rules } = options;
  const scope = scopeFolders(index, rules, options.hinted, options.pulled);
  if (scope === null) return null;
  const { folders, madeOnServer } = scope;
  // The folders above the scope, each with its paths.
  const above = new Map<string, Placed>();
  for (const folder of [...folders.values()]) {
    if (!ancestorsOf(index, folder, above)) return null;
    // Nothing syncs inside an ignored or excluded folder (a feed entry there, say).
    if (skippedFolder(rules, folder.rel)) folders.delete(folder.id);
  }
  // What the server moved or deleted comes in whole, walked where it still is on
  // disk: the folders inside it (a feed entry there, say) need no listing of their
  // own, and what it deleted inside one it deleted goes with it.
  const movedThere = new Set(scope.serverMoves.map((m) => m.id));
  const there = subtreesBelow(index, [...movedThere], MAX_SCOPED_ENTRIES);
  if (there === null) return null;
  const serverMoves = scope.serverMoves.filter((m) => !there.syncedFolders.has(m.from));
  if (scope.serverMoves.some((m) => m.to !== null && there.syncedFolders.has(m.from))) return null;
  for (const id of there.syncedFolders) {
    folders.delete(id);
    above.delete(id);
  }
  dropOutside(madeOnServer, (id) => folders.has(id));
  // Hinted folders gone from their place: moved (found below) or deleted.
  const gone = new Map<string, string>();
  /** The scope's folders as statted here, by id (the stat below reuses them). */
  const statted = new Map<string, WalkedItem>();
  for (const folder of [...folders.values()].filter(isPlaced)) {
    const item = statFolder(fs, root, folder);
    if (item !== null) {
      statted.set(folder.id, item);
      continue;
    }
    gone.set(folder.id, folder.diskRel);
    folders.delete(folder.id);
  }
  for (const id of gone.keys()) {
    const parent = index.syncedNode(id)?.parentId ?? null;
    if (parent === null || !(gone.has(parent) || listParent(folders, above, parent))) return null;
  }
  // A move into or out of a folder where nothing syncs, one gone from disk, or another
  // folder the server moved: a look everywhere judges it.
  const listedTo = (m: ServerMove) => m.to === null || folders.has(m.to);
  if (serverMoves.some((m) => !folders.has(m.from) || !listedTo(m))) return null;
  const ids = [...folders.keys()];
  const syncedChildren = index.syncedChildren(ids);
  if (syncedChildren.length > MAX_SCOPED_ENTRIES) return null;
  const remoteChildren = index.remoteChildren([...ids, ...madeOnServer.keys()]);
  const stayed = (n: TreeNode) => n.kind === "folder" && !movedThere.has(n.id);
  // The scope's own entries on the server, without the folders new there.
  const remoteInScope = remoteChildren.filter(
    (n) => folders.has(n.parentId ?? "") && !madeOnServer.has(n.id),
  );
  const upper = [...above.values(), ...[...folders.values()].filter(isPlaced)];
  const upperNodes = upper.map((f) => f.node);
  const remoteUpper = index.remoteNodes(upperNodes.map((n) => n.id));
  if (!sameFolders(upperNodes, remoteUpper)) return null;
  if (!sameFolders(syncedChildren.filter(stayed), remoteInScope.filter(stayed))) return null;

  // Their stats as the walk would give them.
  const items = new Map<string, WalkedItem>();
  for (const folder of upper) {
    const item = statted.get(folder.node.id) ?? statFolder(fs, root, folder);
    if (item === null) return null;
    items.set(item.rel, item);
  }
  const signature = rules.signature();
  const listed = await walk(fs, root, rules, [...folders.values()]);
  if (listed.unreadable.length > 0 || rules.signature() !== signature) return null;
  const observed = syncedChildren.filter((n) => !skipped(rules, pathOfChild(n, folders), n.kind));
  const listedAt = new Map(listed.items.map((item) => [item.rel, item]));
  for (const node of folderNodes(observed)) {
    const rel = pathOfChild(node, folders);
    if (listedAt.has(rel)) continue;
    const parent = folders.get(node.parentId ?? "")?.diskRel ?? "";
    gone.set(node.id, parent === "" ? node.name : `${parent}/${node.name}`);
  }
  const roots = newRootsListed({
    parents: new Map([...folders.values()].map((f) => [f.diskRel, f.id])),
    listed: listed.items,
    synced: syncedChildren,
    remote: remoteChildren,
  });
  if (roots === null) return null;
  // The folders the server moved, where they still are on disk: walked whole.
  const movedAway = serverMoves.map((m) => listedAt.get(pathOfChild(m.node, folders)));
  if (!movedAway.every((item) => item?.kind === "folder")) return null;
  const below = await walk(fs, root, rules, roots, true);
  const belowMoved = await walk(fs, root, rules, movedAway as WalkedItem[], true);
  const unreadable = below.unreadable.length + belowMoved.unreadable.length;
  if (unreadable > 0 || rules.signature() !== signature) return null;
  const found = movedIn(index, [...roots, ...below.items]);
  const unfound = [...gone.keys()].filter((id) => !found.has(id));
  const moved = movedSubtrees(
    index,
    {
      gone,
      found,
      there,
      listed: ids,
      // Folders gone and found in no listed folder are deleted if no folder has their inode.
      complete:
        options.complete === true ||
        (unfound.length > 0 && (await goneFromTree(fs, root, rules, index, unfound))),
    },
    MAX_SCOPED_ENTRIES,
  );
  if (moved === null) return null;
  const rootPaths = new Set(roots.map((r) => r.diskRel));
  const remaining = observed.filter((n) => !gone.has(n.id));
  const known = listed.items.filter((item) => !rootPaths.has(item.diskRel));
  if (!sameSubfolders(known, remaining, folders)) return null;
  const all = [...listed.items, ...below.items, ...belowMoved.items];
  for (const item of all) items.set(item.rel, item);
  const placed = new Map([...folders.values()].map((f) => [f.id, f.diskRel]));

  return {
    folders: [
      ...[...folders.values()].map((f) => f.diskRel),
      ...rootPaths,
      // Where the folders the server moved or deleted still are (walked whole).
      ...movedAway.map((item) => (item as WalkedItem).diskRel),
      ...[...below.items, ...belowMoved.items]
        .filter((item) => item.kind === "folder")
        .map((item) => item.diskRel),
      // Where the folders new on the server go on disk, and those it moved.
      ...serverFolderPaths(madeOnServer, remoteChildren, placed),
      ...serverMoves.flatMap((move, i) =>
        newPlaces(move, (movedAway[i] as WalkedItem).diskRel, belowMoved.items, {
          remoteChildren,
          placed,
        }),
      ),
      ...moved.oldPlaces,
    ],
    listed: all,
    walked: {
      items: [...items.values()],
      symlinks: [...listed.symlinks, ...below.symlinks, ...belowMoved.symlinks],
      unreadable: [],
      temps: [...listed.temps, ...below.temps, ...belowMoved.temps],
    },
    synced: uniqueById([...upperNodes, ...syncedChildren, ...moved.synced]),
    remote: uniqueById([...remoteUpper, ...remoteChildren, ...moved.remote]),
  };
}

/** Where a slice looks. */
interface Scope {
  /** The Synced folders to list, by id. */
  folders: Map<string, ScopeFolder>;
  /** Folders new on the server: id, and the folder each is in. */
  madeOnServer: Map<string, string>;
  /** Synced folders the server moved or renamed (moved-folders.ts). */
  serverMoves: ServerMove[];
}

/**
 * The folders to list, by Synced id, and the new folders on either side; null when
 * the round must look everywhere.
 */
function scopeFolders(
  index: IndexStore,
  rules: IgnoreRules,
  hinted: ReadonlySet<string>,
  pulled: readonly PulledChange[],
): Scope | null {
  const folders = new Map<string, ScopeFolder>();
  const add = (id: string, diskRel?: string): boolean => {
    if (folders.has(id)) return true;
    if (id === TREE_ROOT_ID) {
      folders.set(id, { node: null, id, rel: "", diskRel: "" });
      return true;
    }
    const node = index.syncedNode(id);
    if (node?.kind !== "folder") return false;
    // The path comes from the walk up (ancestorsOf); the disk spelling from the hint.
    folders.set(id, { node, id, rel: "", diskRel: diskRel ?? "" });
    return true;
  };
  if (hinted.size > MAX_HINTS) return null;
  for (const diskRel of hinted) {
    const rel = diskRel === "" ? "" : diskRel.split("/").map(normalizeDiskName).join("/");
    // Nothing syncs inside an ignored or excluded folder: a hint there asks for nothing.
    if (skippedFolder(rules, rel)) continue;
    const id = rel === "" ? TREE_ROOT_ID : index.syncedAt(rel)?.id;
    if (id !== undefined) {
      if (!add(id, diskRel)) return null;
      continue;
    }
    // A new folder: listing the folder it is in finds it (newRootsListed).
    const made = newOnDisk(index, diskRel);
    if (made === null || !add(made.parentId, made.parentDiskRel)) return null;
  }
  const madeOnServer = newOnServer(index, pulled);
  const serverMoves = movedOnServer(index, pulled);
  if (serverMoves === null) return null;
  for (const move of serverMoves) {
    if (!add(move.from) || (move.to !== null && !add(move.to))) return null;
  }
  for (const parentId of madeOnServer.values()) {
    if (!madeOnServer.has(parentId) && !add(parentId)) return null;
  }
  for (const change of pulled) {
    if (change.kind !== "file") continue;
    const { parentId } = change;
    if (!change.deleted && (parentId === null || !(madeOnServer.has(parentId) || add(parentId)))) {
      return null;
    }
    const before = index.syncedNode(change.id);
    if (before?.parentId != null && !add(before.parentId)) return null;
  }
  if (folders.size > MAX_SCOPED_FOLDERS) return null;
  return { folders, madeOnServer, serverMoves };
}

/**
 * Collects the Synced folders above `folder` into `above`, and sets the paths of each
 * (on disk: as the hint spelled them, else as the tree names them); false on a broken
 * chain.
 */
function ancestorsOf(index: IndexStore, folder: ScopeFolder, above: Map<string, Placed>): boolean {
  if (folder.node === null) return true;
  const chain: SyncedNode[] = [folder.node];
  let parent = folder.node.parentId;
  while (parent !== TREE_ROOT_ID) {
    if (parent === null || chain.length > MAX_DEPTH) return false;
    const node = above.get(parent)?.node ?? index.syncedNode(parent);
    if (node?.kind !== "folder") return false;
    chain.push(node);
    parent = node.parentId;
  }
  chain.reverse();
  const names = chain.map((n) => n.name);
  const spelled = folder.diskRel === "" ? names : folder.diskRel.split("/");
  chain.forEach((node, i) => {
    const rel = names.slice(0, i + 1).join("/");
    const diskRel = spelled.slice(0, i + 1).join("/");
    if (node === folder.node) Object.assign(folder, { rel, diskRel });
    else if (!above.has(node.id)) above.set(node.id, { node, rel, diskRel });
  });
  return true;
}

/** The folder as the walk would report it, or null if it is not that folder any more. */
function statFolder(
  fs: FileSystem,
  root: string,
  { node, rel, diskRel }: Placed,
): WalkedItem | null {
  let stat;
  try {
    stat = fs.lstatSync(path.join(root, diskRel));
  } catch {
    return null;
  }
  // Replaced by another folder, or by a file: the full round sorts that out.
  if (!stat.isDirectory() || (node.ino !== null && stat.ino !== node.ino)) return null;
  return {
    rel,
    diskRel,
    kind: "folder",
    ino: stat.ino,
    size: 0,
    mtimeMs: Math.floor(stat.mtimeMs),
    ctimeMs: stat.ctimeMs,
  };
}

/**
 * Where a folder the server moved (on disk at `from`, with `below` walked under it)
 * and each folder in it will be once moved (none, for one it deleted): the round that
 * follows looks there, at what this one wrote.
 */
function newPlaces(
  move: ServerMove,
  from: string,
  below: readonly WalkedItem[],
  where: { remoteChildren: readonly TreeNode[]; placed: ReadonlyMap<string, string> },
): string[] {
  if (move.to === null) return [];
  const [to] = serverFolderPaths(new Map([[move.id, move.to]]), where.remoteChildren, where.placed);
  if (to === undefined) return [];
  const inside = below.filter(
    (item) => item.kind === "folder" && item.diskRel.startsWith(`${from}/`),
  );
  return [to, ...inside.map((item) => to + item.diskRel.slice(from.length))];
}

/** Whether the folder at `rel`, or one above it, is ignored or excluded. */
function skippedFolder(rules: IgnoreRules, rel: string): boolean {
  if (rel === "") return false;
  const parts = rel.split("/");
  return parts.some((_, i) => skipped(rules, parts.slice(0, i + 1).join("/"), "folder"));
}

function skipped(rules: IgnoreRules, rel: string, kind: TreeNode["kind"]): boolean {
  try {
    return rules.shouldSkip(rel, kind) !== false;
  } catch {
    // A name no local path may hold: observed, so the planner defers and reports it.
    return false;
  }
}

/** The path of a node in one of the scope's folders. */
function pathOfChild(node: TreeNode, folders: ReadonlyMap<string, ScopeFolder>): string {
  const parent = folders.get(node.parentId ?? "")?.rel ?? "";
  return parent === "" ? node.name : `${parent}/${node.name}`;
}

/** Each listed subfolder is a Synced folder of that name, and each Synced one is listed. */
function sameSubfolders(
  listed: readonly WalkedItem[],
  syncedChildren: readonly SyncedNode[],
  folders: ReadonlyMap<string, ScopeFolder>,
): boolean {
  const synced = new Map<string, TreeNode["kind"]>();
  for (const node of syncedChildren) synced.set(pathOfChild(node, folders), node.kind);
  let listedFolders = 0;
  for (const item of listed) {
    const kind = synced.get(item.rel);
    if (item.kind === "folder") {
      if (kind !== "folder") return false;
      listedFolders++;
    } else if (kind === "folder") {
      return false;
    }
  }
  return listedFolders === [...synced.values()].filter((k) => k === "folder").length;
}

/** The same folders (ids, names and parents) in both lists. */
function sameFolders(a: readonly TreeNode[], b: readonly TreeNode[]): boolean {
  const key = (n: TreeNode) => `${n.id}\u0000${n.parentId ?? ""}\u0000${n.name}\u0000${n.kind}`;
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}

const folderNodes = <T extends TreeNode>(nodes: readonly T[]): T[] =>
  nodes.filter((n) => n.kind === "folder");

function uniqueById<T extends TreeNode>(nodes: readonly T[]): T[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}
