import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { frameHeader, parseFrames } from "./chunk-framing.js";

const sha = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

describe("chunk framing", () => {
  it("round-trips chunks through headers and parseFrames, ids and bytes intact", () => {
    const chunks = [randomBytes(1), randomBytes(4096), randomBytes(70_000)];
    const body = Buffer.concat(
      chunks.flatMap((data) => [Buffer.from(frameHeader(sha(data), data.length)), data]),
    );
    const parsed = parseFrames(body, 1024 * 1024);
    expect(parsed.map((f) => f.id)).toEqual(chunks.map(sha));
    expect(parsed.map((f) => Buffer.from(f.data))).toEqual(chunks);
    // The id is the header's first 32 bytes, big-endian length after it.
    const header = frameHeader("00ff".repeat(16), 258);
    expect(Buffer.from(header).toString("hex")).toBe(`${"00ff".repeat(16)}00000102`);
  });

  it("refuses truncated and out-of-range frames", () => {
    const data = randomBytes(10);
    const whole = Buffer.concat([Buffer.from(frameHeader(sha(data), 10)), data]);
    expect(() => parseFrames(whole.subarray(0, 20), 100)).toThrow(/truncated/);
    expect(() => parseFrames(whole.subarray(0, 40), 100)).toThrow(/truncated/);
    expect(() => parseFrames(whole, 5)).toThrow(/out of range/);
  });
});
