import { describe, expect, it } from "vitest";
import { FolderDigests } from "./folder-digests.js";
import type { WalkItemStat } from "./walk-digest.js";
import { walkedFile } from "./testing.js";

const folder = (diskRel: string, ino: number): WalkItemStat => ({
  ...walkedFile(diskRel),
  kind: "folder",
  ino,
});

const recorded = (digests: FolderDigests) => new Map(digests.toRecord(100) ?? []);

describe("FolderDigests against a record", () => {
  const before = [
    folder("docs", 1),
    folder("docs/old", 2),
    walkedFile("docs/a.txt"),
    walkedFile("top.txt"),
  ];

  it("finds no folder changed when the walk is the recorded one, in any order", () => {
    const record = recorded(FolderDigests.of(before));
    expect(FolderDigests.of([...before].reverse()).changedSince(record)).toEqual([]);
  });

  it("names the folder of a changed, new or removed entry, and folders that came or went", () => {
    const record = recorded(FolderDigests.of(before));
    const edited = FolderDigests.of([
      ...before.slice(0, 2),
      walkedFile("docs/a.txt", { size: 6 }),
      walkedFile("top.txt"),
    ]);
    expect(edited.changedSince(record)).toEqual(["docs"]);
    const added = FolderDigests.of([...before, walkedFile("docs/old/new.txt")]);
    expect(added.changedSince(record)).toEqual(["docs/old"]);
    // docs/old gone: its parent lost an entry.
    const removed = FolderDigests.of([before[0], before[2], before[3]] as WalkItemStat[]);
    expect(removed.changedSince(record)).toEqual(["docs"]);
    const emptied = FolderDigests.of([
      folder("docs", 1),
      folder("docs/old", 2),
      walkedFile("top.txt"),
    ]);
    expect(emptied.changedSince(record)).toEqual(["docs"]);
    expect(FolderDigests.of([]).changedSince(record).sort()).toEqual(["", "docs"]);
  });

  it("treats a folder whose entries cancelled out as never seen, and keeps no record past the limit", () => {
    const digests = FolderDigests.of(before);
    // Both entries of docs removed one by one (as a round's writes are applied).
    digests.toggle(before[1] as WalkItemStat);
    digests.toggle(before[2] as WalkItemStat);
    expect(digests.toRecord(100)?.map(([name]) => name)).toEqual([""]);
    expect(digests.changedSince(recorded(digests))).toEqual([]);
    expect(digests.changedSince(recorded(FolderDigests.of(before)))).toEqual(["docs"]);
    expect(FolderDigests.of(before).toRecord(1)).toBeNull();
  });
});
