import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { depthOf, pathOf, sameLocation, sameName } from "./paths.js";
import { tree } from "./testing.js";

const t = tree({ d: ["root", "docs"], e: ["d", "deep"], f: ["e", "f.txt", "h1"] });

describe("paths", () => {
  it("joins names from the root, which is the empty path", () => {
    expect(pathOf(t, "root")).toBe("");
    expect(pathOf(t, "d")).toBe("docs");
    expect(pathOf(t, "f")).toBe("docs/deep/f.txt");
    expect(depthOf(t, "root")).toBe(0);
    expect(depthOf(t, "f")).toBe(3);
  });

  it("refuses a chain that does not reach the root", () => {
    const broken = tree({ x: ["missing", "x.txt", "h1"] });
    expect(() => pathOf(broken, "x")).toThrow(CirrusError);
    expect(depthOf(broken, "x")).toBe(-1);
    const loop = tree({ a: ["b", "a"], b: ["a", "b"] });
    expect(() => pathOf(loop, "a")).toThrow(CirrusError);
    expect(depthOf(loop, "a")).toBe(-1);
  });

  it("treats Unicode forms as the same name but a case change as a rename", () => {
    expect(sameName("café", "cafe\u0301")).toBe(true);
    expect(sameName("a.txt", "A.txt")).toBe(false);
    const a = { ...(t.get("f") ?? fail()), name: "F.txt" };
    expect(sameLocation(a, t.get("f") ?? fail())).toBe(false);
  });
});

function fail(): never {
  throw new Error("fixture");
}
