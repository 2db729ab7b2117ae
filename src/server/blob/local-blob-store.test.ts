import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pino, type Logger } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import type { IncomingChunk } from "./blob-store.js";
import { LocalBlobStore, type LocalBlobStoreOptions } from "./local-blob-store.js";

const silent = pino({ level: "silent" });
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cirrus-blob-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function openStore(options: Partial<LocalBlobStoreOptions> = {}): Promise<LocalBlobStore> {
  const store = await LocalBlobStore.open({
    dir: await tempDir(),
    logger: silent,
    touchSlackMs: 0,
    ...options,
  });
  cleanups.push(() => store.close());
  return store;
}

function chunk(content: string | Buffer): IncomingChunk {
  const data = typeof content === "string" ? Buffer.from(content) : content;
  return { id: createHash("sha256").update(data).digest("hex"), data };
}

function captureLogs(): { logger: Logger; lines: Array<{ msg?: string; level: number }> } {
  const lines: Array<{ msg?: string; level: number }> = [];
  const logger = pino(
    { level: "debug" },
    {
      write: (line: string) => {
        lines.push(JSON.parse(line) as { msg?: string; level: number });
      },
    },
  );
  return { logger, lines };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CirrusError);
  expect((error as CirrusError).code).toBe(code);
}

describe("LocalBlobStore", () => {
  it("returns the bytes it stored, and null for a chunk it never stored", async () => {
    const store = await openStore();
    const a = chunk("alpha");
    const empty = chunk(Buffer.alloc(0));
    const big = chunk(randomBytes(8 * 1024 * 1024));
    await store.putMany("alice", [a, empty, big]);

    expect(await store.get("alice", a.id)).toEqual(a.data);
    expect(await store.get("alice", empty.id)).toEqual(Buffer.alloc(0));
    expect((await store.get("alice", big.id))?.equals(big.data)).toBe(true);
    expect(await store.get("alice", chunk("never stored").id)).toBeNull();
    expect(await store.get("alice", "not-an-id")).toBeNull();
    expect(await store.missing("alice", [a.id, big.id])).toEqual([]);
  });

  it("rejects a chunk whose bytes do not match its id and stores nothing from that call", async () => {
    const store = await openStore();
    const good = chunk("good");
    const bad = { id: chunk("claimed").id, data: Buffer.from("actual") };

    await expectCode(store.putMany("alice", [good, bad]), "hash_mismatch");

    expect(await store.get("alice", good.id)).toBeNull();
    expect(await store.missing("alice", [good.id, bad.id])).toEqual([good.id, bad.id]);
    expect(await store.accounts()).toEqual([]);
  });

  it("accepts only lowercase hex ids: an uppercase id is a mismatch, a malformed query a bad request", async () => {
    const store = await openStore();
    const c = chunk("case");
    await expectCode(
      store.putMany("alice", [{ id: c.id.toUpperCase(), data: c.data }]),
      "hash_mismatch",
    );
    await expectCode(store.missing("alice", ["../../etc/passwd"]), "bad_request");
    await expectCode(store.missing("alice", [c.id.toUpperCase()]), "bad_request");
  });

  it("keeps accounts apart: B cannot see, read or touch A's chunk, and deleting from one leaves the other", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock });
    const shared = chunk("same bytes in two accounts");
    await store.putMany("alice", [shared]);

    clock = 2_000;
    expect(await store.missing("bob", [shared.id])).toEqual([shared.id]);
    expect(await store.get("bob", shared.id)).toBeNull();
    // Bob's question did not touch Alice's copy.
    expect(await store.listIdle("alice", 1_500)).toEqual([shared.id]);

    await store.putMany("bob", [shared]);
    await store.delete("alice", [shared.id]);
    expect(await store.get("alice", shared.id)).toBeNull();
    expect(await store.get("bob", shared.id)).toEqual(shared.data);
    expect(await store.accounts()).toEqual(["bob"]);
  });

  it("treats account names as opaque strings: separators, empty and lone surrogates stay distinct and inside dir", async () => {
    const dir = await tempDir();
    const store = await openStore({ dir });
    const names = ["../../escape", "a/b\\c", "", "\uD800", "\uDFFF", "nul\0byte"];
    for (const [i, name] of names.entries()) await store.putMany(name, [chunk(`chunk ${i}`)]);

    for (const [i, name] of names.entries()) {
      expect(await store.get(name, chunk(`chunk ${i}`).id)).toEqual(Buffer.from(`chunk ${i}`));
      const other = names[(i + 1) % names.length] ?? "";
      expect(await store.get(other, chunk(`chunk ${i}`).id)).toBeNull();
    }
    expect(await store.accounts()).toEqual([...names].sort());
    expect((await readdir(dir)).sort()).toEqual(["index.db", "index.db-wal", "packs"].sort());
    expect(await readdir(path.dirname(dir))).not.toContain("escape");
  });

  it("answers missing() for 20,000 ids in one call, in order, and touches the present ones", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock });
    const chunks = Array.from({ length: 20_000 }, (_, i) => chunk(`chunk number ${i}`));
    const present = chunks.filter((_, i) => i % 2 === 0);
    await store.putMany("alice", present);

    clock = 5_000;
    const missing = await store.missing(
      "alice",
      chunks.map((c) => c.id),
    );

    expect(missing).toEqual(chunks.filter((_, i) => i % 2 === 1).map((c) => c.id));
    // Every present chunk was touched at 5,000, so none is idle before 4,000.
    expect(await store.listIdle("alice", 4_000)).toEqual([]);
    expect(await store.listIdle("alice", 6_000)).toHaveLength(10_000);
  });

  it("does not rewrite a touch younger than the slack, and does rewrite an older one", async () => {
    let clock = 100_000;
    const store = await openStore({ now: () => clock, touchSlackMs: 10_000 });
    const a = chunk("slack");
    await store.putMany("alice", [a]);
    clock = 105_000;
    await store.missing("alice", [a.id]); // within the slack: stays touched at 100,000
    expect(await store.listIdle("alice", 101_000)).toEqual([a.id]);
    clock = 120_000;
    await store.missing("alice", [a.id]); // older than the slack: touched at 120,000
    expect(await store.listIdle("alice", 119_000)).toEqual([]);
  });

  it("lists as idle exactly the chunks neither stored nor touched since the cutoff", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock });
    const [a, b, c] = [chunk("a"), chunk("b"), chunk("c")];
    await store.putMany("alice", [a, b, c]);
    clock = 2_000;
    await store.missing("alice", [a.id]); // a touch
    clock = 3_000;
    await store.putMany("alice", [b]); // storing again is a touch too

    const sorted = (...ids: string[]): string[] => ids.sort();
    expect(await store.listIdle("alice", 1_000)).toEqual([]); // strictly before the cutoff
    expect(await store.listIdle("alice", 1_500)).toEqual([c.id]);
    expect(await store.listIdle("alice", 2_500)).toEqual(sorted(a.id, c.id));
    expect(await store.listIdle("alice", 3_500)).toEqual(sorted(a.id, b.id, c.id));
    expect(await store.listIdle("nobody", 9_999)).toEqual([]);
  });

  it("spares a chunk touched after the collector's cutoff when delete is given that cutoff", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock });
    const [stale, revived] = [chunk("stale"), chunk("revived")];
    await store.putMany("alice", [stale, revived]);
    clock = 5_000;
    const idle = await store.listIdle("alice", 2_000);
    await store.missing("alice", [revived.id]); // a client is about to reference it

    await store.delete("alice", idle, 2_000);
    expect(await store.get("alice", stale.id)).toBeNull();
    expect(await store.get("alice", revived.id)).toEqual(revived.data);
  });

  it("lists only accounts that hold chunks", async () => {
    const store = await openStore();
    await store.putMany("alice", [chunk("x")]);
    await store.putMany("bob", [chunk("y")]);
    await store.putMany("carol", []);
    await store.delete("bob", [chunk("y").id]);
    expect(await store.accounts()).toEqual(["alice"]);
  });

  it("groups concurrent putMany calls into shared commits and stores every chunk of every call", async () => {
    const { logger, lines } = captureLogs();
    const store = await openStore({ logger, packSizeCap: 64 * 1024 });
    const calls = Array.from({ length: 60 }, (_, i) => ({
      account: i % 2 === 0 ? "alice" : "bob",
      // Neighbouring calls overlap, so the same chunk arrives twice in one batch.
      chunks: [chunk(`call ${i}`), chunk(`call ${i + 2}`), chunk(randomBytes(3000))],
    }));

    // Half the calls arrive together, the rest while the first batch is being written.
    const firstWave = calls.slice(0, 30).map((c) => store.putMany(c.account, c.chunks));
    await new Promise((resolve) => setImmediate(resolve));
    const secondWave = calls.slice(30).map((c) => store.putMany(c.account, c.chunks));
    await Promise.all([...firstWave, ...secondWave]);

    for (const c of calls) {
      for (const { id, data } of c.chunks) expect(await store.get(c.account, id)).toEqual(data);
    }
    const commits = lines.filter((l) => l.msg === "put batch committed").length;
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThanOrEqual(3);
  });

  it("finishes queued puts on close() and refuses calls afterwards", async () => {
    const store = await LocalBlobStore.open({ dir: await tempDir(), logger: silent });
    const c = chunk("in flight");
    const put = store.putMany("alice", [c]);
    await store.close();
    await put;
    await expectCode(store.get("alice", c.id), "unavailable");
    await expectCode(store.putMany("alice", [c]), "unavailable");
  });

  it("refuses a second store on the same directory while the first is open", async () => {
    const dir = await tempDir();
    await openStore({ dir });
    expect(() => new LocalBlobStore({ dir, logger: silent })).toThrow(
      expect.objectContaining({ code: "unavailable" }) as Error,
    );
  });
});
