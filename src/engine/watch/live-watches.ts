// When a folder's watch is really running. Chokidar starts the folder's fs.watch a few
// I/O round trips after `watch()` returns and announces nothing when it does (its
// 'ready' comes earlier, for the missing child the watcher points it at); `getWatched()`
// lists the folder from the moment its fs.watch runs. So the folders whose watch is
// starting are polled, all on one timer: every millisecond at first (a watch usually
// starts within a few), more slowly for one that takes longer, and given up on after
// LIVE_TIMEOUT_MS.
import type { FSWatcher } from "chokidar";

const LIVE_POLL_MS = 1;
const LIVE_SLOW_POLL_MS = 25;
const LIVE_SLOW_AFTER_MS = 100;
const LIVE_TIMEOUT_MS = 10_000;

interface LiveWait {
  folder: string;
  since: number;
  done: (live: boolean) => void;
}

export class LiveWatches {
  private readonly waits = new Map<FSWatcher, LiveWait>();
  private timer: NodeJS.Timeout | null = null;

  /** Resolves true once `watcher` watches `folder`, false if it never does (or is dropped). */
  whenLive(watcher: FSWatcher, folder: string): Promise<boolean> {
    if (Object.hasOwn(watcher.getWatched(), folder)) return Promise.resolve(true);
    return new Promise((done) => {
      this.waits.set(watcher, { folder, since: Date.now(), done });
      this.timer ??= setTimeout(() => {
        this.poll();
      }, LIVE_POLL_MS);
    });
  }

  /** Stop waiting for one watcher (its folder went away): its wait resolves false. */
  drop(watcher: FSWatcher): void {
    this.waits.get(watcher)?.done(false);
    this.waits.delete(watcher);
  }

  /** Stop waiting for all of them. */
  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const wait of this.waits.values()) wait.done(false);
    this.waits.clear();
  }

  private poll(): void {
    this.timer = null;
    const now = Date.now();
    let youngest = Infinity;
    for (const [watcher, wait] of this.waits) {
      const live = Object.hasOwn(watcher.getWatched(), wait.folder);
      if (live || now - wait.since > LIVE_TIMEOUT_MS) {
        this.waits.delete(watcher);
        wait.done(live);
      } else {
        youngest = Math.min(youngest, now - wait.since);
      }
    }
    if (this.waits.size > 0) {
      this.timer = setTimeout(
        () => {
          this.poll();
        },
        youngest < LIVE_SLOW_AFTER_MS ? LIVE_POLL_MS : LIVE_SLOW_POLL_MS,
      );
    }
  }
}
