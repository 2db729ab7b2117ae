// The chunk-reference journal: large versions are committed without their reference
// rows, and the garbage collector must still never take a chunk a version needs.
import Database from "better-sqlite3";
import { createHash, randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { preparedStatements } from "../../shared/prepared-statements.js";
import type { ChunkRef, Op } from "../../shared/protocol.js";
import { CollectorFixture } from "../testing.js";
import { ChunkRefs } from "./chunk-refs.js";

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
  let fx: CollectorFixture;

  /** `work` on the metadata database through a connection of its own (what is on disk). */
  function onDisk<T>(work: (db: Database.Database) => T, readonly = false): T {
    const db = new Database(path.join(fx.dir, "metadata.db"), { readonly });
    try {
      return work(db);
    } finally {
      db.close();
    }
  }
  const count = (table: string): number =>
    onDisk(
      (db) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      true,
    );
  const schema = (): unknown =>
    onDisk((db) => db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get(), true);
  const setSchema = (value: string) =>
    onDisk((db) => db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run(value));

  /** Past the grace period, the collector takes none of `parts`. */
  async function expectCollectorKeeps(parts: readonly Chunk[]): Promise<void> {
    fx.now += GRACE * 2;
    expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(0);
    expect(
      await fx.sync.missingChunks(
        fx.account,
        parts.map((c) => c.id),
      ),
    ).toEqual([]);
  }

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
    const { results } = await fx.sync.applyOps(fx.account, "dev", [op]);
    const result = results[0];
    if (!result?.ok) throw new Error(`commit failed: ${JSON.stringify(result)}`);
    return { id: result.entry.id, rev: result.entry.rev };
  }

  beforeEach(async () => {
    fx = await CollectorFixture.open({ keepCount: 2 });
  });
  afterEach(() => fx.close());

  it("commits a large version with one journal row, and the collector still keeps its chunks", async () => {
    const parts = chunks(LARGE);
    await fx.sync.storeChunks(fx.account, parts);
    await commitFile("big.bin", parts, null);
    expect(count("chunk_refs_journal")).toBe(1);
    expect(count("chunk_refs")).toBe(0);

    await expectCollectorKeeps(parts);
    // The collector applied the journal before it looked.
    expect(count("chunk_refs_journal")).toBe(0);
    expect(count("chunk_refs")).toBe(LARGE);
  });

  it("writes the references of a small version in its commit", async () => {
    const parts = chunks(3);
    await fx.sync.storeChunks(fx.account, parts);
    await commitFile("small.txt", parts, null);
    expect(count("chunk_refs_journal")).toBe(0);
    expect(count("chunk_refs")).toBe(3);
  });

  it.each([
    ["applied", true],
    ["still journaled", false],
  ])(
    "reclaims what only a pruned version used (its references %s), and keeps what newer versions share",
    async (_, applyEach) => {
      const parts = chunks(LARGE);
      await fx.sync.storeChunks(fx.account, parts);
      let file = await commitFile("big.bin", parts, null);
      const replaced: Chunk[] = [];
      // Three edits, each replacing one chunk: with keepCount 2 the first two versions go.
      for (let edit = 0; edit < 3; edit++) {
        const [fresh] = chunks(1) as [Chunk];
        await fx.sync.storeChunks(fx.account, [fresh]);
        replaced.push(parts[edit * 10] as Chunk);
        parts[edit * 10] = fresh;
        file = await commitFile("big.bin", parts, file);
        // Applied: pruning must remove the rows; still journaled: it must drop the journal.
        if (applyEach) fx.metadata.referencedChunks(fx.account, []);
      }
      expect(fx.metadata.versions(fx.account, file.id)).toHaveLength(2);

      fx.now += GRACE * 2;
      // The newest two versions still hold the chunk replaced by the third edit.
      const gone = replaced.slice(0, 2).map((c) => c.id);
      expect(await fx.sync.collectGarbage(fx.now, GRACE)).toBe(gone.length);
      expect(
        await fx.sync.missingChunks(
          fx.account,
          [...parts, ...replaced].map((c) => c.id),
        ),
      ).toEqual(gone);
      expect(count("chunk_refs_journal")).toBe(0);
    },
  );

  it("applies the journal in the background soon after the commit", async () => {
    const parts = chunks(LARGE);
    await fx.sync.storeChunks(fx.account, parts);
    await commitFile("big.bin", parts, null);
    expect(count("chunk_refs_journal")).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(count("chunk_refs_journal")).toBe(0);
    expect(count("chunk_refs")).toBe(LARGE);
  });

  it("copies the background slices into the database file once the journal is applied", async () => {
    const parts = chunks(2500);
    await fx.sync.storeChunks(fx.account, parts);
    await commitFile("big.bin", parts, null);
    const file = path.join(fx.dir, "metadata.db");
    const before = statSync(file).size;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(count("chunk_refs")).toBe(2500);
    // The slices commit without checkpoints; the flusher checkpoints at the end, so the
    // next commit (another device's edit) does not copy them on its way.
    expect(statSync(file).size).toBeGreaterThan(before);
  });

  it("keeps the journal across a restart and applies it after", async () => {
    const parts = chunks(LARGE);
    await fx.sync.storeChunks(fx.account, parts);
    const file = await commitFile("big.bin", parts, null);
    await commitFile("big.bin", [...parts.slice(1), ...chunks(0)], file);
    expect(count("chunk_refs_journal")).toBe(2);

    fx.reopen();
    await expectCollectorKeeps(parts);
    expect(count("chunk_refs_journal")).toBe(0);
  });

  it("applies a version larger than a slice over several slices, and begins it again after a failed one or a restart", async () => {
    const parts = chunks(250);
    await fx.sync.storeChunks(fx.account, parts);
    await commitFile("big.bin", parts, null);
    onDisk((db) => {
      const refs = new ChunkRefs(db, preparedStatements(db));
      const rows = () =>
        (db.prepare("SELECT count(*) AS n FROM chunk_refs").get() as { n: number }).n;
      expect(refs.apply({ maxRows: 100 })).toBe(true);
      expect(rows()).toBe(100);
      // A slice that fails (the disk, say) leaves the rows and the progress as they were.
      db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON chunk_refs
               WHEN NEW.chunk = '${(parts[150] as Chunk).id}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
      expect(() => refs.apply({ maxRows: 100 })).toThrow(/disk full/);
      expect(rows()).toBe(100);
      db.exec("DROP TRIGGER refuse");
      expect(refs.apply({ maxRows: 100 })).toBe(true);
      expect(rows()).toBe(200);
      // A restart forgets how far the version got: it begins again, and ends the same.
      const restarted = new ChunkRefs(db, preparedStatements(db));
      expect(restarted.apply({ maxRows: 100 })).toBe(true);
      expect(rows()).toBe(200);
      // In the background a slice commits without a sync and without a checkpoint; the
      // connection's settings are back after it.
      const settings = () => [
        db.pragma("synchronous", { simple: true }),
        db.pragma("wal_autocheckpoint", { simple: true }),
      ];
      const before = settings();
      expect(restarted.apply({ maxRows: 120, background: true })).toBe(true);
      expect(rows()).toBe(220);
      expect(settings()).toEqual(before);
      expect(restarted.apply()).toBe(false);
      expect(rows()).toBe(250);
    });
    expect(count("chunk_refs_journal")).toBe(0);
    await expectCollectorKeeps(parts);
  });

  it("leaves no row of a version pruned while its rows were half written", async () => {
    const parts = chunks(250);
    await fx.sync.storeChunks(fx.account, parts);
    let file = await commitFile("big.bin", parts, null);
    onDisk((db) => new ChunkRefs(db, preparedStatements(db)).apply({ maxRows: 100 }));
    expect(count("chunk_refs")).toBe(100);
    // Two more versions: with keepCount 2 the first one goes.
    for (let edit = 0; edit < 2; edit++) {
      const [fresh] = chunks(1) as [Chunk];
      await fx.sync.storeChunks(fx.account, [fresh]);
      parts[edit] = fresh;
      file = await commitFile("big.bin", parts, file);
    }
    expect(fx.metadata.versions(fx.account, file.id)).toHaveLength(2);
    fx.metadata.referencedChunks(fx.account, []); // applies the whole journal
    const orphans = onDisk(
      (db) =>
        db
          .prepare(
            "SELECT count(*) AS n FROM chunk_refs WHERE version_id NOT IN (SELECT id FROM versions)",
          )
          .get() as { n: number },
      true,
    );
    expect(orphans.n).toBe(0);
    expect(count("chunk_refs")).toBe(2 * 250);
  });

  it("forgets an account's journal with the account", async () => {
    const parts = chunks(LARGE);
    await fx.sync.storeChunks(fx.account, parts);
    await commitFile("big.bin", parts, null);
    expect(fx.metadata.deleteAccount("alice")).toBe(true);
    expect(count("chunk_refs_journal")).toBe(0);
    expect(count("chunk_refs")).toBe(0);
  });

  it("upgrades a schema-1 database and refuses one newer than it knows", () => {
    fx.metadata.close();
    onDisk((db) => db.exec("DROP TABLE chunk_refs_journal"));
    setSchema("1");
    fx.metadata = fx.openMetadata();
    expect(count("chunk_refs_journal")).toBe(0);
    expect(schema()).toEqual({ value: "2" });
    fx.metadata.close();

    setSchema("3");
    expect(() => fx.openMetadata()).toThrow(/newer than this server understands/);
    // The fixture closes its store after the test: give it one to close.
    setSchema("2");
    fx.metadata = fx.openMetadata();
  });
});
