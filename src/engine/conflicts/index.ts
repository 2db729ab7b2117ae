// Conflicts: what a person needs to decide one (details, diff, merge proposal) and
// applying the decision.
export { conflictDetails } from "./details.js";
export { findConflict, resolveConflict } from "./resolve.js";
export { mergeProposal } from "./merge.js";
