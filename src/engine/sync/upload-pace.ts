// A file that keeps changing (a log, a database, a download another app is writing)
// was committed on every write: a log appended every 100 ms made ~57 versions in 5 s,
// each pushed to and downloaded by every other device, and the server's history of the
// file held nothing else. A running folder uploads a file's changes at once until it
// has uploaded FREE_UPLOADS of them within WINDOW_MS (an app that saves a few times in
// a row is not slowed), then at most one every SPACING_MS, each time its latest
// content. New files are never held.
import type { PlannedOp } from "../planner/index.js";

export const WINDOW_MS = 10_000;
export const FREE_UPLOADS = 4;
export const SPACING_MS = 10_000;

export class UploadPace {
  /** Upload times within the last WINDOW_MS, by file id. */
  private readonly recent = new Map<string, number[]>();

  constructor(private readonly now: () => number) {}

  /** The ops to run now, and when the first one held back may go (null: none is). */
  pace(ops: readonly PlannedOp[]): { run: PlannedOp[]; heldUntil: number | null } {
    const now = this.now();
    let heldUntil: number | null = null;
    const run = ops.filter((op) => {
      if (op.type !== "upload" || op.baseRev === null) return true;
      const times = (this.recent.get(op.id) ?? []).filter((t) => now - t < WINDOW_MS);
      const last = times.at(-1);
      const next = times.length >= FREE_UPLOADS && last !== undefined ? last + SPACING_MS : now;
      if (next > now) {
        heldUntil = Math.min(heldUntil ?? next, next);
        return false;
      }
      times.push(now);
      this.recent.set(op.id, times);
      return true;
    });
    for (const [id, times] of this.recent) {
      if (now - (times.at(-1) ?? 0) >= WINDOW_MS + SPACING_MS) this.recent.delete(id);
    }
    return { run, heldUntil };
  }
}
