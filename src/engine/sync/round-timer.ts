// Phase timings of a sync round, written to stderr when CIRRUS_TRACE=1: where a slow
// round spends its time (pull, walk, hash, plan, execute) without a profiler.
export class RoundTimer {
  private readonly enabled = process.env.CIRRUS_TRACE === "1";
  private last = performance.now();
  private readonly parts: string[] = [];

  mark(phase: string): void {
    if (!this.enabled) return;
    const now = performance.now();
    this.parts.push(`${phase} ${Math.round(now - this.last)} ms`);
    this.last = now;
  }

  end(planned: number): void {
    if (!this.enabled) return;
    process.stderr.write(`cirrus round: ${planned} ops; ${this.parts.join(", ")}\n`);
  }
}
