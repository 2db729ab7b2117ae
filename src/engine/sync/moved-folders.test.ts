// Folders moved on either side, for a round over slices: which folders the feed
// moved, what lies below them in both trees, and when a move on disk is one a slice
// can judge (everything gone was found, and nothing found stayed behind).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IndexStore } from "../index/index-store.js";
import { remoteEntry, TempIndex } from "../index/testing.js";
import { TREE_ROOT_ID } from "../tree/types.js";
import { movedOnServer, movedSubtrees, subtreesBelow, type Subtrees } from "./moved-folders.js";

describe("moved folders", () => {
  let temp: TempIndex;
  let index: IndexStore;
  /** docs/{deep/{old.txt, bottom/}, note.txt} and music/, in the Synced and Remote trees. */
  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-moved-folders-");
    index = temp.index;
    const tree: [string, string, string, number?][] = [
      ["docs", TREE_ROOT_ID, "docs"],
      ["deep", "docs", "deep"],
      ["old", "deep", "old.txt", 5],
      ["bottom", "deep", "bottom"],
      ["note", "docs", "note.txt", 5],
      ["music", TREE_ROOT_ID, "music"],
    ];
    tree.forEach(([id, parentId, name, size], i) => {
      const entry = remoteEntry(id, parentId, name, size);
      index.putRemote(entry, null);
      index.putSynced(entry, 10 + i);
    });
  });
  afterEach(() => temp.close());

  const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id).sort();
  const nothingThere: Subtrees = { synced: [], remote: [], syncedFolders: new Set() };

  it("names the Synced folders the feed moved, with where they were and went", () => {
    const moves = movedOnServer(index, [
      { id: "deep", parentId: "music", kind: "folder", deleted: false },
      { id: "new", parentId: "music", kind: "folder", deleted: false },
      { id: "note", parentId: "music", kind: "file", deleted: false },
    ]);
    expect(moves?.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: "deep", from: "docs", to: "music" },
    ]);
    expect(moves?.[0]?.node.name).toBe("deep");
    // A Synced folder deleted there: going nowhere.
    const deleted = movedOnServer(index, [
      { id: "deep", parentId: "docs", kind: "folder", deleted: true },
    ]);
    expect(deleted?.map(({ id, from, to }) => ({ id, from, to }))).toEqual([
      { id: "deep", from: "docs", to: null },
    ]);
    // A folder there that is a file here is not a move a slice can judge.
    expect(
      movedOnServer(index, [{ id: "note", parentId: "music", kind: "folder", deleted: false }]),
    ).toBeNull();
  });

  it("reads everything below some folders, level by level, in both trees", () => {
    index.applyRemoteChanges([remoteEntry("fresh", "bottom", "fresh.txt", 3)]);
    const below = subtreesBelow(index, ["deep"], 100);
    expect(ids(below?.synced ?? [])).toEqual(["bottom", "old"]);
    expect(ids(below?.remote ?? [])).toEqual(["bottom", "fresh", "old"]);
    expect([...(below?.syncedFolders ?? [])].sort()).toEqual(["bottom", "deep"]);
    // Past the cap: listing would cost what a look everywhere does.
    expect(subtreesBelow(index, ["docs"], 3)).toBeNull();
    expect(subtreesBelow(index, [], 0)).toEqual(nothingThere);
  });

  it("takes a folder moved on disk when it is gone from its place and found elsewhere", () => {
    // docs/deep went to music/deep: gone from docs, found in the new folder's walk.
    const gone = new Map([
      ["deep", "docs/deep"],
      ["bottom", "docs/deep/bottom"],
    ]);
    const found = new Set(["deep", "bottom"]);
    const moved = movedSubtrees(
      index,
      { gone, found, there: nothingThere, listed: ["docs", "music"], complete: false },
      100,
    );
    expect(ids(moved?.synced ?? [])).toEqual(["bottom", "old"]);
    expect(ids(moved?.remote ?? [])).toEqual(["bottom", "old"]);
    // Its old places, for the record to forget.
    expect(moved?.oldPlaces.sort()).toEqual(["docs/deep", "docs/deep/bottom"]);
  });

  it("leaves to a look everywhere what a slice cannot judge", () => {
    const gone = new Map([["deep", "docs/deep"]]);
    const judge = (found: string[], there = nothingThere, listed = ["docs"], complete = false) =>
      movedSubtrees(index, { gone, found: new Set(found), there, listed, complete }, 100);
    expect(judge(["deep"])).not.toBeNull();
    // Gone and not found: deleted, or moved where no hint pointed.
    expect(judge([])).toBeNull();
    // After a walk of everything named every folder that changed: deleted.
    expect(judge([], nothingThere, ["docs"], true)?.oldPlaces).toEqual([
      "docs/deep",
      "docs/deep/bottom",
    ]);
    // Found, but not gone from its place: not a move the slice saw.
    expect(judge(["deep", "music"])).toBeNull();
    // The server moved it too.
    const serverMoved = subtreesBelow(index, ["deep"], 100) as Subtrees;
    expect(judge(["deep"], serverMoved)).toBeNull();
    // The scope lists a folder inside it.
    expect(judge(["deep"], nothingThere, ["docs", "bottom"])).toBeNull();
  });
});
