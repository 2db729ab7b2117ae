// Which versions reference which chunks (table chunk_refs), kept for one reader: the
// garbage collector, which must never delete a chunk a version still needs.
//
// Writing those rows inside a commit put them on the path of every edit: a 256 MiB file
// has ~13,000 chunks, so each new version inserted 13,000 rows at random places of the
// table (and pruning the oldest deleted as many), ~300 ms of the commit a client waits
// for, to change one chunk. The commit of a large version now only journals it (one row
// of chunk_refs_journal, in the commit's transaction, so the journal is exactly as durable
// as the version); the rows follow from the version's manifest a moment later, in slices that
// let requests in between (RefsFlusher), and before any reader looks: referenced()
// applies the account's journal first, so the collector always sees every reference.
// A slice may stop inside a version: its rows are written with INSERT OR IGNORE and
// removed by version, so a version begun again (after a failed slice, or a restart)
// ends the same.
import type Database from "better-sqlite3";
import { decodeManifest } from "../../shared/manifest-codec.js";
import type { PreparedStatements } from "../../shared/prepared-statements.js";
import type { ChunkRef } from "../../shared/protocol.js";

/**
 * Versions of up to this many chunks (files up to ~1 MiB) get their rows in the commit:
 * for them a journal row would cost as much as the rows, and most files are small.
 */
const INLINE_MAX = 64;

interface JournalRow {
  version_id: string;
  account_id: number;
  action: "add" | "drop";
}

export class ChunkRefs {
  /** Told when a version is journaled (RefsFlusher applies the journal soon after). */
  onJournaled: () => void = () => undefined;
  /**
   * How many of a journaled version's chunk ids are in chunk_refs already (a slice
   * stopped inside it). In memory only: after a restart the version begins again.
   */
  private readonly addedSoFar = new Map<string, number>();
  /** The chunk ids of the version being added over several slices, decoded once. */
  private idsOf: { versionId: string; ids: string[] } | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly sql: PreparedStatements,
  ) {}

  private journal(accountId: number, versionId: string, action: JournalRow["action"]): void {
    this.sql(
      "INSERT OR REPLACE INTO chunk_refs_journal (version_id, account_id, action) VALUES (?, ?, ?)",
    ).run(versionId, accountId, action);
    this.onJournaled();
  }

  /**
   * Record a new version's references (inside the commit's transaction): written at
   * once for a small manifest, journaled for a large one.
   */
  add(accountId: number, versionId: string, chunks: readonly ChunkRef[]): void {
    if (chunks.length > INLINE_MAX) {
      this.journal(accountId, versionId, "add");
      return;
    }
    this.insertRefs(accountId, versionId, chunks);
  }

  /** Remove a deleted version's references (inside the deleting transaction). */
  drop(accountId: number, versionId: string, chunkCount: number): void {
    if (chunkCount > INLINE_MAX) {
      // Replaces a pending "add" too: some of its rows may be written already.
      this.journal(accountId, versionId, "drop");
      return;
    }
    this.removeRefs(versionId, Infinity);
  }

  /** Forget an account's references and journal (the account is being deleted). */
  dropAccount(accountId: number): void {
    this.sql("DELETE FROM chunk_refs_journal WHERE account_id = ?").run(accountId);
    this.sql("DELETE FROM chunk_refs WHERE account_id = ?").run(accountId);
  }

  /** Whether anything is journaled and not yet applied. */
  pending(): boolean {
    return this.sql("SELECT 1 FROM chunk_refs_journal LIMIT 1").get() !== undefined;
  }

  /**
   * Apply journaled versions, oldest first, in one transaction, until about `maxRows`
   * rows were written or removed (a version may stop part way; the next call goes on
   * with it). `accountId` limits it to one account; `background`: commit without
   * waiting for the disk (withoutSync). Returns whether journal rows remain.
   */
  apply(options: { accountId?: number; maxRows?: number; background?: boolean } = {}): boolean {
    const maxRows = options.maxRows ?? Infinity;
    // Progress made by this transaction, kept only once it commits.
    const progress = new Map<string, number>();
    const run = this.db.transaction((): boolean => {
      let rows = 0;
      for (;;) {
        const entry = (
          options.accountId === undefined
            ? this.sql("SELECT * FROM chunk_refs_journal ORDER BY rowid LIMIT 1").get()
            : this.sql(
                "SELECT * FROM chunk_refs_journal WHERE account_id = ? ORDER BY rowid LIMIT 1",
              ).get(options.accountId)
        ) as JournalRow | undefined;
        if (!entry) return false;
        if (rows >= maxRows) return true;
        const step =
          entry.action === "add"
            ? this.writeRefs(entry, maxRows - rows, progress)
            : this.removeRefs(entry.version_id, maxRows - rows);
        rows += step.rows;
        if (!step.done) return true;
        if (this.idsOf?.versionId === entry.version_id) this.idsOf = null;
        progress.set(entry.version_id, 0);
        this.sql("DELETE FROM chunk_refs_journal WHERE version_id = ?").run(entry.version_id);
      }
    });
    const more = options.background ? this.withoutSync(run) : run();
    for (const [versionId, added] of progress) {
      if (added > 0) this.addedSoFar.set(versionId, added);
      else this.addedSoFar.delete(versionId);
    }
    return more;
  }

  /**
   * `work` with commits that do not wait for the disk. Only for applying the journal:
   * the journal is the durable record, so a slice lost to a crash is applied again.
   * (WAL frames are only ever recovered in order, and the next durable commit syncs
   * these too.) Each slice waited for its own sync, and with the disk busy (another
   * device writing the new version) a few dozen of them kept the endpoint's requests
   * waiting 100-250 ms. No checkpoint runs meanwhile: one that does not sync the
   * database file could let a later commit overwrite WAL frames the file does not
   * durably hold yet; the next durable commit checkpoints as usual.
   */
  private withoutSync<T>(work: () => T): T {
    if (this.db.inTransaction) return work();
    const level = this.db.pragma("synchronous", { simple: true }) as number;
    const checkpointAt = this.db.pragma("wal_autocheckpoint", { simple: true }) as number;
    this.db.pragma("wal_autocheckpoint = 0");
    this.db.pragma("synchronous = OFF");
    try {
      return work();
    } finally {
      this.db.pragma(`synchronous = ${level}`);
      this.db.pragma(`wal_autocheckpoint = ${checkpointAt}`);
    }
  }

  /**
   * Copy the WAL into the database file now (the journal is applied): the slices ran
   * without checkpoints, and the next commit, another device's edit, would otherwise
   * pay for all of them (~130 ms after an edit of a 256 MiB file).
   */
  checkpoint(): void {
    this.db.pragma("wal_checkpoint(PASSIVE)");
  }

  /** Which of `ids` some version of the account references (its journal applied first). */
  referenced(accountId: number, ids: readonly string[]): Set<string> {
    this.apply({ accountId });
    const found = this.sql(
      `SELECT DISTINCT chunk FROM chunk_refs
       WHERE account_id = ? AND chunk IN (SELECT value FROM json_each(?))`,
    ).all(accountId, JSON.stringify(ids)) as { chunk: string }[];
    return new Set(found.map((r) => r.chunk));
  }

  /**
   * Write up to `most` of a journaled version's rows, after those written before
   * (addedSoFar, or `progress` within this transaction); `done` once all are in.
   */
  private writeRefs(
    entry: JournalRow,
    most: number,
    progress: Map<string, number>,
  ): { rows: number; done: boolean } {
    const ids = this.versionIds(entry.version_id);
    // Deleting a version replaces its journal row (drop), so this is rare.
    if (ids === null) return { rows: 0, done: true };
    const from = progress.get(entry.version_id) ?? this.addedSoFar.get(entry.version_id) ?? 0;
    const to = Math.min(ids.length, from + most);
    this.insertIds(entry.account_id, entry.version_id, ids.slice(from, to));
    progress.set(entry.version_id, to);
    return { rows: to - from, done: to === ids.length };
  }

  /** A version's chunk ids (a slice that stops inside it keeps them for the next). */
  private versionIds(versionId: string): string[] | null {
    if (this.idsOf?.versionId === versionId) return this.idsOf.ids;
    const version = this.sql("SELECT manifest FROM versions WHERE id = ?").get(versionId) as
      { manifest: Buffer } | undefined;
    if (!version) return null;
    this.idsOf = { versionId, ids: uniqueIds(decodeManifest(version.manifest)) };
    return this.idsOf.ids;
  }

  private insertRefs(accountId: number, versionId: string, chunks: readonly ChunkRef[]): number {
    const ids = uniqueIds(chunks);
    this.insertIds(accountId, versionId, ids);
    return ids.length;
  }

  private insertIds(accountId: number, versionId: string, ids: readonly string[]): void {
    const insert = this.sql(
      "INSERT OR IGNORE INTO chunk_refs (account_id, chunk, version_id) VALUES (?, ?, ?)",
    );
    for (const id of ids) insert.run(accountId, id, versionId);
  }

  /** Remove up to `most` of a version's rows; `done` once none are left. */
  private removeRefs(versionId: string, most: number): { rows: number; done: boolean } {
    if (!Number.isFinite(most)) {
      const rows = this.sql("DELETE FROM chunk_refs WHERE version_id = ?").run(versionId).changes;
      return { rows, done: true };
    }
    const rows = this.sql(
      `DELETE FROM chunk_refs WHERE (account_id, chunk, version_id) IN
         (SELECT account_id, chunk, version_id FROM chunk_refs WHERE version_id = ? LIMIT ?)`,
    ).run(versionId, most).changes;
    return { rows, done: rows < most };
  }
}

/**
 * Rows per slice of work, between two looks at the event loop: ~15-25 ms here, so a
 * request that arrives meanwhile (another device fetching the change) barely waits.
 * With slices of whole versions (4,000 rows or more) that each waited for a sync, the
 * other device's first request after an edit of a 256 MiB file waited 93-257 ms; with
 * these, 32-104 ms.
 */
const ROWS_PER_SLICE = 1000;
/** Wait before trying again after a slice failed. */
const RETRY_MS = 5000;

/**
 * Applies the journal in the background: `delayMs` after the first commit of a burst
 * (so it does not land on the requests that follow a commit: the other devices fetching
 * what changed), one slice per turn of the event loop.
 */
export class RefsFlusher {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly refs: ChunkRefs,
    private readonly delayMs = 1000,
  ) {
    refs.onJournaled = () => {
      this.poke();
    };
    // Journal rows left by a previous run (stopped before applying them).
    if (refs.pending()) this.schedule(0);
  }

  /** Something was journaled. */
  poke(): void {
    if (this.timer === null) this.schedule(this.delayMs);
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      let more: boolean;
      try {
        more = this.refs.apply({ maxRows: ROWS_PER_SLICE, background: true });
        if (!more) this.refs.checkpoint();
      } catch {
        // Busy or failing database: the journal stays as it was (one transaction per
        // slice), the collector applies it before it looks, and this tries again later.
        this.schedule(RETRY_MS);
        return;
      }
      if (more) this.schedule(0);
    }, ms);
    this.timer.unref();
  }
}

/** A manifest's chunk ids, each once, in order. */
function uniqueIds(chunks: readonly ChunkRef[]): string[] {
  return [...new Set(chunks.map((c) => c.id))];
}
