import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { FrameReader, frameHeader, parseFrames } from "./chunk-framing.js";

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
    // The same body given in the pieces it arrived in.
    const pieces = [body.subarray(0, 50), body.subarray(50, 9000), body.subarray(9000)];
    const fromPieces = parseFrames(pieces, 1024 * 1024);
    expect(fromPieces.map((f) => f.id)).toEqual(chunks.map(sha));
    expect(fromPieces.map((f) => Buffer.from(f.data))).toEqual(chunks);
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

  it("reads the same frames from a body split anywhere, copying only what spans pieces", () => {
    const chunks = [randomBytes(1), randomBytes(4096), randomBytes(70_000), randomBytes(37)];
    const body = Buffer.concat(
      chunks.flatMap((data) => [Buffer.from(frameHeader(sha(data), data.length)), data]),
    );
    for (const size of [1, 7, 36, 37, 4133, 65_536, body.length]) {
      const reader = new FrameReader(1024 * 1024);
      const frames = [];
      const pieces: Buffer[] = [];
      for (let at = 0; at < body.length; at += size) {
        // Each piece in memory of its own, as socket reads arrive.
        const piece = Buffer.from(body.subarray(at, at + size));
        pieces.push(piece);
        frames.push(...reader.push(piece));
      }
      reader.end();
      expect(
        frames.map((f) => f.id),
        `pieces of ${size}`,
      ).toEqual(chunks.map(sha));
      expect(frames.map((f) => Buffer.from(f.data))).toEqual(chunks);
      if (size === body.length) {
        // One piece: every chunk is a view of it.
        for (const frame of frames) expect(frame.data.buffer).toBe(pieces[0]?.buffer);
      }
    }
  });

  it("says a streamed body was cut short, in a header or in a chunk", () => {
    const data = randomBytes(10);
    const whole = Buffer.concat([Buffer.from(frameHeader(sha(data), 10)), data]);
    for (const cut of [20, 40]) {
      const reader = new FrameReader(100);
      expect(reader.push(whole.subarray(0, cut))).toEqual([]);
      expect(() => {
        reader.end();
      }).toThrow(/truncated/);
    }
    expect(() => new FrameReader(5).push(whole)).toThrow(/out of range/);
  });
});
