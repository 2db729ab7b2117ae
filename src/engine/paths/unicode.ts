// Names as read from disk versus names as compared (invariant 9: Unicode NFC/NFD forms
// and case-only differences never duplicate or delete files).
//
// The approach:
// - Compare in NFC. Names travel on the wire in NFC; every key the engine compares
//   (Local vs Remote vs Synced trees, ignore rules) is the NFC form of the name.
// - Do I/O with the on-disk spelling. macOS (HFS+ always, APFS for many apps) may hand
//   back NFD names, and Linux file systems store whatever bytes an app chose. The
//   scanner keeps the exact `readdir` name beside its NFC key and uses that spelling for
//   every read, rename and delete of an existing entry. Using the NFC key instead
//   would miss an NFD file on ext4 (two distinct names there), and the engine would
//   take it for deleted and create a duplicate. New entries are created in NFC.
// - Two entries of one folder with the same key (an NFC and an NFD twin on Linux, or
//   `Readme` and `README` synced to a case-insensitive disk) are a collision: report
//   them (caseFoldCollisions) and never sync one as if it were the other.

import { randomBytes } from "node:crypto";
import path from "node:path";
import { foldName } from "../../shared/names.js";
import type { FileSystem } from "../env/file-system.js";

/** The NFC key of a name read from disk (see above: keep the original for I/O). */
export function normalizeDiskName(name: string): string {
  return name.normalize("NFC");
}

/**
 * Groups of distinct names that would be one entry on a case-insensitive or
 * normalization-insensitive file system (macOS, Windows). Each group has two or more
 * names, in input order; names that collide with nothing are left out.
 */
export function caseFoldCollisions(names: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue; // the same name twice is a duplicate, not a collision
    seen.add(name);
    const key = foldName(name);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [name]);
    else group.push(name);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Whether `dir` lives on a case-insensitive file system: creates a probe file with a
 * lower-case name, looks it up by its upper-case name, and removes it. The probe is
 * named `.cirrus-…`, so the engine's ignore rules never sync it if a scan sees it.
 */
export async function isCaseInsensitiveFs(fs: FileSystem, dir: string): Promise<boolean> {
  const token = randomBytes(8).toString("hex");
  const lower = path.join(dir, `.cirrus-case-probe-${token}`);
  const upper = path.join(dir, `.CIRRUS-CASE-PROBE-${token.toUpperCase()}`);
  const handle = await fs.promises.open(lower, "wx");
  await handle.close();
  try {
    const [a, b] = await Promise.all([fs.promises.stat(lower), fs.promises.stat(upper)]);
    return a.ino === b.ino && a.dev === b.dev;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  } finally {
    await fs.promises.rm(lower, { force: true });
  }
}
