// The Synced tree as rounds and hydration read it: all rows at once, or one by id.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TREE_ROOT_ID } from "../tree/types.js";
import type { IndexStore } from "./index-store.js";
import { TempIndex } from "./testing.js";

describe("Synced nodes", () => {
  let temp: TempIndex;
  let index: IndexStore;
  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-synced-");
    index = temp.index;
  });
  afterEach(() => temp.close());

  const folder = { id: "f1", parentId: TREE_ROOT_ID, name: "docs", kind: "folder" as const };
  const file = { id: "n1", parentId: "f1", name: "a.txt", kind: "file" as const };

  it("reads one node by id as the whole tree has it, and null for an unknown id", () => {
    index.putSynced({ ...folder, hash: null, size: 0, mtime: 0, rev: 3 }, 11);
    index.putSynced(
      { ...file, hash: "h".repeat(64), size: 5, mtime: 1000, rev: 4 },
      null,
      [],
      true,
    );

    const all = index.syncedNodes();
    expect(all).toHaveLength(2);
    for (const node of all) expect(index.syncedNode(node.id)).toEqual(node);
    expect(index.syncedNode("n1")).toEqual({
      ...file,
      hash: "h".repeat(64),
      size: 5,
      mtime: 1000,
      rev: 4,
      ino: null,
      placeholder: true,
    });
    expect(index.syncedNode("f1")).toMatchObject({ ino: 11, placeholder: false });
    expect(index.syncedNode("nope")).toBeNull();
  });
});
