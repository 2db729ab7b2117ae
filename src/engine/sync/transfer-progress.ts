// Byte progress of large transfers, for the activity stream. Small files travel in
// batches of thousands and are reported once each is done; a file from
// PROGRESS_MIN_BYTES is also reported while it moves (at most every PROGRESS_EVERY_MS,
// so a 256 MiB file costs a handful of events, not one per chunk), which is what the
// tray's progress bars draw. Every transfer reported as running gets a last event of
// its own when its round ends, done or failed with the reason, so none is left
// "running" in the tray by a failure, a pause or a file that needed no commit.
import type { SyncEvent } from "../../shared/status.js";

export const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;
export const PROGRESS_EVERY_MS = 250;

type Direction = "upload" | "download";

interface Running {
  kind: Direction;
  path: string;
  total: number;
  done: number;
  reportedAt: number;
}

const keyOf = (kind: string, path: string) => `${kind}\u0000${path}`;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export class TransferProgress {
  readonly #running = new Map<string, Running>();

  constructor(
    private readonly forward: (event: SyncEvent) => void,
    private readonly now: () => number,
  ) {}

  /** Passes an event on; an activity reported done ends the transfer it names. */
  readonly emit = (event: SyncEvent): void => {
    if (event.type === "activity" && event.done) {
      this.#running.delete(keyOf(event.kind, event.path));
    }
    this.forward(event);
  };

  /** Transfers reported as running and not ended yet. */
  get running(): number {
    return this.#running.size;
  }

  /** `bytes` more of the file at `path` (`total` bytes) reached the other side. */
  advance(kind: Direction, path: string, total: number, bytes: number): void {
    this.#move(kind, path, total, (done) => done + bytes);
  }

  /** At least `bytes` of the file are there (chunks the other side had already). */
  atLeast(kind: Direction, path: string, total: number, bytes: number): void {
    this.#move(kind, path, total, (done) => Math.max(done, bytes));
  }

  /**
   * End every transfer still running: failed, with the message of its failure in
   * `failures` (or of `stopped`, the error or reason that stopped the round or the
   * download, when one did), else done (its bytes went and nothing else was to do, as
   * for a file whose content the server had).
   */
  end(failures: readonly { path: string; message: string }[], stopped?: unknown): void {
    const why = new Map(failures.map((f) => [f.path, f.message]));
    const reason = stopped === undefined ? undefined : messageOf(stopped);
    for (const transfer of [...this.#running.values()]) {
      this.#end(transfer, why.get(transfer.path) ?? reason);
    }
  }

  /** End one transfer if it is running: done, or failed with `error`. */
  finish(kind: Direction, path: string, error?: string): void {
    const transfer = this.#running.get(keyOf(kind, path));
    if (transfer) this.#end(transfer, error);
  }

  #end(transfer: Running, error: string | undefined): void {
    this.emit({
      type: "activity",
      kind: transfer.kind,
      path: transfer.path,
      bytesDone: error === undefined ? transfer.total : transfer.done,
      bytesTotal: transfer.total,
      done: true,
      ...(error === undefined ? {} : { error }),
    });
  }

  /** Stop tracking a transfer without an event: another reporter goes on with its row. */
  forget(kind: Direction, path: string): void {
    this.#running.delete(keyOf(kind, path));
  }

  /** Something stopped every transfer still running (a thrown error): end each with it. */
  fail(error: unknown): void {
    this.end([], error ?? "stopped");
  }

  #move(kind: Direction, path: string, total: number, next: (done: number) => number): void {
    if (total < PROGRESS_MIN_BYTES) return;
    const key = keyOf(kind, path);
    let transfer = this.#running.get(key);
    if (!transfer) {
      transfer = { kind, path, total, done: 0, reportedAt: -Infinity };
      this.#running.set(key, transfer);
    }
    const done = Math.min(total, next(transfer.done));
    if (done === transfer.done && transfer.reportedAt !== -Infinity) return;
    transfer.done = done;
    const at = this.now();
    // The first figure at once (the row appears), then a few a second.
    if (at - transfer.reportedAt < PROGRESS_EVERY_MS) return;
    transfer.reportedAt = at;
    this.forward({
      type: "activity",
      kind,
      path,
      bytesDone: done,
      bytesTotal: total,
      done: false,
    });
  }
}
