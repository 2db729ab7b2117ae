import { describe, expect, it } from "vitest";
import { FIRST_RETRY_MS, MAX_RETRY_MS, RetrySchedule } from "./retry-schedule.js";

const full = { path: "big.bin", code: "disk_full", message: "the disk is full (ENOSPC)" };
const denied = { path: "ro/a.txt", code: "permission_denied", message: "denied (EPERM)" };

describe("RetrySchedule", () => {
  it("doubles the wait of a file that keeps failing, up to the cap", () => {
    const schedule = new RetrySchedule();
    const waits: number[] = [];
    for (let round = 0; round < 12; round++) {
      const [issue] = schedule.record([full], 1000);
      waits.push((issue?.retryAt ?? 0) - 1000);
    }
    expect(waits.slice(0, 4)).toEqual([
      FIRST_RETRY_MS,
      FIRST_RETRY_MS * 2,
      FIRST_RETRY_MS * 4,
      FIRST_RETRY_MS * 8,
    ]);
    expect(waits.at(-1)).toBe(MAX_RETRY_MS);
    expect(Math.max(...waits)).toBe(MAX_RETRY_MS);
  });

  it("forgets a file once it stops failing, and starts it over from the shortest wait", () => {
    const schedule = new RetrySchedule();
    schedule.record([full, denied], 0);
    schedule.record([full, denied], 0);
    expect(schedule.record([denied], 0)).toEqual([{ ...denied, retryAt: FIRST_RETRY_MS * 4 }]);
    expect(schedule.record([full, denied], 0)).toEqual([
      { ...full, retryAt: FIRST_RETRY_MS },
      { ...denied, retryAt: FIRST_RETRY_MS * 8 },
    ]);
    expect(schedule.record([], 0)).toEqual([]);
    expect(schedule.nextDelay(0)).toBeNull();
  });

  it("names the earliest retry among the failing files", () => {
    const schedule = new RetrySchedule();
    schedule.record([full], 0);
    schedule.record([full, denied], 0);
    expect(schedule.nextDelay(500)).toBe(FIRST_RETRY_MS - 500);
    expect(schedule.nextDelay(FIRST_RETRY_MS * 3)).toBe(0);
  });
});
