import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pino } from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { IncomingChunk } from "./blob-store.js";
import { LocalBlobStore, type LocalBlobStoreOptions } from "./local-blob-store.js";
import { PackReadCache } from "./pack-read-cache.js";

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

function openStore(dir: string, options: Partial<LocalBlobStoreOptions> = {}): LocalBlobStore {
  const store = new LocalBlobStore({ dir, logger: silent, ...options });
  cleanups.push(() => store.close());
  return store;
}

function chunk(data: Buffer): IncomingChunk {
  return { id: createHash("sha256").update(data).digest("hex"), data };
}

function randomChunks(count: number, size: number): IncomingChunk[] {
  return Array.from({ length: count }, () => chunk(randomBytes(size)));
}

/** Sizes of every pack file under dir, keyed by path. */
async function packSizes(dir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const entries = await readdir(path.join(dir, "packs"), { recursive: true });
  for (const entry of entries.filter((e) => e.endsWith(".pack")).sort()) {
    const file = path.join(dir, "packs", entry);
    sizes.set(file, (await stat(file)).size);
  }
  return sizes;
}

const total = (sizes: Map<string, number>): number =>
  [...sizes.values()].reduce((a, b) => a + b, 0);

async function expectReadable(
  store: LocalBlobStore,
  account: string,
  chunks: IncomingChunk[],
): Promise<void> {
  for (const c of chunks) expect(await store.get(account, c.id)).toEqual(c.data);
}

describe("LocalBlobStore packs and compaction", () => {
  it("rolls over to a new pack at the size cap, and gives a chunk bigger than the cap a pack of its own", async () => {
    const dir = await tempDir();
    const store = openStore(dir, { packSizeCap: 1000 });
    const small = randomChunks(10, 300);
    const big = chunk(randomBytes(2500));
    await store.putMany("alice", small);
    await store.putMany("alice", [big]);

    const sizes = [...(await packSizes(dir)).values()];
    expect(sizes).toEqual([900, 900, 900, 300, 2500]);
    await expectReadable(store, "alice", [...small, big]);
  });

  it("keeps each account's chunks in its own packs", async () => {
    const dir = await tempDir();
    const store = openStore(dir);
    await store.putMany("alice", randomChunks(3, 100));
    await store.putMany("bob", randomChunks(2, 100));
    const dirs = [...(await packSizes(dir)).keys()].map((file) => path.dirname(file));
    expect(new Set(dirs).size).toBe(2);
  });

  it("reclaims the space of deleted chunks and keeps the rest readable, also after a restart", async () => {
    const dir = await tempDir();
    const store = openStore(dir, { packSizeCap: 4096 });
    const chunks = randomChunks(40, 500); // 8 per pack: 5 packs of 4,000 bytes
    await store.putMany("alice", chunks);
    const kept = chunks.filter((_, i) => i % 4 === 0);
    const deleted = chunks.filter((_, i) => i % 4 !== 0);
    expect(total(await packSizes(dir))).toBe(20_000);

    await store.delete(
      "alice",
      deleted.map((c) => c.id),
    );
    expect(total(await packSizes(dir))).toBe(20_000); // delete only forgets; compact reclaims
    await store.compact();

    expect(total(await packSizes(dir))).toBe(kept.length * 500);
    await expectReadable(store, "alice", kept);
    for (const c of deleted) expect(await store.get("alice", c.id)).toBeNull();
    expect(
      await store.missing(
        "alice",
        chunks.map((c) => c.id),
      ),
    ).toEqual(deleted.map((c) => c.id));
    await store.close();

    const reopened = openStore(dir, { packSizeCap: 4096 });
    await expectReadable(reopened, "alice", kept);
    const more = randomChunks(3, 500);
    await reopened.putMany("alice", more);
    await expectReadable(reopened, "alice", [...kept, ...more]);
  });

  it("leaves a pack alone while at least half of it is live", async () => {
    const dir = await tempDir();
    const store = openStore(dir);
    const chunks = randomChunks(8, 1000);
    await store.putMany("alice", chunks);
    const before = await packSizes(dir);
    await store.delete(
      "alice",
      chunks.slice(0, 4).map((c) => c.id),
    ); // exactly half live
    await store.compact();
    expect(await packSizes(dir)).toEqual(before);
    await expectReadable(store, "alice", chunks.slice(4));
  });

  it("removes every pack of an account whose chunks are all deleted", async () => {
    const dir = await tempDir();
    const store = openStore(dir, { packSizeCap: 2048 });
    const chunks = randomChunks(10, 1000);
    await store.putMany("alice", chunks);
    await store.delete(
      "alice",
      chunks.map((c) => c.id),
    );
    await store.compact();
    expect((await packSizes(dir)).size).toBe(0);
    expect(await store.accounts()).toEqual([]);
  });

  it("keeps reads working while compaction moves chunks and unlinks their old packs", async () => {
    const dir = await tempDir();
    // Few cached handles, so reads keep reopening packs that compaction is removing.
    const store = openStore(dir, { packSizeCap: 16 * 1024, maxOpenPacks: 2 });
    const chunks = randomChunks(200, 2000);
    await store.putMany("alice", chunks);
    const kept = chunks.filter((_, i) => i % 4 === 0);
    await store.delete(
      "alice",
      chunks.filter((_, i) => i % 4 !== 0).map((c) => c.id),
    );
    const before = total(await packSizes(dir));

    const progress = { compacting: true };
    const compaction = store.compact().finally(() => (progress.compacting = false));
    let rounds = 0;
    while (progress.compacting || rounds === 0) {
      const read = await Promise.all(kept.map((c) => store.get("alice", c.id)));
      const wrong = read.filter(
        (data, i) => kept[i] === undefined || data?.equals(kept[i].data) !== true,
      );
      expect(wrong).toEqual([]);
      rounds += 1;
    }
    await compaction;

    expect(total(await packSizes(dir))).toBeLessThan(before / 2);
    await expectReadable(store, "alice", kept);
  });

  it("reads a chunk's new copy when compaction removed its old pack between the lookup and the read", async () => {
    const messages: string[] = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => messages.push(line) });
    const store = openStore(await tempDir(), { packSizeCap: 1000, logger });
    const [gone, moved] = [chunk(randomBytes(600)), chunk(randomBytes(300))];
    await store.putMany("alice", [gone, moved]); // one pack, a third live after the delete
    await store.delete("alice", [gone.id]);
    // Hold the first read (which has already looked up the old location) until a
    // whole compaction has moved the chunk and unlinked that pack; then let it go on.
    const spy = vi.spyOn(PackReadCache.prototype, "read");
    spy.mockImplementationOnce(async function (this: PackReadCache, ...args) {
      await store.compact();
      return this.read(...args); // the mock was for one call only: this is the real read
    });
    try {
      expect(await store.get("alice", moved.id)).toEqual(moved.data);
      expect(messages.filter((m) => m.includes("chunk moved while being read"))).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it("reads many chunks in the order asked, neighbours in one read, and names the absent ones", async () => {
    const store = openStore(await tempDir(), { packSizeCap: 4096 });
    const chunks = randomChunks(20, 500); // 8 per pack: three packs
    await store.putMany("alice", chunks);
    const spy = vi.spyOn(PackReadCache.prototype, "read");
    try {
      const asked = [...chunks.slice(0, 12), chunks[3] as IncomingChunk, ...chunks.slice(12)];
      const reads = store.getMany(
        "alice",
        asked.map((c) => c.id),
      );
      expect(reads.missing).toEqual([]);
      const got: Buffer[] = [];
      for await (const data of reads.chunks) got.push(Buffer.from(data));
      expect(got).toEqual(asked.map((c) => c.data));
      // Sorted by where they are stored: 0-3, 3 again with 4-7, 8-15, 16-19.
      expect(spy).toHaveBeenCalledTimes(4);
      // Asked in reverse, one pack's chunks are still one read.
      spy.mockClear();
      const reversed = chunks.slice(0, 8).reverse();
      const back: Buffer[] = [];
      for await (const data of store.getMany(
        "alice",
        reversed.map((c) => c.id),
      ).chunks)
        back.push(Buffer.from(data));
      expect(back).toEqual(reversed.map((c) => c.data));
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    const absent = chunk(randomBytes(10));
    const partly = store.getMany("alice", [chunks[0]!.id, absent.id]);
    expect(partly.missing).toEqual([absent.id]);
    expect(store.getMany("bob", [chunks[0]!.id]).missing).toEqual([chunks[0]!.id]);
  });

  it("gives many chunks their new copies when compaction moved them during the read", async () => {
    const store = openStore(await tempDir(), { packSizeCap: 2000 });
    const gone = chunk(randomBytes(1200));
    const kept = randomChunks(2, 200); // one pack, a quarter of it live after the delete
    await store.putMany("alice", [gone, ...kept]);
    await store.delete("alice", [gone.id]);
    const reads = store.getMany(
      "alice",
      kept.map((c) => c.id),
    );
    await store.compact(); // the looked-up pack is gone before the first read
    const spy = vi.spyOn(PackReadCache.prototype, "read");
    const got: Buffer[] = [];
    try {
      for await (const data of reads.chunks) got.push(Buffer.from(data));
      // The run's read failed (its pack was unlinked); each chunk came from its new copy.
      await expect(spy.mock.results[0]?.value).rejects.toThrow();
      expect(spy.mock.calls.length).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(got).toEqual(kept.map((c) => c.data));
  });

  it("stores new chunks correctly while a compaction is running", async () => {
    const dir = await tempDir();
    const store = openStore(dir, { packSizeCap: 8 * 1024 });
    const old = randomChunks(64, 1000);
    await store.putMany("alice", old);
    await store.delete(
      "alice",
      old.slice(16).map((c) => c.id),
    );

    const fresh = randomChunks(32, 1000);
    await Promise.all([store.compact(), ...fresh.map((c) => store.putMany("alice", [c]))]);

    await expectReadable(store, "alice", [...old.slice(0, 16), ...fresh]);
    await store.close();
    const reopened = openStore(dir, { packSizeCap: 8 * 1024 });
    await expectReadable(reopened, "alice", [...old.slice(0, 16), ...fresh]);
  });
});
