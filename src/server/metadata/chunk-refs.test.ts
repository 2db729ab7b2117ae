// The chunk-reference journal: large versions are committed without their reference
// rows, and the garbage collector must still never take a chunk a version needs.
import Database from "better-sqlite3";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChunkRef, Op } from "../../shared/protocol.js";
import { AccountLocks } from "../account-lock.js";
import { LocalBlobStore } from "../blob/local-blob-store.js";
import { PushHub } from "../push/push-hub.js";
import { SyncService } from "../sync-service.js";
import { SqliteMetadataStore } from "./sqlite-store.js";

const GRACE = 60_000;
/** More chunks than a commit writes references for in place (INLINE_MAX). */
const LARGE = 200;

interface Chunk {
  id: string;
  data: Buffer;
}

function chunks(n: number): Chunk[] {
  return Array.from({ length: n }, () => {
    const data = randomBytes(64);
    return { id: createHash("sha256").update(data).digest("hex"), data };
  });
}

function version(parts: readonly Chunk[]): { chunks: ChunkRef[]; size: number; hash: string } {
  const whole = Buffer.concat(parts.map((c) => c.data));
  return {
    chunks: parts.map((c) => ({ id: c.id, size: c.data.length })),
    size: whole.length,
    hash: createHash("sha256").update(whole).digest("hex"),
  };
}

describe("chunk references of large versions", () => {
  let dir: string;
  let now: number;
  let metadata: SqliteMetadataStore;
  let blobs: LocalBlobStore;
  let sync: SyncService;
  let account: number;

  const clock = () => now;
  const openMetadata = () =>
    new SqliteMetadataStore({
      dataDir: dir,
      retention: { keepCount: 2, keepDays: 30, trashDays: 30 },
      now: clock,
    });
  /** Rows of a table, read through a second connection (what is on disk). */
  const count = (table: string): number => {
    const db = new Database(path.join(dir, "metadata.db"), { readonly: true });
    try {
      return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  async function commitFile(
    name: string,
    parts: Chunk[],
    base: { id: string; rev: number } | null,
  ) {
    const v = version(parts);
    const op: Op = {
      op: "commit",
      ...(base ? { id: base.id } : {}),
      parentId: "root",
      name,
      baseRev: base?.rev ?? null,
      size: v.size,
      mtime: 0,
      hash: v.hash,
      chunks: v.chunks,
    };
    const { results } = await sync.applyOps(account, "dev", [op]);
    const result = results[0];
    if (!result?.ok) throw new Error(`commit failed: ${JSON.stringify(result)}`);
    return { id: result.entry.id, rev: result.entry.rev };
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-refs-"));
    now = 1_000_000;
    metadata = openMetadata();
    blobs = await LocalBlobStore.open({
      dir: path.join(dir, "chunks"),
      now: clock,
      touchSlackMs: 0,
    });
    sync = new SyncService(metadata, blobs, new PushHub(), new AccountLocks());
    account = metadata.createAccount("alice", "x", null).id;
  });

  afterEach(async () => {
    await blobs.close();
    metadata.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("commits a large version with one journal row, and the collector still keeps its chunks", async () => {
    const parts = chunks(LARGE);
    await sync.storeChunks(account, parts);
    await commitFile("big.bin", parts, null);
    expect(count("chunk_refs_todo")).toBe(1);
    expect(count("chunk_refs")).toBe(0);

    now += GRACE * 2;
    expect(await sync.collectGarbage(now, GRACE)).toBe(0);
    expect(
      await sync.missingChunks(
        account,
        parts.map((c) => c.id),
      ),
    ).toEqual([]);
    // The collector applied the journal before it looked.
    expect(count("chunk_refs_todo")).toBe(0);
    expect(count("chunk_refs")).toBe(LARGE);
  });

  it("writes the references of a small version in its commit", async () => {
    const parts = chunks(3);
    await sync.storeChunks(account, parts);
    await commitFile("small.txt", parts, null);
    expect(count("chunk_refs_todo")).toBe(0);
    expect(count("chunk_refs")).toBe(3);
  });

  it.each([
    ["applied", true],
    ["still journaled", false],
  ])(
    "reclaims what only a pruned version used (its references %s), and keeps what newer versions share",
    async (_, applyEach) => {
      const parts = chunks(LARGE);
      await sync.storeChunks(account, parts);
      let file = await commitFile("big.bin", parts, null);
      const replaced: Chunk[] = [];
      // Three edits, each replacing one chunk: with keepCount 2 the first two versions go.
      for (let edit = 0; edit < 3; edit++) {
        const [fresh] = chunks(1) as [Chunk];
        await sync.storeChunks(account, [fresh]);
        replaced.push(parts[edit * 10] as Chunk);
        parts[edit * 10] = fresh;
        file = await commitFile("big.bin", parts, file);
        // Applied: pruning must remove the rows; still journaled: it must drop the journal.
        if (applyEach) metadata.referencedChunks(account, []);
      }
      expect(metadata.versions(account, file.id)).toHaveLength(2);

      now += GRACE * 2;
      // The newest two versions still hold the chunk replaced by the third edit.
      const gone = replaced.slice(0, 2).map((c) => c.id);
      expect(await sync.collectGarbage(now, GRACE)).toBe(gone.length);
      expect(
        await sync.missingChunks(
          account,
          [...parts, ...replaced].map((c) => c.id),
        ),
      ).toEqual(gone);
      expect(count("chunk_refs_todo")).toBe(0);
    },
  );

  it("applies the journal in the background soon after the commit", async () => {
    const parts = chunks(LARGE);
    await sync.storeChunks(account, parts);
    await commitFile("big.bin", parts, null);
    expect(count("chunk_refs_todo")).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(count("chunk_refs_todo")).toBe(0);
    expect(count("chunk_refs")).toBe(LARGE);
  });

  it("keeps the journal across a restart and applies it after", async () => {
    const parts = chunks(LARGE);
    await sync.storeChunks(account, parts);
    const file = await commitFile("big.bin", parts, null);
    await commitFile("big.bin", [...parts.slice(1), ...chunks(0)], file);
    metadata.close();
    expect(count("chunk_refs_todo")).toBe(2);

    metadata = openMetadata();
    sync = new SyncService(metadata, blobs, new PushHub(), new AccountLocks());
    now += GRACE * 2;
    expect(await sync.collectGarbage(now, GRACE)).toBe(0);
    expect(
      await sync.missingChunks(
        account,
        parts.map((c) => c.id),
      ),
    ).toEqual([]);
    expect(count("chunk_refs_todo")).toBe(0);
  });

  it("forgets an account's journal with the account", async () => {
    const parts = chunks(LARGE);
    await sync.storeChunks(account, parts);
    await commitFile("big.bin", parts, null);
    expect(metadata.deleteAccount("alice")).toBe(true);
    expect(count("chunk_refs_todo")).toBe(0);
    expect(count("chunk_refs")).toBe(0);
  });

  it("upgrades a schema-1 database and refuses one newer than it knows", () => {
    metadata.close();
    const db = new Database(path.join(dir, "metadata.db"));
    db.exec("DROP TABLE chunk_refs_todo");
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    db.close();
    metadata = openMetadata();
    expect(count("chunk_refs_todo")).toBe(0);
    metadata.close();
    const upgraded = new Database(path.join(dir, "metadata.db"), { readonly: true });
    expect(upgraded.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get()).toEqual({
      value: "2",
    });
    upgraded.close();

    const newer = new Database(path.join(dir, "metadata.db"));
    newer.prepare("UPDATE meta SET value = '3' WHERE key = 'schema_version'").run();
    newer.close();
    expect(openMetadata).toThrow(/newer than this server understands/);
    // afterEach closes the store: give it one to close.
    const db2 = new Database(path.join(dir, "metadata.db"));
    db2.prepare("UPDATE meta SET value = '2' WHERE key = 'schema_version'").run();
    db2.close();
    metadata = openMetadata();
  });
});
