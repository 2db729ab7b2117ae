// Recent activity from `activity` sync events: one entry per transfer, updated in place
// while it runs, newest first, capped so a long session cannot grow without bound.
import type { ActivityKind, SyncEvent } from "../../shared/status.js";

export type ActivityEvent = Extract<SyncEvent, { type: "activity" }>;

export interface ActivityEntry {
  readonly id: number;
  readonly kind: ActivityKind;
  readonly path: string;
  bytesDone: number;
  bytesTotal: number;
  done: boolean;
  /** Why the transfer stopped before it finished (it is done then, and failed). */
  error: string | null;
  readonly startedAt: number;
  updatedAt: number;
}

export const DEFAULT_ACTIVITY_CAPACITY = 10_000;

const keyOf = (kind: ActivityKind, path: string) => `${kind}\u0000${path}`;

export class ActivityLog {
  /** Oldest first; entries before `head` have been dropped. */
  private entries: ActivityEntry[] = [];
  private head = 0;
  private readonly running = new Map<string, ActivityEntry>();
  private nextId = 1;
  /** Bumped on every change, so views can skip work when nothing moved. */
  version = 0;

  constructor(readonly capacity = DEFAULT_ACTIVITY_CAPACITY) {
    if (!(capacity >= 1)) throw new RangeError("capacity must be at least 1");
  }

  get size(): number {
    return this.entries.length - this.head;
  }

  /** Transfers that have started and not finished. */
  get inProgress(): number {
    return this.running.size;
  }

  /** The entry at `index`, counting from the newest (0). */
  newest(index: number): ActivityEntry | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.entries[this.entries.length - 1 - index];
  }

  /** Record one activity event; progress for a running transfer updates its entry. */
  apply(event: ActivityEvent, now: number): ActivityEntry {
    const key = keyOf(event.kind, event.path);
    let entry = this.running.get(key);
    if (entry) {
      entry.bytesDone = event.bytesDone;
      entry.bytesTotal = event.bytesTotal;
      entry.done = event.done;
      entry.error = event.error ?? null;
      entry.updatedAt = now;
    } else {
      entry = {
        id: this.nextId++,
        kind: event.kind,
        path: event.path,
        bytesDone: event.bytesDone,
        bytesTotal: event.bytesTotal,
        done: event.done,
        error: event.error ?? null,
        startedAt: now,
        updatedAt: now,
      };
      this.entries.push(entry);
      this.trim();
    }
    if (entry.done) this.running.delete(key);
    else this.running.set(key, entry);
    this.version++;
    return entry;
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.running.clear();
    this.version++;
  }

  private trim(): void {
    while (this.size > this.capacity) {
      const dropped = this.entries[this.head];
      this.head++;
      if (dropped && !dropped.done) {
        const key = keyOf(dropped.kind, dropped.path);
        if (this.running.get(key) === dropped) this.running.delete(key);
      }
    }
    // Compact now and then rather than shifting the array on every event.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }
}
