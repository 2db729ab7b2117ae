import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleRelease } from "./idle-release.js";

describe("IdleRelease", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("releases caches and collects once the folder stayed idle, not before", () => {
    const released: string[] = [];
    const idle = new IdleRelease(
      () => released.push("caches"),
      2000,
      () => released.push("gc"),
      0,
    );
    idle.arm();
    vi.advanceTimersByTime(1999);
    expect(released).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(released).toEqual(["caches", "gc"]);
    vi.advanceTimersByTime(10_000);
    expect(released).toEqual(["caches", "gc"]);
  });

  it("waits again when work starts meanwhile, and collects only a large heap", () => {
    const released: string[] = [];
    const idle = new IdleRelease(
      () => released.push("caches"),
      2000,
      () => released.push("gc"),
      Number.POSITIVE_INFINITY,
    );
    idle.arm();
    vi.advanceTimersByTime(1500);
    idle.disarm(); // a round started
    vi.advanceTimersByTime(5000);
    expect(released).toEqual([]);
    idle.arm();
    vi.advanceTimersByTime(2000);
    expect(released).toEqual(["caches"]);
  });
});
