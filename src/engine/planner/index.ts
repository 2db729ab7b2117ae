// The sync planner: a pure function of the Local, Remote and Synced trees that returns the next operations.
export { plan } from "./plan.js";
export { applyOp, applyPlan, SimState, type Trees } from "./apply.js";
export { conflictName, uniqueConflictName, type ConflictNameOptions } from "./conflict-name.js";
export { depthOf, pathOf, sameContent, sameLocation, sameName } from "./paths.js";
export type * from "./ops.js";
export type * from "./types.js";
