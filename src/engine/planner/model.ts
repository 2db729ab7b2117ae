// Internal shapes shared by the planner's phases (not part of the public API).
import type { Tree, TreeNode } from "../tree/types.js";
import type { FileContent } from "./ops.js";
import type { ConflictKind, DeferReason, LocalNode, PlanOptions } from "./types.js";

export interface ResolvedOptions {
  now: number;
  utcOffsetMinutes: number;
  deviceName: string;
  massDeleteMinCount: number;
  massDeleteShare: number;
  massDeleteHardCap: number;
  syncedFiles: (() => number) | null;
  confirmedMassDelete: boolean;
  fingerprintChanged: boolean;
  remoteIncomplete: boolean;
}

export function resolveOptions(options: PlanOptions = {}): ResolvedOptions {
  return {
    now: options.now ?? 0,
    utcOffsetMinutes: options.utcOffsetMinutes ?? 0,
    deviceName: options.deviceName ?? "",
    massDeleteMinCount: options.massDeleteMinCount ?? 50,
    massDeleteShare: options.massDeleteShare ?? 0.5,
    massDeleteHardCap: options.massDeleteHardCap ?? 1000,
    syncedFiles: options.syncedFiles ?? null,
    confirmedMassDelete: options.confirmedMassDelete ?? false,
    fingerprintChanged: options.fingerprintChanged ?? false,
    remoteIncomplete: options.remoteIncomplete ?? false,
  };
}

/** The input after preparation (prepare.ts). */
export interface Prepared {
  /** Local with placeholder hashes filled in. */
  local: ReadonlyMap<string, LocalNode>;
  remote: Tree;
  /** Synced as stored: what recordSynced/forgetSynced compare against. */
  synced: Tree;
  /** The merge base: Synced, or empty when the server's fingerprint changed. */
  base: Tree;
  /** Ids left alone by this plan, on every side. */
  frozen: Map<string, DeferReason>;
  options: ResolvedOptions;
}

/**
 * Where a node of the merged tree takes its location from: "base" (unchanged, or moved
 * alike on both sides), "remote", "local", or "renamed" (given a conflict name here).
 */
export type LocFrom = "base" | "remote" | "local" | "renamed";

/** A node of the merged tree: where each item should end up, on both sides. */
export interface MNode extends TreeNode {
  locFrom: LocFrom;
  /** Content conflict: the local version, to be kept as a conflict copy. */
  conflict?: FileContent;
  /** For a conflict copy: the id whose local version it keeps. */
  copyOf?: string;
}

/** A conflict found while merging; paths are filled in at the end. */
export interface Note {
  kind: ConflictKind;
  id: string;
  /** The conflict copy (content) or the item that kept the name (name). */
  otherId?: string;
  /** For name conflicts: the name the item wanted. */
  wantedName?: string;
}

/** The merged tree with everything needed to derive operations from it. */
export interface Merged {
  /** Alive nodes, root included. */
  nodes: Map<string, MNode>;
  /** Local id -> merged id: the same thing created on both sides (re-keyed locally). */
  rekeys: Map<string, string>;
  /** Merged ids whose old local item is a redundant copy, deleted before the re-key. */
  displaced: Set<string>;
  /** Ids left alone on every side, and why. */
  frozen: Map<string, DeferReason>;
  notes: Note[];
}

/** The planned id of the conflict copy that keeps the local version of `id`. */
export function copyIdFor(id: string): string {
  return `conflict:${id}`;
}

export function fileContent(node: TreeNode): FileContent {
  return { hash: node.hash ?? "", size: node.size, mtime: node.mtime };
}

/** A plain TreeNode copy (no planner fields), e.g. for Synced rows. */
export function plainNode(node: TreeNode): TreeNode {
  const { id, parentId, name, kind, hash, size, mtime, rev } = node;
  return { id, parentId, name, kind, hash, size, mtime, rev };
}

/** Map.get that throws: for lookups the planner's own bookkeeping guarantees. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`planner: missing ${String(key)}`);
  return value;
}
