// A folder gone from where the Synced tree has it, and found in none of the folders a
// round over slices lists, was deleted, or moved where no watcher hint reached. Only
// its inode tells them apart: if no folder on disk has it, it was deleted (or moved
// out of the tree, or into an ignored folder, which a walk of everything would not
// see either). Finding that out lists every folder but stats none of the files: the
// walk of everything it replaces stat'ed them all (~2 s at 100,000 files), for every
// folder deleted here.
import type { FileSystem } from "../env/file-system.js";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import { walk } from "../scan/walk.js";

/**
 * Whether no folder under `root` (ignored ones skipped, symlinks not followed) is one
 * of the Synced folders `ids`: false when one is, when one has no inode on record, or
 * when a folder could not be read or the ignore rules changed on the way (a walk of
 * everything then judges).
 */
export async function goneFromTree(
  fs: FileSystem,
  root: string,
  rules: IgnoreRules,
  index: IndexStore,
  ids: readonly string[],
): Promise<boolean> {
  const inos = new Set<number>();
  for (const id of ids) {
    const ino = index.syncedNode(id)?.ino;
    if (ino === null || ino === undefined) return false;
    inos.add(ino);
  }
  const signature = rules.signature();
  const folders = await walk(fs, root, rules, undefined, true, true);
  if (folders.unreadable.length > 0 || rules.signature() !== signature) return false;
  return !folders.items.some((item) => inos.has(item.ino));
}
