// Splits a unified diff (server -> this device) into typed lines, so the conflict
// view can colour them. The text itself is always shown as text, never as markup.

export type DiffLineKind = "header" | "hunk" | "added" | "removed" | "context" | "note";

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

export function diffLines(diff: string): DiffLine[] {
  const lines = diff.replace(/\r\n/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let inHunk = false;
  return lines.map((text): DiffLine => {
    if (text.startsWith("@@")) {
      inHunk = true;
      return { kind: "hunk", text };
    }
    if (!inHunk) return { kind: "header", text };
    if (text.startsWith("+")) return { kind: "added", text };
    if (text.startsWith("-")) return { kind: "removed", text };
    if (text.startsWith(" ") || text === "") return { kind: "context", text };
    return { kind: "note", text };
  });
}
