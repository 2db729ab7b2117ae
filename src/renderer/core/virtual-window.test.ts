import { describe, expect, it } from "vitest";
import { visibleRows } from "./virtual-window.js";

describe("visibleRows", () => {
  it("renders only the rows in view plus overscan", () => {
    const w = visibleRows({
      scrollTop: 0,
      viewportHeight: 300,
      rowHeight: 50,
      count: 10_000,
      overscan: 2,
    });
    expect(w).toEqual({ start: 0, end: 8, totalHeight: 500_000 });
  });

  it("follows the scroll position", () => {
    const w = visibleRows({
      scrollTop: 5000,
      viewportHeight: 300,
      rowHeight: 50,
      count: 10_000,
      overscan: 2,
    });
    expect(w.start).toBe(98);
    expect(w.end).toBe(108);
  });

  it("clamps at the end of the list and when scrolled past it", () => {
    const w = visibleRows({
      scrollTop: 1e9,
      viewportHeight: 300,
      rowHeight: 50,
      count: 100,
      overscan: 2,
    });
    expect(w.end).toBe(100);
    expect(w.start).toBe(92);
  });

  it("handles short, empty and unmeasured lists", () => {
    expect(visibleRows({ scrollTop: 0, viewportHeight: 300, rowHeight: 50, count: 3 })).toEqual({
      start: 0,
      end: 3,
      totalHeight: 150,
    });
    expect(visibleRows({ scrollTop: 0, viewportHeight: 300, rowHeight: 50, count: 0 })).toEqual({
      start: 0,
      end: 0,
      totalHeight: 0,
    });
    const unmeasured = visibleRows({
      scrollTop: 0,
      viewportHeight: 0,
      rowHeight: 50,
      count: 50,
      overscan: 4,
    });
    expect(unmeasured.end - unmeasured.start).toBe(5);
  });

  it("keeps the rendered window small for 10,000 rows wherever it scrolls", () => {
    for (let top = 0; top < 560_000; top += 7_919) {
      const w = visibleRows({
        scrollTop: top,
        viewportHeight: 400,
        rowHeight: 56,
        count: 10_000,
        overscan: 6,
      });
      expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(400 / 56) + 1 + 12);
      expect(w.start).toBeGreaterThanOrEqual(0);
      expect(w.end).toBeLessThanOrEqual(10_000);
    }
  });
});
