import { describe, expect, it } from "vitest";
import {
  bytesToKib,
  formatBytes,
  formatProgress,
  formatRate,
  formatShortDate,
  formatRelative,
  parseKib,
  percent,
  plural,
} from "./format.js";

describe("formatBytes", () => {
  it("shows bytes as whole numbers and larger sizes with one decimal below 10", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(10 * 1024)).toBe("10 KB");
    expect(formatBytes(3.25 * 1024 * 1024)).toBe("3.3 MB");
    expect(formatBytes(15 * 1024 ** 3)).toBe("15 GB");
  });

  it("drops a trailing .0 and never shows 1024 of a unit", () => {
    expect(formatBytes(2048)).toBe("2 KB");
    expect(formatBytes(1024 * 1024 - 1)).toBe("1 MB");
  });

  it("treats negative and non-finite sizes as zero", () => {
    expect(formatBytes(-5)).toBe("0 B");
    expect(formatBytes(Number.NaN)).toBe("0 B");
  });
});

describe("plural and percent", () => {
  it("pluralizes with thousands separators", () => {
    expect(plural(1, "file")).toBe("1 file");
    expect(plural(0, "file")).toBe("0 files");
    expect(plural(12_345, "file")).toBe("12,345 files");
  });

  it("clamps percent to 0..100 and counts an empty total as done", () => {
    expect(percent(50, 200)).toBe(25);
    expect(percent(300, 200)).toBe(100);
    expect(percent(-1, 200)).toBe(0);
    expect(percent(0, 0)).toBe(100);
  });

  it("describes progress as done of total", () => {
    expect(formatProgress(1024, 4096)).toBe("1 KB of 4 KB");
    expect(formatProgress(9999, 4096)).toBe("4 KB of 4 KB");
  });
});

describe("formatRelative", () => {
  const now = Date.UTC(2025, 0, 10, 12, 0, 0);
  it("says just now, minutes, hours, yesterday and days", () => {
    expect(formatRelative(now - 10_000, now)).toBe("just now");
    expect(formatRelative(now - 60_000, now)).toBe("1 minute ago");
    expect(formatRelative(now - 5 * 60_000, now)).toBe("5 minutes ago");
    expect(formatRelative(now - 3 * 3_600_000, now)).toBe("3 hours ago");
    expect(formatRelative(now - 30 * 3_600_000, now)).toBe("yesterday");
    expect(formatRelative(now - 4 * 86_400_000, now)).toBe("4 days ago");
  });

  it("speaks of the future for retry times", () => {
    expect(formatRelative(now + 2 * 60_000, now)).toBe("in 2 minutes");
    expect(formatRelative(now + 5_000, now)).toBe("in a moment");
  });

  it("falls back to a date for old times", () => {
    expect(formatRelative(now - 90 * 86_400_000, now)).toMatch(/2024/);
  });
});

describe("bandwidth fields", () => {
  it("parses KiB/s into bytes/s with empty meaning unlimited", () => {
    expect(parseKib("")).toBe(0);
    expect(parseKib(" 0 ")).toBe(0);
    expect(parseKib("512")).toBe(512 * 1024);
  });

  it("rejects fractions, negatives and words", () => {
    expect(parseKib("1.5")).toBeNull();
    expect(parseKib("-3")).toBeNull();
    expect(parseKib("fast")).toBeNull();
  });

  it("shows bytes/s as whole KiB/s and 0 as unlimited", () => {
    expect(bytesToKib(256 * 1024)).toBe(256);
    expect(bytesToKib(1500)).toBe(1);
    expect(formatRate(0)).toBe("Unlimited");
    expect(formatRate(2048)).toBe("2 KB/s");
  });
});

describe("formatShortDate", () => {
  it("drops the year for this year's dates and the time for older ones", () => {
    const now = new Date(2025, 5, 15, 12, 0).getTime();
    expect(formatShortDate(new Date(2025, 2, 4, 14, 5).getTime(), now)).toBe("Mar 4, 14:05");
    expect(formatShortDate(new Date(2023, 2, 4, 14, 5).getTime(), now)).toBe("Mar 4, 2023");
  });
});
