// Finding new folders for a round over slices: where a hinted folder the Synced tree
// lacks begins, which folders the feed brought new, which listed ones a slice may take.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { IndexStore } from "../index/index-store.js";
import { TempIndex } from "../index/testing.js";
import type { WalkedItem } from "../scan/walk.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import {
  dropOutside,
  movedIn,
  newOnDisk,
  newOnServer,
  newRootsListed,
  serverFolderPaths,
} from "./new-folders.js";

describe("new folders", () => {
  let temp: TempIndex;
  let index: IndexStore;
  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-new-folders-");
    index = temp.index;
    const put = (
      id: string,
      parentId: string,
      name: string,
      kind: "file" | "folder",
      ino: number,
    ) => {
      index.putSynced({ id, parentId, name, kind, hash: null, size: 0, mtime: 0, rev: 1 }, ino);
    };
    put("docs", TREE_ROOT_ID, "docs", "folder", 10);
    put("deep", "docs", "deep", "folder", 11);
    put("note", "docs", "note.txt", "file", 12);
  });
  afterEach(() => temp.close());

  const folderItem = (diskRel: string, ino: number): WalkedItem => ({
    rel: diskRel.normalize("NFC"),
    diskRel,
    kind: "folder",
    ino,
    size: 0,
    mtimeMs: 0,
    ctimeMs: 0,
  });
  const node = (id: string, parentId: string, name: string): TreeNode => ({
    id,
    parentId,
    name,
    kind: "folder",
    hash: null,
    size: 0,
    mtime: 0,
    rev: 1,
  });

  it("finds the topmost new folder below the deepest Synced folder of a hint", () => {
    expect(newOnDisk(index, "music")).toEqual({
      parentId: TREE_ROOT_ID,
      parentDiskRel: "",
      name: "music",
    });
    expect(newOnDisk(index, "docs/deep/a/b/c")).toEqual({
      parentId: "deep",
      parentDiskRel: "docs/deep",
      name: "a",
    });
    // A file where the path goes on: replaced by a folder, not new.
    expect(newOnDisk(index, "docs/note.txt/inside")).toBeNull();
  });

  it("names the folders the feed brought new, with their parents", () => {
    const made = newOnServer(index, [
      { id: "m", parentId: TREE_ROOT_ID, kind: "folder", deleted: false },
      { id: "m2", parentId: "m", kind: "folder", deleted: false },
      { id: "f", parentId: "m2", kind: "file", deleted: false },
    ]);
    expect(made).toEqual(
      new Map([
        ["m", TREE_ROOT_ID],
        ["m2", "m"],
      ]),
    );
    // A Synced folder in the feed is not new (moved-folders.ts takes it).
    expect(
      newOnServer(index, [{ id: "deep", parentId: TREE_ROOT_ID, kind: "folder", deleted: false }]),
    ).toEqual(new Map());
    // One made and deleted there since: nothing here.
    expect(
      newOnServer(index, [{ id: "x", parentId: TREE_ROOT_ID, kind: "folder", deleted: true }]),
    ).toEqual(new Map());
  });

  it("takes the listed folders the Synced tree lacks, unless another tree holds the name", () => {
    const parents = new Map([["docs", "docs"]]);
    const synced = [node("deep", "docs", "deep")];
    // "new" was hinted or not: listed in a folder of the scope, it is new there.
    const listed = [folderItem("docs/new", 20), folderItem("docs/deep", 11)];
    const roots = newRootsListed({ parents, listed, synced, remote: [] });
    expect(roots?.map((r) => r.diskRel)).toEqual(["docs/new"]);
    // Listed outside the scope's folders (below a new one): not a root of its own.
    expect(
      newRootsListed({ parents, listed: [folderItem("docs/new/x", 21)], synced, remote: [] }),
    ).toEqual([]);
    // The server has a folder of that name there, in any case: both sides made one.
    const remote = [node("r", "docs", "NEW")];
    expect(newRootsListed({ parents, listed, synced, remote })).toBeNull();
    // A case-only rename on disk: the Synced name in another case.
    const renamed = [folderItem("docs/Deep", 11)];
    expect(newRootsListed({ parents, listed: renamed, synced, remote: [] })).toBeNull();
    // Elsewhere it is no clash.
    const other = [node("r", TREE_ROOT_ID, "new")];
    expect(newRootsListed({ parents, listed, synced, remote: other })).not.toBeNull();
  });

  it("names the Synced folders whose inodes a new subtree holds", () => {
    expect(movedIn(index, [folderItem("music", 30), folderItem("music/a", 31)])).toEqual(new Set());
    expect(movedIn(index, [folderItem("music", 30), folderItem("music/deep", 11)])).toEqual(
      new Set(["deep"]),
    );
    // A file's inode is not a folder's.
    expect(movedIn(index, [{ ...folderItem("music/x", 12), kind: "file" }])).toEqual(new Set());
  });

  it("places the folders new on the server below the scope's, nested ones too", () => {
    const made = new Map([
      ["m", TREE_ROOT_ID],
      ["m2", "m"],
      ["d2", "docs"],
      ["lost", "nowhere"],
    ]);
    const nodes = [
      node("m", TREE_ROOT_ID, "music"),
      node("m2", "m", "live"),
      node("d2", "docs", "new"),
    ];
    const placed = new Map([
      [TREE_ROOT_ID, ""],
      ["docs", "Docs"],
    ]);
    expect(serverFolderPaths(made, nodes, placed).sort()).toEqual([
      "Docs/new",
      "music",
      "music/live",
    ]);
  });

  it("forgets the new server folders outside the scope, and those whose parents loop", () => {
    const made = new Map([
      ["m", TREE_ROOT_ID],
      ["m2", "m"],
      ["x", "excluded"],
      ["x2", "x"],
      ["l1", "l2"],
      ["l2", "l1"],
    ]);
    dropOutside(made, (id) => id === TREE_ROOT_ID);
    expect([...made.keys()]).toEqual(["m", "m2"]);
  });
});
