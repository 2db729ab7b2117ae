// Bandwidth limits: a token bucket per direction, applied to chunk bytes as they go
// on or come off the wire. The rate can change while a transfer runs; waiters pick
// up the new rate at their next step.

export interface Sleeper {
  (ms: number, signal?: AbortSignal): Promise<void>;
}

const defaultSleep: Sleeper = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

export class TokenBucket {
  private tokens = 0;
  private last: number;

  /** `bytesPerSecond` 0 means unlimited. */
  constructor(
    private bytesPerSecond = 0,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: Sleeper = defaultSleep,
  ) {
    this.last = now();
  }

  get rate(): number {
    return this.bytesPerSecond;
  }

  setRate(bytesPerSecond: number): void {
    this.refill();
    this.bytesPerSecond = Math.max(0, bytesPerSecond);
    this.tokens = Math.min(this.tokens, this.capacity());
  }

  /** A quarter second of burst: smooth enough for a steady rate, cheap in wake-ups. */
  private capacity(): number {
    return Math.max(16 * 1024, this.bytesPerSecond / 4);
  }

  private refill(): void {
    const now = this.now();
    if (this.bytesPerSecond > 0) {
      this.tokens = Math.min(
        this.capacity(),
        this.tokens + ((now - this.last) / 1000) * this.bytesPerSecond,
      );
    }
    this.last = now;
  }

  /** Wait until `bytes` may pass. Large requests go into debt, so any size works. */
  async take(bytes: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason as Error;
      if (this.bytesPerSecond === 0) return;
      this.refill();
      if (this.tokens > 0) {
        this.tokens -= bytes;
        return;
      }
      const wait = ((-this.tokens + 1) / this.bytesPerSecond) * 1000;
      await this.sleep(Math.min(250, Math.max(1, wait)), signal);
    }
  }
}

/** Slices `data` so the bucket paces it in steps of at most 64 KiB. */
export async function* paced(
  data: Uint8Array,
  bucket: TokenBucket,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const step = 64 * 1024;
  for (let offset = 0; offset < data.length; offset += step) {
    const slice = data.subarray(offset, Math.min(data.length, offset + step));
    await bucket.take(slice.length, signal);
    yield slice;
  }
}
