import { describe, expect, it } from "vitest";
import { rebaseCirrusignore, rebaseRule } from "./rebase.js";

describe("rebaseRule", () => {
  it("keeps root rules as written", () => {
    expect(rebaseRule("", "*.log")).toBe("*.log");
    expect(rebaseRule("", "!keep.log")).toBe("!keep.log");
  });

  it("lets an unanchored rule match at any depth below its folder", () => {
    expect(rebaseRule("a/b", "*.log")).toBe("a/b/**/*.log");
    expect(rebaseRule("a", "build/")).toBe("a/**/build/");
  });

  it("anchors a rule with a leading or inner slash to its folder", () => {
    expect(rebaseRule("a", "/dist")).toBe("a/dist");
    expect(rebaseRule("a", "docs/*.pdf")).toBe("a/docs/*.pdf");
    expect(rebaseRule("a", "**/tmp")).toBe("a/**/tmp");
  });

  it("keeps negation in front of the folder prefix", () => {
    expect(rebaseRule("a", "!keep.log")).toBe("!a/**/keep.log");
    expect(rebaseRule("a", "!\\!bang")).toBe("!a/**/!bang");
  });

  it("drops comments, blank lines and rules that match nothing", () => {
    for (const line of ["", "   ", "# comment", "/", "!", "!/"]) {
      expect(rebaseRule("a", line)).toBeNull();
    }
  });

  it("turns escaped # and ! into literals once they are no longer at the line start", () => {
    expect(rebaseRule("a", "\\#notes")).toBe("a/**/#notes");
    expect(rebaseRule("a", "\\!important")).toBe("a/**/!important");
  });

  it("escapes glob characters in the folder name so they stay literal", () => {
    expect(rebaseRule("my [x] *dir?", "*.log")).toBe("my \\[x\\] \\*dir\\?/**/*.log");
    expect(rebaseRule("!#", "*.log")).toBe("\\!\\#/**/*.log");
  });

  it("ignores unescaped trailing spaces but keeps escaped ones", () => {
    expect(rebaseRule("a", "build/   ")).toBe("a/**/build/");
    expect(rebaseRule("a", "name\\ ")).toBe("a/**/name\\ ");
  });
});

describe("rebaseCirrusignore", () => {
  it("reads CRLF files and normalises NFD rules to NFC", () => {
    const nfd = "cafe\u0301.txt";
    expect(rebaseCirrusignore("d", `# c\r\n*.log\r\n\r\n${nfd}\r\n`)).toEqual([
      "d/**/*.log",
      "d/**/caf\u00e9.txt",
    ]);
  });
});
