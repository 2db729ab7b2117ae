// The reference semantics of the operations: what each one does to Local, Remote and
// Synced. The scheduler simulates with it; tests and fakes of the executor replay plans
// with it. Ids stay as planned (a real executor swaps provisional ids for server ids).
import { TREE_ROOT_ID, type Tree, type TreeNode } from "../tree/types.js";
import { plainNode } from "./model.js";
import type { PlannedOp } from "./ops.js";
import { nfc, sameContent, sameLocation } from "./paths.js";
import type { LocalNode, LocalTree, Side } from "./types.js";
import { SideTree } from "./workspace.js";

export interface Trees {
  local: LocalTree;
  remote: Tree;
  synced: Tree;
}

/** Synced rows, indexed by parent so that a re-key can carry references over. */
export class SyncedRows {
  private readonly rows = new Map<string, TreeNode>();
  private readonly kids = new Map<string, Set<string>>();

  constructor(tree: Tree) {
    for (const row of tree.values()) this.set(row);
  }

  get(id: string): TreeNode | undefined {
    return this.rows.get(id);
  }

  set(row: TreeNode): void {
    this.delete(row.id);
    this.rows.set(row.id, row);
    if (row.parentId === null) return;
    let set = this.kids.get(row.parentId);
    if (set === undefined) this.kids.set(row.parentId, (set = new Set()));
    set.add(row.id);
  }

  delete(id: string): void {
    const old = this.rows.get(id);
    if (old === undefined) return;
    this.rows.delete(id);
    if (old.parentId !== null) this.kids.get(old.parentId)?.delete(id);
  }

  childrenOf(parentId: string): string[] {
    return [...(this.kids.get(parentId) ?? [])];
  }

  toMap(): Map<string, TreeNode> {
    return new Map(this.rows);
  }
}

export class SimState {
  readonly local: SideTree<LocalNode>;
  readonly remote: SideTree;
  readonly synced: SyncedRows;
  private rev: number;

  constructor(trees: Trees) {
    this.local = new SideTree(trees.local);
    this.remote = new SideTree(trees.remote);
    this.synced = new SyncedRows(trees.synced);
    this.rev = 0;
    for (const n of trees.remote.values()) this.rev = Math.max(this.rev, n.rev);
  }

  nextRev(): number {
    return ++this.rev;
  }

  toTrees(): {
    local: Map<string, LocalNode>;
    remote: Map<string, TreeNode>;
    synced: Map<string, TreeNode>;
  } {
    return { local: this.local.toMap(), remote: this.remote.toMap(), synced: this.synced.toMap() };
  }
}

/** Replay ops on copies of the trees; returns the trees an executor would end with. */
export function applyPlan(
  trees: Trees,
  ops: readonly PlannedOp[],
): ReturnType<SimState["toTrees"]> {
  const state = new SimState(trees);
  for (const op of ops) applyOp(state, op);
  return state.toTrees();
}

export function applyOp(st: SimState, op: PlannedOp): void {
  switch (op.type) {
    case "upload": {
      const old = st.remote.get(op.id);
      const node: TreeNode = {
        id: op.id,
        parentId: op.parentId,
        name: op.name,
        kind: "file",
        ...op.content,
        rev: st.nextRev(),
      };
      if (old === undefined) st.remote.insert(node);
      else st.remote.replace(node);
      refreshSynced(st, op.id, "remote", true, true);
      return;
    }
    case "createRemoteFolder":
      st.remote.insert(folder(op.id, op.parentId, op.name, st.nextRev()));
      refreshSynced(st, op.id, "remote", true, true);
      return;
    case "moveRemote": {
      const old = need(st.remote, op.id);
      st.remote.replace({ ...old, parentId: op.parentId, name: op.name, rev: st.nextRev() });
      refreshSynced(st, op.id, "remote", false, true);
      return;
    }
    case "deleteRemote":
      st.remote.remove(op.id);
      refreshSynced(st, op.id, "remote", true, true);
      return;
    case "download": {
      const old = st.local.get(op.id);
      const node: LocalNode = {
        id: op.id,
        parentId: op.parentId,
        name: op.name,
        kind: "file",
        ...op.content,
        rev: op.rev,
      };
      if (old === undefined) st.local.insert(node);
      else st.local.replace(node);
      refreshSynced(st, op.id, "local", true, old === undefined);
      return;
    }
    case "createLocalFolder":
      st.local.insert(folder(op.id, op.parentId, op.name, 0));
      refreshSynced(st, op.id, "local", true, true);
      return;
    case "moveLocal": {
      const old = need(st.local, op.id);
      st.local.replace({ ...old, parentId: op.parentId, name: op.name });
      refreshSynced(st, op.id, "local", false, true);
      return;
    }
    case "deleteLocal":
      st.local.remove(op.id);
      refreshSynced(st, op.id, "local", true, true);
      return;
    case "updatePlaceholder": {
      const old = need(st.local, op.id);
      st.local.replace({ ...old, ...op.content, rev: op.rev, placeholder: true });
      refreshSynced(st, op.id, "local", true, false);
      return;
    }
    case "conflictCopy": {
      const old = need(st.local, op.id);
      const copy = { id: op.conflictId, parentId: op.parentId, name: op.conflictName };
      st.local.insert({ ...copy, kind: "file", ...op.local, rev: 0 });
      st.remote.insert({ ...copy, kind: "file", ...op.local, rev: st.nextRev() });
      refreshSynced(st, op.conflictId, "remote", true, true);
      st.local.replace({ ...old, ...op.remote, rev: op.rev });
      refreshSynced(st, op.id, "local", true, false);
      return;
    }
    case "recordSynced":
      if (op.localId !== undefined) rekeyLocal(st, op.localId, op.id);
      st.synced.set(plainNode(op.node));
      return;
    case "forgetSynced":
      st.synced.delete(op.id);
      return;
  }
}

/**
 * The Synced row after an op on `changed` (ops.ts explains the rule): fields both sides
 * agree on take that value; fields the op set while the other side still differs take
 * the other side's value, so that a replan pushes the change instead of undoing it.
 */
function refreshSynced(
  st: SimState,
  id: string,
  changed: Side,
  content: boolean,
  location: boolean,
): void {
  const l = st.local.get(id);
  const r = st.remote.get(id);
  if (l === undefined && r === undefined) {
    st.synced.delete(id);
    return;
  }
  if (l === undefined || r === undefined || id === TREE_ROOT_ID) return;
  const other = changed === "local" ? r : l;
  const prev = st.synced.get(id);
  const c = sameContent(l, r) ? r : content ? other : (prev ?? other);
  const p = sameLocation(l, r) ? r : location ? other : (prev ?? other);
  st.synced.set({
    id,
    parentId: p.parentId,
    name: nfc(p.name),
    kind: r.kind,
    hash: c.hash,
    size: c.size,
    mtime: c.mtime,
    rev: r.rev,
  });
}

/** localId and id are the same thing: local item and Synced parent references follow. */
function rekeyLocal(st: SimState, localId: string, id: string): void {
  st.local.rekey(localId, id);
  for (const child of st.synced.childrenOf(localId)) {
    const row = st.synced.get(child);
    if (row !== undefined) st.synced.set({ ...row, parentId: id });
  }
}

function folder(id: string, parentId: string, name: string, rev: number): TreeNode {
  return { id, parentId, name, kind: "folder", hash: null, size: 0, mtime: 0, rev };
}

function need<N extends TreeNode>(side: SideTree<N>, id: string): N {
  const node = side.get(id);
  if (node === undefined) throw new Error(`planner: op on ${id}, which is not there`);
  return node;
}
