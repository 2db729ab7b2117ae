// What a walk could not see is not observed, never deleted (invariant 4). A folder that
// cannot be listed (no permission, a stale network mount, a privacy prompt refused), an
// entry that cannot be stat'ed, and a symlink (never followed: a synced folder moved to
// another disk with a link left in its place) hide whatever the Synced tree holds below
// them. Planned over as they are, those files would read as deleted here and go to the
// server's trash, and from every other device. So, as for excluded folders, a round
// drops them from the Synced tree and their nodes from the Remote one: nothing is
// planned for them until the walk sees them again (the unreadable entries are
// reported as failures meanwhile).
import { pathsOf } from "../scan/local-tree.js";
import type { WalkResult } from "../scan/walk.js";
import type { TreeNode } from "../tree/types.js";

/** Whether a path (relative, "/"-separated, as the trees spell it) was hidden from the walk. */
export type Hidden = (path: string) => boolean;

/** What the walk could not observe, or null when it saw everything. */
export function hiddenFrom(walked: WalkResult): Hidden | null {
  if (walked.unreadable.length === 0 && walked.symlinks.length === 0) return null;
  // The root itself could not be listed: nothing was observed.
  if (walked.unreadable.some((u) => u.rel === "")) return () => true;
  const listed = new Set(walked.items.filter((i) => i.kind === "folder").map((i) => i.rel));
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const { rel } of walked.unreadable) {
    // A folder that was found but could not be listed is there itself; its content
    // is what is hidden. An entry that could not be stat'ed is hidden whole.
    if (!listed.has(rel)) exact.add(rel);
    prefixes.push(`${rel}/`);
  }
  for (const link of walked.symlinks) {
    exact.add(link);
    prefixes.push(`${link}/`);
  }
  return (p) => exact.has(p) || prefixes.some((prefix) => p.startsWith(prefix));
}

/**
 * The Synced nodes outside what `hidden` covers, and the Remote nodes that are not one
 * of those dropped or below one (by id: a node may have moved on the server). A Remote
 * node new at a hidden path stays, so a download into a link or an unreadable folder
 * is still tried, refused and reported.
 */
export function withoutHidden<S extends TreeNode, R extends TreeNode>(
  hidden: Hidden | null,
  synced: readonly S[],
  remote: readonly R[],
): { synced: readonly S[]; remote: readonly R[] } {
  if (hidden === null) return { synced, remote };
  const syncedPaths = pathsOf(synced);
  const dropped = new Set<string>();
  const keptSynced = synced.filter((n) => {
    const p = syncedPaths.get(n.id);
    if (p === undefined || p === "" || !hidden(p)) return true;
    dropped.add(n.id);
    return false;
  });
  if (dropped.size === 0) return { synced, remote };
  const byId = new Map(remote.map((n) => [n.id, n]));
  const below = new Map<string, boolean>();
  const isDropped = (id: string, depth = 0): boolean => {
    const known = below.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const result =
      dropped.has(id) ||
      (node?.parentId != null && depth < 4096 && isDropped(node.parentId, depth + 1));
    below.set(id, result);
    return result;
  };
  return { synced: keptSynced, remote: remote.filter((n) => !isDropped(n.id)) };
}
