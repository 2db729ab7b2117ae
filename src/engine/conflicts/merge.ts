// Three-way merge of text (diff3, with the synced version as the base): a proposal
// exists only when both sides changed regions that do not overlap.
import { diff3Merge } from "node-diff3";
import { splitLines } from "./text.js";

export function mergeProposal(base: string, local: string, remote: string): string | null {
  if (local === remote) return local;
  const regions = diff3Merge(splitLines(local), splitLines(base), splitLines(remote), {
    excludeFalseConflicts: true,
  });
  let merged = "";
  for (const region of regions) {
    if (region.conflict) return null;
    merged += (region.ok ?? []).join("");
  }
  return merged;
}
