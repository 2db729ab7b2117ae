// Public types of the planner: its input (three trees and options) and its output (a plan).
import type { Tree, TreeNode } from "../tree/types.js";
import type { PlannedOp } from "./ops.js";

/**
 * A node of the Local tree. `placeholder` marks a dehydrated (on-demand) file: its bytes
 * are not on disk, so its content is never uploaded and its hash is taken to equal
 * the Synced one (invariant 8).
 */
export interface LocalNode extends TreeNode {
  placeholder?: boolean;
}

export type LocalTree = ReadonlyMap<string, LocalNode>;

export interface PlanOptions {
  /**
   * The clock, in ms since the epoch, used only to name conflict copies. The planner
   * never reads the clock itself so that it stays a pure function. Default 0.
   */
  now?: number;
  /** Added to `now` when formatting conflict-copy names (pass -Date#getTimezoneOffset()). */
  utcOffsetMinutes?: number;
  /** This device's name, shown in conflict-copy names. */
  deviceName?: string;
  /** A side's file deletes are held back when at least this many... (default 50) */
  massDeleteMinCount?: number;
  /** ...and at least this share of the synced files (default 0.5)... */
  massDeleteShare?: number;
  /** ...or when at least this many, whatever the share (default 1000). */
  massDeleteHardCap?: number;
  /**
   * Files in the whole Synced tree, when the trees given are slices of the whole (the
   * folders where something changed, and those above them): the mass-delete guard's
   * share is of this count, asked for only when a side's deletes reach
   * massDeleteMinCount. Default: the files of the Synced tree given.
   */
  syncedFiles?: () => number;
  /** The user confirmed the pending mass delete: emit it. */
  confirmedMassDelete?: boolean;
  /**
   * The server's data fingerprint changed (it was restored from a backup): Synced is no
   * longer a trustworthy base, so plan a union of both sides without any delete
   * (invariant 2). Files the server lost are uploaded again; nothing is deleted locally.
   */
  fingerprintChanged?: boolean;
  /** The Remote tree is known to be partial: absence from it is never read as a delete. */
  remoteIncomplete?: boolean;
}

/**
 * What the planner reads. Excluded and ignored paths must be removed by the caller from
 * Local and Remote, AND from Synced: the planner reads "in Synced, absent from Local" as
 * a local delete, so an excluded id left in Synced would be deleted on the server
 * (invariant 4).
 */
export interface PlanInput {
  local: LocalTree;
  remote: Tree;
  synced: Tree;
  options?: PlanOptions;
}

export type ConflictKind =
  /** Both sides changed the content: the local version was kept as a conflict copy. */
  | "content"
  /** Edited (or moved) locally, deleted on the server: the local version is uploaded again. */
  | "editDelete"
  /** Deleted locally, edited (or moved) on the server: the server version is downloaded again. */
  | "deleteEdit"
  /** Two different items would get the same name: the local one was renamed. */
  | "name"
  /** Moved to different places on both sides: the server's place wins. */
  | "move"
  /** Moves on both sides would have formed a cycle: the server's structure wins. */
  | "cycle"
  /** A folder deleted on one side was kept because the other side added or changed items in it. */
  | "restoredFolder";

export interface ConflictInfo {
  kind: ConflictKind;
  id: string;
  /** Where the item ends up (the path both sides will agree on). */
  path: string;
  /** Where the other version (or the renamed item) ends up, when there is one. */
  conflictPath?: string;
  message: string;
}

export type Side = "local" | "remote";

export interface MassDeleteReport {
  /** Files the plan would delete on disk (because the server deleted them). */
  localDeletes: number;
  /** Files the plan would delete on the server (because they were deleted here). */
  remoteDeletes: number;
  /** The sides whose deletes were held back, awaiting confirmation. */
  held: Side[];
  /** Paths (files and folders) whose delete was held back, sorted. */
  paths: string[];
}

export type DeferReason =
  /** The name is not acceptable (`..`, NUL, control characters, ...): never written. */
  | "invalidName"
  /** The node's parent chain does not reach the root in one of the trees. */
  | "orphan"
  /** The node changed kind (file <-> folder) under the same id; the scanner should give it a new id. */
  | "kindChanged"
  /** Absent from a Remote listing known to be incomplete. */
  | "remoteIncomplete"
  /** A placeholder the server no longer knows: there is no content to keep or upload. */
  | "placeholderWithoutContent"
  /** Deletes are not allowed in this plan (fingerprint changed). */
  | "noDeletes"
  /** Part of a mass delete awaiting confirmation. */
  | "massDelete"
  /** Waits for something this plan could not do (held delete, frozen neighbour). */
  | "blocked";

export interface Deferred {
  id: string;
  reason: DeferReason;
}

export interface Plan {
  /** Operations in an order an executor can run one by one. */
  ops: PlannedOp[];
  /** What the user may want to know: every one of them kept all versions. */
  conflicts: ConflictInfo[];
  /** Present when deletes were held back awaiting confirmation (invariant 3). */
  massDelete?: MassDeleteReport;
  /** Ids this plan leaves alone, and why; they are planned again next time. */
  deferred: Deferred[];
}

export type { Tree, TreeNode };
