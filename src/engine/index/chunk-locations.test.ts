// Where a large file's chunks can be read back: recorded after the hash, by
// locateChunks(), so the upload that follows does not wait on thousands of rows.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChunkRef } from "../../shared/protocol.js";
import type { IndexStore } from "./index-store.js";
import { TempIndex } from "./testing.js";

const id = (n: number) => n.toString(16).padStart(64, "0");
const chunks = (ids: number[], size = 16 * 1024): ChunkRef[] =>
  ids.map((n) => ({ id: id(n), size }));

function cached(file: string, list: ChunkRef[]) {
  return {
    path: file,
    ino: 1,
    size: list.reduce((sum, c) => sum + c.size, 0),
    mtimeMs: 1,
    ctimeMs: 1,
    hash: id(999),
    chunks: list,
  };
}

describe("chunk locations of large files", () => {
  let temp: TempIndex;
  let index: IndexStore;
  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-locations-");
    index = temp.index;
  });
  afterEach(() => temp.close());

  it("records them when asked, replacing the places of the file's last version", () => {
    index.putCachedFile(cached("big.bin", chunks([1, 2, 3, 4, 5])));
    // Cached at once; placed only when asked.
    expect(index.cachedFile("big.bin")?.chunks).toHaveLength(5);
    expect(index.chunkLocations(id(3))).toEqual([]);
    index.locateChunks();
    expect(index.chunkLocations(id(3))).toEqual([
      { path: "big.bin", offset: 2 * 16384, size: 16384 },
    ]);

    // A new version: the old places stay (verified before use) until the new ones land.
    index.putCachedFile(cached("big.bin", chunks([1, 2, 7, 4, 5])));
    expect(index.chunkLocations(id(3))).toHaveLength(1);
    index.locateChunks();
    expect(index.chunkLocations(id(3))).toEqual([]);
    expect(index.chunkLocations(id(7))).toEqual([
      { path: "big.bin", offset: 2 * 16384, size: 16384 },
    ]);
  });

  it("forgets a dropped file's places, recorded or not", () => {
    index.putCachedFile(cached("a.bin", chunks([1, 2, 3, 4])));
    index.locateChunks();
    index.putCachedFile(cached("b.bin", chunks([5, 6, 7, 8])));
    index.dropCachedFile("a.bin");
    index.dropCachedFile("b.bin");
    index.locateChunks();
    for (const n of [1, 5]) expect(index.chunkLocations(id(n))).toEqual([]);
  });

  it("records small files' chunks nowhere, and everything pending on close", async () => {
    index.putCachedFile(cached("small.txt", chunks([1], 100)));
    index.putCachedFile(cached("big.bin", chunks([2, 3, 4, 5])));
    index = await temp.reopen();
    expect(index.chunkLocations(id(1))).toEqual([]);
    expect(index.chunkLocations(id(4))).toEqual([
      { path: "big.bin", offset: 2 * 16384, size: 16384 },
    ]);
  });
});
