import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "./debounce.js";

describe("debounce", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs once after a burst goes quiet", () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    for (let i = 0; i < 10; i++) {
      d();
      vi.advanceTimersByTime(50);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("still runs every maxWait during an endless burst", () => {
    const fn = vi.fn();
    const d = debounce(fn, 100, 300);
    for (let i = 0; i < 20; i++) {
      d();
      vi.advanceTimersByTime(50);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it("can be flushed and cancelled", () => {
    const fn = vi.fn();
    const d = debounce(fn, 100);
    d();
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
