// Walks the sync root and reports what is there (stat only, no hashing), skipping
// what the ignore rules skip and never following symlinks.
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { CIRRUSIGNORE_FILE, type IgnoreRules } from "../ignore/index.js";
import { normalizeDiskName } from "../paths/index.js";

export interface WalkedItem {
  /** Path relative to the root, "/"-separated, in NFC (the tree's key). */
  rel: string;
  /** Path relative to the root as spelled on disk (for I/O). */
  diskRel: string;
  kind: "file" | "folder";
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

export interface WalkResult {
  items: WalkedItem[];
  symlinks: string[];
  /** Folders or files that could not be read: "not observed", never "deleted". */
  unreadable: { rel: string; code: string }[];
}

export async function walk(root: string, rules: IgnoreRules): Promise<WalkResult> {
  const result: WalkResult = { items: [], symlinks: [], unreadable: [] };
  const queue: { rel: string; diskRel: string }[] = [{ rel: "", diskRel: "" }];
  while (queue.length > 0) {
    const dir = queue.shift() as { rel: string; diskRel: string };
    const abs = path.join(root, dir.diskRel);
    let names;
    try {
      names = await readdir(abs, { withFileTypes: true });
    } catch (error) {
      result.unreadable.push({
        rel: dir.rel,
        code: (error as NodeJS.ErrnoException).code ?? "EIO",
      });
      continue;
    }
    // Rules in a folder's .cirrusignore apply to its own entries: load them first.
    if (names.some((d) => d.name === CIRRUSIGNORE_FILE && d.isFile())) {
      const text = await readFile(path.join(abs, CIRRUSIGNORE_FILE), "utf8").catch(() => "");
      rules.loadCirrusignore(dir.rel, text);
    } else if (rules.cirrusignoreFolders().includes(dir.rel)) {
      rules.removeCirrusignore(dir.rel);
    }
    for (const dirent of names) {
      const name = normalizeDiskName(dirent.name);
      const rel = dir.rel ? `${dir.rel}/${name}` : name;
      const diskRel = dir.diskRel ? `${dir.diskRel}/${dirent.name}` : dirent.name;
      if (dirent.isSymbolicLink()) {
        if (!rules.shouldSkip(rel, "file")) result.symlinks.push(rel);
        continue;
      }
      if (!dirent.isFile() && !dirent.isDirectory()) continue; // sockets, FIFOs, devices
      const kind = dirent.isDirectory() ? "folder" : "file";
      if (rules.shouldSkip(rel, kind)) continue;
      let stat;
      try {
        stat = await lstat(path.join(root, diskRel));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? "EIO";
        if (code !== "ENOENT") result.unreadable.push({ rel, code });
        continue;
      }
      result.items.push({
        rel,
        diskRel,
        kind,
        ino: stat.ino,
        size: kind === "file" ? stat.size : 0,
        mtimeMs: Math.floor(stat.mtimeMs),
        ctimeMs: stat.ctimeMs,
      });
      if (kind === "folder") queue.push({ rel, diskRel });
    }
  }
  return result;
}
