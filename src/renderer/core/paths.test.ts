import { describe, expect, it } from "vitest";
import { baseName, breadcrumbs, dirName, isImagePath, isWithin, joinPath } from "./paths.js";

describe("paths", () => {
  it("splits names and folders", () => {
    expect(baseName("a/b/c.txt")).toBe("c.txt");
    expect(baseName("c.txt")).toBe("c.txt");
    expect(dirName("a/b/c.txt")).toBe("a/b");
    expect(dirName("c.txt")).toBe("");
    expect(joinPath("", "a")).toBe("a");
    expect(joinPath("a", "b")).toBe("a/b");
  });

  it("builds breadcrumbs from the root down", () => {
    expect(breadcrumbs("")).toEqual([{ name: "All files", path: "" }]);
    expect(breadcrumbs("Photos/2024")).toEqual([
      { name: "All files", path: "" },
      { name: "Photos", path: "Photos" },
      { name: "2024", path: "Photos/2024" },
    ]);
  });

  it("recognises images by extension, case-insensitively", () => {
    expect(isImagePath("a/B.JPG")).toBe(true);
    expect(isImagePath("a/b.png.txt")).toBe(false);
    expect(isImagePath(".png")).toBe(false);
  });

  it("knows what is inside a folder", () => {
    expect(isWithin("a/b/c", "a/b")).toBe(true);
    expect(isWithin("a/bc", "a/b")).toBe(false);
    expect(isWithin("anything", "")).toBe(true);
  });
});
