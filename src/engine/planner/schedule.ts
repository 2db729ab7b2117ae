// Orders intents so that an executor can run them one by one: it simulates both sides
// and emits an intent only once it can run (its parent exists, its name is free, a
// folder is empty before it is deleted, a move never goes into its own subtree). Name
// swaps are broken with a temporary name; what can never run is deferred.
import { applyOp, SimState } from "./apply.js";
import { emit } from "./emit.js";
import type { Intent } from "./intents.js";
import type { Merged, Prepared } from "./model.js";
import type { PlannedOp } from "./ops.js";
import { compareStrings, depthOf, nfc, sameLocation, truncateUtf8 } from "./paths.js";
import type { Deferred, Side } from "./types.js";
import type { SideTree } from "./workspace.js";

export interface Scheduled {
  ops: PlannedOp[];
  blocked: Deferred[];
}

export function schedule(prep: Prepared, merged: Merged, intents: Intent[]): Scheduled {
  if (intents.length === 0) return { ops: [], blocked: [] };
  const st = new SimState({ local: prep.local, remote: prep.remote, synced: prep.synced });
  const rekeyPending = new Set(merged.rekeys.values());
  const ops: PlannedOp[] = [];
  const run = (op: PlannedOp): void => {
    applyOp(st, op);
    ops.push(op);
  };
  const ctx: Ctx = { st, rekeyPending };

  let pending = sortIntents(prep, merged, intents);
  const tempMoved = new Set<string>();
  while (pending.length > 0) {
    const waiting: Intent[] = [];
    for (const intent of pending) {
      if (!ready(ctx, intent)) {
        waiting.push(intent);
        continue;
      }
      run(emit(st, intent));
      if (intent.kind === "rekey") rekeyPending.delete(intent.id);
    }
    if (waiting.length === pending.length && !breakSwap(ctx, waiting, tempMoved, run)) break;
    pending = waiting;
  }
  return { ops, blocked: pending.map((i) => ({ id: i.id, reason: "blocked" as const })) };
}

interface Ctx {
  st: SimState;
  /** Merged ids whose local item has not been re-keyed yet: local ops on them wait. */
  rekeyPending: Set<string>;
}

function ready({ st, rekeyPending }: Ctx, i: Intent): boolean {
  const { local, remote } = st;
  const localOk = (id: string): boolean => local.has(id) && !rekeyPending.has(id);
  const canPlace = (side: SideTree, id: string, parentId: string, name: string): boolean =>
    side.get(parentId)?.kind === "folder" &&
    (side !== local || !rekeyPending.has(parentId)) &&
    !side.isWithin(parentId, id) &&
    side.isFreeFor(parentId, name, id);
  switch (i.kind) {
    case "record":
    case "forget":
      return true;
    case "rekey":
      return local.has(i.localId) && !local.has(i.id);
    case "createLocalFolder":
    case "downloadNew":
      return !local.has(i.id) && canPlace(local, i.id, i.parentId, i.name);
    case "moveLocal":
      return localOk(i.id) && canPlace(local, i.id, i.parentId, i.name);
    case "fetch":
      return localOk(i.id);
    case "conflictCopy": {
      const l = local.get(i.id);
      return (
        l !== undefined &&
        localOk(i.id) &&
        sameLocation(l, { ...l, parentId: i.parentId, name: i.name }) &&
        local.isFreeFor(i.parentId, i.conflictName, i.conflictId) &&
        canPlace(remote, i.conflictId, i.parentId, i.conflictName)
      );
    }
    case "deleteLocal":
      return (
        (i.displaced || !rekeyPending.has(i.id)) && local.has(i.id) && local.childCount(i.id) === 0
      );
    case "createRemoteFolder":
      return !remote.has(i.id) && canPlace(remote, i.id, i.parentId, i.name);
    case "upload": {
      if (!localOk(i.id)) return false;
      const r = remote.get(i.id);
      if (i.isNew) return r === undefined && canPlace(remote, i.id, i.parentId, i.name);
      if (r === undefined) return false;
      return (
        sameLocation(r, { ...r, parentId: i.parentId, name: i.name }) ||
        canPlace(remote, i.id, i.parentId, i.name)
      );
    }
    case "moveRemote":
      return remote.has(i.id) && canPlace(remote, i.id, i.parentId, i.name);
    case "deleteRemote":
      return remote.has(i.id) && remote.childCount(i.id) === 0;
  }
}

/**
 * Nothing can run: if an intent waits for a name held by an item that is itself
 * waiting to move or to be deleted (a swap, a rotation, a file moving out of a folder
 * into that folder's name), step that item aside under a temporary name.
 */
function breakSwap(
  ctx: Ctx,
  waiting: Intent[],
  tempMoved: Set<string>,
  run: (op: PlannedOp) => void,
): boolean {
  const { st } = ctx;
  // Items that will leave their place anyway: moved elsewhere, or deleted (a folder
  // being deleted may still hold what has to move out of it into its name).
  const leaving = new Set<string>();
  for (const i of waiting) {
    if (i.kind === "moveLocal" || i.kind === "deleteLocal") leaving.add(`local:${i.id}`);
    if (i.kind === "moveRemote" || i.kind === "deleteRemote" || (i.kind === "upload" && !i.isNew)) {
      leaving.add(`remote:${i.id}`);
    }
  }
  for (const i of waiting) {
    const want = wanted(i);
    if (want === undefined) continue;
    const side = want.side === "local" ? st.local : st.remote;
    for (const holder of side.holders(want.parentId, want.name)) {
      const key = `${want.side}:${holder}`;
      if (holder === want.id || !leaving.has(key) || tempMoved.has(key)) continue;
      const node = side.get(holder);
      if (node?.parentId == null) continue;
      const name = temporaryName(side, node.parentId, node.name);
      tempMoved.add(key);
      const intent: Intent =
        want.side === "local"
          ? { kind: "moveLocal", id: holder, parentId: node.parentId, name, temporary: true }
          : { kind: "moveRemote", id: holder, parentId: node.parentId, name, temporary: true };
      run(emit(st, intent));
      return true;
    }
  }
  return false;
}

/** The slot (side, folder, name) an intent needs free, if any. */
function wanted(i: Intent): { side: Side; id: string; parentId: string; name: string } | undefined {
  switch (i.kind) {
    case "createLocalFolder":
    case "downloadNew":
    case "moveLocal":
      return { side: "local", id: i.id, parentId: i.parentId, name: i.name };
    case "createRemoteFolder":
    case "upload":
    case "moveRemote":
      return { side: "remote", id: i.id, parentId: i.parentId, name: i.name };
    case "conflictCopy":
      return { side: "local", id: i.conflictId, parentId: i.parentId, name: i.conflictName };
    default:
      return undefined;
  }
}

/**
 * "<name>.cirrus-tmp": deliberately neither an engine name (".cirrus-" prefix) nor
 * matched by a built-in ignore ("*.tmp"), so that after a crash mid-swap the item is
 * still seen (an ignored one would read as deleted) and the next plan finishes the move.
 */
function temporaryName(side: SideTree, parentId: string, name: string): string {
  const stem = truncateUtf8(nfc(name), 200);
  for (let n = 1; ; n++) {
    const candidate = `${stem}.cirrus-tmp${n === 1 ? "" : `-${n}`}`;
    if (side.holders(parentId, candidate).size === 0) return candidate;
  }
}

const PHASE: Record<Intent["kind"], number> = {
  rekey: 1,
  record: 1,
  forget: 1,
  moveLocal: 2,
  moveRemote: 2,
  createLocalFolder: 3,
  downloadNew: 3,
  createRemoteFolder: 3,
  fetch: 4,
  conflictCopy: 4,
  upload: 4,
  deleteLocal: 5,
  deleteRemote: 5,
};

/** Canonical order: re-keys, moves and creates top-down, content, deletes bottom-up. */
function sortIntents(prep: Prepared, merged: Merged, intents: Intent[]): Intent[] {
  const mDepth = new Map<string, number>();
  const depthInMerged = (id: string): number => {
    let d = mDepth.get(id);
    if (d === undefined) mDepth.set(id, (d = depthOf(merged.nodes, id)));
    return d;
  };
  const keyed = intents.map((i) => {
    let phase = PHASE[i.kind];
    let depth: number;
    if (i.kind === "deleteLocal") {
      phase = i.displaced ? 0 : phase;
      depth = -depthOf(prep.local, i.id);
    } else if (i.kind === "deleteRemote") {
      depth = -depthOf(prep.remote, i.id);
    } else {
      depth = depthInMerged(i.id);
    }
    if (i.kind === "upload" && !i.isNew) {
      const r = prep.remote.get(i.id);
      if (r !== undefined && !sameLocation(r, { ...r, parentId: i.parentId, name: i.name }))
        phase = 2;
    }
    return { i, phase, depth };
  });
  keyed.sort(
    (a, b) =>
      a.phase - b.phase ||
      a.depth - b.depth ||
      compareStrings(a.i.id, b.i.id) ||
      compareStrings(a.i.kind, b.i.kind),
  );
  return keyed.map((k) => k.i);
}
