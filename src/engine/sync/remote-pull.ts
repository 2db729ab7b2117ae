// Brings the Remote tree up to date from the server's change feed, page by page,
// and tells when the server's data was restored from a backup (fingerprint changed
// or cursor went backwards): then nothing may be deleted on the strength of it.
import type { AccountInfo, BatchResponse, Entry } from "../../shared/protocol.js";
import type { IndexStore } from "../index/index-store.js";
import type { RemoteClient } from "../remote/index.js";

/** What a feed entry changed, for a round that looks only where things changed. */
export type PulledChange = Pick<Entry, "id" | "parentId" | "kind" | "deleted">;

export interface PullResult {
  cursor: number;
  changed: number;
  /** The entries pulled, up to PULLED_KEPT of them; null when there were more. */
  changes: PulledChange[] | null;
  /** The server's data is not the data this index was built from. */
  restored: boolean;
}

/** Entries per change-feed request. */
const FEED_PAGE = 5000;
/**
 * Entries kept for PullResult.changes: more than this, and a round looks everywhere. A
 * new folder copied in on another device brings all its files at once; a slice takes
 * them from the Remote tree (new-folders.ts), at a cost that grows with them, not with
 * the folder: 10,000 new files into a folder of 100,000 took 14 s to arrive through a
 * round over the whole folder. Changes spread over more folders than a slice lists
 * fall back to such a round anyway (scoped-inputs.ts).
 */
const PULLED_KEPT = 50_000;

export async function pullRemote(index: IndexStore, remote: RemoteClient): Promise<PullResult> {
  const account: AccountInfo = await remote.account();
  const known = index.getState("fingerprint");
  let cursor = Number(index.getState("cursor") ?? 0);
  const pending = index.getState("fingerprintPending");
  const restored =
    (known !== null && known !== account.fingerprint && pending !== account.fingerprint) ||
    account.cursor < cursor;
  if (restored) {
    // Re-read everything: cursors of the old data mean nothing in the new one.
    index.transaction(() => {
      index.clearRemote();
      index.setState("cursor", "0");
      index.setState("fingerprintPending", account.fingerprint);
    });
    cursor = 0;
  }
  let changed = 0;
  let changes: PulledChange[] | null = [];
  // The next page is asked for as soon as a page arrives, and is on its way while this
  // one is written to the index (a feed of 100,000 entries is 20 pages).
  let next = remote.changes(cursor, FEED_PAGE);
  for (;;) {
    const page = await next;
    if (page.more) {
      next = remote.changes(page.cursor, FEED_PAGE);
      next.catch(() => undefined); // Awaited on the next turn; moot if this one throws.
    }
    index.transaction(() => {
      index.applyRemoteChanges(page.entries);
      index.setState("cursor", String(page.cursor));
    });
    changed += page.entries.length;
    if (changes !== null && changes.length + page.entries.length <= PULLED_KEPT) {
      for (const { id, parentId, kind, deleted } of page.entries) {
        changes.push({ id, parentId, kind, deleted });
      }
    } else {
      changes = null;
    }
    cursor = page.cursor;
    if (!page.more) break;
  }
  if (known === null) index.setState("fingerprint", account.fingerprint);
  // Until a round without deletes completes, the restore stays in force.
  return {
    cursor,
    changed,
    changes: restored ? null : changes,
    restored: index.getState("fingerprintPending") !== null,
  };
}

/** After a round planned without deletes has completed, trust the new data. */
export function acceptFingerprint(index: IndexStore): void {
  const pending = index.getState("fingerprintPending");
  if (pending === null) return;
  index.transaction(() => {
    index.setState("fingerprint", pending);
    index.setState("fingerprintPending", null);
  });
}

/**
 * After this device's own batch has been recorded in the Remote tree: when the batch
 * began at this device's cursor and its results carry every revision up to the new
 * cursor, nothing else changed meanwhile, so the cursor moves on and the next pull
 * does not fetch the batch back (10,000 uploads are 10,000 entries in the feed).
 * Anything else (another device's change in between, a delete that touched more
 * entries than it returned) leaves the cursor alone and the feed tells the rest.
 */
export function followOwnBatch(index: IndexStore, response: BatchResponse): void {
  const { since, cursor } = response;
  if (since === undefined || cursor <= since) return;
  if (Number(index.getState("cursor") ?? 0) !== since) return;
  const revisions = new Set<number>();
  for (const result of response.results) if (result.ok) revisions.add(result.entry.rev);
  for (let rev = since + 1; rev <= cursor; rev++) if (!revisions.has(rev)) return;
  index.setState("cursor", String(cursor));
}
