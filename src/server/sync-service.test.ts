import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Op } from "../shared/protocol.js";
import { AccountLocks } from "./account-lock.js";
import { LocalBlobStore } from "./blob/local-blob-store.js";
import { SqliteMetadataStore } from "./metadata/sqlite-store.js";
import { PushHub } from "./push/push-hub.js";
import { SyncService } from "./sync-service.js";

const GRACE = 60_000;

function chunk(): { id: string; data: Buffer } {
  const data = randomBytes(100);
  return { id: createHash("sha256").update(data).digest("hex"), data };
}

function commit(name: string, c: { id: string; data: Buffer }): Op {
  return {
    op: "commit",
    parentId: "root",
    name,
    size: c.data.length,
    mtime: 0,
    hash: c.id,
    baseRev: null,
    chunks: [{ id: c.id, size: c.data.length }],
  };
}

describe("garbage collection of chunks", () => {
  let dir: string;
  let now: number;
  let metadata: SqliteMetadataStore;
  let blobs: LocalBlobStore;
  let sync: SyncService;
  let account: number;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-gc-"));
    now = 1_000_000;
    const clock = () => now;
    metadata = new SqliteMetadataStore({
      dataDir: dir,
      retention: { keepCount: 20, keepDays: 30, trashDays: 30 },
      now: clock,
    });
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

  it("reclaims unreferenced chunks after the grace period and keeps referenced ones", async () => {
    const kept = chunk();
    const orphan = chunk();
    await sync.storeChunks(account, [kept, orphan]);
    const { results } = await sync.applyOps(account, "dev", [commit("a.txt", kept)]);
    expect(results[0]?.ok).toBe(true);

    now += GRACE / 2;
    expect(await sync.collectGarbage(now, GRACE)).toBe(0);

    now += GRACE;
    expect(await sync.collectGarbage(now, GRACE)).toBe(1);
    expect(await sync.missingChunks(account, [kept.id, orphan.id])).toEqual([orphan.id]);
  });

  it("keeps a chunk that a client was just told exists, so its commit can follow", async () => {
    const c = chunk();
    await sync.storeChunks(account, [c]);
    now += GRACE * 2;
    // "missing" answers that the chunk is there, which protects it for the grace period.
    expect(await sync.missingChunks(account, [c.id])).toEqual([]);
    expect(await sync.collectGarbage(now, GRACE)).toBe(0);
    const { results } = await sync.applyOps(account, "dev", [commit("late.txt", c)]);
    expect(results[0]?.ok).toBe(true);
  });

  it("reclaims the chunks of a file purged from the trash, not before", async () => {
    const c = chunk();
    await sync.storeChunks(account, [c]);
    const created = await sync.applyOps(account, "dev", [commit("gone.txt", c)]);
    const entry = created.results[0]?.ok ? created.results[0].entry : null;
    expect(entry).not.toBeNull();
    await sync.applyOps(account, "dev", [{ op: "delete", id: entry!.id, baseRev: entry!.rev }]);
    now += GRACE * 2;
    expect(await sync.collectGarbage(now, GRACE)).toBe(0);
    metadata.purgeTrash(account, entry!.id);
    expect(await sync.collectGarbage(now, GRACE)).toBe(1);
  });

  it("never leaves a committed manifest pointing at a collected chunk when both race", async () => {
    for (let round = 0; round < 20; round++) {
      const c = chunk();
      await sync.storeChunks(account, [c]);
      now += GRACE * 2;
      const [collected, committed] = await Promise.all([
        sync.collectGarbage(now, GRACE),
        sync.applyOps(account, "dev", [commit(`race-${round}.txt`, c)]),
      ]);
      const result = committed.results[0];
      if (result?.ok) {
        // The commit won: its chunk must still be there.
        expect(await sync.missingChunks(account, [c.id])).toEqual([]);
      } else {
        // The collector won: the commit was refused, never half-applied.
        expect(result?.error.code).toBe("missing_chunks");
        expect(collected).toBeGreaterThan(0);
      }
    }
  });
});
