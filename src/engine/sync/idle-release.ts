// Gives memory back once a running folder has been idle for a moment. A round over
// 100,000 files leaves ~60 MiB of garbage (its trees, the feed pages) and fills
// SQLite's page cache; with nothing allocating afterwards, V8 keeps that garbage, and an
// idle client sat at ~175 MiB where ~110 MiB is live. The full collection runs only
// where the launcher exposed it (`node --expose-gc`: bin/cirrus.js, the Electron host)
// and only when the heap is large, so small changes never pay for it.

/** Heap in use from which an idle folder asks for a full collection. */
const COLLECT_FROM_BYTES = 48 * 1024 * 1024;

export class IdleRelease {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly releaseCaches: () => void,
    private readonly delayMs = 2_000,
    private readonly collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
    private readonly collectFromBytes = COLLECT_FROM_BYTES,
  ) {}

  /** The folder went idle: release once it has stayed idle for delayMs. */
  arm(): void {
    this.disarm();
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.releaseCaches();
      if (this.collect && process.memoryUsage().heapUsed >= this.collectFromBytes) this.collect();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Work started again: nothing to release yet. */
  disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * The folder is closing: never release again. A round still finishing arms this on
   * its way out, after close() began, when the index may already be closed.
   */
  close(): void {
    this.closed = true;
    this.disarm();
  }
}
