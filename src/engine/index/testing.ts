// Test support for the index (not exported from index.ts): a real SQLite index in a
// temp folder, which a test can close and open again (a restart) and removes at the end.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Entry } from "../../shared/protocol.js";
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

/** A live Remote entry for tests: a folder, or a file when `size` is given. */
export function remoteEntry(id: string, parentId: string, name: string, size?: number): Entry {
  return {
    id,
    parentId,
    name,
    kind: size === undefined ? "folder" : "file",
    size: size ?? 0,
    mtime: 0,
    hash: size === undefined ? null : "a".repeat(64),
    rev: 1,
    deleted: false,
    deviceId: null,
    chunkCount: 0,
  };
}
