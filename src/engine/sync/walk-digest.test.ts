import { describe, expect, it } from "vitest";
import { WalkDigest } from "./walk-digest.js";
import { walkedFile } from "./testing.js";

describe("WalkDigest", () => {
  it("does not depend on the order of the walk", () => {
    const items = [
      walkedFile("a"),
      walkedFile("b", { ino: 11 }),
      { ...walkedFile("d"), kind: "folder" as const },
    ];
    expect(WalkDigest.of(items).toString()).toBe(WalkDigest.of([...items].reverse()).toString());
  });

  it("changes with a file's path, inode, size, mtime or ctime", () => {
    const base = WalkDigest.of([walkedFile("a")]).toString();
    for (const changed of [
      walkedFile("b"),
      walkedFile("a", { ino: 11 }),
      walkedFile("a", { size: 6 }),
      walkedFile("a", { mtimeMs: 1001 }),
      walkedFile("a", { ctimeMs: 1000.25 }),
    ]) {
      expect(WalkDigest.of([changed]).toString()).not.toBe(base);
    }
  });

  it("counts a folder by path and inode, not by its times", () => {
    const folder = { ...walkedFile("d"), kind: "folder" as const };
    const touched = { ...folder, mtimeMs: 5, ctimeMs: 6 };
    expect(WalkDigest.of([folder]).toString()).toBe(WalkDigest.of([touched]).toString());
    expect(WalkDigest.of([folder]).toString()).not.toBe(
      WalkDigest.of([{ ...folder, ino: 99 }]).toString(),
    );
  });

  it("predicts a later walk: toggling out what was replaced and in what was written", () => {
    const before = WalkDigest.of([walkedFile("a"), walkedFile("b", { ino: 11 })]);
    const next = before.copy();
    next.toggle(walkedFile("b", { ino: 11 })); // replaced by a download
    next.toggle(walkedFile("b", { ino: 12, size: 9 }));
    next.toggle(walkedFile("c", { ino: 13 })); // a new download
    const actual = WalkDigest.of([
      walkedFile("c", { ino: 13 }),
      walkedFile("a"),
      walkedFile("b", { ino: 12, size: 9 }),
    ]);
    expect(next.toString()).toBe(actual.toString());
    expect(before.toString()).toBe(
      WalkDigest.of([walkedFile("a"), walkedFile("b", { ino: 11 })]).toString(),
    );
  });
});
