// Built-in ignores: temporary, lock and metadata files that apps and operating systems
// drop next to user files. Syncing them is at best noise and at worst harmful: a lock
// file copied to another device makes that device think the document is open, a swap
// file races with its editor, a half-downloaded file is uploaded half-written.
//
// Patterns are written in gitignore style (so the UI can show them) and compiled to
// plain string checks, because they run on every name the scanner sees.
// Matching is by entry name only (never by path), case-insensitive (Windows and macOS
// users see `THUMBS.DB` as often as `Thumbs.db`), and the same on every OS, so every
// device of an account agrees on what is synced.

export type EntryKind = "file" | "folder";

export interface BuiltinIgnoreGroup {
  /** Who makes these names, and why they must not sync. */
  readonly why: string;
  /** "files": the apps make only files, so a user folder of that name still syncs. */
  readonly applies: "files" | "any";
  /** gitignore-style name patterns; only `*` and `?` are used. */
  readonly patterns: readonly string[];
}

/**
 * Names the engine itself writes next to user files: the sync-root marker
 * `.cirrus-root`, temp downloads `.cirrus-tmp-*` (invariant 5: a download is never
 * visible half-written, so it must never be uploaded either), probes such as
 * `.cirrus-case-probe-*`. Unlike the groups below, a `.cirrusignore` rule cannot
 * re-include them. (`.cirrusignore` itself does sync, so rules travel with the
 * folder; `*.cirrus` placeholder stubs are the engine's business, not this module's.)
 */
export const ENGINE_NAME_PREFIX = ".cirrus-";

export function isEngineName(name: string): boolean {
  return name.charCodeAt(0) === 0x2e && name.slice(0, 8).toLowerCase() === ENGINE_NAME_PREFIX;
}

export const BUILTIN_IGNORE_GROUPS: readonly BuiltinIgnoreGroup[] = [
  {
    // Finder writes .DS_Store (icon positions, view options) in every folder it opens;
    // macOS writes ._name "AppleDouble" files to hold resource forks and extended
    // attributes on file systems that lack them. Both are per-machine and rewritten
    // constantly, so syncing them would make endless, pointless conflicts.
    why: "macOS Finder metadata and AppleDouble resource-fork files",
    applies: "files",
    patterns: [".DS_Store", "._*"],
  },
  {
    // Per-volume folders of macOS: the Spotlight index, the volume's trash, the
    // FSEvents journal, temp items and the version store. They are large, private to
    // one machine, and a synced trash would bring deleted files back elsewhere.
    why: "macOS per-volume system folders (Spotlight, Trash, FSEvents, versions)",
    applies: "any",
    patterns: [
      ".Spotlight-V100",
      ".Trashes",
      ".fseventsd",
      ".TemporaryItems",
      ".DocumentRevisions-V100",
    ],
  },
  {
    // Explorer's thumbnail caches and per-folder view settings: regenerated per machine
    // and often locked by Explorer, so uploading them fails or fights with Explorer.
    why: "Windows Explorer thumbnail caches and folder settings",
    applies: "files",
    patterns: ["Thumbs.db", "ehthumbs.db", "desktop.ini"],
  },
  {
    // Per-volume folders of Windows: the recycle bin (per-user SID folders, ACL-locked)
    // and restore points. A synced recycle bin would resurrect deleted files elsewhere.
    why: "Windows per-volume system folders (Recycle Bin, restore points)",
    applies: "any",
    patterns: ["$RECYCLE.BIN", "System Volume Information"],
  },
  {
    // Microsoft Office writes ~$name owner files while a document is open (they hold
    // the editor's user name); Office for Mac saves through .sb-* sandbox temp entries.
    // A synced owner file makes other devices think the document is open elsewhere.
    why: "Microsoft Office lock (owner) files and Office for Mac save temps",
    applies: "any",
    patterns: ["~$*", ".sb-*"],
  },
  {
    // LibreOffice and OpenOffice lock files, present while a document is open.
    why: "LibreOffice lock files",
    applies: "files",
    patterns: [".~lock.*#"],
  },
  {
    // Vim swap files: rewritten every few seconds while a file is being edited and
    // used for crash recovery on this machine only.
    why: "Vim swap files",
    applies: "files",
    patterns: ["*.swp", "*.swo", "*.swx", ".*.sw?"],
  },
  {
    // Emacs and gedit backups (name~), Emacs lock symlinks (.#name) and auto-save
    // files (#name#): editor scratch state, recreated on every save.
    why: "Emacs and gedit backup, lock and auto-save files",
    applies: "files",
    patterns: ["*~", ".#*", "#*#"],
  },
  {
    // Files still being written by another program: generic temp files, partial
    // downloads of Firefox, wget and torrent clients (.part), Chrome (.crdownload).
    // Uploading them would upload something half-written (invariant 5).
    why: "Temporary files and partial downloads",
    applies: "files",
    patterns: ["*.tmp", "*.part", "*.crdownload"],
  },
  {
    // GIO (GNOME apps, gedit, Nautilus) saves atomically through a .goutputstream-*
    // temp file that is renamed over the target: it only ever exists half-written.
    why: "GNOME atomic-save temp files",
    applies: "files",
    patterns: [".goutputstream-*"],
  },
  {
    // NFS "silly rename": an NFS client renames a file that is deleted while still open
    // to .nfsXXXX and removes it when the last handle closes. It is a deleted file.
    why: "NFS silly-rename files of deleted but still open files",
    applies: "files",
    patterns: [".nfs*"],
  },
];

/** One compiled name check; `pattern` is kept for tests and for the UI. */
interface CompiledName {
  readonly pattern: string;
  readonly filesOnly: boolean;
  readonly test: (lowerName: string) => boolean;
}

function compileName(pattern: string, filesOnly: boolean): CompiledName {
  const p = pattern.toLowerCase();
  const stars = p.split("*").length - 1;
  const plain = !p.includes("?");
  let test: (n: string) => boolean;
  if (plain && stars === 0) {
    test = (n) => n === p;
  } else if (plain && stars === 1 && p.endsWith("*")) {
    const prefix = p.slice(0, -1);
    test = (n) => n.startsWith(prefix);
  } else if (plain && stars === 1 && p.startsWith("*")) {
    const suffix = p.slice(1);
    test = (n) => n.endsWith(suffix);
  } else {
    const source = p
      .split("")
      .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/, "\\$&")))
      .join("");
    const re = new RegExp(`^${source}$`, "s");
    test = (n) => re.test(n);
  }
  return { pattern, filesOnly, test };
}

const EXACT_ANY = new Set<string>();
const EXACT_FILES = new Set<string>();
const WILDCARDS: CompiledName[] = [];

for (const group of BUILTIN_IGNORE_GROUPS) {
  const filesOnly = group.applies === "files";
  for (const pattern of group.patterns) {
    if (/[*?]/.test(pattern)) WILDCARDS.push(compileName(pattern, filesOnly));
    else (filesOnly ? EXACT_FILES : EXACT_ANY).add(pattern.toLowerCase());
  }
}

/** The built-in pattern that matches this entry name, or null. Engine names excluded. */
export function builtinIgnorePattern(name: string, kind: EntryKind): string | null {
  const lower = name.toLowerCase();
  if (EXACT_ANY.has(lower)) return name;
  const isFile = kind === "file";
  if (isFile && EXACT_FILES.has(lower)) return name;
  for (const rule of WILDCARDS) {
    if ((isFile || !rule.filesOnly) && rule.test(lower)) return rule.pattern;
  }
  return null;
}

/** Whether a built-in rule (engine names included) ignores this entry name. */
export function isBuiltinIgnored(name: string, kind: EntryKind): boolean {
  return isEngineName(name) || builtinIgnorePattern(name, kind) !== null;
}
