import { describe, expect, it } from "vitest";
import type { ChunkRef } from "../../shared/protocol.js";
import { chunkGroups, GROUP_BYTES, GROUP_CHUNKS, groupFull } from "./chunk-groups.js";

const chunk = (n: number, size: number): ChunkRef => ({
  id: n.toString(16).padStart(64, "0"),
  size,
});
const KiB = 1024;

describe("chunk groups", () => {
  it("takes a request's worth of default-sized chunks per group", () => {
    const chunks = Array.from({ length: 600 }, (_, i) => chunk(i, 20 * KiB));
    const groups = chunkGroups(chunks);
    expect(groups.map((g) => g.length)).toEqual([GROUP_CHUNKS, GROUP_CHUNKS, 88]);
    expect(groups.flat()).toEqual(chunks);
  });

  it("bounds a group's bytes, so large chunks do not pile up in flight", () => {
    const chunks = Array.from({ length: 100 }, (_, i) => chunk(i, 512 * KiB));
    const groups = chunkGroups(chunks);
    expect(groups.map((g) => g.length)).toEqual([16, 16, 16, 16, 16, 16, 4]);
    for (const group of groups) {
      expect(group.reduce((n, c) => n + c.size, 0)).toBeLessThanOrEqual(GROUP_BYTES);
    }
    // A chunk larger than the bound still makes a group of its own.
    expect(chunkGroups([chunk(1, 9 * 1024 * KiB), chunk(2, 1)]).map((g) => g.length)).toEqual([
      1, 1,
    ]);
  });

  it("starts from a given chunk, and has no group for nothing", () => {
    const chunks = Array.from({ length: 10 }, (_, i) => chunk(i, KiB));
    expect(chunkGroups(chunks, 7)).toEqual([chunks.slice(7)]);
    expect(chunkGroups(chunks, 10)).toEqual([]);
    expect(groupFull(0, 0)).toBe(false);
    expect(groupFull(1, GROUP_BYTES)).toBe(true);
  });
});
