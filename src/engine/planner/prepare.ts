// Input checks and normalisation: which ids this plan must leave alone, and the
// hashes placeholders stand for.
import { CirrusError } from "../../shared/errors.js";
import { nameProblem } from "../../shared/names.js";
import { TREE_ROOT_ID, type Tree } from "../tree/types.js";
import { resolveOptions, type Prepared } from "./model.js";
import { nfc } from "./paths.js";
import type { DeferReason, LocalNode, PlanInput } from "./types.js";

const EMPTY: Tree = new Map();

export function prepare(input: PlanInput): Prepared {
  const options = resolveOptions(input.options);
  // A missing sync root must never read as "everything was deleted" (invariant 2).
  if (!input.local.has(TREE_ROOT_ID)) {
    throw new CirrusError("sync_root_missing", "the local tree has no root");
  }
  if (!input.remote.has(TREE_ROOT_ID)) {
    throw new CirrusError("internal", "the remote tree has no root");
  }
  const frozen = new Map<string, DeferReason>();
  const freeze = (id: string, reason: DeferReason): void => {
    if (id !== TREE_ROOT_ID && !frozen.has(id)) frozen.set(id, reason);
  };
  // Synced is a per-id record of the last agreement; only Local and Remote must be trees.
  for (const tree of [input.local, input.remote]) {
    for (const id of unreachable(tree)) freeze(id, "orphan");
  }
  for (const node of input.remote.values()) {
    if (node.id !== TREE_ROOT_ID && nameProblem(node.name) !== null) freeze(node.id, "invalidName");
  }
  for (const node of input.local.values()) {
    if (node.id !== TREE_ROOT_ID && nameProblem(nfc(node.name)) !== null) {
      freeze(node.id, "invalidName");
    }
  }
  const base = options.fingerprintChanged ? EMPTY : input.synced;
  for (const node of input.local.values()) {
    const other = input.remote.get(node.id) ?? base.get(node.id);
    if (other !== undefined && other.kind !== node.kind) freeze(node.id, "kindChanged");
  }
  for (const node of input.remote.values()) {
    const other = base.get(node.id);
    if (other !== undefined && other.kind !== node.kind) freeze(node.id, "kindChanged");
  }
  return {
    local: fillPlaceholders(input.local, input.remote, base, freeze),
    remote: input.remote,
    synced: input.synced,
    base,
    frozen,
    options,
  };
}

/**
 * A placeholder has no bytes on disk; it stands for the version Synced (else Remote)
 * knows. One neither knows has nothing behind it and is left alone.
 */
export function fillPlaceholders(
  local: ReadonlyMap<string, LocalNode>,
  remote: Tree,
  base: Tree,
  freeze: (id: string, reason: DeferReason) => void = () => undefined,
): ReadonlyMap<string, LocalNode> {
  let out: Map<string, LocalNode> | undefined;
  for (const node of local.values()) {
    if (node.placeholder !== true || node.kind !== "file") continue;
    const known = base.get(node.id) ?? remote.get(node.id);
    if (known === undefined) {
      freeze(node.id, "placeholderWithoutContent");
      continue;
    }
    if (known.hash === node.hash && known.size === node.size) continue;
    out ??= new Map(local);
    out.set(node.id, { ...node, hash: known.hash, size: known.size });
  }
  return out ?? local;
}

/** Ids whose parent chain does not reach the root through folders (or loops). */
function unreachable(tree: Tree): string[] {
  const ok = new Map<string, boolean>([[TREE_ROOT_ID, true]]);
  const bad: string[] = [];
  const chain: string[] = [];
  for (const start of tree.keys()) {
    // Most items hang under a folder already resolved: nothing to allocate for them.
    if (ok.has(start)) continue;
    chain.length = 0;
    let cur: string | null = start;
    let result: boolean | undefined;
    while (result === undefined) {
      // A chain longer than the tree has met one of its own links again: a loop.
      if (cur === null || chain.length > tree.size) {
        result = false;
        break;
      }
      const known = ok.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      const node = tree.get(cur);
      if (node?.id !== cur) {
        result = false;
        break;
      }
      chain.push(cur);
      const parent: string | null = node.parentId;
      const parentNode = parent === null ? undefined : tree.get(parent);
      if (parentNode !== undefined && parentNode.kind !== "folder") {
        result = false;
        break;
      }
      cur = parent;
    }
    for (const id of chain) ok.set(id, result);
    if (!result) for (const id of chain) if (tree.has(id)) bad.push(id);
  }
  return [...new Set(bad)];
}
