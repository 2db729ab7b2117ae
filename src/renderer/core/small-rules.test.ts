import { describe, expect, it } from "vitest";
import { fileActions } from "./file-state-text.js";
import { massDeleteKey } from "./mass-delete.js";

describe("fileActions", () => {
  it("offers download for online-only files and free-up for local ones", () => {
    expect(fileActions("file", "placeholder")).toMatchObject({
      download: true,
      freeUp: false,
      pin: true,
    });
    expect(fileActions("file", "hydrated")).toMatchObject({
      download: false,
      freeUp: true,
      pin: true,
    });
    expect(fileActions("file", "pinned")).toMatchObject({
      download: false,
      freeUp: false,
      pin: true,
    });
  });

  it("offers nothing but navigation for folders, and nothing for excluded entries", () => {
    expect(fileActions("folder", "hydrated")).toEqual({
      download: false,
      freeUp: false,
      pin: false,
      open: true,
    });
    expect(fileActions("file", "excluded")).toMatchObject({
      download: false,
      freeUp: false,
      pin: false,
      open: false,
    });
  });
});

describe("massDeleteKey", () => {
  it("tells sets apart by count and paths", () => {
    const a = massDeleteKey({ count: 3, paths: ["a", "b", "c"], where: "here" });
    expect(massDeleteKey({ count: 3, paths: ["a", "b", "c"], where: "here" })).toBe(a);
    expect(massDeleteKey({ count: 4, paths: ["a", "b", "c"], where: "here" })).not.toBe(a);
    expect(massDeleteKey({ count: 3, paths: ["a", "b", "d"], where: "here" })).not.toBe(a);
  });
});
