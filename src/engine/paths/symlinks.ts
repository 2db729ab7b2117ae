// Symlinks inside the sync root must never carry a server-driven write out of it
// (invariant 6). `localPathFor` checks names; this checks what is on disk.

import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";
import { isStrictlyInside } from "./local-path.js";

/**
 * Resolves when no folder between the sync root and `absPath` is a symbolic link (or,
 * on Windows, a junction, which Node reports as one), so writing, creating or renaming
 * at `absPath` cannot land outside the root. Throws `outside_root` otherwise, and for a
 * path not lexically inside the root.
 *
 * - The root itself is trusted: users may well make their sync folder a symlink.
 * - Folders from the root down are `lstat`ed until the first one that does not exist
 *   (nothing below it exists either, and the write will create real folders).
 * - The entry `absPath` itself may be a symlink: the engine replaces entries by
 *   writing a temp file beside them and renaming it over them, which replaces a link
 *   rather than following it. Never open an existing entry for writing in place.
 * - Check right before the write: a check and a write are two steps, and a local
 *   process could swap a folder for a link in between. Writing through a temp file in
 *   the checked folder keeps that window as small as the OS allows.
 * - `checked`, when given, holds folders already found to be real folders, and gets
 *   the ones found now: a batch of writes into one folder lstats it once. The caller
 *   empties it whenever folders may have been moved or replaced (LocalFs: per round,
 *   and after its own moves and removals).
 */
export async function assertNoSymlinkEscape(
  fs: FileSystem,
  root: string,
  absPath: string,
  checked?: Set<string>,
): Promise<void> {
  if (!path.isAbsolute(root) || !path.isAbsolute(absPath)) {
    throw new CirrusError("outside_root", "the sync root and the target must be absolute paths");
  }
  const base = path.resolve(root);
  const target = path.resolve(absPath);
  if (!isStrictlyInside(base, target)) {
    throw new CirrusError("outside_root", `${JSON.stringify(target)} is not inside the sync root`);
  }
  const prefixLength = base.endsWith(path.sep) ? base.length : base.length + 1;
  const folders = target.slice(prefixLength).split(path.sep).slice(0, -1);

  let current = base;
  for (const name of folders) {
    current = path.join(current, name);
    if (checked?.has(current)) continue;
    let stats;
    try {
      stats = await fs.promises.lstat(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      throw error;
    }
    if (stats.isSymbolicLink()) {
      const rel = path.relative(base, current).split(path.sep).join("/");
      throw new CirrusError(
        "outside_root",
        `${JSON.stringify(rel)} is a symbolic link; the engine does not write through links`,
        { path: rel },
      );
    }
    // A file where a folder should be: nothing can exist below it, so nothing leads out.
    if (!stats.isDirectory()) return;
    checked?.add(current);
  }
}
