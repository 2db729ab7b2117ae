// Temp files a crash left behind. Downloads, files fetched ahead, placeholders and
// merges are written to a `.cirrus-tmp-<tag>-<n>` file beside their target and renamed
// into place; a process killed meanwhile leaves the temp file there, never synced (an
// engine name) but taking space, maybe gigabytes. None holds the only copy of anything
// (a download's content is on the server, a merge is proposed again), so removing one
// loses nothing: at worst another process's download starts over.
//
// Whose file it is comes from its tag (one per process, paths/temp-path.ts). The index
// records the tags of this profile's syncs; once a sync holds the profile's lock
// (profile/sync-lock.ts), the earlier ones are dead and their files go at once. Any
// other tag (a `cirrus hydrate` running beside this sync, the profile that synced the
// folder before a `--reset-root`) goes only once its file has not changed for
// FOREIGN_AGE_MS.
import path from "node:path";
import { TEMP_TAGS, type IndexStore } from "../index/index-store.js";
import { OWN_TEMP_TAG, tempTagOf } from "../paths/temp-path.js";
import type { LocalFs } from "./local-fs.js";

/** A temp file of another process untouched this long is a leftover. */
export const FOREIGN_AGE_MS = 60 * 60 * 1000;
/** Tags of earlier syncs remembered: their leftovers may sit in a folder not walked yet. */
const TAGS_KEPT = 16;

export class LeftoverTemps {
  private constructor(
    private readonly now: () => number,
    /** Tags of this profile's earlier syncs, all gone. */
    private readonly dead: ReadonlySet<string>,
  ) {}

  /**
   * For a sync holding the profile's lock: records this process's tag, and takes the
   * tags recorded before as dead.
   */
  static claim(index: IndexStore, now: () => number): LeftoverTemps {
    const recorded = parseTags(index.getState(TEMP_TAGS)).filter((t) => t !== OWN_TEMP_TAG);
    index.setState(TEMP_TAGS, JSON.stringify([...recorded, OWN_TEMP_TAG].slice(-TAGS_KEPT)));
    return new LeftoverTemps(now, new Set(recorded));
  }

  /**
   * Remove the leftovers among the temp files a walk saw (paths as spelled on disk);
   * returns how many went. Never this process's own, never anything but a plain file.
   */
  async sweep(fs: LocalFs, temps: readonly string[]): Promise<number> {
    let removed = 0;
    for (const rel of temps) {
      const tag = tempTagOf(path.posix.basename(rel));
      if (tag === null || tag === OWN_TEMP_TAG) continue;
      try {
        // Checked like any path the engine writes to: no symlinked folder on the way.
        const abs = await fs.safePath(rel);
        const stat = await fs.io.promises.lstat(abs);
        if (!stat.isFile()) continue;
        if (!this.dead.has(tag) && this.now() - stat.mtimeMs < FOREIGN_AGE_MS) continue;
        await fs.io.promises.unlink(abs);
        removed++;
      } catch {
        // Gone meanwhile, or not removable: it stays, as before; the next walk retries.
      }
    }
    return removed;
  }
}

function parseTags(text: string | null): string[] {
  try {
    const value: unknown = JSON.parse(text ?? "[]");
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
}
