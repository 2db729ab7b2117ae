// Row shapes and shared helpers of the entries and versions tables.
import type Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { CirrusError } from "../../shared/errors.js";
import { LIMITS, type ChunkRef, type Entry } from "../../shared/protocol.js";
import {
  decodeManifest,
  encodeManifest,
  MANIFEST_RECORD_BYTES,
} from "../../shared/manifest-codec.js";
import { preparedStatements, type PreparedStatements } from "../../shared/prepared-statements.js";
import { ChunkRefs } from "./chunk-refs.js";

export interface EntryRow {
  account_id: number;
  id: string;
  parent_id: string | null;
  name: string;
  kind: "file" | "folder";
  size: number;
  mtime: number;
  hash: string | null;
  rev: number;
  deleted: number;
  deleted_at: number | null;
  trash_group: number | null;
  trash_path: string | null;
  purged: number;
  device_id: string | null;
  version_id: string | null;
  chunk_count: number;
}

/** The columns an Entry is made of: what a page of changes reads, and nothing more. */
export const ENTRY_FIELDS = [
  "id",
  "parent_id",
  "name",
  "kind",
  "size",
  "mtime",
  "hash",
  "rev",
  "deleted",
  "device_id",
  "chunk_count",
] as const satisfies readonly (keyof EntryRow)[];
export type EntryFields = Pick<EntryRow, (typeof ENTRY_FIELDS)[number]>;

export interface VersionRow {
  id: string;
  account_id: number;
  entry_id: string;
  rev: number;
  size: number;
  mtime: number;
  hash: string;
  device_id: string | null;
  created_at: number;
  manifest: Buffer;
}

/** Random bytes drawn 4 KiB at a time: one draw per id cost more than the insert. */
let randomPool = Buffer.alloc(0);
let randomAt = 0;
let lastMs = 0;
let sequence = 0;

/**
 * A fresh entry or version id: the time and a counter in hex, then 64 random bits in
 * base64url. Ids that sort by creation make each insert land on the last page of the
 * tables' indexes: a batch of 2,000 commits with random ids dirtied a page per row and
 * its commit wrote twice as much (~190 ms against ~80 ms at 100,000 entries). The
 * random part keeps ids unguessable; lookups are scoped by account either way.
 */
export function newId(): string {
  if (randomAt + 8 > randomPool.length) {
    randomPool = randomBytes(4096);
    randomAt = 0;
  }
  const now = Date.now();
  sequence = now === lastMs ? (sequence + 1) & 0xffff : 0;
  lastMs = now;
  const random = randomPool.toString("base64url", randomAt, randomAt + 8);
  randomAt += 8;
  return `${now.toString(16).padStart(12, "0")}${sequence.toString(16).padStart(4, "0")}${random}`;
}

/** Marks the account tally before an op; the function returned puts it back as it was. */
export type AccountUndo = () => () => void;

/** Shared row access for the entry repositories; all calls run inside their transaction. */
export class EntryRows {
  /** A prepared statement, compiled once: preparing is most of the cost of small queries. */
  readonly sql: PreparedStatements;
  /** The versions' chunk references (chunk-refs.ts). */
  readonly refs: ChunkRefs;

  constructor(readonly db: Database.Database) {
    this.sql = preparedStatements(db);
    this.refs = new ChunkRefs(db, this.sql);
  }

  row(accountId: number, id: string): EntryRow | undefined {
    return this.sql("SELECT * FROM entries WHERE account_id = ? AND id = ?").get(accountId, id) as
      EntryRow | undefined;
  }

  /** The entry or a not_found error; another account's id is indistinguishable from none. */
  require(accountId: number, id: string): EntryRow {
    const row = this.row(accountId, id);
    if (!row || row.purged) throw new CirrusError("not_found", `no entry ${id}`);
    return row;
  }

  liveChild(accountId: number, parentId: string, name: string): EntryRow | undefined {
    return this.sql(
      "SELECT * FROM entries WHERE account_id = ? AND parent_id = ? AND name = ? AND deleted = 0",
    ).get(accountId, parentId, name) as EntryRow | undefined;
  }

  /** A `name_conflict` (with the entry in the way) unless the name is free or is `selfId`'s. */
  assertNameFree(accountId: number, parentId: string, name: string, selfId?: string): void {
    const clash = this.liveChild(accountId, parentId, name);
    if (clash && clash.id !== selfId) {
      throw new CirrusError("name_conflict", `${name} already exists`, this.toEntry(clash, false));
    }
  }

  liveFolder(accountId: number, id: string): EntryRow {
    const row = this.row(accountId, id);
    if (!row || row.deleted) throw new CirrusError("not_found", `no folder ${id}`);
    if (row.kind !== "folder") throw new CirrusError("not_a_folder", `${id} is not a folder`);
    return row;
  }

  /**
   * Run `fn` (inside the caller's transaction) with the account's cursor and used bytes
   * kept in memory and written back once at the end: a batch of 2,000 commits otherwise
   * spent three of its nine statements per commit on the account row. `undo` is what
   * an op that failed calls to take back its share (its savepoint undid the rest).
   */
  withAccountTally<T>(accountId: number, fn: (undo: AccountUndo) => T): T {
    const row = this.sql("SELECT cursor, used_bytes, quota_bytes FROM accounts WHERE id = ?").get(
      accountId,
    ) as { cursor: number; used_bytes: number; quota_bytes: number | null } | undefined;
    if (!row) return fn(() => () => undefined);
    const tally = { accountId, cursor: row.cursor, used: row.used_bytes, quota: row.quota_bytes };
    this.tally = tally;
    try {
      const result = fn(() => {
        const { cursor, used } = tally;
        return () => {
          tally.cursor = cursor;
          tally.used = used;
        };
      });
      this.sql("UPDATE accounts SET cursor = ?, used_bytes = ? WHERE id = ?").run(
        tally.cursor,
        tally.used,
        accountId,
      );
      return result;
    } finally {
      this.tally = null;
    }
  }

  /** The account row as withAccountTally holds it, if it does for this account. */
  private tally: { accountId: number; cursor: number; used: number; quota: number | null } | null =
    null;

  private tallyOf(accountId: number) {
    return this.tally?.accountId === accountId ? this.tally : null;
  }

  /** Advance the account's cursor and return the new sequence number. */
  nextSeq(accountId: number): number {
    const tally = this.tallyOf(accountId);
    if (tally) return ++tally.cursor;
    const row = this.sql(
      "UPDATE accounts SET cursor = cursor + 1 WHERE id = ? RETURNING cursor",
    ).get(accountId) as { cursor: number };
    return row.cursor;
  }

  addUsedBytes(accountId: number, delta: number): void {
    if (delta === 0) return;
    const tally = this.tallyOf(accountId);
    if (tally) tally.used = Math.max(0, tally.used + delta);
    else {
      this.sql("UPDATE accounts SET used_bytes = MAX(0, used_bytes + ?) WHERE id = ?").run(
        delta,
        accountId,
      );
    }
  }

  checkQuota(accountId: number, delta: number): void {
    if (delta <= 0) return;
    const tally = this.tallyOf(accountId);
    const row = tally
      ? { quota_bytes: tally.quota, used_bytes: tally.used }
      : (this.sql("SELECT quota_bytes, used_bytes FROM accounts WHERE id = ?").get(accountId) as {
          quota_bytes: number | null;
          used_bytes: number;
        });
    if (row.quota_bytes !== null && row.used_bytes + delta > row.quota_bytes) {
      throw new CirrusError(
        "quota_exceeded",
        `quota of ${row.quota_bytes} bytes would be exceeded (${row.used_bytes} used)`,
      );
    }
  }

  pathOf(accountId: number, id: string): string {
    const parts: string[] = [];
    let current = this.row(accountId, id);
    while (current && current.parent_id !== null) {
      parts.unshift(current.name);
      current = this.row(accountId, current.parent_id);
    }
    return parts.join("/");
  }

  version(accountId: number, versionId: string | null): VersionRow | undefined {
    if (!versionId) return undefined;
    return this.sql("SELECT * FROM versions WHERE account_id = ? AND id = ?").get(
      accountId,
      versionId,
    ) as VersionRow | undefined;
  }

  currentChunks(row: EntryRow): ChunkRef[] {
    return decodeManifest(this.version(row.account_id, row.version_id)?.manifest);
  }

  insertVersion(
    row: Omit<VersionRow, "id" | "manifest" | "created_at">,
    chunks: readonly ChunkRef[],
    now: number,
  ): string {
    const id = newId();
    this.sql(
      `INSERT INTO versions (id, account_id, entry_id, rev, size, mtime, hash, device_id, created_at, manifest)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      row.account_id,
      row.entry_id,
      row.rev,
      row.size,
      row.mtime,
      row.hash,
      row.device_id,
      now,
      encodeManifest(chunks),
    );
    this.refs.add(row.account_id, id, chunks);
    return id;
  }

  deleteVersions(accountId: number, versionIds: readonly string[]): void {
    const version = this.sql(
      "DELETE FROM versions WHERE account_id = ? AND id = ? RETURNING length(manifest) AS bytes",
    );
    for (const id of versionIds) {
      const deleted = version.get(accountId, id) as { bytes: number } | undefined;
      if (deleted) this.refs.drop(accountId, id, deleted.bytes / MANIFEST_RECORD_BYTES);
    }
  }

  toEntry(row: EntryRow, withChunks: boolean): Entry {
    const entry = this.entryOf(row);
    if (withChunks && row.kind === "file" && !row.deleted) entry.chunks = this.currentChunks(row);
    return entry;
  }

  private entryOf(row: EntryFields): Entry {
    return {
      id: row.id,
      parentId: row.parent_id,
      name: row.name,
      kind: row.kind,
      size: row.size,
      mtime: row.mtime,
      hash: row.hash,
      rev: row.rev,
      deleted: row.deleted === 1,
      deviceId: row.device_id,
      chunkCount: row.chunk_count,
    };
  }

  /**
   * Change pages carry small manifests inline so small files need no second request;
   * `inline_manifest` is the current version's, read with the row.
   */
  toFeedEntry(row: EntryFields & { inline_manifest: Buffer | null }): Entry {
    const entry = this.entryOf(row);
    if (row.kind === "file" && !row.deleted && row.chunk_count <= LIMITS.inlineManifestChunks) {
      entry.chunks = decodeManifest(row.inline_manifest ?? undefined);
    }
    return entry;
  }
}
