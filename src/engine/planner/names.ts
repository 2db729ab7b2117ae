// Settles names in the merged tree. Two items may not share a name in a folder, where
// names that differ only by case or Unicode form count as the same (the local file
// system may be case-insensitive, invariant 9). Equal things created on both sides are
// matched (one item, no duplicate, invariant 7); anything else keeps both, the local
// one under a conflict name. Then each content conflict gets its conflict copy.
import { foldName } from "../../shared/names.js";
import { TREE_ROOT_ID } from "../tree/types.js";
import { uniqueConflictName } from "./conflict-name.js";
import { copyIdFor, must, type LocFrom, type Merged, type MNode, type Prepared } from "./model.js";
import { compareStrings } from "./paths.js";
import type { Settled } from "./structure.js";

const RANK: Record<LocFrom, number> = { base: 0, remote: 1, local: 2, renamed: 3 };

export function settleNames(prep: Prepared, settled: Settled): Merged {
  const { nodes } = settled;
  const merged: Merged = {
    nodes,
    rekeys: new Map(),
    displaced: new Set(),
    frozen: settled.frozen,
    notes: settled.notes,
  };
  const rekeyTargets = new Set<string>();
  const kids = new Map<string, Set<string>>();
  const addKid = (parent: string, id: string): void => {
    let set = kids.get(parent);
    if (set === undefined) kids.set(parent, (set = new Set()));
    set.add(id);
  };
  for (const n of nodes.values()) if (n.parentId !== null) addKid(n.parentId, n.id);

  const queue = [...nodes.values()]
    .filter((n) => n.kind === "folder")
    .map((n) => n.id)
    .sort(compareStrings);
  const { now, utcOffsetMinutes, deviceName } = prep.options;
  const date = new Date(now + utcOffsetMinutes * 60_000);
  const localParent = (id: string): string | null | undefined => {
    const p = prep.local.get(id)?.parentId;
    return p == null ? p : (merged.rekeys.get(p) ?? p);
  };
  const localAt = (id: string, folder: string, key: string): boolean => {
    const l = prep.local.get(id);
    return l !== undefined && localParent(id) === folder && foldName(l.name) === key;
  };
  const remoteAt = (id: string, folder: string, key: string): boolean => {
    const r = prep.remote.get(id);
    return r !== undefined && r.parentId === folder && foldName(r.name) === key;
  };

  /** Make `loser` the local copy of `winner`: the local item is re-keyed to the winner's id. */
  const rekey = (loser: MNode, winner: MNode): void => {
    merged.rekeys.set(loser.id, winner.id);
    rekeyTargets.add(winner.id);
    nodes.delete(loser.id);
    kids.get(loser.parentId ?? "")?.delete(loser.id);
  };

  const tryMergeFolders = (loser: MNode, winner: MNode, folder: string, key: string): boolean => {
    if (loser.kind !== "folder" || winner.kind !== "folder") return false;
    if (prep.remote.has(loser.id) || prep.local.has(winner.id) || rekeyTargets.has(winner.id)) {
      return false;
    }
    if (!localAt(loser.id, folder, key) || !remoteAt(winner.id, folder, key)) return false;
    rekey(loser, winner);
    for (const child of kids.get(loser.id) ?? []) {
      nodes.set(child, { ...must(nodes, child), parentId: winner.id });
      addKid(winner.id, child);
    }
    kids.delete(loser.id);
    queue.push(winner.id);
    return true;
  };

  const tryMergeFiles = (loser: MNode, winner: MNode, folder: string, key: string): boolean => {
    if (loser.kind !== "file" || winner.kind !== "file") return false;
    if (loser.conflict !== undefined || winner.conflict !== undefined) return false;
    if (rekeyTargets.has(winner.id) || rekeyTargets.has(loser.id)) return false;
    if (!localAt(loser.id, folder, key) || !remoteAt(winner.id, folder, key)) return false;
    const hash = winner.hash;
    if (loser.hash !== hash || prep.local.get(loser.id)?.hash !== hash) return false;
    if (prep.remote.get(winner.id)?.hash !== hash) return false;
    // The winner's old local copy, if any, goes: only when that loses nothing.
    const old = prep.local.get(winner.id);
    if (old !== undefined) {
      if (old.kind !== "file" || (old.hash !== hash && old.hash !== prep.base.get(old.id)?.hash)) {
        return false;
      }
      merged.displaced.add(winner.id);
    }
    rekey(loser, winner);
    return true;
  };

  for (let i = 0; i < queue.length; i++) {
    const folder = queue[i] as string;
    if (!nodes.has(folder)) continue;
    const groups = new Map<string, MNode[]>();
    for (const id of kids.get(folder) ?? []) {
      const n = nodes.get(id);
      if (n === undefined) continue;
      const key = foldName(n.name);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [n]);
      else group.push(n);
    }
    const taken = new Set(groups.keys());
    for (const key of [...groups.keys()].sort(compareStrings)) {
      const group = groups.get(key) ?? [];
      if (group.length < 2) continue;
      group.sort((a, b) => RANK[a.locFrom] - RANK[b.locFrom] || compareStrings(a.id, b.id));
      const winner = group[0] as MNode;
      for (const loser of group.slice(1)) {
        if (tryMergeFolders(loser, winner, folder, key)) continue;
        if (tryMergeFiles(loser, winner, folder, key)) continue;
        const name = uniqueConflictName(
          loser.name,
          date,
          deviceName,
          loser.kind === "folder",
          (k) => taken.has(k),
        );
        taken.add(foldName(name));
        nodes.set(loser.id, { ...loser, name, locFrom: "renamed" });
        merged.notes.push({
          kind: "name",
          id: loser.id,
          otherId: winner.id,
          wantedName: loser.name,
        });
      }
    }
  }

  // Conflict copies: the local version of a file both sides changed, next to it.
  const conflicted = [...nodes.values()].filter((n) => n.conflict !== undefined);
  conflicted.sort((a, b) => compareStrings(a.id, b.id));
  for (const n of conflicted) {
    if (n.conflict === undefined || n.parentId === null) continue;
    const folder = n.parentId;
    const taken = new Set<string>();
    for (const id of kids.get(folder) ?? []) {
      const sibling = nodes.get(id);
      if (sibling !== undefined) taken.add(foldName(sibling.name));
    }
    const name = uniqueConflictName(n.name, date, deviceName, false, (k) => taken.has(k));
    const copy: MNode = {
      id: copyIdFor(n.id),
      parentId: folder,
      name,
      kind: "file",
      hash: n.conflict.hash,
      size: n.conflict.size,
      mtime: n.conflict.mtime,
      rev: 0,
      locFrom: "renamed",
      copyOf: n.id,
    };
    nodes.set(copy.id, copy);
    addKid(folder, copy.id);
  }
  if (!nodes.has(TREE_ROOT_ID)) throw new Error("planner: merged tree lost its root");
  return merged;
}
