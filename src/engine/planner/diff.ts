// Compares the merged tree with each side and lists what must change: on disk, on the
// server and in Synced. Ordering is the scheduler's job.
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import type { Intent } from "./intents.js";
import {
  copyIdFor,
  fileContent,
  must,
  plainNode,
  type Merged,
  type MNode,
  type Prepared,
} from "./model.js";
import { nfc, sameContent, sameLocation } from "./paths.js";
import type { LocalNode } from "./types.js";

/** The Local tree with re-keys applied and displaced copies left out. */
export function rekeyedLocal(prep: Prepared, merged: Merged): ReadonlyMap<string, LocalNode> {
  const { rekeys, displaced } = merged;
  if (rekeys.size === 0) return prep.local;
  const out = new Map<string, LocalNode>();
  for (const n of prep.local.values()) {
    if (displaced.has(n.id)) continue;
    const id = rekeys.get(n.id) ?? n.id;
    const parentId = n.parentId === null ? null : (rekeys.get(n.parentId) ?? n.parentId);
    out.set(id, id === n.id && parentId === n.parentId ? n : { ...n, id, parentId });
  }
  return out;
}

export function diff(
  prep: Prepared,
  merged: Merged,
  local: ReadonlyMap<string, LocalNode>,
): Intent[] {
  const out: Intent[] = [];
  const { nodes, frozen } = merged;
  const rekeySource = new Map<string, string>();
  for (const [from, to] of merged.rekeys) rekeySource.set(to, from);

  for (const m of nodes.values()) {
    if (m.id === TREE_ROOT_ID || m.copyOf !== undefined || m.parentId === null) continue;
    const l = local.get(m.id);
    const r = prep.remote.get(m.id);
    const target = { id: m.id, parentId: m.parentId, name: m.name };

    // Disk.
    if (l === undefined) {
      if (m.kind === "folder") out.push({ kind: "createLocalFolder", ...target });
      else {
        expect(r !== undefined && r.hash === m.hash, m, "download without server content");
        out.push({ kind: "downloadNew", ...target, content: fileContent(m), rev: m.rev });
      }
    } else {
      if (!sameLocation(l, m)) out.push({ kind: "moveLocal", ...target });
      if (m.kind === "file" && l.hash !== m.hash) {
        expect(r?.hash === m.hash, m, "download without server content");
        const copy = m.conflict === undefined ? undefined : must(nodes, copyIdFor(m.id));
        if (copy !== undefined) {
          out.push({
            kind: "conflictCopy",
            ...target,
            conflictId: copy.id,
            conflictName: copy.name,
            remote: fileContent(m),
            rev: m.rev,
          });
        } else {
          const placeholder = l.placeholder === true;
          out.push({ kind: "fetch", id: m.id, content: fileContent(m), rev: m.rev, placeholder });
        }
      }
    }

    // Server.
    if (r === undefined || (m.kind === "file" && r.hash !== m.hash)) {
      if (m.kind === "folder") out.push({ kind: "createRemoteFolder", ...target });
      else {
        // Invariant 8: only real local bytes are ever uploaded.
        expect(l?.hash === m.hash && l.placeholder !== true, m, "upload without local content");
        out.push({ kind: "upload", ...target, content: fileContent(m), isNew: r === undefined });
      }
    } else if (!sameLocation(r, m)) {
      out.push({ kind: "moveRemote", ...target });
    }

    // Synced.
    const from = rekeySource.get(m.id);
    if (from !== undefined && l !== undefined && r !== undefined) {
      out.push({ kind: "rekey", id: m.id, localId: from, node: rekeyRow(l, r, m) });
    } else if (l !== undefined && r !== undefined && agrees(l, m) && agrees(r, m)) {
      const s = prep.synced.get(m.id);
      if (s === undefined || !sameRow(s, m))
        out.push({ kind: "record", id: m.id, node: plainNode(m) });
    }
  }

  for (const id of merged.displaced) out.push({ kind: "deleteLocal", id, displaced: true });
  for (const id of local.keys()) {
    if (!nodes.has(id) && !frozen.has(id)) out.push({ kind: "deleteLocal", id, displaced: false });
  }
  for (const id of prep.remote.keys()) {
    if (!nodes.has(id) && !frozen.has(id)) out.push({ kind: "deleteRemote", id });
  }
  for (const id of prep.synced.keys()) {
    const known = nodes.has(id) || local.has(id) || prep.remote.has(id) || frozen.has(id);
    if (!known && id !== TREE_ROOT_ID) out.push({ kind: "forget", id });
  }
  return out;
}

function agrees(side: TreeNode, m: MNode): boolean {
  return sameLocation(side, m) && sameContent(side, m);
}

function sameRow(s: TreeNode, m: MNode): boolean {
  return (
    s.parentId === m.parentId &&
    s.name === m.name &&
    s.kind === m.kind &&
    s.hash === m.hash &&
    s.rev === m.rev
  );
}

/**
 * The Synced row written when a local item is re-keyed: per field, the agreed value, or
 * the value of the side that still has to change (so a replan pushes the change).
 */
function rekeyRow(l: LocalNode, r: TreeNode, m: MNode): TreeNode {
  const c = sameContent(l, r) || sameContent(l, m) ? r : l;
  const p = sameLocation(l, r) || sameLocation(l, m) ? r : l;
  return {
    id: m.id,
    parentId: p.parentId,
    name: nfc(p.name),
    kind: m.kind,
    hash: c.hash,
    size: c.size,
    mtime: c.mtime,
    rev: r.rev,
  };
}

function expect(ok: boolean, m: MNode, what: string): asserts ok {
  if (!ok) throw new Error(`planner: ${what} for ${m.id}`);
}
