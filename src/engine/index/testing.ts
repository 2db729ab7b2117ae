// Test support for the index (not exported from index.ts): a real SQLite index in a
// temp folder, which a test can close and open again (a restart) and removes at the end.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openIndexDb } from "./index-db.js";
import { IndexStore } from "./index-store.js";

export class TempIndex {
  private constructor(
    private readonly dir: string,
    public index: IndexStore,
  ) {}

  static async open(prefix: string): Promise<TempIndex> {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    return new TempIndex(dir, await TempIndex.load(dir));
  }

  /** Close the index and open the same file again. */
  async reopen(): Promise<IndexStore> {
    this.index.close();
    this.index = await TempIndex.load(this.dir);
    return this.index;
  }

  async close(): Promise<void> {
    this.index.close();
    await rm(this.dir, { recursive: true, force: true });
  }

  private static async load(dir: string): Promise<IndexStore> {
    return new IndexStore(await openIndexDb(path.join(dir, "index.db")));
  }
}
