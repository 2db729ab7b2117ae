// What a folder still has to do, as its status reports it: the ops of the last round's
// plan, counted by kind, while that round has not done them all.
import { noPendingWork, type PendingWork } from "../../shared/status.js";
import type { RoundResult } from "./sync-round.js";

export function pendingOf(round: RoundResult | null): PendingWork {
  const pending = noPendingWork();
  if (!round || round.done === round.planned) return pending;
  for (const op of round.plan.ops) {
    if (op.type === "upload") {
      pending.uploads++;
      pending.bytesToSend += op.content.size;
    } else if (op.type === "download") {
      pending.downloads++;
      pending.bytesToReceive += op.content.size;
    } else if (op.type === "deleteLocal" || op.type === "deleteRemote") pending.deletes++;
    else if (op.type === "moveLocal" || op.type === "moveRemote") pending.moves++;
  }
  return pending;
}
