// Server names to local paths, safely (invariant 6: nothing is written outside the
// sync root, whatever the server sends). Every name is checked on its own (no `..`,
// no separators, no NUL or control characters, nothing Windows refuses on Windows),
// and the joined path is checked again to be strictly inside the root, so that a
// future mistake in one check is caught by the other.

import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import { isWindowsReservedName, nameProblem } from "../../shared/names.js";
import { normalizeDiskName } from "./unicode.js";

export interface PathOptions {
  /** The OS whose naming rules apply; defaults to `process.platform` (tests inject "win32"). */
  platform?: NodeJS.Platform;
}

/**
 * The absolute local path of the entry named by `segments` (folder names from the root
 * down, as the server sends them). Throws `outside_root` for any name that could
 * leave the root or that this OS cannot hold, and for an empty list (the root itself is
 * not something the server can write).
 */
export function localPathFor(
  root: string,
  segments: readonly string[],
  options: PathOptions = {},
): string {
  const base = absoluteRoot(root);
  if (segments.length === 0) {
    throw new CirrusError("outside_root", "a path inside the sync root needs at least one name");
  }
  const platform = options.platform ?? process.platform;
  for (const segment of segments) {
    const problem = nameProblem(segment);
    if (problem !== null) {
      throw new CirrusError("outside_root", `refusing name ${show(segment)}: ${problem}`, {
        name: segment,
        problem,
      });
    }
    if (platform === "win32" && isWindowsReservedName(segment)) {
      const problem = "name is reserved or invalid on Windows";
      throw new CirrusError("outside_root", `refusing name ${show(segment)}: ${problem}`, {
        name: segment,
        problem,
      });
    }
  }
  const resolved = path.resolve(base, ...segments);
  if (!isStrictlyInside(base, resolved)) {
    throw new CirrusError("outside_root", `${show(resolved)} is not inside the sync root`);
  }
  return resolved;
}

/** Whether `candidate` is below `root` (both absolute and resolved); the root itself is not. */
export function isStrictlyInside(root: string, candidate: string): boolean {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return candidate.length > prefix.length && candidate.startsWith(prefix);
}

/**
 * The root-relative POSIX path (`a/b/c.txt`) of an absolute local path, in NFC: the
 * key the engine compares with the Remote tree and with ignore rules. "" for the root.
 * Do not turn the result back into a path for I/O on an existing entry: keep the path
 * you had (see unicode.ts).
 */
export function toRelPosix(root: string, absPath: string): string {
  const base = absoluteRoot(root);
  if (!path.isAbsolute(absPath)) {
    throw new CirrusError("outside_root", `${show(absPath)} is not an absolute path`);
  }
  const target = path.resolve(absPath);
  if (target === base) return "";
  if (!isStrictlyInside(base, target)) {
    throw new CirrusError("outside_root", `${show(target)} is not inside the sync root`);
  }
  const prefixLength = base.endsWith(path.sep) ? base.length : base.length + 1;
  return target.slice(prefixLength).split(path.sep).map(normalizeDiskName).join("/");
}

/**
 * The absolute path of a root-relative POSIX path, with every check of `localPathFor`
 * ("" is the root itself). Use it to create entries; it yields the NFC spelling.
 */
export function fromRelPosix(root: string, rel: string, options: PathOptions = {}): string {
  if (rel === "") return absoluteRoot(root);
  return localPathFor(root, rel.split("/"), options);
}

function absoluteRoot(root: string): string {
  if (!path.isAbsolute(root)) {
    throw new CirrusError("internal", `the sync root must be an absolute path, got ${show(root)}`);
  }
  return path.resolve(root);
}

/** Quoted and escaped, so a hostile name cannot forge log lines. */
function show(value: string): string {
  return JSON.stringify(value);
}
