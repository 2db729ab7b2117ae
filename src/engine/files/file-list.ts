// The files view: a folder's entries with their sync state, from the disk (stubs
// shown under their file's name), the index, and the server listing (for excluded
// folders, which are on the server but not here).
import path from "node:path";
import type { FileEntry, FileState } from "../../shared/status.js";
import type { FileSystem } from "../env/file-system.js";
import type { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import type { PlaceholderProvider } from "../placeholders/index.js";
import { pathsOf } from "../scan/local-tree.js";

export interface FileListDeps {
  fs: FileSystem;
  root: string;
  index: IndexStore;
  provider: PlaceholderProvider;
  rules: IgnoreRules;
  /** Paths with a sync error from the last round. */
  errors: ReadonlySet<string>;
}

export async function listFiles(deps: FileListDeps, relDir: string): Promise<FileEntry[]> {
  const { fs, root, index, provider, rules } = deps;
  const synced = index.syncedNodes();
  const syncedPaths = pathsOf(synced);
  const syncedByPath = new Map(synced.map((n) => [syncedPaths.get(n.id) ?? "", n]));
  const conflicted = new Set(index.conflicts().flatMap((c) => [c.path, c.conflictPath]));
  rules.setExcluded(index.excluded());
  const join = (name: string) => (relDir ? `${relDir}/${name}` : name);
  const entries = new Map<string, FileEntry>();

  const state = (
    rel: string,
    kind: "file" | "folder",
    placeholder: boolean,
    hash?: string,
  ): FileState => {
    if (deps.errors.has(rel)) return "error";
    if (conflicted.has(rel)) return "conflicted";
    if (rules.isExcluded(rel)) return "excluded";
    if (placeholder) return "placeholder";
    const node = syncedByPath.get(rel);
    if (kind === "file" && (!node || (hash !== undefined && node.hash !== hash))) return "syncing";
    return index.isPinned(rel) ? "pinned" : "hydrated";
  };

  const dirents = await fs.promises
    .readdir(path.join(root, relDir), { withFileTypes: true })
    .catch(() => []);
  for (const dirent of dirents) {
    const diskName = dirent.name.normalize("NFC");
    if (!dirent.isFile() && !dirent.isDirectory()) continue;
    const kind = dirent.isDirectory() ? "folder" : "file";
    const abs = path.join(root, relDir, dirent.name);
    const logical = kind === "file" ? provider.logicalName(diskName) : null;
    const meta = logical === null ? null : await provider.read(abs);
    const name = meta && logical !== null ? logical : diskName;
    const rel = join(name);
    if (!meta && rules.isIgnored(rel, kind)) continue;
    const info = await fs.promises.stat(abs).catch(() => null);
    if (!info) continue;
    const cached = kind === "file" && !meta ? index.cachedFile(rel) : null;
    const fresh =
      cached && cached.size === info.size && cached.mtimeMs === Math.floor(info.mtimeMs);
    entries.set(name, {
      name,
      path: rel,
      kind,
      size: meta ? meta.size : kind === "file" ? info.size : 0,
      mtime: meta ? meta.mtime : Math.floor(info.mtimeMs),
      state: state(rel, kind, meta !== null, fresh ? cached.hash : meta ? undefined : ""),
    });
  }
  // What the server has here but this device does not show (excluded folders).
  const remote = [...index.remoteTree().values()];
  const remotePaths = pathsOf(remote);
  for (const node of remote) {
    const rel = remotePaths.get(node.id);
    if (rel === undefined || rel !== join(node.name) || entries.has(node.name)) continue;
    if (!rules.isExcluded(rel)) continue;
    entries.set(node.name, {
      name: node.name,
      path: rel,
      kind: node.kind,
      size: node.size,
      mtime: node.mtime,
      state: "excluded",
    });
  }
  return [...entries.values()].sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "folder" ? -1 : 1,
  );
}
