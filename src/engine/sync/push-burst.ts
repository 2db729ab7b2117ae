// When a burst of pushes has settled. The server pushes once per commit, and another
// device's batch (a mass delete, say) is many commits: waiting for the pushes to pause
// lets one round see the whole batch, so the mass-delete guard can hold it. The wait is
// bounded, so a steady stream of commits still gets synced.

/** Quiet time after the last push before the round starts. */
export const PUSH_SETTLE_MS = 20;
/** Longest a burst can delay its round, however long it goes on. */
export const PUSH_MAX_WAIT_MS = 2_000;

export class PushBurst {
  #timer: NodeJS.Timeout | null = null;
  #startedAt: number | null = null;

  constructor(
    /** Runs once per burst, when it settles (or its wait runs out). */
    private readonly onSettled: () => void,
    private readonly timing = { settleMs: PUSH_SETTLE_MS, maxWaitMs: PUSH_MAX_WAIT_MS },
    private readonly now: () => number = Date.now,
  ) {}

  /** A push arrived: the burst goes on (or starts). */
  note(): void {
    const now = this.now();
    this.#startedAt ??= now;
    if (this.#timer) clearTimeout(this.#timer);
    const left = Math.max(0, this.#startedAt + this.timing.maxWaitMs - now);
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.#startedAt = null;
        this.onSettled();
      },
      Math.min(this.timing.settleMs, left),
    );
  }

  /** Forget a burst in progress: its round is not wanted any more. */
  close(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#startedAt = null;
  }
}
