import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleRelease } from "./idle-release.js";

/** An IdleRelease of 2 s that records what it releases; collects from `collectFrom` bytes. */
function recording(collectFrom: number): { idle: IdleRelease; released: string[] } {
  const released: string[] = [];
  const idle = new IdleRelease(
    () => released.push("caches"),
    2000,
    () => released.push("gc"),
    collectFrom,
  );
  return { idle, released };
}

describe("IdleRelease", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("releases caches and collects once the folder stayed idle, not before", () => {
    const { idle, released } = recording(0);
    idle.arm();
    vi.advanceTimersByTime(1999);
    expect(released).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(released).toEqual(["caches", "gc"]);
    vi.advanceTimersByTime(10_000);
    expect(released).toEqual(["caches", "gc"]);
  });

  it("waits again when work starts meanwhile, and collects only a large heap", () => {
    const { idle, released } = recording(Number.POSITIVE_INFINITY);
    idle.arm();
    vi.advanceTimersByTime(1500);
    idle.disarm(); // a round started
    vi.advanceTimersByTime(5000);
    expect(released).toEqual([]);
    idle.arm();
    vi.advanceTimersByTime(2000);
    expect(released).toEqual(["caches"]);
  });

  it("never releases once closed, even when a finishing round arms it", () => {
    const { idle, released } = recording(0);
    idle.arm();
    idle.close();
    idle.arm(); // the last round ends after close() began
    vi.advanceTimersByTime(10_000);
    expect(released).toEqual([]);
  });
});
