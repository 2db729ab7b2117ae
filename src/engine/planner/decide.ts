// The three-way merge of one id: given its Synced (base), Local and Remote nodes, where
// should it be and with which content? Structure (parents, cycles) and names are
// settled afterwards, across ids.
import type { TreeNode } from "../tree/types.js";
import {
  copyIdFor,
  fileContent,
  type LocFrom,
  type MNode,
  type Note,
  type Prepared,
} from "./model.js";
import { nfc, sameContent, sameLocation } from "./paths.js";
import type { DeferReason, LocalNode } from "./types.js";

export type Decision =
  /** The id exists in the merged tree. */
  | { type: "keep"; node: MNode }
  /** Deleted on one side and untouched on the other: delete it (unless a kept child needs it). */
  | { type: "delete" }
  /** Deleted on both sides: only Synced still knows it. */
  | { type: "gone" }
  | { type: "frozen"; reason: DeferReason };

export interface Decisions {
  byId: Map<string, Decision>;
  notes: Note[];
}

export function decideAll(prep: Prepared): Decisions {
  const byId = new Map<string, Decision>();
  const notes: Note[] = [];
  const ids = new Set([...prep.local.keys(), ...prep.remote.keys(), ...prep.base.keys()]);
  for (const id of ids) {
    const frozen = prep.frozen.get(id);
    const decision =
      frozen !== undefined
        ? ({ type: "frozen", reason: frozen } as const)
        : decide(id, prep.base.get(id), prep.local.get(id), prep.remote.get(id), prep, notes);
    byId.set(id, decision);
  }
  return { byId, notes };
}

function decide(
  id: string,
  s: TreeNode | undefined,
  l: LocalNode | undefined,
  r: TreeNode | undefined,
  prep: Prepared,
  notes: Note[],
): Decision {
  if (l !== undefined && r !== undefined) return { type: "keep", node: both(s, l, r, notes) };
  if (l !== undefined) {
    if (s === undefined) return { type: "keep", node: fromOneSide(l, "local", 0) };
    // Gone from the server, still here.
    if (prep.options.remoteIncomplete) return { type: "frozen", reason: "remoteIncomplete" };
    // A placeholder has no bytes to keep: the server's delete wins.
    if (l.placeholder === true) return { type: "delete" };
    // A change beats a delete (invariant 1); folders are kept only for what they hold.
    if (l.kind === "file" && (!sameContent(l, s) || !sameLocation(l, s))) {
      notes.push({ kind: "editDelete", id });
      return { type: "keep", node: fromOneSide(l, "local", 0) };
    }
    return { type: "delete" };
  }
  if (r !== undefined) {
    if (s === undefined) return { type: "keep", node: fromOneSide(r, "remote", r.rev) };
    // Deleted here, still on the server.
    if (r.kind === "file" && (!sameContent(r, s) || !sameLocation(r, s))) {
      notes.push({ kind: "deleteEdit", id });
      return { type: "keep", node: fromOneSide(r, "remote", r.rev) };
    }
    return { type: "delete" };
  }
  if (prep.options.remoteIncomplete) return { type: "frozen", reason: "remoteIncomplete" };
  return { type: "gone" };
}

/** Present on both sides: merge content and location separately. */
function both(s: TreeNode | undefined, l: LocalNode, r: TreeNode, notes: Note[]): MNode {
  // Without a base (first sync, or a restored server) any difference counts as a change
  // on both sides: equal stays equal, different is a conflict, never a silent overwrite.
  const lc = s === undefined ? !sameContent(l, r) : !sameContent(l, s);
  const rc = s === undefined ? !sameContent(l, r) : !sameContent(r, s);
  const lm = s === undefined ? !sameLocation(l, r) : !sameLocation(l, s);
  const rm = s === undefined ? !sameLocation(l, r) : !sameLocation(r, s);

  let content: TreeNode = r;
  let conflict: MNode["conflict"];
  if (lc && !rc) content = l;
  else if (lc && rc && !sameContent(l, r)) {
    conflict = fileContent(l);
    notes.push({ kind: "content", id: r.id, otherId: copyIdFor(r.id) });
  }

  let loc: TreeNode = r;
  let locFrom: LocFrom = "base";
  if (lm && !rm) {
    loc = l;
    locFrom = "local";
  } else if (rm && !(lm && sameLocation(l, r))) {
    locFrom = "remote";
    // Moved to different places on both sides: the server's place wins, one copy kept.
    if (lm && s !== undefined) notes.push({ kind: "move", id: r.id });
  }

  const node: MNode = {
    id: r.id,
    parentId: loc.parentId,
    name: nfc(loc.name),
    kind: r.kind,
    hash: content.hash,
    size: content.size,
    mtime: content.mtime,
    rev: r.rev,
    locFrom,
  };
  if (conflict !== undefined) node.conflict = conflict;
  return node;
}

export function fromOneSide(n: TreeNode, locFrom: LocFrom, rev: number): MNode {
  return {
    id: n.id,
    parentId: n.parentId,
    name: nfc(n.name),
    kind: n.kind,
    hash: n.hash,
    size: n.size,
    mtime: n.mtime,
    rev,
    locFrom,
  };
}
