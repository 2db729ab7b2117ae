// The Synced tree as rounds and hydration read it (all rows at once, one by id or by
// path), and Remote nodes found by path (version history).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TREE_ROOT_ID } from "../tree/types.js";
import type { IndexStore } from "./index-store.js";
import { remoteEntry, TempIndex } from "./testing.js";

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

  it("finds a node by its path, among nodes of the same name in other folders", () => {
    const put = (id: string, parentId: string, name: string, kind: "file" | "folder") => {
      index.putSynced({ id, parentId, name, kind, hash: null, size: 0, mtime: 0, rev: 1 }, null);
    };
    put("a", TREE_ROOT_ID, "a", "folder");
    put("b", "a", "b", "folder");
    put("x1", "a", "x.txt", "file");
    put("x2", "b", "x.txt", "file");
    put("x3", TREE_ROOT_ID, "x.txt", "file");
    // Parents that form a loop reach no path.
    put("l1", "l2", "loop", "folder");
    put("l2", "l1", "loop", "folder");
    put("x4", "l1", "x.txt", "file");

    expect(index.syncedAt("a/b/x.txt")?.id).toBe("x2");
    expect(index.syncedAt("a/x.txt")?.id).toBe("x1");
    expect(index.syncedAt("x.txt")?.id).toBe("x3");
    expect(index.syncedAt("a/b")?.id).toBe("b");
    expect(index.syncedAt("b/x.txt")).toBeNull();
    expect(index.syncedAt("loop/x.txt")).toBeNull();
    expect(index.syncedAt("a/b/nope.txt")).toBeNull();
  });

  it("finds a Remote node's id by its path the same way", () => {
    for (const entry of [
      remoteEntry("r-a", TREE_ROOT_ID, "a"),
      remoteEntry("r-x1", "r-a", "x.txt", 0),
      remoteEntry("r-x2", TREE_ROOT_ID, "x.txt", 0),
      remoteEntry("r-orphan", "gone", "x.txt", 0),
    ]) {
      index.putRemote(entry, null);
    }

    expect(index.remoteIdAt("a/x.txt")).toBe("r-x1");
    expect(index.remoteIdAt("x.txt")).toBe("r-x2");
    expect(index.remoteIdAt("a")).toBe("r-a");
    expect(index.remoteIdAt("gone/x.txt")).toBeNull();
    expect(index.remoteIdAt("a/y.txt")).toBeNull();
  });

  it("finds Synced folders by inode, not files, over several statements", () => {
    index.putSynced({ ...folder, hash: null, size: 0, mtime: 0, rev: 1 }, 11);
    index.putSynced({ ...file, hash: "h".repeat(64), size: 5, mtime: 1, rev: 1 }, 12);
    expect(index.syncedFoldersByIno([])).toEqual([]);
    expect(index.syncedFoldersByIno([12, 13])).toEqual([]);
    // More inodes than one statement binds: the folder's is found in the second.
    const many = Array.from({ length: 700 }, (_, i) => 1000 + i);
    expect(index.syncedFoldersByIno([...many, 11])).toEqual([folder.id]);
  });
});
