// Which sync events deserve an OS notification, and what it says. Only what needs a
// person: a new conflict, an error the engine will not retry, an expired sign-in, a
// mass delete waiting for confirmation. Progress and retried hiccups stay in the tray.
import type { SyncEvent } from "../shared/status.js";

/** What a click on the notification opens. */
export type NotificationTarget = "conflicts" | "popup" | "sign-in";

export interface NotificationSpec {
  /** Same key, same notification: repeats within the quiet period are dropped. */
  key: string;
  title: string;
  body: string;
  target: NotificationTarget;
  /** Shown even when the user turned notifications off (sync has stopped). */
  critical: boolean;
}

const SIGN_IN_CODES = new Set(["unauthorized", "not_logged_in"]);

export function notificationFor(event: SyncEvent): NotificationSpec | null {
  switch (event.type) {
    case "conflict": {
      const name = baseName(event.conflict.path);
      return {
        key: `conflict:${event.conflict.path}`,
        title: `Conflict in ${name}`,
        body: `${name} changed here and on ${event.conflict.remoteDevice ?? "another device"}. Both versions are kept: choose which one to keep.`,
        target: "conflicts",
        critical: false,
      };
    }
    case "issue": {
      const { issue } = event;
      if (SIGN_IN_CODES.has(issue.code)) {
        return {
          key: "sign-in",
          title: "Sign in to Cirrus again",
          body: "Your sign-in has expired, so syncing has stopped. Sign in to continue.",
          target: "sign-in",
          critical: true,
        };
      }
      // The engine retries this one by itself: no need to interrupt anyone.
      if (issue.retryAt !== null) return null;
      const where = issue.path ? baseName(issue.path) : "Cirrus";
      return {
        key: `issue:${issue.code}:${issue.path}`,
        title: `Can't sync ${where}`,
        body: issue.message,
        target: "popup",
        critical: false,
      };
    }
    case "massDelete":
      return {
        key: "mass-delete",
        title: `Delete ${event.count.toLocaleString("en-US")} files?`,
        body: "Many files were deleted on one side. Cirrus waits for you to confirm before it deletes them anywhere else.",
        target: "popup",
        critical: true,
      };
    default:
      return null;
  }
}

function baseName(p: string): string {
  const parts = p.split("/").filter((s) => s !== "");
  return parts[parts.length - 1] ?? p;
}

/**
 * Drops repeats: the same key within `quietMs`, and everything that is not critical
 * when the user turned notifications off.
 */
export class NotificationGate {
  private readonly lastShown = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly quietMs = 10 * 60_000,
  ) {}

  admit(spec: NotificationSpec, enabled: boolean): boolean {
    if (!enabled && !spec.critical) return false;
    const at = this.now();
    const last = this.lastShown.get(spec.key);
    if (last !== undefined && at - last < this.quietMs) return false;
    this.lastShown.set(spec.key, at);
    // Forget old keys so a long-running app does not grow this map forever.
    for (const [key, shown] of this.lastShown)
      if (at - shown >= this.quietMs) this.lastShown.delete(key);
    return true;
  }
}
