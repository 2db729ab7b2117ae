import { describe, expect, it } from "vitest";
import { diffLines } from "./diff-lines.js";

describe("diffLines", () => {
  it("types the lines of a unified diff", () => {
    const diff = [
      "Index: notes.txt",
      "===",
      "--- notes.txt\tserver",
      "+++ notes (conflict).txt\tthis device",
      "@@ -1,3 +1,3 @@",
      " same",
      "-theirs",
      "+mine",
      "",
      "\\ No newline at end of file",
      "",
    ].join("\n");
    expect(diffLines(diff).map((l) => l.kind)).toEqual([
      "header",
      "header",
      "header",
      "header",
      "hunk",
      "context",
      "removed",
      "added",
      "context",
      "note",
    ]);
  });

  it("keeps markup as plain text", () => {
    expect(diffLines("@@ -1 +1 @@\n+<script>alert(1)</script>")[1]).toEqual({
      kind: "added",
      text: "+<script>alert(1)</script>",
    });
  });
});
