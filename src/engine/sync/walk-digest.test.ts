import { describe, expect, it } from "vitest";
import { WalkDigest, type WalkItemStat } from "./walk-digest.js";

const file = (diskRel: string, over: Partial<WalkItemStat> = {}): WalkItemStat => ({
  diskRel,
  kind: "file",
  ino: 10,
  size: 5,
  mtimeMs: 1000,
  ctimeMs: 1000.5,
  ...over,
});

describe("WalkDigest", () => {
  it("does not depend on the order of the walk", () => {
    const items = [file("a"), file("b", { ino: 11 }), { ...file("d"), kind: "folder" as const }];
    expect(WalkDigest.of(items).toString()).toBe(WalkDigest.of([...items].reverse()).toString());
  });

  it("changes with a file's path, inode, size, mtime or ctime", () => {
    const base = WalkDigest.of([file("a")]).toString();
    for (const changed of [
      file("b"),
      file("a", { ino: 11 }),
      file("a", { size: 6 }),
      file("a", { mtimeMs: 1001 }),
      file("a", { ctimeMs: 1000.25 }),
    ]) {
      expect(WalkDigest.of([changed]).toString()).not.toBe(base);
    }
  });

  it("counts a folder by path and inode, not by its times", () => {
    const folder = { ...file("d"), kind: "folder" as const };
    const touched = { ...folder, mtimeMs: 5, ctimeMs: 6 };
    expect(WalkDigest.of([folder]).toString()).toBe(WalkDigest.of([touched]).toString());
    expect(WalkDigest.of([folder]).toString()).not.toBe(
      WalkDigest.of([{ ...folder, ino: 99 }]).toString(),
    );
  });

  it("predicts a later walk: toggling out what was replaced and in what was written", () => {
    const before = WalkDigest.of([file("a"), file("b", { ino: 11 })]);
    const next = before.copy();
    next.toggle(file("b", { ino: 11 })); // replaced by a download
    next.toggle(file("b", { ino: 12, size: 9 }));
    next.toggle(file("c", { ino: 13 })); // a new download
    const actual = WalkDigest.of([
      file("c", { ino: 13 }),
      file("a"),
      file("b", { ino: 12, size: 9 }),
    ]);
    expect(next.toString()).toBe(actual.toString());
    expect(before.toString()).toBe(WalkDigest.of([file("a"), file("b", { ino: 11 })]).toString());
  });
});
