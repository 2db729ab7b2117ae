import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyRunDelta, encodeRunDelta, RUN_DELTA_HEADER } from "./chunk-delta.js";

const roundTrip = (target: Buffer, base: Buffer) => {
  const delta = encodeRunDelta(target, base);
  expect(applyRunDelta(delta, base, target.length).equals(target)).toBe(true);
  return delta.length - RUN_DELTA_HEADER;
};

describe("run deltas", () => {
  const base = randomBytes(64 * 1024);

  it("sends only the changed byte of an overwrite", () => {
    const target = Buffer.from(base);
    target[30_000] = (target[30_000] as number) ^ 0xff;
    expect(roundTrip(target, base)).toBe(1);
  });

  it("sends only the inserted bytes of an insert, and nothing of a cut", () => {
    const inserted = randomBytes(4096);
    const grown = Buffer.concat([base.subarray(0, 100), inserted, base.subarray(100)]);
    expect(roundTrip(grown, base)).toBe(4096);
    const cut = Buffer.concat([base.subarray(0, 1000), base.subarray(9000)]);
    expect(roundTrip(cut, base)).toBe(0);
  });

  it("never counts a byte twice where prefix and suffix could overlap", () => {
    const same = Buffer.alloc(10, 7);
    expect(roundTrip(Buffer.alloc(4, 7), same)).toBe(0);
    expect(roundTrip(Buffer.alloc(16, 7), same)).toBe(6);
    expect(roundTrip(Buffer.from(base), base)).toBe(0);
  });

  it("sends all of a run that shares nothing with its base", () => {
    const other = Buffer.alloc(5000, 1);
    expect(roundTrip(other, Buffer.alloc(3000, 2))).toBe(5000);
    expect(roundTrip(Buffer.from([9]), Buffer.alloc(0))).toBe(1);
  });

  it("refuses a delta that does not fit its base or the run's size", () => {
    const target = Buffer.from(base);
    target[5] = 0;
    const delta = encodeRunDelta(target, base);
    expect(() => applyRunDelta(delta, base, target.length + 1)).toThrow(/does not add up/);
    expect(() => applyRunDelta(delta, base.subarray(0, 100), target.length)).toThrow(
      /more bytes than the base/,
    );
    expect(() => applyRunDelta(delta.subarray(0, 5), base, target.length)).toThrow(/header/);
    try {
      applyRunDelta(delta.subarray(0, 5), base, target.length);
    } catch (error) {
      expect((error as { code: string }).code).toBe("hash_mismatch");
    }
  });
});
