// The planner: a pure function of the three trees (Local, Remote, Synced) that returns
// the next operations. Same input, same plan; no clock, no disk, no network.
//
// Phases: prepare (what to leave alone, placeholder hashes) -> decide (three-way merge
// per id) -> structure (kept items keep their parents, no cycles) -> names (no two items
// share a name, equal things matched, conflict copies) -> diff (merged tree vs each
// side) -> guard (held deletes) -> schedule (an order that can run one by one).
import { TREE_ROOT_ID } from "../tree/types.js";
import { describeConflicts } from "./conflicts.js";
import { decideAll } from "./decide.js";
import { diff, rekeyedLocal } from "./diff.js";
import { guardDeletes } from "./guard.js";
import { settleNames } from "./names.js";
import { compareStrings } from "./paths.js";
import { prepare } from "./prepare.js";
import { schedule } from "./schedule.js";
import { settleStructure } from "./structure.js";
import type { Deferred, Plan, PlanInput } from "./types.js";

/**
 * Plan the next operations. Callers remove excluded and ignored items from all three
 * trees first (see PlanInput): absence from Local reads as a delete only for ids that
 * Synced still holds.
 */
export function plan(input: PlanInput): Plan {
  const prep = prepare(input);
  const decisions = decideAll(prep);
  const settled = settleStructure(prep, decisions);
  const merged = settleNames(prep, settled);
  const local = rekeyedLocal(prep, merged);
  const guarded = guardDeletes(prep, diff(prep, merged, local));
  const scheduled = schedule(prep, merged, guarded.intents);

  const deferred: Deferred[] = [];
  for (const [id, reason] of merged.frozen) if (id !== TREE_ROOT_ID) deferred.push({ id, reason });
  deferred.push(...guarded.held, ...scheduled.blocked);
  deferred.sort((a, b) => compareStrings(a.id, b.id) || compareStrings(a.reason, b.reason));

  const result: Plan = { ops: scheduled.ops, conflicts: describeConflicts(merged), deferred };
  if (guarded.massDelete !== undefined) result.massDelete = guarded.massDelete;
  return result;
}
