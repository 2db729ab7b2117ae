// The chunk index: which account holds which chunk where, in SQLite (WAL, synchronous
// FULL). A chunk exists only once its row is committed, and a row is committed only
// after its pack bytes are fsynced, so the index never points at bytes that may vanish.

import type Database from "better-sqlite3";
import { openIndexDb } from "./index-db.js";
import { accountDirKey, accountNameFromKey, accountNameKey } from "./pack-layout.js";
import { keyToId } from "./chunk-id.js";

export interface AccountRef {
  id: number;
  dirKey: string;
}

export interface ChunkLocation {
  packId: number;
  offset: number;
  length: number;
}

export interface PackRow {
  id: number;
  accountId: number;
  dirKey: string;
  size: number;
}

export interface PackUsage extends PackRow {
  live: number;
}

export interface PackEnd {
  packId: number;
  end: number;
}

export interface NewChunkRow extends ChunkLocation {
  accountId: number;
  key: Buffer;
}

export interface ChunkRef {
  accountId: number;
  key: Buffer;
}

export interface PackedChunk {
  key: Buffer;
  offset: number;
  length: number;
}

export interface ChunkMove {
  key: Buffer;
  from: ChunkLocation;
  to: ChunkLocation;
}

export class BlobIndex {
  private readonly db: Database.Database;
  private readonly stmt;

  constructor(file: string) {
    this.db = openIndexDb(file);
    this.stmt = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      accountByName: db.prepare<[Buffer], { id: number; dir_key: string }>(
        "SELECT id, dir_key FROM accounts WHERE name = ?",
      ),
      insertAccount: db.prepare<[Buffer, string]>(
        "INSERT INTO accounts (name, dir_key) VALUES (?, ?)",
      ),
      accountsWithChunks: db.prepare<[], { name: Buffer }>(
        `SELECT name FROM accounts a WHERE EXISTS (SELECT 1 FROM chunks c WHERE c.account_id = a.id)`,
      ),
      location: db.prepare<
        [number, Buffer],
        { pack_id: number; byte_offset: number; byte_length: number }
      >("SELECT pack_id, byte_offset, byte_length FROM chunks WHERE account_id = ? AND id = ?"),
      touchedAt: db.prepare<[number, Buffer], { touched_at: number }>(
        "SELECT touched_at FROM chunks WHERE account_id = ? AND id = ?",
      ),
      touch: db.prepare<[number, number, Buffer]>(
        "UPDATE chunks SET touched_at = ? WHERE account_id = ? AND id = ?",
      ),
      insertChunk: db.prepare<[number, Buffer, number, number, number, number]>(
        `INSERT INTO chunks (account_id, id, pack_id, byte_offset, byte_length, touched_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      idle: db.prepare<[number, number], { id: Buffer }>(
        "SELECT id FROM chunks WHERE account_id = ? AND touched_at < ? ORDER BY id",
      ),
      deleteChunk: db.prepare<[number, Buffer, number]>(
        "DELETE FROM chunks WHERE account_id = ? AND id = ? AND touched_at < ?",
      ),
      insertPack: db.prepare<[number]>("INSERT INTO packs (account_id, size) VALUES (?, 0)"),
      latestPack: db.prepare<[number], { id: number; size: number }>(
        "SELECT id, size FROM packs WHERE account_id = ? ORDER BY id DESC LIMIT 1",
      ),
      pack: db.prepare<[number], PackRow>(
        `SELECT p.id, p.account_id AS accountId, a.dir_key AS dirKey, p.size
         FROM packs p JOIN accounts a ON a.id = p.account_id WHERE p.id = ?`,
      ),
      packs: db.prepare<[], PackRow>(
        `SELECT p.id, p.account_id AS accountId, a.dir_key AS dirKey, p.size
         FROM packs p JOIN accounts a ON a.id = p.account_id ORDER BY p.id`,
      ),
      packUsage: db.prepare<[], PackUsage>(
        `SELECT p.id, p.account_id AS accountId, a.dir_key AS dirKey, p.size,
                (SELECT COALESCE(SUM(c.byte_length), 0) FROM chunks c WHERE c.pack_id = p.id) AS live
         FROM packs p JOIN accounts a ON a.id = p.account_id ORDER BY p.id`,
      ),
      setPackSize: db.prepare<[number, number]>("UPDATE packs SET size = ? WHERE id = ?"),
      deletePack: db.prepare<[number]>("DELETE FROM packs WHERE id = ?"),
      chunksInPack: db.prepare<[number], { id: Buffer; byte_offset: number; byte_length: number }>(
        "SELECT id, byte_offset, byte_length FROM chunks WHERE pack_id = ? ORDER BY byte_offset",
      ),
      countInPack: db.prepare<[number], { n: number }>(
        "SELECT COUNT(*) AS n FROM chunks WHERE pack_id = ?",
      ),
      moveChunk: db.prepare<[number, number, number, Buffer, number, number]>(
        `UPDATE chunks SET pack_id = ?, byte_offset = ?
         WHERE account_id = ? AND id = ? AND pack_id = ? AND byte_offset = ?`,
      ),
      maxPackId: db.prepare<[], { seq: number }>(
        "SELECT seq FROM sqlite_sequence WHERE name = 'packs'",
      ),
    };
  }

  account(name: string): AccountRef | null {
    const row = this.stmt.accountByName.get(accountNameKey(name));
    return row === undefined ? null : { id: row.id, dirKey: row.dir_key };
  }

  ensureAccount(name: string): AccountRef {
    const existing = this.account(name);
    if (existing !== null) return existing;
    const key = accountNameKey(name);
    const dirKey = accountDirKey(key);
    const id = Number(this.stmt.insertAccount.run(key, dirKey).lastInsertRowid);
    return { id, dirKey };
  }

  accountNames(): string[] {
    return this.stmt.accountsWithChunks
      .all()
      .map((row) => accountNameFromKey(row.name))
      .sort();
  }

  location(accountId: number, key: Buffer): ChunkLocation | null {
    const row = this.stmt.location.get(accountId, key);
    if (row === undefined) return null;
    return { packId: row.pack_id, offset: row.byte_offset, length: row.byte_length };
  }

  has(accountId: number, key: Buffer): boolean {
    return this.stmt.touchedAt.get(accountId, key) !== undefined;
  }

  /**
   * The ids (of `ids`, in order) the account lacks; present ones are touched. One
   * transaction: 20,000 point lookups on the primary key take tens of milliseconds,
   * and rows already touched at `now` are not rewritten, so a repeat query writes nothing.
   */
  missingAndTouch(
    accountId: number,
    ids: readonly string[],
    now: number,
    slackMs: number,
  ): string[] {
    return this.db.transaction(() => {
      const missing: string[] = [];
      for (const id of ids) {
        const key = Buffer.from(id, "hex");
        const row = this.stmt.touchedAt.get(accountId, key);
        if (row === undefined) missing.push(id);
        else if (row.touched_at < now - slackMs) this.stmt.touch.run(now, accountId, key);
      }
      return missing;
    })();
  }

  idle(accountId: number, cutoffMs: number): string[] {
    return this.stmt.idle.all(accountId, cutoffMs).map((row) => keyToId(row.id));
  }

  /** Deletes the rows still idle before `idleBefore`; returns how many went. */
  deleteChunks(accountId: number, keys: readonly Buffer[], idleBefore: number): number {
    return this.db.transaction(() => {
      let deleted = 0;
      for (const key of keys)
        deleted += this.stmt.deleteChunk.run(accountId, key, idleBefore).changes;
      return deleted;
    })();
  }

  /** Records a new (empty) pack and returns its id; the file is created after this. */
  createPack(accountId: number): number {
    return Number(this.stmt.insertPack.run(accountId).lastInsertRowid);
  }

  latestPack(accountId: number): { id: number; size: number } | null {
    return this.stmt.latestPack.get(accountId) ?? null;
  }

  pack(packId: number): PackRow | null {
    return this.stmt.pack.get(packId) ?? null;
  }

  packs(): PackRow[] {
    return this.stmt.packs.all();
  }

  packUsage(): PackUsage[] {
    return this.stmt.packUsage.all();
  }

  /** The highest pack id ever handed out (0 if none): files above it are not ours. */
  maxAssignedPackId(): number {
    return this.stmt.maxPackId.get()?.seq ?? 0;
  }

  /** Forgets a pack that holds no chunks; returns false (and keeps it) if it does. */
  deleteEmptyPack(packId: number): boolean {
    return this.db.transaction(() => {
      if ((this.stmt.countInPack.get(packId)?.n ?? 0) > 0) return false;
      this.stmt.deletePack.run(packId);
      return true;
    })();
  }

  chunksInPack(packId: number): PackedChunk[] {
    return this.stmt.chunksInPack
      .all(packId)
      .map((row) => ({ key: row.id, offset: row.byte_offset, length: row.byte_length }));
  }

  /** One transaction: new rows, touches of rows that already existed, new pack ends. */
  commitPut(
    rows: readonly NewChunkRow[],
    touches: readonly ChunkRef[],
    ends: readonly PackEnd[],
    now: number,
  ): void {
    this.db.transaction(() => {
      for (const r of rows)
        this.stmt.insertChunk.run(r.accountId, r.key, r.packId, r.offset, r.length, now);
      for (const t of touches) this.stmt.touch.run(now, t.accountId, t.key);
      for (const e of ends) this.stmt.setPackSize.run(e.end, e.packId);
    })();
  }

  /**
   * One transaction: point the moved rows at their copies, record the new pack ends
   * and forget the old pack. A row is moved only if it still sits where it was copied
   * from, so a concurrent change can never be overwritten with a stale location.
   */
  commitCompaction(
    accountId: number,
    moves: readonly ChunkMove[],
    ends: readonly PackEnd[],
    oldPackId: number,
  ): void {
    this.db.transaction(() => {
      for (const m of moves) {
        this.stmt.moveChunk.run(
          m.to.packId,
          m.to.offset,
          accountId,
          m.key,
          m.from.packId,
          m.from.offset,
        );
      }
      for (const e of ends) this.stmt.setPackSize.run(e.end, e.packId);
      if ((this.stmt.countInPack.get(oldPackId)?.n ?? 0) > 0) {
        throw new Error(`pack ${oldPackId} still holds chunks after compaction`);
      }
      this.stmt.deletePack.run(oldPackId);
    })();
  }

  close(): void {
    this.db.close();
  }
}
