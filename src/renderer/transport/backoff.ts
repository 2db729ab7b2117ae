// Reconnect delays for the event socket: exponential with a cap, and jitter so many
// pages do not hammer a restarting engine in lock-step.

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** 0..1; the share of the delay that is randomised. */
  jitter?: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 30_000;
  const jitter = Math.min(1, Math.max(0, options.jitter ?? 0.2));
  const random = options.random ?? Math.random;
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const delay = Math.min(max, base * 2 ** exponent);
  return Math.round(delay * (1 - jitter + jitter * random()));
}
