// What every tool's pair of sides offers the workloads.
import type { Tool } from "../config.js";
import type { CountingProxy } from "../support/proxy.js";

export interface Expectation {
  /** Paths (relative to the roots) whose new content B must have. */
  changed: readonly string[];
  /** Files B holds in all once it has caught up. */
  totalFiles: number;
}

export interface Propagation {
  /** Wall time from the trigger until B has the change. */
  ms: number;
  /** Parts of that time worth reporting on their own (ms). */
  parts: Record<string, number>;
  /** Payload the tool itself reports (bytes), when it does. */
  payload: Record<string, number>;
  /** The wait was cut off at the timeout: `ms` is a lower bound. */
  timedOut: boolean;
}

/** Two sides, A and B, of one tool, everything on loopback behind a counting proxy. */
export interface SyncPair {
  readonly tool: Tool;
  /** Everything of this pair on disk (removed by the workload when done). */
  readonly work: string;
  readonly dirA: string;
  readonly dirB: string;
  /** All traffic between the sides (or to the server) passes through it. */
  readonly proxy: CountingProxy;
  /** Brings what changed on A to B; resolves when B has it. */
  propagate(expect: Expectation, timeoutMs: number): Promise<Propagation>;
  close(): Promise<void>;
}
