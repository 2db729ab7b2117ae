import { describe, expect, it } from "vitest";
import { MAX_NAME_BYTES, nameProblem } from "../../shared/names.js";
import { conflictName, splitExtension, uniqueConflictName } from "./conflict-name.js";

const WHEN = new Date(Date.UTC(2026, 10, 23, 16, 32, 40));
const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

describe("conflictName", () => {
  it("puts the stamp and device before the extension", () => {
    expect(conflictName("report.txt", WHEN, "laptop")).toBe(
      "report (conflicted copy 2026-11-23 163240 laptop).txt",
    );
  });

  it("appends the suffix to names without an extension and to hidden files", () => {
    expect(conflictName("README", WHEN, "laptop")).toBe(
      "README (conflicted copy 2026-11-23 163240 laptop)",
    );
    expect(conflictName(".bashrc", WHEN, "laptop")).toBe(
      ".bashrc (conflicted copy 2026-11-23 163240 laptop)",
    );
    expect(conflictName("file.", WHEN, "pc")).toBe("file. (conflicted copy 2026-11-23 163240 pc)");
  });

  it("keeps only the last extension, and none for hidden files that have one", () => {
    expect(conflictName(".config.json", WHEN, "pc")).toBe(
      ".config (conflicted copy 2026-11-23 163240 pc).json",
    );
    expect(conflictName("archive.tar.gz", WHEN, "pc")).toBe(
      "archive.tar (conflicted copy 2026-11-23 163240 pc).gz",
    );
  });

  it("keeps a folder's whole name before the suffix", () => {
    expect(conflictName("my.photos", WHEN, "pc", { folder: true })).toBe(
      "my.photos (conflicted copy 2026-11-23 163240 pc)",
    );
  });

  it("numbers further copies and leaves out an empty device name", () => {
    expect(conflictName("a.txt", WHEN, "", { counter: 2 })).toBe(
      "a (conflicted copy 2026-11-23 163240 2).txt",
    );
  });

  it("makes device names safe to use in a file name", () => {
    const name = conflictName("a.txt", WHEN, "../evil/\u0000box");
    expect(nameProblem(name)).toBeNull();
    expect(name).not.toContain("/");
  });

  it("stays within 255 bytes of UTF-8, cutting whole characters and keeping the extension", () => {
    const long = `${"é".repeat(125)}.txt`; // 254 bytes
    const name = conflictName(long, WHEN, "laptop");
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.endsWith(" laptop).txt")).toBe(true);
    expect(nameProblem(name)).toBeNull();
    const emoji = conflictName("😀".repeat(63), WHEN, "x".repeat(300));
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(nameProblem(emoji)).toBeNull();
  });

  it("treats over-long or spaced tails as part of the name, not as an extension", () => {
    expect(splitExtension("notes.final version")).toEqual({ stem: "notes.final version", ext: "" });
    expect(splitExtension(`a.${"x".repeat(40)}`).ext).toBe("");
  });

  it("finds a name not taken in the folder, by case- and form-insensitive key", () => {
    const first = conflictName("a.txt", WHEN, "pc").toLowerCase();
    const name = uniqueConflictName("a.txt", WHEN, "pc", false, (key) => key === first);
    expect(name).toBe("a (conflicted copy 2026-11-23 163240 pc 2).txt");
  });
});
