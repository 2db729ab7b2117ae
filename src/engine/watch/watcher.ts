// Turns file-system activity under the sync root into one "something changed" hint
// after the burst settles. The watcher is only a hint: the scan confirms what changed,
// so events can be coalesced freely (atomic saves, delete-then-recreate, swap files).
//
// How it watches (numbers: 100,000 files in 1,000 folders, Linux, Node 20):
// - Folders only. The watch of a folder (chokidar's fs.watch: inotify on Linux, FSEvents
//   on macOS, ReadDirectoryChangesW on Windows) reports every create, write, delete and
//   rename of the folder's entries, by name; chokidar passes these on as `raw` events.
//   Files need no watch of their own. Chokidar watching every file held ~500 MB and
//   took 5-8 s to start (and on macOS it costs a kqueue descriptor per file).
// - One chokidar instance per folder, pointed at a child that does not exist
//   (`<folder>/.cirrus-watch-<random>`): chokidar then watches the folder for that child
//   to appear, without first listing and lstat-ing the folder's entries as
//   `watch(folder)` does. That listing (an lstat per file, ~2 s of CPU here) was most of
//   the start-up, and one recursive instance runs it for all folders at once, leaving
//   ~130 MB of garbage that an idle process never collects. Now: ~0.3 s, +17 MB.
//   This leans on chokidar 5's handling of missing paths (see `watchFolder`): should an
//   update list the folder after all, start-up gets slower but nothing is missed; should
//   it stop watching the folder, the tests here fail.
// - Subfolders are therefore tracked here: each created, deleted or renamed name is
//   lstat-ed; a new folder is watched (and then listed, so nothing created meanwhile is
//   missed), a vanished or replaced one is dropped with its subtree and, if it is
//   still there, watched anew.
import { watch, type FSWatcher } from "chokidar";
import { randomBytes } from "node:crypto";
import type { Dirent, Stats } from "node:fs";
import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { ENGINE_NAME_PREFIX, isEngineName } from "../ignore/index.js";
import { LiveWatches } from "./live-watches.js";

export interface WatcherOptions {
  root: string;
  /** Quiet time after the last event before the hint fires. */
  settleMs?: number;
  /**
   * The hint. `changedPaths`: the folders in which an entry was created, changed,
   * deleted or renamed, relative to the root, "/"-separated, as spelled on disk ("" is
   * the root). A folder that appeared is listed itself, and everything in it is new.
   * Undefined when anything may have changed (the watcher restarted): scan everything.
   */
  onChange: (changedPaths?: string[]) => void;
  onError: (error: Error) => void;
  /** Restarts after failures, at most this many in a row. */
  maxRestarts?: number;
  /** Past them, how often the whole folder is to be rescanned instead (default 60 s). */
  rescanMs?: number;
}

/** Folders whose watches are being started at once while walking a tree. */
const OPEN_CONCURRENCY = 16;
/** Created, deleted or renamed names lstat-ed at once to find folders among them. */
const CHECK_BATCH = 64;
/** While the root is missing, how often to look for it again. */
const ROOT_POLL_MS = 2_000;

/**
 * Editor scratch files that chokidar's `atomic` option used to drop (vim swap files,
 * `name~` backups, Sublime Text temp files): vim rewrites its swap file every few
 * seconds while a file is edited, and each rewrite would wake the engine for a scan.
 * Saving the real file still hints. Same expression as chokidar's, applied to names.
 */
const EDITOR_SCRATCH = /\..*\.(sw[px])$|~$|\.subl.*\.tmp/;

/** chokidar's `ignored`: a folder's watch never needs anything but folders. */
const foldersOnly = (_path: string, stats?: Stats): boolean =>
  stats !== undefined && !stats.isDirectory();

interface WatchedFolder {
  watcher: FSWatcher;
  /** Inode at the time the watch started: a different one means the folder was replaced. */
  ino: number;
}

export class FolderWatcher {
  /** Watched folders by absolute path. */
  private readonly folders = new Map<string, WatchedFolder>();
  /** The missing child each folder's chokidar instance is pointed at (see the top). */
  private readonly sentinel = `${ENGINE_NAME_PREFIX}watch-${randomBytes(6).toString("hex")}`;
  /** The root as watched: `options.root` resolved, through a link if it is one. */
  private top = "";
  /** Bumped by every stop: async work of an older generation gives up. */
  private generation = 0;
  private starting: Promise<void> = Promise.resolve();
  /** Folders whose watch is starting (live-watches.ts). */
  private readonly live = new LiveWatches();
  /**
   * Created, deleted or renamed entries still to be checked for being folders, each
   * with the watch that reported itself deleted or moved away, if one did.
   */
  private readonly toCheck = new Map<string, FSWatcher | null>();
  private checking = false;
  /** Set while the root is missing: the next look for it. */
  private rootPoll: NodeJS.Timeout | null = null;
  /** Hints "everything" on a timer once watching has failed too often (rescanInstead). */
  private rescans: NodeJS.Timeout | null = null;
  /** Folders with changes since the last hint. */
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private restarts = 0;
  private restarting = false;
  private closed = false;
  private suspended = false;

  constructor(private readonly options: WatcherOptions) {
    this.open();
  }

  /**
   * Resolves once every folder that existed when the watcher (re)started is watched:
   * from then on any change anywhere under the root produces a hint. Never rejects.
   */
  ready(): Promise<void> {
    return this.starting;
  }

  /**
   * Stop watching for a while (the engine about to write many files: every change in a
   * watched folder makes chokidar list and stat that whole folder again, which cost
   * more than the writes). No hints until resume(); whoever suspends must rescan
   * after resume() has resolved, which covers whatever changed meanwhile.
   */
  async suspend(): Promise<void> {
    if (this.closed || this.suspended) return;
    this.suspended = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
    await this.stop();
  }

  /** Watch again after suspend(); resolves once every folder is watched. */
  async resume(): Promise<void> {
    if (this.closed || !this.suspended) return;
    this.suspended = false;
    this.open();
    await this.starting;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.rescans) clearInterval(this.rescans);
    await this.stop();
  }

  private open(): void {
    const generation = ++this.generation;
    this.starting = this.start(generation);
  }

  private async start(generation: number): Promise<void> {
    const given = path.resolve(this.options.root);
    // A linked root is watched where it points: the scan reads through the link too.
    const top = await realpath(given).catch(() => given);
    if (generation !== this.generation) return;
    this.top = top;
    await this.addTree(top, generation);
    if (!this.folders.has(top)) this.waitForRoot(generation);
  }

  /**
   * The root is missing (an unmounted drive, a folder being restored): look for it
   * every few seconds, and once it is back watch it and hint.
   */
  private waitForRoot(generation: number): void {
    if (this.rootPoll || generation !== this.generation) return;
    this.rootPoll = setTimeout(() => {
      this.rootPoll = null;
      void (async () => {
        const stats = await lstat(this.top).catch(() => null);
        if (generation !== this.generation) return;
        if (!stats?.isDirectory()) {
          this.waitForRoot(generation);
          return;
        }
        await this.addTree(this.top, generation);
        if (generation !== this.generation) return;
        if (this.folders.has(this.top)) this.hint(this.top);
        else this.waitForRoot(generation);
      })();
    }, ROOT_POLL_MS);
  }

  private async stop(): Promise<void> {
    this.generation++;
    if (this.rootPoll) clearTimeout(this.rootPoll);
    this.rootPoll = null;
    this.live.clear();
    this.toCheck.clear();
    const closing = [...this.folders.values()].map(({ watcher }) => watcher.close());
    this.folders.clear();
    await Promise.all(closing);
  }

  /** Watches `top` and every folder below it, a few folders at a time. */
  private addTree(top: string, generation: number): Promise<void> {
    const queue = [top];
    let active = 0;
    return new Promise((resolve) => {
      const pump = (): void => {
        while (active < OPEN_CONCURRENCY && queue.length > 0 && generation === this.generation) {
          const folder = queue.pop() as string;
          active++;
          void this.addFolder(folder, generation).then((subfolders) => {
            for (const subfolder of subfolders) queue.push(subfolder);
            active--;
            pump();
          });
        }
        if (active === 0 && (queue.length === 0 || generation !== this.generation)) resolve();
      };
      pump();
    });
  }

  /**
   * Watches one folder, then lists it and returns its subfolders. Listing only once
   * the watch runs means a subfolder created meanwhile is either listed or reported.
   */
  private async addFolder(folder: string, generation: number): Promise<string[]> {
    if (this.folders.has(folder)) return [];
    let stats: Stats;
    try {
      stats = await lstat(folder);
    } catch {
      return [];
    }
    if (generation !== this.generation || this.folders.has(folder) || !stats.isDirectory()) {
      return [];
    }
    const watcher = this.watchFolder(folder);
    this.folders.set(folder, { watcher, ino: stats.ino });
    const live = await this.live.whenLive(watcher, folder);
    if (generation !== this.generation || this.folders.get(folder)?.watcher !== watcher) return [];
    if (!live) {
      // Only if the folder vanished meanwhile (chokidar then watches an ancestor for
      // the missing child, which the folder's parent reports anyway) is this expected.
      this.removeTree(folder);
      const still = await lstat(folder).catch(() => null);
      if (still?.isDirectory() && generation === this.generation) {
        this.fail(new Error(`could not start watching ${folder}`));
      }
      return [];
    }
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return []; // vanished, or unreadable: the scan reports it
    }
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory() && !isEngineName(entry.name)) {
        subfolders.push(path.join(folder, entry.name));
      }
    }
    return subfolders;
  }

  /**
   * Chokidar 5, given a path that does not exist, lstat-s it, fails, and then watches
   * the parent folder for it with `fs.watch`, skipping the listing it does for a
   * folder it is asked to watch (FSWatcher.add -> NodeFsHandler._addToNodeFs -> _handleDir
   * with a target). Every event of that fs.watch comes out as `raw`.
   */
  private watchFolder(folder: string): FSWatcher {
    const watcher = watch(path.join(folder, this.sentinel), {
      ignoreInitial: true,
      followSymlinks: false,
      ignored: foldersOnly,
      // `atomic` would also make chokidar ignore folders named like editor scratch
      // files (`notes~`), so it would never watch them; its unlink delay is moot here.
      atomic: false,
      // An unreadable folder cannot be watched; the scan reports it as unreadable.
      // Without this, one such folder restarted the whole watcher until it gave up.
      ignorePermissionErrors: true,
    });
    watcher.on("raw", (event, name, details) => {
      // Only the folder's own watch: had the folder vanished before its watch started,
      // chokidar would be watching an ancestor for the missing child instead.
      const watched = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
      if (typeof watched !== "string" || path.resolve(watched) !== folder) return;
      this.onRaw(watcher, folder, event, name);
    });
    watcher.on("error", (error: unknown) => {
      this.fail(error);
    });
    return watcher;
  }

  private onRaw(
    watcher: FSWatcher,
    folder: string,
    event: string,
    name: string | null | undefined,
  ): void {
    if (this.closed || this.restarting) return;
    this.restarts = 0;
    if (this.rescans) clearInterval(this.rescans);
    this.rescans = null;
    const base = name ? path.basename(name) : null;
    // The engine's own temp files and marker must not wake the engine.
    if (base !== null && isEngineName(base)) return;
    if (base === null) {
      // No name (possible on some platforms): any of the folder's entries may be new.
      void this.recheckFolder(folder);
    } else if (event === "rename") {
      // Created, deleted or renamed: it may be a folder to start or stop watching.
      this.check(path.join(folder, base));
      // A folder's watch reports the folder's own deletion or move under the folder's
      // name. Its inode number may already be reused by a folder made in its place, so
      // such a report alone makes the folder be watched anew (if it is still there).
      if (base === path.basename(folder)) this.check(folder, watcher);
    }
    if (base === null || !EDITOR_SCRATCH.test(base)) this.hint(folder);
  }

  private check(entry: string, gone: FSWatcher | null = null): void {
    this.toCheck.set(entry, gone ?? this.toCheck.get(entry) ?? null);
    if (!this.checking) void this.runChecks(this.generation);
  }

  private async runChecks(generation: number): Promise<void> {
    this.checking = true;
    try {
      while (this.toCheck.size > 0 && generation === this.generation) {
        const batch: [string, FSWatcher | null][] = [];
        for (const item of this.toCheck) {
          batch.push(item);
          this.toCheck.delete(item[0]);
          if (batch.length === CHECK_BATCH) break;
        }
        const stats = await Promise.all(batch.map(([entry]) => lstat(entry).catch(() => null)));
        for (let i = 0; i < batch.length && generation === this.generation; i++) {
          const [entry, gone] = batch[i] as [string, FSWatcher | null];
          await this.reconcile(entry, stats[i] ?? null, gone, generation);
        }
      }
    } finally {
      this.checking = false;
      if (this.toCheck.size > 0 && !this.closed) void this.runChecks(this.generation);
    }
  }

  /** Starts or stops watching `entry` (and what is below it) to match what it is now. */
  private async reconcile(
    entry: string,
    stats: Stats | null,
    gone: FSWatcher | null,
    generation: number,
  ): Promise<void> {
    const known = this.folders.get(entry);
    const isFolder = stats !== null && stats.isDirectory() && !isEngineName(path.basename(entry));
    if (known !== undefined && (!isFolder || known.ino !== stats.ino || known.watcher === gone)) {
      this.removeTree(entry);
    }
    if (entry === this.top) {
      // The root itself went away or was replaced: watch it again (once it is back).
      if (this.folders.has(entry)) return;
      if (isFolder) {
        await this.addTree(entry, generation);
        if (generation === this.generation) this.hint(entry);
      }
      if (!this.folders.has(entry)) this.waitForRoot(generation);
      return;
    }
    if (isFolder && !this.folders.has(entry) && this.folders.has(path.dirname(entry))) {
      await this.addTree(entry, generation);
      // Hint again now that it is watched: the scan then also sees whatever was
      // written into the new folders before their watches started.
      if (generation === this.generation) this.hint(entry);
    }
  }

  /** Checks every subfolder of `folder`, listed or known (for events without a name). */
  private async recheckFolder(folder: string): Promise<void> {
    const generation = this.generation;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    if (generation !== this.generation) return;
    for (const entry of entries) {
      if (entry.isDirectory()) this.check(path.join(folder, entry.name));
    }
    for (const known of this.folders.keys()) {
      if (known !== folder && path.dirname(known) === folder) this.check(known);
    }
  }

  /** Stops watching `folder` and every folder below it. */
  private removeTree(folder: string): void {
    const inside = folder.endsWith(path.sep) ? folder : folder + path.sep;
    for (const [watched, { watcher }] of this.folders) {
      if (watched !== folder && !watched.startsWith(inside)) continue;
      this.folders.delete(watched);
      this.live.drop(watcher);
      void watcher.close();
    }
  }

  private hint(folder: string): void {
    if (this.closed) return;
    this.changed.add(folder);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const changedPaths = [...this.changed].map((changed) => this.relative(changed));
      this.changed.clear();
      this.options.onChange(changedPaths);
    }, this.options.settleMs ?? 30);
  }

  private relative(folder: string): string {
    const rel = path.relative(this.top, folder);
    return path.sep === "/" ? rel : rel.split(path.sep).join("/");
  }

  private fail(error: unknown): void {
    if (this.closed || this.restarting) return;
    this.options.onError(error instanceof Error ? error : new Error(String(error)));
    void this.restart();
  }

  private async restart(): Promise<void> {
    if (this.closed || this.restarting || this.suspended) return;
    this.restarting = true;
    const stopped = this.generation + 1;
    try {
      await this.stop();
    } finally {
      this.restarting = false;
    }
    // Closed (or stopped otherwise) meanwhile: stay down.
    if (this.generation !== stopped) return;
    if (this.restarts >= (this.options.maxRestarts ?? 5)) {
      this.rescanInstead();
      return;
    }
    this.restarts++;
    // A rescan covers whatever happened while the watcher was down.
    this.open();
    this.options.onChange();
  }

  /**
   * Watching failed too often in a row (the OS out of watches, say): changes are found
   * by rescanning everything on a timer instead, said once. A watch event (after a
   * resume reopened the watches) ends it.
   */
  private rescanInstead(): void {
    if (this.rescans || this.closed) return;
    const every = this.options.rescanMs ?? 60_000;
    this.options.onError(
      new Error(
        `the folder can no longer be watched: changes are found by a rescan every ${every >= 1000 ? `${Math.round(every / 1000)} s` : `${every} ms`}`,
      ),
    );
    this.rescans = setInterval(() => {
      this.options.onChange();
    }, every);
  }
}
