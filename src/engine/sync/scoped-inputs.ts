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
// Only changes to files take this path. A new, deleted, renamed or replaced folder, on
// either side, a changed `.cirrusignore`, a folder that cannot be read, more hints or
// feed entries than a slice is worth: the round looks everywhere instead, as it does
// after a restart, a failed or held round, or a watcher that lost track.
import path from "node:path";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore, SyncedNode } from "../index/index-store.js";
import { normalizeDiskName } from "../paths/index.js";
import { walk, type FolderToList, type WalkedItem, type WalkResult } from "../scan/walk.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { FileSystem } from "../env/file-system.js";
import type { PulledChange } from "./remote-pull.js";

/** More folders than this (hinted or touched by the feed), and a round looks everywhere. */
const MAX_SCOPED_FOLDERS = 64;
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

interface ScopeFolder {
  node: SyncedNode | null;
  id: string;
  rel: string;
  diskRel: string;
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
}): Promise<ScopedInputs | null> {
  const { fs, root, index, rules } = options;
  const folders = scopeFolders(index, rules, options.hinted, options.pulled);
  if (folders === null) return null;
  // The folders above the scope: their nodes, and their stats as the walk would give them.
  const above = new Map<string, SyncedNode>();
  for (const folder of [...folders.values()]) {
    if (!ancestorsOf(index, folder, above)) return null;
    // Nothing syncs inside an ignored or excluded folder (a feed entry there, say).
    if (skippedFolder(rules, folder.rel)) folders.delete(folder.id);
  }
  const ids = [...folders.keys()];
  const syncedChildren = index.syncedChildren(ids);
  const remoteChildren = index.remoteChildren(ids);
  const upper = [...above.values(), ...nonNull([...folders.values()].map((f) => f.node))];
  const remoteUpper = index.remoteNodes(upper.map((n) => n.id));
  if (!sameFolders(upper, remoteUpper)) return null;
  if (!sameFolders(folderNodes(syncedChildren), folderNodes(remoteChildren))) return null;

  const items = new Map<string, WalkedItem>();
  for (const node of upper) {
    const item = statFolder(fs, root, node, above, folders);
    if (item === null) return null;
    items.set(item.rel, item);
  }
  const signature = rules.signature();
  const listed = await walk(fs, root, rules, [...folders.values()] as FolderToList[]);
  if (listed.unreadable.length > 0 || rules.signature() !== signature) return null;
  const observed = syncedChildren.filter((n) => !skipped(rules, pathOfChild(n, folders), n.kind));
  if (!sameSubfolders(listed.items, observed, folders)) return null;
  for (const item of listed.items) items.set(item.rel, item);

  return {
    folders: [...folders.values()].map((f) => f.diskRel),
    listed: listed.items,
    walked: { items: [...items.values()], symlinks: listed.symlinks, unreadable: [] },
    synced: uniqueById([...upper, ...syncedChildren]),
    remote: uniqueById([...remoteUpper, ...remoteChildren]),
  };
}

/** The folders to list, by Synced id; null when any is not a folder both sides know. */
function scopeFolders(
  index: IndexStore,
  rules: IgnoreRules,
  hinted: ReadonlySet<string>,
  pulled: readonly PulledChange[],
): Map<string, ScopeFolder> | null {
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
  if (hinted.size > MAX_SCOPED_FOLDERS) return null;
  for (const diskRel of hinted) {
    const rel = diskRel === "" ? "" : diskRel.split("/").map(normalizeDiskName).join("/");
    // Nothing syncs inside an ignored or excluded folder: a hint there asks for nothing.
    if (skippedFolder(rules, rel)) continue;
    const id = rel === "" ? TREE_ROOT_ID : index.syncedAt(rel)?.id;
    if (id === undefined || !add(id, diskRel)) return null;
  }
  for (const change of pulled) {
    if (change.kind !== "file") return null;
    if (!change.deleted && (change.parentId === null || !add(change.parentId))) return null;
    const before = index.syncedNode(change.id);
    if (before?.parentId != null && !add(before.parentId)) return null;
  }
  return folders.size > MAX_SCOPED_FOLDERS ? null : folders;
}

/**
 * Collects the Synced folders above `folder` into `above` and sets its path (and, when
 * no hint spelled it, its disk path as the tree names it); false on a broken chain.
 */
function ancestorsOf(
  index: IndexStore,
  folder: ScopeFolder,
  above: Map<string, SyncedNode>,
): boolean {
  if (folder.node === null) return true;
  const names = [folder.node.name];
  let parent = folder.node.parentId;
  while (parent !== TREE_ROOT_ID) {
    if (parent === null || names.length > MAX_DEPTH) return false;
    const node = above.get(parent) ?? index.syncedNode(parent);
    if (node?.kind !== "folder") return false;
    above.set(node.id, node);
    names.push(node.name);
    parent = node.parentId;
  }
  folder.rel = names.reverse().join("/");
  if (folder.diskRel === "") folder.diskRel = folder.rel;
  return true;
}

/** The folder as the walk would report it, or null if it is not that folder any more. */
function statFolder(
  fs: FileSystem,
  root: string,
  node: SyncedNode,
  above: ReadonlyMap<string, SyncedNode>,
  folders: ReadonlyMap<string, ScopeFolder>,
): WalkedItem | null {
  const rel = pathIn(node, above, folders);
  if (rel === null) return null;
  const diskRel = diskPathOf(rel, folders);
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

function pathIn(
  node: SyncedNode,
  above: ReadonlyMap<string, SyncedNode>,
  folders: ReadonlyMap<string, ScopeFolder>,
): string | null {
  const names: string[] = [];
  let at: SyncedNode | undefined = node;
  while (at && names.length <= MAX_DEPTH) {
    names.push(at.name);
    if (at.parentId === TREE_ROOT_ID) return names.reverse().join("/");
    const parentId: string | null = at.parentId;
    at =
      parentId === null
        ? undefined
        : (above.get(parentId) ?? folders.get(parentId)?.node ?? undefined);
  }
  return null;
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

/** A hinted folder's disk spelling covers its own path and the folders above it. */
function diskPathOf(rel: string, folders: ReadonlyMap<string, ScopeFolder>): string {
  for (const folder of folders.values()) {
    if (folder.rel === rel) return folder.diskRel;
    if (folder.rel.startsWith(`${rel}/`)) {
      const depth = rel.split("/").length;
      return folder.diskRel.split("/").slice(0, depth).join("/");
    }
  }
  return rel;
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

const nonNull = <T>(values: readonly (T | null)[]): T[] => values.filter((v) => v !== null);

function uniqueById<T extends TreeNode>(nodes: readonly T[]): T[] {
  return [...new Map(nodes.map((n) => [n.id, n])).values()];
}
