// Turns the merge's notes into what the user reads: which item, where it ended up and
// where the other version went. Every conflict here kept all versions.
import type { Merged, Note } from "./model.js";
import { compareStrings, tryPathOf } from "./paths.js";
import type { ConflictInfo } from "./types.js";

export function describeConflicts(merged: Merged): ConflictInfo[] {
  const out: ConflictInfo[] = [];
  const seen = new Set<string>();
  for (const note of merged.notes) {
    const info = describe(merged, note);
    if (info === undefined) continue;
    const key = `${info.kind}\u0000${info.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(info);
  }
  return out.sort(
    (a, b) =>
      compareStrings(a.path, b.path) ||
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.id, b.id),
  );
}

function describe(merged: Merged, note: Note): ConflictInfo | undefined {
  const id = merged.rekeys.get(note.id) ?? note.id;
  const path = tryPathOf(merged.nodes, id);
  if (path === undefined) return undefined;
  const other = note.otherId === undefined ? undefined : tryPathOf(merged.nodes, note.otherId);
  switch (note.kind) {
    case "content":
      if (other === undefined) return undefined;
      return {
        kind: "content",
        id,
        path,
        conflictPath: other,
        message: `Both sides changed "${path}". The server's version keeps the name; this device's version is kept as "${other}".`,
      };
    case "editDelete":
      return {
        kind: "editDelete",
        id,
        path,
        message: `"${path}" was deleted on the server but changed here; it is uploaded again.`,
      };
    case "deleteEdit":
      return {
        kind: "deleteEdit",
        id,
        path,
        message: `"${path}" was deleted here but changed on the server; it is downloaded again.`,
      };
    case "name": {
      if (other === undefined) return undefined;
      return {
        kind: "name",
        id,
        path: other,
        conflictPath: path,
        message: `Two different items were named "${other}"; this one was renamed to "${path}".`,
      };
    }
    case "move":
      return {
        kind: "move",
        id,
        path,
        message: `"${path}" was moved to different places on both sides; the server's place was kept.`,
      };
    case "cycle":
      return {
        kind: "cycle",
        id,
        path,
        message: `Moves on both sides would have put folders inside each other; "${path}" stays where the server has it.`,
      };
    case "restoredFolder":
      return {
        kind: "restoredFolder",
        id,
        path,
        message: `"${path}" was deleted on one side while the other added or changed items in it; it was kept.`,
      };
  }
}
