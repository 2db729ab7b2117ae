// Coalesces bursts of events into one call: after `wait` ms of quiet, and at least
// every `maxWait` ms while the burst goes on (so a long sync still refreshes).

export interface Debounced {
  (): void;
  /** Run now if a call is pending. */
  flush(): void;
  /** Drop a pending call; the debouncer stays usable. */
  cancel(): void;
}

export function debounce(fn: () => void, wait: number, maxWait = Infinity): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstCallAt: number | null = null;

  const run = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstCallAt = null;
    fn();
  };

  const debounced = (() => {
    const now = Date.now();
    firstCallAt ??= now;
    if (timer !== null) clearTimeout(timer);
    const remaining = Math.max(0, Math.min(wait, firstCallAt + maxWait - now));
    timer = setTimeout(run, remaining);
  }) as Debounced;

  debounced.flush = () => {
    if (timer !== null) run();
  };
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstCallAt = null;
  };
  return debounced;
}
