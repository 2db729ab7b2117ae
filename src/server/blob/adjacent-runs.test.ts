import { describe, expect, it } from "vitest";
import { adjacentRuns } from "./adjacent-runs.js";

const at = (packId: number, offset: number, length: number) => ({ packId, offset, length });

describe("adjacentRuns", () => {
  it("joins chunks stored back to back in one pack, in the order asked", () => {
    const runs = adjacentRuns([at(1, 0, 10), at(1, 10, 5), at(1, 15, 5), at(2, 0, 7)], 100);
    expect(runs).toEqual([
      { packId: 1, offset: 0, length: 20, first: 0, count: 3 },
      { packId: 2, offset: 0, length: 7, first: 3, count: 1 },
    ]);
  });

  it("starts a new run at a gap, a step back or the byte limit", () => {
    const runs = adjacentRuns(
      [at(1, 0, 10), at(1, 20, 10), at(1, 0, 10), at(1, 10, 10), at(1, 20, 10)],
      20,
    );
    expect(runs.map((r) => [r.offset, r.length, r.first, r.count])).toEqual([
      [0, 10, 0, 1],
      [20, 10, 1, 1],
      [0, 20, 2, 2],
      [20, 10, 4, 1],
    ]);
  });

  it("keeps a chunk larger than the limit as a run of its own", () => {
    expect(adjacentRuns([at(3, 0, 50)], 20)).toEqual([
      { packId: 3, offset: 0, length: 50, first: 0, count: 1 },
    ]);
    expect(adjacentRuns([], 20)).toEqual([]);
  });
});
