import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoff.js";

describe("backoffDelay", () => {
  const fixed = { jitter: 0 };
  it("doubles from the base up to the cap", () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, fixed))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(10, fixed)).toBe(30_000);
    expect(backoffDelay(1000, fixed)).toBe(30_000);
  });

  it("spreads retries with jitter below the nominal delay", () => {
    expect(backoffDelay(2, { jitter: 0.5, random: () => 0 })).toBe(1000);
    expect(backoffDelay(2, { jitter: 0.5, random: () => 1 })).toBe(2000);
  });
});
