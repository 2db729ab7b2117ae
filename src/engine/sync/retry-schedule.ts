// When to try a failing file again: each path that keeps failing waits twice as long
// as before (2 s, 4 s, 8 s ... capped at 5 min), so a file on a full disk or one the
// engine may not replace costs a try now and then, not a round every second. A path
// that stops failing is forgotten, and the next failure starts from the shortest wait.
import type { SyncIssue } from "../../shared/status.js";

export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 5 * 60_000;

export interface FileFailure {
  path: string;
  code: string;
  message: string;
}

export class RetrySchedule {
  /** Consecutive failing rounds per path, and the issue last reported for it. */
  private readonly failing = new Map<string, { attempts: number; issue: SyncIssue }>();

  /** Record a round's failures; returns them as issues, each with its retry time. */
  record(failures: readonly FileFailure[], now: number): SyncIssue[] {
    const seen = new Map<string, { attempts: number; issue: SyncIssue }>();
    for (const failure of failures) {
      if (seen.has(failure.path)) continue;
      const attempts = (this.failing.get(failure.path)?.attempts ?? 0) + 1;
      const wait = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempts - 1, 20));
      seen.set(failure.path, { attempts, issue: { ...failure, retryAt: now + wait } });
    }
    this.failing.clear();
    for (const [path, entry] of seen) this.failing.set(path, entry);
    return this.issues();
  }

  issues(): SyncIssue[] {
    return [...this.failing.values()].map((entry) => entry.issue);
  }

  /** Milliseconds until the earliest retry, or null when nothing is failing. */
  nextDelay(now: number): number | null {
    let earliest: number | null = null;
    for (const { issue } of this.failing.values()) {
      const at = issue.retryAt ?? now;
      if (earliest === null || at < earliest) earliest = at;
    }
    return earliest === null ? null : Math.max(0, earliest - now);
  }
}
