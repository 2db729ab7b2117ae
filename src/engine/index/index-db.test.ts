import Database from "better-sqlite3";
import { mkdtemp, open, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLOSED_CLEANLY, openIndexDb } from "./index-db.js";
import { IndexStore } from "./index-store.js";

describe("openIndexDb", () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-index-db-"));
    file = path.join(dir, "index.db");
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** An index with enough rows to span many pages, closed the normal way. */
  async function filledIndex(): Promise<void> {
    const index = new IndexStore(await openIndexDb(file));
    index.transaction(() => {
      for (let i = 0; i < 3000; i++) {
        index.putCachedFile({
          path: `folder/file-${i}.txt`,
          ino: i,
          size: 10,
          mtimeMs: 1,
          ctimeMs: 1,
          hash: "b".repeat(64),
          chunks: [{ id: "c".repeat(64), size: 10 }],
        });
      }
    });
    index.close();
  }

  const setAside = async () => (await readdir(dir)).filter((n) => n.includes(".corrupt-"));

  it("keeps the data of an index that was closed cleanly", async () => {
    await filledIndex();
    const index = new IndexStore(await openIndexDb(file));
    expect(index.cachedPaths()).toHaveLength(3000);
    expect(index.getState(CLOSED_CLEANLY)).toBe("0"); // open now
    index.close();
    expect(await setAside()).toEqual([]);
  });

  it("sets aside a file that is not a database and starts a fresh index", async () => {
    await writeFile(file, Buffer.alloc(64 * 1024, 0x5a));
    const index = new IndexStore(await openIndexDb(file));
    expect(index.cachedPaths()).toEqual([]);
    index.close();
    expect(await setAside()).toHaveLength(1);
  });

  it("checks the whole file after an unclean close, and sets a damaged one aside", async () => {
    await filledIndex();
    // As after a crash: the flag still says "open".
    const raw = new Database(file);
    raw.prepare("UPDATE state SET value = '0' WHERE key = ?").run(CLOSED_CLEANLY);
    raw.close();
    // Garbage over a page in the middle of the table.
    const handle = await open(file, "r+");
    const { size } = await handle.stat();
    await handle.write(Buffer.alloc(4096, 0xff), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    await handle.close();

    const index = new IndexStore(await openIndexDb(file));
    expect(index.cachedPaths()).toEqual([]);
    index.close();
    expect(await setAside()).toHaveLength(1);
  });
});
