// Test support for the planner (not exported from index.ts): build trees tersely,
// mutate them like a user would, replay plans and check every op as it runs.
import { foldName } from "../../shared/names.js";
import { TREE_ROOT_ID, type Tree, type TreeNode } from "../tree/types.js";
import { applyOp, SimState } from "./apply.js";
import type { PlannedOp } from "./ops.js";
import { pathOf } from "./paths.js";
import { plan } from "./plan.js";
import type { LocalNode, LocalTree, Plan, PlanOptions } from "./types.js";

export type Mutable = Map<string, LocalNode>;

/** Folder when hash is undefined. `[parentId, name, hash?]` per id; the root is implicit. */
export type Spec = Record<string, [string, string, string?]>;

export function root(): LocalNode {
  return folderNode(TREE_ROOT_ID, null, "");
}

export function folderNode(id: string, parentId: string | null, name: string, rev = 1): LocalNode {
  return { id, parentId, name, kind: "folder", hash: null, size: 0, mtime: 0, rev };
}

export function fileNode(
  id: string,
  parentId: string,
  name: string,
  hash: string,
  rev = 1,
): LocalNode {
  return { id, parentId, name, kind: "file", hash, size: hash.length, mtime: 1000, rev };
}

export function tree(spec: Spec = {}): Mutable {
  const out: Mutable = new Map([[TREE_ROOT_ID, root()]]);
  for (const [id, [parentId, name, hash]] of Object.entries(spec)) {
    out.set(
      id,
      hash === undefined ? folderNode(id, parentId, name) : fileNode(id, parentId, name, hash),
    );
  }
  return out;
}

export function clone(t: LocalTree): Mutable {
  return new Map([...t].map(([id, n]) => [id, { ...n }]));
}

/** Change a file's content (and bump its rev, as the server would). */
export function edit(t: LocalTree, id: string, hash: string, rev?: number): Mutable {
  const out = clone(t);
  const n = must(out, id);
  out.set(id, { ...n, hash, size: hash.length, mtime: n.mtime + 1, rev: rev ?? n.rev + 1 });
  return out;
}

export function move(
  t: LocalTree,
  id: string,
  parentId: string,
  name: string,
  rev?: number,
): Mutable {
  const out = clone(t);
  const n = must(out, id);
  out.set(id, { ...n, parentId, name, rev: rev ?? n.rev + 1 });
  return out;
}

/** Delete a node and everything below it. */
export function remove(t: LocalTree, id: string): Mutable {
  const out = clone(t);
  const doomed = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const n of out.values()) {
      if (n.parentId !== null && doomed.has(n.parentId) && !doomed.has(n.id)) {
        doomed.add(n.id);
        grew = true;
      }
    }
  }
  for (const d of doomed) out.delete(d);
  return out;
}

export function add(
  t: LocalTree,
  id: string,
  parentId: string,
  name: string,
  hash?: string,
  rev = 1,
): Mutable {
  const out = clone(t);
  out.set(
    id,
    hash === undefined
      ? folderNode(id, parentId, name, rev)
      : fileNode(id, parentId, name, hash, rev),
  );
  return out;
}

export function placeholder(t: LocalTree, id: string, hash = ""): Mutable {
  const out = clone(t);
  out.set(id, { ...must(out, id), placeholder: true, hash });
  return out;
}

export interface World {
  local: LocalTree;
  remote: Tree;
  synced: Tree;
}

export interface Outcome {
  plan: Plan;
  after: { local: Mutable; remote: Map<string, TreeNode>; synced: Map<string, TreeNode> };
  /** The plan made right after applying this one. */
  next: Plan;
}

/** Plan, replay the plan with every op checked, and plan again. */
export function run(world: World, options?: PlanOptions): Outcome {
  const p = plan({ ...world, options });
  const st = new SimState(world);
  for (const op of p.ops) {
    const problem = checkOp(st, op);
    if (problem !== null) throw new Error(`invalid op ${JSON.stringify(op)}: ${problem}`);
    applyOp(st, op);
  }
  const after = st.toTrees();
  const next = plan({ ...after, options: { ...options, fingerprintChanged: false } });
  return { plan: p, after, next };
}

/** "type id" per op, for compact assertions. */
export function summary(p: Plan): string[] {
  return p.ops.map((op) => `${op.type} ${op.id}`);
}

/** path -> hash ("/" for folders) of a tree, sorted by path. */
export function listing(t: Tree): Record<string, string> {
  const entries = [...t.values()]
    .filter((n) => n.id !== TREE_ROOT_ID)
    .map(
      (n) =>
        [pathOf(t, n.id).normalize("NFC"), n.kind === "folder" ? "/" : (n.hash ?? "")] as const,
    );
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}

/**
 * Why an op cannot run in the current state, or null. Independent of the scheduler:
 * the parent exists and is a folder, the name is free (by fold key), a folder is
 * empty before it goes, a move stays out of its own subtree, placeholders are never
 * uploaded.
 */
export function checkOp(st: SimState, op: PlannedOp): string | null {
  const { local, remote } = st;
  type Side = typeof local | typeof remote;
  const place = (side: Side, id: string, parentId: string, name: string): string | null => {
    if (side.get(parentId)?.kind !== "folder") return `parent ${parentId} missing`;
    for (const h of side.holders(parentId, name)) if (h !== id) return `name ${name} held by ${h}`;
    if (side.isWithin(parentId, id)) return "move into its own subtree";
    if (foldName(name) === "") return "empty name";
    return null;
  };
  switch (op.type) {
    case "upload":
      if (local.get(op.id) === undefined) return "no local file to read";
      if (local.get(op.id)?.placeholder === true) return "uploading a placeholder";
      if (op.baseRev === null && remote.has(op.id)) return "new upload of a known id";
      if (stays(remote.get(op.id), op.parentId, op.name)) return null;
      return place(remote, op.id, op.parentId, op.name);
    case "createRemoteFolder":
      return remote.has(op.id) ? "exists" : place(remote, op.id, op.parentId, op.name);
    case "moveRemote":
      return remote.has(op.id) ? place(remote, op.id, op.parentId, op.name) : "missing";
    case "deleteRemote":
      if (!remote.has(op.id)) return "missing";
      return remote.childCount(op.id) === 0 ? null : "folder not empty";
    case "download":
      if (op.replaces === null && local.has(op.id)) return "new download over a known id";
      if (stays(local.get(op.id), op.parentId, op.name)) return null;
      return place(local, op.id, op.parentId, op.name);
    case "createLocalFolder":
      return local.has(op.id) ? "exists" : place(local, op.id, op.parentId, op.name);
    case "moveLocal":
      return local.has(op.id) ? place(local, op.id, op.parentId, op.name) : "missing";
    case "deleteLocal":
      if (!local.has(op.id)) return "missing";
      return local.childCount(op.id) === 0 ? null : "folder not empty";
    case "updatePlaceholder":
      return local.get(op.id)?.placeholder === true ? null : "not a placeholder";
    case "conflictCopy":
      if (!local.has(op.id)) return "missing";
      return (
        place(local, op.conflictId, op.parentId, op.conflictName) ??
        place(remote, op.conflictId, op.parentId, op.conflictName)
      );
    case "recordSynced":
      if (op.localId !== undefined && (!local.has(op.localId) || local.has(op.id)))
        return "bad re-key";
      return null;
    case "forgetSynced":
      return null;
  }
}

/** The op changes content in place (names compared exactly: a case change is a move). */
function stays(node: TreeNode | undefined, parentId: string, name: string): boolean {
  return node?.parentId === parentId && node.name.normalize("NFC") === name.normalize("NFC");
}

function must<V>(map: ReadonlyMap<string, V>, key: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`no ${key}`);
  return v;
}

/**
 * The usual fixture, synced everywhere:
 *   docs/ (d)   docs/a.txt (a, h1)   docs/b.txt (b, h2)   pics/ (p)   pics/p.jpg (j, h3)
 */
export function base(): Mutable {
  return tree({
    d: ["root", "docs"],
    a: ["d", "a.txt", "h1"],
    b: ["d", "b.txt", "h2"],
    p: ["root", "pics"],
    j: ["p", "p.jpg", "h3"],
  });
}

/** Options with a fixed clock and device, as the tests expect conflict names. */
export const AT = { now: Date.UTC(2026, 10, 23, 16, 32, 40), deviceName: "laptop" } as const;

/** The op of a given type and id, or a test failure. */
export function opOf<T extends PlannedOp["type"]>(
  p: Plan,
  type: T,
  id: string,
): Extract<PlannedOp, { type: T }> {
  const op = p.ops.find((o) => o.type === type && o.id === id);
  if (op === undefined) throw new Error(`no ${type} ${id} in ${JSON.stringify(summary(p))}`);
  return op as Extract<PlannedOp, { type: T }>;
}
