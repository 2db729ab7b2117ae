// The exclusions tree read from a real index: one level of Remote folders with the bytes
// under each, whether each holds folders, and which are excluded.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import { remoteEntry, TempIndex } from "../index/testing.js";
import { TREE_ROOT_ID } from "../tree/types.js";
import { folderChildren } from "./folder-tree.js";

describe("folderChildren", () => {
  let temp: TempIndex;
  let index: IndexStore;
  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-folder-tree-");
    index = temp.index;
  });
  afterEach(() => temp.close());

  const put = (id: string, parentId: string, name: string, size?: number) => {
    index.putRemote(remoteEntry(id, parentId, name, size), null);
  };

  it("lists one level of folders with the bytes under each, by name", () => {
    put("photos", TREE_ROOT_ID, "Photos");
    put("p1", "photos", "beach.jpg", 1000);
    put("trips", "photos", "Trips");
    put("t1", "trips", "alps.jpg", 250);
    put("deep", "trips", "2024");
    put("d1", "deep", "lake.jpg", 5);
    put("docs", TREE_ROOT_ID, "docs");
    put("top", TREE_ROOT_ID, "top.txt", 7);
    put("empty", TREE_ROOT_ID, "Archive");
    const rules = new IgnoreRules();
    rules.setExcluded(["Photos/Trips"]);

    expect(folderChildren(index, rules, "")).toEqual([
      { name: "Archive", path: "Archive", size: 0, excluded: false, hasChildren: false },
      { name: "docs", path: "docs", size: 0, excluded: false, hasChildren: false },
      { name: "Photos", path: "Photos", size: 1255, excluded: false, hasChildren: true },
    ]);
    expect(folderChildren(index, rules, "Photos")).toEqual([
      { name: "Trips", path: "Photos/Trips", size: 255, excluded: true, hasChildren: true },
    ]);
    expect(folderChildren(index, rules, "Photos/Trips/2024")).toEqual([]);
    expect(folderChildren(index, rules, "nowhere")).toEqual([]);
  });

  it("ends on folders whose parents form a loop (a damaged tree) instead of running on", () => {
    put("a", TREE_ROOT_ID, "a");
    put("b", "a", "b");
    put("f", "b", "f.bin", 10);
    // c and d name each other as parent: unreachable from the root, but their own walk down
    // would go round for ever.
    put("c", "d", "c");
    put("d", "c", "d");
    put("g", "d", "g.bin", 3);
    expect(folderChildren(index, new IgnoreRules(), "a")).toEqual([
      { name: "b", path: "a/b", size: 10, excluded: false, hasChildren: false },
    ]);
    expect(index.remoteSubfolders("c").map((f) => f.name)).toEqual(["d"]);
  });
});
