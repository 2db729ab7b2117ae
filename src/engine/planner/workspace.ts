// A mutable copy of one side's tree with the indexes the scheduler asks about: who
// holds a name in a folder (by fold key), how many children a folder has, and whether
// a node lies inside another.
import { foldName } from "../../shared/names.js";
import { TREE_ROOT_ID, type TreeNode } from "../tree/types.js";
import { must } from "./model.js";

export class SideTree<N extends TreeNode = TreeNode> {
  private readonly nodes = new Map<string, N>();
  private readonly kids = new Map<string, Set<string>>();
  private readonly slots = new Map<string, Set<string>>();

  constructor(tree: ReadonlyMap<string, N>) {
    for (const node of tree.values()) this.insert(node);
  }

  get(id: string): N | undefined {
    return this.nodes.get(id);
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  childCount(id: string): number {
    return this.kids.get(id)?.size ?? 0;
  }

  /** Ids holding `name` (or a case / Unicode-form variant of it) in `parentId`. */
  holders(parentId: string, name: string): ReadonlySet<string> {
    return this.slots.get(slotKey(parentId, name)) ?? EMPTY;
  }

  /** True when `name` in `parentId` is free for `id` (or already held by it alone). */
  isFreeFor(parentId: string, name: string, id: string): boolean {
    for (const holder of this.holders(parentId, name)) if (holder !== id) return false;
    return true;
  }

  /** True when `inner` is `outer` or lies somewhere below it. */
  isWithin(inner: string, outer: string): boolean {
    let cur: string | null = inner;
    for (let steps = 0; cur !== null && steps <= this.nodes.size; steps++) {
      if (cur === outer) return true;
      if (cur === TREE_ROOT_ID) return false;
      cur = this.nodes.get(cur)?.parentId ?? null;
    }
    return false;
  }

  pathOf(id: string): string {
    const names: string[] = [];
    let cur = id;
    for (let steps = 0; cur !== TREE_ROOT_ID; steps++) {
      const node = this.nodes.get(cur);
      if (node?.parentId == null || steps > this.nodes.size) {
        throw new Error(`planner: no path to the root from ${id}`);
      }
      names.push(node.name);
      cur = node.parentId;
    }
    return names.reverse().join("/");
  }

  insert(node: N): void {
    this.nodes.set(node.id, node);
    if (node.parentId === null) return;
    add(this.kids, node.parentId, node.id);
    add(this.slots, slotKey(node.parentId, node.name), node.id);
  }

  remove(id: string): N {
    const node = must(this.nodes, id);
    this.nodes.delete(id);
    if (node.parentId !== null) {
      drop(this.kids, node.parentId, id);
      drop(this.slots, slotKey(node.parentId, node.name), id);
    }
    return node;
  }

  /** Replace a node by a new version of it (same id), e.g. moved or with new content. */
  replace(node: N): void {
    this.remove(node.id);
    this.insert(node);
  }

  /** Give the node `from` the id `to`; its children follow. */
  rekey(from: string, to: string): void {
    const node = this.remove(from);
    const children = [...(this.kids.get(from) ?? [])];
    this.insert({ ...node, id: to });
    for (const child of children) this.replace({ ...must(this.nodes, child), parentId: to });
  }

  toMap(): Map<string, N> {
    return new Map(this.nodes);
  }
}

const EMPTY: ReadonlySet<string> = new Set();

function slotKey(parentId: string, name: string): string {
  return `${parentId}\u0000${foldName(name)}`;
}

function add(index: Map<string, Set<string>>, key: string, id: string): void {
  let set = index.get(key);
  if (set === undefined) index.set(key, (set = new Set()));
  set.add(id);
}

function drop(index: Map<string, Set<string>>, key: string, id: string): void {
  const set = index.get(key);
  if (set === undefined) return;
  set.delete(id);
  if (set.size === 0) index.delete(key);
}
