// Makes the merged tree a tree: every kept node's parents are kept too (a folder deleted
// on one side survives when the other side put something in it), and moves made on
// both sides never form a cycle (the server's structure wins).
import { TREE_ROOT_ID } from "../tree/types.js";
import { fromOneSide, type Decisions } from "./decide.js";
import type { MNode, Note, Prepared } from "./model.js";
import { nfc } from "./paths.js";
import type { DeferReason } from "./types.js";

export interface Settled {
  /** Alive nodes, root included. */
  nodes: Map<string, MNode>;
  frozen: Map<string, DeferReason>;
  notes: Note[];
}

export function settleStructure(prep: Prepared, decisions: Decisions): Settled {
  const overrides = new Set<string>();
  const blocked = new Map<string, DeferReason>();
  const notes: Note[] = [...decisions.notes];
  for (;;) {
    const attempt = attemptSettle(prep, decisions, overrides, blocked);
    if (attempt.cycle === undefined) {
      for (const id of attempt.restored) notes.push({ kind: "restoredFolder", id });
      return { nodes: attempt.nodes, frozen: attempt.frozen, notes };
    }
    // Take the server's location for the nodes whose local move closed the cycle. At
    // least one exists: a cycle made of server locations alone would be in Remote.
    const switchable = attempt.cycle.filter(
      (n) => n.locFrom === "local" && prep.remote.has(n.id) && !overrides.has(n.id),
    );
    for (const n of switchable) {
      overrides.add(n.id);
      notes.push({ kind: "cycle", id: n.id });
    }
    if (switchable.length === 0) for (const n of attempt.cycle) blocked.set(n.id, "blocked");
  }
}

interface Attempt {
  nodes: Map<string, MNode>;
  frozen: Map<string, DeferReason>;
  restored: string[];
  cycle?: MNode[];
}

function attemptSettle(
  prep: Prepared,
  decisions: Decisions,
  overrides: ReadonlySet<string>,
  blocked: ReadonlyMap<string, DeferReason>,
): Attempt {
  const nodes = new Map<string, MNode>();
  const frozen = new Map<string, DeferReason>(prep.frozen);
  for (const [id, d] of decisions.byId) if (d.type === "frozen") frozen.set(id, d.reason);
  for (const [id, reason] of blocked) frozen.set(id, reason);
  const restored: string[] = [];
  const rootSource = prep.remote.get(TREE_ROOT_ID) ?? prep.local.get(TREE_ROOT_ID);
  if (rootSource !== undefined) nodes.set(TREE_ROOT_ID, fromOneSide(rootSource, "base", 0));

  /** The merged node for id when it is needed as a parent, or undefined if it cannot be. */
  const nodeFor = (id: string): { node: MNode; restored: boolean } | undefined => {
    if (frozen.has(id)) return undefined;
    const d = decisions.byId.get(id);
    if (d?.type === "keep") {
      const r = prep.remote.get(id);
      if (overrides.has(id) && r !== undefined) {
        return {
          node: { ...d.node, parentId: r.parentId, name: nfc(r.name), locFrom: "remote" },
          restored: false,
        };
      }
      return { node: d.node, restored: false };
    }
    if (d?.type === "delete") {
      // Deleted on one side: restore it from the side that still has it.
      const l = prep.local.get(id);
      const r = prep.remote.get(id);
      const src = l ?? r;
      if (src?.kind !== "folder") return undefined;
      return { node: fromOneSide(src, l ? "local" : "remote", r?.rev ?? 0), restored: true };
    }
    return undefined;
  };

  for (const [start, d] of decisions.byId) {
    if (d.type !== "keep" || start === TREE_ROOT_ID || nodes.has(start) || frozen.has(start)) {
      continue;
    }
    const chain: { node: MNode; restored: boolean }[] = [];
    const onChain = new Set<string>();
    let cur: string | null = start;
    let alive = false;
    let reason: DeferReason = "blocked";
    for (;;) {
      if (cur === null) break;
      if (cur === TREE_ROOT_ID || nodes.has(cur)) {
        alive = true;
        break;
      }
      const frozenReason = frozen.get(cur);
      if (frozenReason !== undefined) {
        reason = frozenReason;
        break;
      }
      if (onChain.has(cur)) {
        const at = chain.findIndex((c) => c.node.id === cur);
        return { nodes, frozen, restored, cycle: chain.slice(at).map((c) => c.node) };
      }
      const found = nodeFor(cur);
      if (found === undefined) break;
      chain.push(found);
      onChain.add(cur);
      cur = found.node.parentId;
    }
    for (const c of chain) {
      if (alive) {
        nodes.set(c.node.id, c.node);
        if (c.restored) restored.push(c.node.id);
      } else {
        frozen.set(c.node.id, reason);
      }
    }
  }
  return { nodes, frozen, restored };
}
