import path from "node:path";
import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { fromRelPosix, isStrictlyInside, localPathFor, toRelPosix } from "./index.js";

const root = path.resolve("/srv/cirrus/root");

function outsideRoot(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CirrusError);
  expect((caught as CirrusError).code).toBe("outside_root");
}

describe("localPathFor", () => {
  it("joins ordinary names below the root", () => {
    expect(localPathFor(root, ["Docs", "Report 2024.docx"])).toBe(
      path.join(root, "Docs", "Report 2024.docx"),
    );
    expect(localPathFor(`${root}${path.sep}`, ["a"])).toBe(path.join(root, "a"));
  });

  it.each([
    ["..", [".."]],
    [". (the folder itself)", ["."]],
    ["an empty name", ["a", ""]],
    ["a/../../etc as one name", ["a/../../etc"]],
    ["'..' deeper down", ["a", "b", "..", "..", ".."]],
    ["an absolute path as a name", ["/etc/passwd"]],
    ["a Windows absolute path", ["C:\\Windows\\System32"]],
    ["backslash traversal", ["..\\..\\secret"]],
    ["a NUL byte", ["evil\0.txt"]],
    ["a newline", ["line\nbreak"]],
    ["DEL", ["x\u007f"]],
    ["a name over 255 bytes", ["é".repeat(128)]],
    ["a name in NFD", ["Cafe\u0301"]],
    ["no names at all", []],
  ])("refuses %s", (_what, segments) => {
    outsideRoot(() => localPathFor(root, segments));
  });

  it("refuses a non-string name, whatever the wire decoder let through", () => {
    outsideRoot(() => localPathFor(root, [42 as unknown as string]));
  });

  it("accepts a name of exactly 255 bytes", () => {
    const name = "é".repeat(127) + "x"; // 254 + 1 bytes
    expect(localPathFor(root, [name])).toBe(path.join(root, name));
  });

  it("refuses names Windows reserves, but only on Windows", () => {
    for (const name of ["CON", "aux.txt", "LPT1", "a:b", "what?", "trailing.", "trailing "]) {
      outsideRoot(() => localPathFor(root, ["ok", name], { platform: "win32" }));
      expect(localPathFor(root, ["ok", name], { platform: "linux" })).toBe(
        path.join(root, "ok", name),
      );
    }
  });

  it("says which name was refused and why, without echoing raw control characters", () => {
    try {
      localPathFor(root, ["ok", "bad\0name"]);
      expect.unreachable();
    } catch (error) {
      const e = error as CirrusError;
      expect(e.message).not.toContain("\0");
      expect(e.detail).toEqual({ name: "bad\0name", problem: "name must not contain NUL" });
    }
  });

  it("refuses a relative sync root", () => {
    expect(() => localPathFor("relative/root", ["a"])).toThrow(CirrusError);
  });
});

describe("isStrictlyInside", () => {
  it("does not take a sibling with a common prefix for a child", () => {
    expect(isStrictlyInside(root, `${root}-evil${path.sep}x`)).toBe(false);
    expect(isStrictlyInside(root, `${root}evil`)).toBe(false);
  });

  it("does not count the root itself as inside", () => {
    expect(isStrictlyInside(root, root)).toBe(false);
  });

  it("accepts children, and works for the file-system root", () => {
    expect(isStrictlyInside(root, path.join(root, "a"))).toBe(true);
    const fsRoot = path.parse(root).root;
    expect(isStrictlyInside(fsRoot, path.join(fsRoot, "etc"))).toBe(true);
  });
});

describe("toRelPosix / fromRelPosix", () => {
  it("round-trips a nested path", () => {
    const abs = path.join(root, "a", "b", "c.txt");
    expect(toRelPosix(root, abs)).toBe("a/b/c.txt");
    expect(fromRelPosix(root, "a/b/c.txt")).toBe(abs);
  });

  it("maps the root to the empty path and back", () => {
    expect(toRelPosix(root, root)).toBe("");
    expect(fromRelPosix(root, "")).toBe(root);
  });

  it("gives the NFC key of a name macOS read back in NFD", () => {
    expect(toRelPosix(root, path.join(root, "Cafe\u0301", "x"))).toBe("Caf\u00e9/x");
  });

  it("refuses paths outside the root", () => {
    outsideRoot(() => toRelPosix(root, path.resolve(root, "..", "other")));
    outsideRoot(() => toRelPosix(root, `${root}-evil`));
    outsideRoot(() => toRelPosix(root, path.join(root, "a", "..", "..", "etc")));
    outsideRoot(() => toRelPosix(root, "relative/path"));
  });

  it.each(["../etc/passwd", "a/../../etc", "/etc/passwd", "a//b", "a/", "a\\..\\..\\x", "a/\0"])(
    "refuses the hostile relative path %j",
    (rel) => {
      outsideRoot(() => fromRelPosix(root, rel));
    },
  );
});
