// A short unified diff between the two versions of a conflicted text file.
import { createTwoFilesPatch } from "diff";

const MAX_LINES = 200;

export function shortDiff(
  remotePath: string,
  localPath: string,
  remote: string,
  local: string,
): string {
  const patch = createTwoFilesPatch(remotePath, localPath, remote, local, "server", "this device", {
    context: 3,
  });
  // Drop the "Index:" and "====" banner the patch format starts with: noise in a dialog.
  const all = patch.split("\n");
  const lines = all.slice(
    Math.max(
      0,
      all.findIndex((l) => l.startsWith("--- ")),
    ),
  );
  if (lines.length <= MAX_LINES) return lines.join("\n");
  return [...lines.slice(0, MAX_LINES), `… ${lines.length - MAX_LINES} more lines`].join("\n");
}
