// Builds the Local tree from a walk: hashes only files whose size, mtime, ctime or
// inode changed since the cache saw them, and gives every item the id of the Synced
// node it is (same path, or same inode and content after a move), so renames are
// found and a folder rename stays one operation.
import { SMALL_FILE_MAX, type ChunkerPool, type ChunkOutlet } from "../chunking/index.js";
import { localFailure } from "../paths/index.js";
import type { CachedFile, IndexStore, SyncedNode } from "../index/index-store.js";
import type { LocalNode } from "../planner/index.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { PlaceholderMeta, PlaceholderProvider } from "../placeholders/index.js";
import type { WalkedItem, WalkResult } from "./walk.js";
import path from "node:path";

export interface LocalScan {
  tree: Map<string, LocalNode>;
  /** id -> path relative to the root as spelled on disk. */
  diskPath: Map<string, string>;
  /** id -> what was on disk when scanned (for "did it change meanwhile" checks). */
  stat: Map<string, WalkedItem>;
  /** Files that could not be hashed this time (busy, unreadable): retried later. */
  busy: { rel: string; code: string; message: string }[];
  /**
   * id -> the bytes of a small file hashed by this scan, exactly those hashed (up to
   * CONTENT_KEPT_MAX in all): what an upload of new files sends without reading them
   * again. Lives as long as the round's scan.
   */
  content: Map<string, Buffer>;
}

/** Up to this many files, a scan reads their cache rows by path, not the whole cache. */
const FEW_FILES = 2000;

/** Bytes of small files a scan keeps for the upload that usually follows (see content). */
const CONTENT_KEPT_MAX = 128 * 1024 * 1024;

export const localId = (rel: string): string => `local:${rel}`;

/** Paths of the Synced tree, by id. */
export function pathsOf(nodes: readonly TreeNode[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const paths = new Map<string, string>();
  const resolve = (id: string, depth = 0): string | null => {
    if (id === TREE_ROOT_ID) return "";
    const known = paths.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    if (!node || node.parentId === null || depth > 4096) return null;
    const parent = resolve(node.parentId, depth + 1);
    if (parent === null) return null;
    const p = parent ? `${parent}/${node.name}` : node.name;
    paths.set(id, p);
    return p;
  };
  for (const node of nodes) resolve(node.id);
  return paths;
}

export async function buildLocalTree(options: {
  root: string;
  walked: WalkResult;
  synced: readonly SyncedNode[];
  index: IndexStore;
  chunker: ChunkerPool;
  placeholders?: PlaceholderProvider;
  /** Where a file's chunks go while it is hashed, if anywhere (sync/early-upload.ts). */
  outletFor?: OutletFor;
}): Promise<LocalScan> {
  const { root, synced, index, chunker } = options;
  // Placeholder stubs stand for their file: they take its name, id and content.
  const { items, stubs } = await withPlaceholders(root, options.walked.items, options.placeholders);
  const walked = { ...options.walked, items };
  const syncedPaths = pathsOf(synced);
  const syncedByPath = new Map<string, SyncedNode>();
  for (const node of synced) {
    const p = syncedPaths.get(node.id);
    if (p !== undefined) syncedByPath.set(p, node);
  }
  const present = new Set(walked.items.map((i) => i.rel));
  const scan: LocalScan = {
    tree: new Map(),
    diskPath: new Map(),
    stat: new Map(),
    busy: [],
    content: new Map(),
  };
  const hashes = await hashFiles(
    root,
    walked.items.filter((i) => !stubs.has(i.rel)),
    { index, chunker, ...(options.outletFor ? { outletFor: options.outletFor } : {}) },
    scan.busy,
  );
  for (const [rel, meta] of stubs) hashes.set(rel, { hash: meta.hash, size: meta.size });
  const syncedIds = new Set(synced.map((n) => n.id));

  // Ids: the same path keeps its id; otherwise an unclaimed Synced node with the same
  // inode whose old path is gone (and, for files, the same content: inodes get reused).
  const claimed = new Set<string>();
  const idOf = new Map<string, string>([["", TREE_ROOT_ID]]);
  const unmatched: WalkedItem[] = [];
  for (const item of walked.items) {
    const stubId = stubs.get(item.rel)?.id;
    if (stubId !== undefined && syncedIds.has(stubId) && !claimed.has(stubId)) {
      // A placeholder names its file: wherever it was moved, it is still that file.
      claimed.add(stubId);
      idOf.set(item.rel, stubId);
      continue;
    }
    const node = syncedByPath.get(item.rel);
    if (node && node.kind === item.kind && !claimed.has(node.id)) {
      claimed.add(node.id);
      idOf.set(item.rel, node.id);
    } else {
      unmatched.push(item);
    }
  }
  const movedAway = new Map<number, SyncedNode[]>();
  for (const node of synced) {
    const p = syncedPaths.get(node.id);
    if (node.ino === null || claimed.has(node.id) || p === undefined || present.has(p)) continue;
    movedAway.set(node.ino, [...(movedAway.get(node.ino) ?? []), node]);
  }
  // Failing that, the Synced node of that name in the folder the item's own folder
  // was matched to, if its old path is gone too: a file saved over (new inode) in a
  // folder that was renamed meanwhile is still that file, edited, not a new one.
  const gonePlaces = new Map<string, SyncedNode>();
  for (const node of synced) {
    const p = syncedPaths.get(node.id);
    if (claimed.has(node.id) || p === undefined || present.has(p)) continue;
    gonePlaces.set(placeKey(node.parentId ?? "", node.name), node);
  }
  // Walk order lists a folder before what is in it: its id is known by then.
  for (const item of unmatched) {
    const candidate =
      (movedAway.get(item.ino) ?? []).find(
        (n) =>
          !claimed.has(n.id) &&
          n.kind === item.kind &&
          (item.kind === "folder" || n.hash === hashes.get(item.rel)?.hash),
      ) ?? sameNameIn(item, idOf, gonePlaces);
    if (candidate && !claimed.has(candidate.id)) {
      claimed.add(candidate.id);
      idOf.set(item.rel, candidate.id);
    } else idOf.set(item.rel, localId(item.rel));
  }

  scan.tree.set(TREE_ROOT_ID, rootNode());
  const busyPaths = new Set(scan.busy.map((b) => b.rel));
  for (const item of walked.items) {
    const id = idOf.get(item.rel) as string;
    const parentRel = item.rel.includes("/") ? item.rel.slice(0, item.rel.lastIndexOf("/")) : "";
    const parentId = idOf.get(parentRel);
    if (parentId === undefined) continue;
    const name = item.rel.slice(item.rel.lastIndexOf("/") + 1);
    let hash: string | null = null;
    let size = 0;
    if (item.kind === "file") {
      const known = hashes.get(item.rel);
      if (known) {
        hash = known.hash;
        size = known.size;
        if (known.bytes) scan.content.set(id, known.bytes);
      } else {
        // Not readable right now: report it unchanged, so nothing is planned for it.
        const previous = busyPaths.has(item.rel) ? syncedByPath.get(item.rel) : undefined;
        if (!previous || previous.id !== id) continue;
        hash = previous.hash;
        size = previous.size;
      }
    }
    const stub = stubs.get(item.rel);
    scan.tree.set(id, {
      id,
      parentId,
      name,
      ...(stub ? { placeholder: true } : {}),
      kind: item.kind,
      hash,
      size,
      mtime: stub ? stub.mtime : item.mtimeMs,
      rev: 0,
    });
    scan.diskPath.set(id, item.diskRel);
    scan.stat.set(id, item);
  }
  return scan;
}

const placeKey = (parentId: string, name: string) => `${parentId}\u0000${name}`;

/** The Synced node of `item`'s name in the folder its own folder was matched to. */
function sameNameIn(
  item: WalkedItem,
  idOf: ReadonlyMap<string, string>,
  gonePlaces: ReadonlyMap<string, SyncedNode>,
): SyncedNode | undefined {
  const slash = item.rel.lastIndexOf("/");
  const parentId = idOf.get(slash < 0 ? "" : item.rel.slice(0, slash));
  if (parentId === undefined) return undefined;
  const node = gonePlaces.get(placeKey(parentId, item.rel.slice(slash + 1)));
  return node?.kind === item.kind ? node : undefined;
}

function rootNode(): LocalNode {
  return {
    id: TREE_ROOT_ID,
    parentId: null,
    name: "",
    kind: "folder",
    hash: null,
    size: 0,
    mtime: 0,
    rev: 0,
  };
}

/** The outlet for a file about to be hashed, given its path and its size. */
export type OutletFor = (path: string, size: number) => ChunkOutlet | undefined;

/** Hash new and changed files (cache hits cost nothing), in parallel on the pool. */
async function hashFiles(
  root: string,
  items: readonly WalkedItem[],
  { index, chunker, outletFor }: { index: IndexStore; chunker: ChunkerPool; outletFor?: OutletFor },
  busy: LocalScan["busy"],
): Promise<Map<string, { hash: string; size: number; bytes?: Buffer }>> {
  const out = new Map<string, { hash: string; size: number; bytes?: Buffer }>();
  let contentKept = 0;
  const fresh: CachedFile[] = [];
  const jobs: Promise<void>[] = [];
  const files = new Map<string, WalkedItem>();
  for (const item of items) if (item.kind === "file") files.set(item.rel, item);
  // Cache hits first, in one pass over the cache (or, for a few files, over their
  // rows only); whatever is left gets hashed.
  const cache =
    files.size <= FEW_FILES
      ? index.cachedStatsBy("path", [...files.keys()])
      : index.cachedStatsBy();
  for (const cached of cache) {
    const item = files.get(cached.path);
    if (
      item &&
      cached.ino === item.ino &&
      cached.size === item.size &&
      cached.mtimeMs === item.mtimeMs &&
      cached.ctimeMs === item.ctimeMs
    ) {
      out.set(item.rel, { hash: cached.hash, size: cached.size });
      files.delete(item.rel);
    }
  }
  for (const moved of movedFiles(files, index)) {
    fresh.push(moved);
    out.set(moved.path, { hash: moved.hash, size: moved.size });
    files.delete(moved.path);
  }
  for (const item of files.values()) {
    // The version hashed before, for a file that is not small: its chunks still in
    // place are only confirmed (chunking/previous-chunks.ts), and not handed out again.
    const previous = item.size > SMALL_FILE_MAX ? index.cachedFile(item.rel)?.chunks : undefined;
    const outlet = outletFor?.(item.rel, item.size);
    const options = { ...(outlet ? { outlet } : {}), ...(previous ? { previous } : {}) };
    jobs.push(
      chunker.chunk(path.join(root, item.diskRel), item.size, options).then(
        (result) => {
          // The walk's stat and the chunker's must agree, or the file moved on meanwhile.
          if (
            result.size !== item.size ||
            result.ino !== item.ino ||
            Math.floor(result.mtimeMs) !== item.mtimeMs
          ) {
            busy.push({
              rel: item.rel,
              code: "file_busy",
              message: "the file changed while it was read",
            });
            return;
          }
          fresh.push({
            path: item.rel,
            ino: item.ino,
            size: result.size,
            mtimeMs: item.mtimeMs,
            ctimeMs: item.ctimeMs,
            hash: result.hash,
            chunks: result.chunks.map((c) => ({ id: c.id, size: c.size })),
          });
          const keep = result.bytes && contentKept + result.size <= CONTENT_KEPT_MAX;
          if (keep) contentKept += result.size;
          out.set(item.rel, {
            hash: result.hash,
            size: result.size,
            ...(keep ? { bytes: result.bytes } : {}),
          });
        },
        (error: unknown) => {
          busy.push({ rel: item.rel, ...localFailure(error) });
        },
      ),
    );
  }
  await Promise.all(jobs);
  // One transaction for the whole scan: a first scan of 100,000 files is one commit.
  index.transaction(() => {
    for (const file of fresh) index.putCachedFile(file);
  });
  return out;
}

/**
 * Files moved or renamed here: cached under another path with the same inode, size
 * and mtime, and the same inode still, not a new file that reused its number: either
 * the same ctime (moving a folder changes none of its files' stats) or, for a file
 * renamed itself (which changes its ctime), a birth time before the cached ctime: a
 * new file on a reused inode is born after the old one's last change, never before,
 * even within one tick of the clock.
 * Their hash stands, and is cached under the new path with today's stat: a renamed
 * file or folder of large files was read and hashed all over again. As for a cache
 * hit, an edit that kept the size and set the mtime back is not seen meanwhile.
 * `files`: the cache misses, by path.
 */
function movedFiles(files: ReadonlyMap<string, WalkedItem>, index: IndexStore): CachedFile[] {
  if (files.size === 0) return [];
  const byIno = new Map<number, WalkedItem>();
  for (const item of files.values()) byIno.set(item.ino, item);
  const out: CachedFile[] = [];
  for (const cached of index.cachedStatsBy("ino", [...byIno.keys()])) {
    const item = byIno.get(cached.ino);
    if (
      !item ||
      cached.path === item.rel ||
      cached.size !== item.size ||
      cached.mtimeMs !== item.mtimeMs ||
      !sameInode(cached, item)
    ) {
      continue;
    }
    const chunks = index.cachedFile(cached.path)?.chunks;
    if (!chunks) continue;
    out.push({ ...cached, path: item.rel, ctimeMs: item.ctimeMs, chunks });
    byIno.delete(cached.ino);
  }
  return out;
}

/** `item` is the very file (inode) the cache row was taken from (see movedFiles). */
function sameInode(cached: { ctimeMs: number }, item: WalkedItem): boolean {
  if (cached.ctimeMs === item.ctimeMs) return true;
  // 0: the file system keeps no birth time. (Where Node falls back to the ctime, it
  // is today's ctime, later than the cached one: no match either.)
  const born = item.birthtimeMs ?? 0;
  return born > 0 && born < cached.ctimeMs;
}

/** Read placeholder stubs and give each the logical path of the file it stands for. */
async function withPlaceholders(
  root: string,
  items: readonly WalkedItem[],
  provider: PlaceholderProvider | undefined,
): Promise<{ items: WalkedItem[]; stubs: Map<string, PlaceholderMeta> }> {
  const stubs = new Map<string, PlaceholderMeta>();
  if (!provider) return { items: [...items], stubs };
  const out: WalkedItem[] = [];
  for (const item of items) {
    const slash = item.rel.lastIndexOf("/");
    const logical = item.kind === "file" ? provider.logicalName(item.rel.slice(slash + 1)) : null;
    const meta = logical === null ? null : await provider.read(path.join(root, item.diskRel));
    if (logical === null || meta === null) {
      out.push(item);
      continue;
    }
    const rel = item.rel.slice(0, slash + 1) + logical;
    stubs.set(rel, meta);
    // The stat stays the stub's own: checks before touching it compare against the stub.
    out.push({ ...item, rel });
  }
  return { items: out, stubs };
}
