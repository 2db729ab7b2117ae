// Polling with a deadline, and plain sleeps.
import { setTimeout as sleep } from "node:timers/promises";

export { sleep };

export class TimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`timed out after ${(ms / 1000).toFixed(0)} s waiting for ${what}`);
  }
}

/** Polls `probe` until it returns something other than undefined/false. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeoutMs: number; intervalMs?: number },
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (performance.now() - start > options.timeoutMs)
      throw new TimeoutError(what, options.timeoutMs);
    await sleep(options.intervalMs ?? 50);
  }
}
