// Phase timings of a sync round, written to stderr when CIRRUS_TRACE=1: where a slow
// round spends its time (pull, walk, hash, plan, execute) without a profiler.
export class RoundTimer {
  private readonly enabled = process.env.CIRRUS_TRACE === "1";
  private last = performance.now();
  /** Wall-clock start, to line rounds up with other processes' traces. */
  private readonly startedAt = Date.now();
  private readonly parts: string[] = [];

  mark(phase: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.parts.push(`${phase} ${Math.round(now - this.last)} ms`);
    this.last = now;
  }

  end(planned: number): void {
    if (!this.enabled) return;
    const at = new Date(this.startedAt).toISOString().slice(11, 23);
    process.stderr.write(`cirrus round at ${at}: ${planned} ops; ${this.parts.join(", ")}\n`);
  }
}
