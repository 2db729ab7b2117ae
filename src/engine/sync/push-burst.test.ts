import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { PUSH_MAX_WAIT_MS, PUSH_SETTLE_MS, PushBurst } from "./push-burst.js";

const timing = { settleMs: 40, maxWaitMs: 300 };

describe("PushBurst", () => {
  it("settles once, a moment after the last push of a short burst", async () => {
    const settled: number[] = [];
    const burst = new PushBurst(() => settled.push(performance.now()), timing);
    const start = performance.now();
    let last = start;
    for (let i = 0; i < 5; i++) {
      burst.note();
      last = performance.now();
      await sleep(5);
    }
    await sleep(timing.settleMs * 4);
    expect(settled).toHaveLength(1);
    expect((settled[0] as number) - last).toBeGreaterThanOrEqual(timing.settleMs - 2);
    expect((settled[0] as number) - start).toBeLessThan(timing.maxWaitMs);
  });

  it("does not let a steady stream of pushes delay its round past the longest wait", async () => {
    const settled: number[] = [];
    const burst = new PushBurst(() => settled.push(performance.now()), timing);
    const start = performance.now();
    // A push every 10 ms never leaves 40 ms of quiet.
    while (performance.now() - start < timing.maxWaitMs * 2.5) {
      burst.note();
      await sleep(10);
    }
    burst.close();
    expect(settled.length).toBeGreaterThanOrEqual(2);
    expect((settled[0] as number) - start).toBeLessThan(timing.maxWaitMs + 250);
  });

  it("forgets a burst in progress when closed", async () => {
    let settled = 0;
    const burst = new PushBurst(() => settled++, timing);
    burst.note();
    burst.close();
    await sleep(timing.settleMs * 3);
    expect(settled).toBe(0);
  });

  it("waits briefly by default, and never more than two seconds", () => {
    expect(PUSH_SETTLE_MS).toBeLessThanOrEqual(50);
    expect(PUSH_MAX_WAIT_MS).toBe(2_000);
  });
});
