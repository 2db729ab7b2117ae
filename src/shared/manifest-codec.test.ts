import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decodeManifest, encodeManifest } from "./manifest-codec.js";
import type { ChunkRef } from "./protocol.js";

const chunk = (i: number): ChunkRef => ({
  id: createHash("sha256").update(String(i)).digest("hex"),
  size: 1 + ((i * 7919) % 65536),
});

describe("manifest codec", () => {
  it("round-trips a manifest, 36 bytes per chunk", () => {
    const chunks = Array.from({ length: 1000 }, (_, i) => chunk(i));
    chunks.push({ id: "f".repeat(64), size: 0xffffffff }, { id: "0".repeat(64), size: 0 });
    const packed = encodeManifest(chunks);
    expect(packed.length).toBe(chunks.length * 36);
    expect(decodeManifest(packed)).toEqual(chunks);
  });

  it("packs ids as raw bytes and sizes big-endian", () => {
    const id = randomBytes(32);
    const packed = encodeManifest([{ id: id.toString("hex"), size: 0x01020304 }]);
    expect(packed.subarray(0, 32).equals(id)).toBe(true);
    expect([...packed.subarray(32)]).toEqual([1, 2, 3, 4]);
  });

  it("gives exactly the packed bytes, which later calls leave alone", () => {
    // Small Buffers come from a shared pool: callers store the result itself, never its
    // underlying ArrayBuffer, and a later encode must not write over an earlier one.
    const packed = encodeManifest([chunk(1)]);
    const copy = Buffer.from(packed);
    encodeManifest([chunk(2)]);
    expect(packed.equals(copy)).toBe(true);
    expect(decodeManifest(new Uint8Array(packed))).toEqual([chunk(1)]);
  });

  it("decodes an empty or missing manifest as no chunks", () => {
    expect(decodeManifest(encodeManifest([]))).toEqual([]);
    expect(decodeManifest(null)).toEqual([]);
    expect(decodeManifest(undefined)).toEqual([]);
  });

  it("refuses ids that are not 64 hex digits instead of storing them truncated", () => {
    for (const id of ["zz".repeat(32), "ab".repeat(31) + "g0", "ab".repeat(31), "ab".repeat(33)]) {
      expect(() => encodeManifest([{ id, size: 1 }])).toThrow(/not a chunk id/);
    }
  });
});
