import { createHash, randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Op } from "../shared/protocol.js";
import { CollectorFixture } from "./testing.js";

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
  let fx: CollectorFixture;

  beforeEach(async () => {
    fx = await CollectorFixture.open({ keepCount: 20 });
  });
  afterEach(() => fx.close());

  it("reclaims unreferenced chunks after the grace period and keeps referenced ones", async () => {
    const kept = chunk();
    const orphan = chunk();
    await fx.sync.storeChunks(fx.account, [kept, orphan]);
    const { results } = await fx.sync.applyOps(fx.account, "dev", [commit("a.txt", kept)]);
    expect(results[0]?.ok).toBe(true);

    fx.now += GRACE / 2;
    expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(0);

    fx.now += GRACE;
    expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(1);
    expect(await fx.sync.missingChunks(fx.account, [kept.id, orphan.id])).toEqual([orphan.id]);
  });

  it("keeps a chunk that a client was just told exists, so its commit can follow", async () => {
    const c = chunk();
    await fx.sync.storeChunks(fx.account, [c]);
    fx.now += GRACE * 2;
    // "missing" answers that the chunk is there, which protects it for the grace period.
    expect(await fx.sync.missingChunks(fx.account, [c.id])).toEqual([]);
    expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(0);
    const { results } = await fx.sync.applyOps(fx.account, "dev", [commit("late.txt", c)]);
    expect(results[0]?.ok).toBe(true);
  });

  it("reclaims the chunks of a file purged from the trash, not before", async () => {
    const c = chunk();
    await fx.sync.storeChunks(fx.account, [c]);
    const created = await fx.sync.applyOps(fx.account, "dev", [commit("gone.txt", c)]);
    const entry = created.results[0]?.ok ? created.results[0].entry : null;
    expect(entry).not.toBeNull();
    await fx.sync.applyOps(fx.account, "dev", [
      { op: "delete", id: entry!.id, baseRev: entry!.rev },
    ]);
    fx.now += GRACE * 2;
    expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(0);
    fx.metadata.purgeTrash(fx.account, entry!.id);
    expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(1);
  });

  it("never leaves a committed manifest pointing at a collected chunk when both race", async () => {
    for (let round = 0; round < 20; round++) {
      const c = chunk();
      await fx.sync.storeChunks(fx.account, [c]);
      fx.now += GRACE * 2;
      const [collected, committed] = await Promise.all([
        fx.sync.collectGarbage(fx.now, GRACE),
        fx.sync.applyOps(fx.account, "dev", [commit(`race-${round}.txt`, c)]),
      ]);
      const result = committed.results[0];
      if (result?.ok) {
        // The commit won: its chunk must still be there.
        expect(await fx.sync.missingChunks(fx.account, [c.id])).toEqual([]);
      } else {
        // The collector won: the commit was refused, never half-applied.
        expect(result?.error.code).toBe("missing_chunks");
        expect(collected).toBeGreaterThan(0);
      }
    }
  });
});
