// What the engine does not sync, and why: built-in ignores, `.cirrusignore` files and
// this device's excluded folders.
//
// Invariant 4 (ARCHITECTURE.md §3): excluding a folder or changing ignore rules never
// deletes data anywhere. This class only answers questions; it touches no disk and no
// server. The engine must treat a skipped path as "not observed" (it keeps the last
// known state of it in the Synced tree and plans nothing for it), never as "deleted":
// otherwise adding `*.log` to a .cirrusignore would delete every log on every device.

import ignore, { type Ignore } from "ignore";
import { CirrusError } from "../../shared/errors.js";
import { builtinIgnorePattern, isEngineName, type EntryKind } from "./builtin.js";
import { rebaseCirrusignore } from "./rebase.js";

export const CIRRUSIGNORE_FILE = ".cirrusignore";

/** Why a path is not synced; the UI shows it. */
export type SkipReason = "builtin" | "cirrusignore" | "excluded";
export type IgnoreReason = Exclude<SkipReason, "excluded">;

/** Compiled `ignore` matchers cache every path they test; start afresh after this many. */
const MATCHER_REUSE_LIMIT = 50_000;
/** Bound on the per-folder cache (entries are small; folders are far fewer than files). */
const FOLDER_CACHE_LIMIT = 200_000;

/**
 * The rules of one folder: every `.cirrusignore` from the root down to that folder,
 * rebased to the root and compiled into one `ignore` matcher. Case-insensitive, like
 * the built-ins, so that a rule means the same on every device of an account (with
 * git's default a rule would ignore `A.LOG` on a Mac and upload it from Linux).
 */
class RuleStack {
  private matcher: Ignore;
  private uses = 0;

  constructor(private readonly rules: readonly string[]) {
    this.matcher = ignore({ ignorecase: true }).add(rules);
  }

  /** `path` is root-relative; folders end with "/". */
  test(path: string): { ignored: boolean; unignored: boolean } {
    if (++this.uses > MATCHER_REUSE_LIMIT) {
      this.matcher = ignore({ ignorecase: true }).add(this.rules);
      this.uses = 0;
    }
    return this.matcher.test(path);
  }
}

interface FolderState {
  /** Why this folder (and so everything inside it) is ignored, or false. */
  readonly skip: IgnoreReason | false;
  /** The rules that apply to entries directly inside this folder. */
  readonly rules: RuleStack | null;
}

/**
 * Answers "is this path synced, and if not, why?".
 *
 * Order of precedence, for each folder from the root down (the first folder that is
 * skipped decides for everything inside it, as git does):
 * 1. Engine names (`.cirrus-*`): always ignored, no rule can re-include them.
 * 2. `.cirrusignore` rules, gitignore syntax, at any depth; a rule applies relative
 *    to the folder of its file, and a deeper file wins over a shallower one.
 * 3. Built-in ignores (see builtin.ts). They rank below every `.cirrusignore`, the way
 *    git's global excludes rank below a repository's .gitignore: a user's `!keep.tmp`
 *    re-includes a file that a built-in rule would ignore.
 * 4. Excluded folders of this device: checked last, so a path that is both ignored
 *    and excluded reports the ignore (which holds on every device).
 *
 * Paths are POSIX, relative to the sync root (`a/b/c.txt`), and compared in NFC.
 */
export class IgnoreRules {
  /** `.cirrusignore` rules by folder ("" = root), already rebased to the root. */
  private readonly layers = new Map<string, readonly string[]>();
  private readonly stacks = new Map<string, RuleStack>();
  private readonly folders = new Map<string, FolderState>();
  private excludedFolders = new Set<string>();
  private lastFolder = "";
  private lastState: FolderState | null = null;

  /** Installs or replaces the rules of `<relDir>/.cirrusignore` ("" = the root's). */
  loadCirrusignore(relDir: string, text: string): void {
    const dir = toKey(relDir, true);
    const rules = rebaseCirrusignore(dir, text);
    if (rules.length === 0) this.layers.delete(dir);
    else this.layers.set(dir, rules);
    this.forgetFolders(true);
  }

  /** Forgets the rules of `<relDir>/.cirrusignore` (the file was deleted). */
  removeCirrusignore(relDir: string): void {
    const dir = toKey(relDir, true);
    if (!this.layers.delete(dir)) return;
    this.forgetFolders(true);
  }

  /** Folders that currently contribute `.cirrusignore` rules. */
  cirrusignoreFolders(): string[] {
    return [...this.layers.keys()];
  }

  /** Every rule in force (`.cirrusignore` layers and exclusions), as one string. */
  signature(): string {
    const layers = [...this.layers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([layers, [...this.excludedFolders].sort()]);
  }

  /** Replaces this device's excluded folders (paths relative to the root). */
  setExcluded(paths: Iterable<string>): void {
    const next = new Set<string>();
    for (const p of paths) {
      const key = toKey(p.endsWith("/") ? p.slice(0, -1) : p, false);
      next.add(key);
    }
    this.excludedFolders = next;
  }

  excluded(): string[] {
    return [...this.excludedFolders];
  }

  /** Whether `relPath` is in (or is) an excluded folder of this device. */
  isExcluded(relPath: string): boolean {
    return this.excludedKey(toKey(relPath, true));
  }

  /** Why built-in or `.cirrusignore` rules ignore `relPath`, or false. */
  ignoreReason(relPath: string, kind: EntryKind): IgnoreReason | false {
    return this.ignoreReasonKey(toKey(relPath, true), kind);
  }

  isIgnored(relPath: string, kind: EntryKind): boolean {
    return this.ignoreReasonKey(toKey(relPath, true), kind) !== false;
  }

  /** Whether the engine skips `relPath`, and why; false when it syncs. */
  shouldSkip(relPath: string, kind: EntryKind): SkipReason | false {
    const path = toKey(relPath, true);
    const reason = this.ignoreReasonKey(path, kind);
    if (reason !== false) return reason;
    return this.excludedKey(path) ? "excluded" : false;
  }

  private forgetFolders(rulesChanged: boolean): void {
    if (rulesChanged) this.stacks.clear();
    this.folders.clear();
    this.lastState = null;
  }

  private excludedKey(path: string): boolean {
    if (this.excludedFolders.size === 0 || path === "") return false;
    for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) {
      if (this.excludedFolders.has(path.slice(0, i))) return true;
    }
    return this.excludedFolders.has(path);
  }

  private ignoreReasonKey(path: string, kind: EntryKind): IgnoreReason | false {
    if (path === "") return false; // the root itself is never ignored
    const slash = path.lastIndexOf("/");
    const parent = this.folder(slash === -1 ? "" : path.slice(0, slash));
    if (parent.skip !== false) return parent.skip;
    return ownReason(path, path.slice(slash + 1), kind, parent.rules);
  }

  private folder(dir: string): FolderState {
    // Scans and event bursts ask about siblings in a row: skip the map for those.
    if (dir === this.lastFolder && this.lastState !== null) return this.lastState;
    const state = this.folderState(dir);
    this.lastFolder = dir;
    this.lastState = state;
    return state;
  }

  private folderState(dir: string): FolderState {
    const cached = this.folders.get(dir);
    if (cached !== undefined) return cached;

    let state: FolderState;
    if (dir === "") {
      state = { skip: false, rules: this.stack("") };
    } else {
      const slash = dir.lastIndexOf("/");
      const parent = this.folderState(slash === -1 ? "" : dir.slice(0, slash));
      const skip =
        parent.skip !== false
          ? parent.skip
          : ownReason(dir, dir.slice(slash + 1), "folder", parent.rules);
      state = { skip, rules: skip !== false ? null : (this.stack(dir) ?? parent.rules) };
    }
    if (this.folders.size >= FOLDER_CACHE_LIMIT) this.forgetFolders(false);
    this.folders.set(dir, state);
    return state;
  }

  /** The compiled rules of every `.cirrusignore` from the root to `dir`, when `dir` has one. */
  private stack(dir: string): RuleStack | null {
    if (!this.layers.has(dir)) return null;
    let stack = this.stacks.get(dir);
    if (stack === undefined) {
      const rules: string[] = [];
      for (const ancestor of ancestorsAndSelf(dir)) {
        const layer = this.layers.get(ancestor);
        if (layer !== undefined) rules.push(...layer);
      }
      stack = new RuleStack(rules);
      this.stacks.set(dir, stack);
    }
    return stack;
  }
}

/** The decision for one path whose parent folder is not skipped. */
function ownReason(
  path: string,
  name: string,
  kind: EntryKind,
  rules: RuleStack | null,
): IgnoreReason | false {
  if (isEngineName(name)) return "builtin";
  if (rules !== null) {
    const result = rules.test(kind === "folder" ? `${path}/` : path);
    if (result.ignored) return "cirrusignore";
    if (result.unignored) return false; // a user's `!rule` beats the built-ins
  }
  return builtinIgnorePattern(name, kind) !== null ? "builtin" : false;
}

/** "", "a", "a/b", … up to `dir`. */
function ancestorsAndSelf(dir: string): string[] {
  const out = [""];
  if (dir === "") return out;
  for (let i = dir.indexOf("/"); i !== -1; i = dir.indexOf("/", i + 1)) {
    out.push(dir.slice(0, i));
  }
  out.push(dir);
  return out;
}

/** An empty segment, `.` or `..` anywhere, or a leading or trailing slash. */
const BAD_SEGMENT = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;
// eslint-disable-next-line no-control-regex -- the ASCII range is the point
const ASCII = /^[\x00-\x7f]*$/;

/** Validates a root-relative POSIX path and returns its NFC form. */
function toKey(relPath: string, allowRoot: boolean): string {
  if (relPath === "" && allowRoot) return "";
  if (typeof relPath !== "string" || BAD_SEGMENT.test(relPath)) {
    throw new CirrusError(
      "bad_request",
      `expected a POSIX path relative to the sync root, got ${JSON.stringify(relPath)}`,
    );
  }
  return ASCII.test(relPath) ? relPath : relPath.normalize("NFC");
}
