// Telling a folder deleted from one moved where no hint reached, on a real folder tree:
// by its inode among every folder on disk, without stat'ing a single file.
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FaultyFs } from "../../../test/support/faulty-fs.js";
import { IgnoreRules } from "../ignore/index.js";
import type { IndexStore } from "../index/index-store.js";
import { TempIndex } from "../index/testing.js";
import { TREE_ROOT_ID } from "../tree/types.js";
import { goneFromTree } from "./gone-folders.js";

describe("folders gone from the tree", () => {
  let temp: TempIndex;
  let index: IndexStore;
  let root: string;
  let disk: FaultyFs;
  const abs = (rel: string) => path.join(root, rel);

  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-gone-folders-");
    index = temp.index;
    root = await mkdtemp(path.join(tmpdir(), "cirrus-gone-root-"));
    disk = new FaultyFs();
    for (const rel of ["photos/2024", "docs", "build"]) await mkdir(abs(rel), { recursive: true });
    await writeFile(abs("photos/2024/beach.jpg"), "sand");
    await writeFile(abs("docs/note.txt"), "note");
    // The Synced tree as a round left it: each folder with its inode.
    for (const [id, parentId, name] of [
      ["photos", TREE_ROOT_ID, "photos"],
      ["year", "photos", "2024"],
      ["docs", TREE_ROOT_ID, "docs"],
    ] as const) {
      const rel = id === "year" ? "photos/2024" : name;
      const node = { id, parentId, name, kind: "folder" as const, hash: null, size: 0, mtime: 0 };
      index.putSynced({ ...node, rev: 1 }, (await stat(abs(rel))).ino);
    }
  });
  afterEach(async () => {
    await temp.close();
    await rm(root, { recursive: true, force: true });
  });

  const gone = (rules: IgnoreRules, ...ids: string[]) =>
    goneFromTree(disk.fs, root, rules, index, ids);
  const fileStats = () =>
    disk.calls.filter((c) => c.name.includes("stat") && c.paths.some((p) => p.endsWith(".txt")));

  it("says deleted when no folder has the inode, having stat'ed no file", async () => {
    await rm(abs("photos/2024"), { recursive: true });
    expect(await gone(new IgnoreRules(), "year")).toBe(true);
    expect(fileStats()).toEqual([]);
  });

  it("says not deleted when the folder sits elsewhere, however deep", async () => {
    await mkdir(abs("docs/old/albums"), { recursive: true });
    await rename(abs("photos/2024"), abs("docs/old/albums/2024"));
    expect(await gone(new IgnoreRules(), "year")).toBe(false);
  });

  it("counts a folder moved into an ignored folder as gone, as a walk of everything does", async () => {
    const rules = new IgnoreRules();
    await writeFile(abs(".cirrusignore"), "build/\n");
    rules.loadCirrusignore("", "build/\n"); // As the walks before this one found it.
    await rename(abs("photos/2024"), abs("build/2024"));
    expect(await gone(rules, "year")).toBe(true);
  });

  it("cannot tell when a folder cannot be read", async () => {
    await rm(abs("photos/2024"), { recursive: true });
    disk.fail("promises.readdir", "EACCES", (paths) => paths.some((p) => p.endsWith("docs")));
    expect(await gone(new IgnoreRules(), "year")).toBe(false);
    expect(disk.pendingFaults).toBe(0);
  });

  it("cannot tell when the ignore rules changed on the way", async () => {
    await rm(abs("photos/2024"), { recursive: true });
    await writeFile(abs("docs/.cirrusignore"), "*.tmp\n");
    expect(await gone(new IgnoreRules(), "year")).toBe(false);
  });

  it("cannot tell for a folder with no inode on record", async () => {
    index.putSynced(
      {
        id: "bare",
        parentId: TREE_ROOT_ID,
        name: "bare",
        kind: "folder",
        hash: null,
        size: 0,
        mtime: 0,
        rev: 1,
      },
      null,
    );
    expect(await gone(new IgnoreRules(), "bare")).toBe(false);
  });
});
