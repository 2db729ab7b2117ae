// A folder renamed here keeps its files' inodes and stats: the hash cache knows them
// under their old paths (scan/local-tree.ts `movedWithFolder`), so they are not read
// again. The engine runs on a counting file system (its chunker then runs in-process
// and reads through it), on a real server.
import { rename, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/engine/index.js";
import { seededBytes, type TestClient } from "../support/clients.js";
import { FaultyFs } from "../support/faulty-fs.js";
import { useAccounts, useServer } from "../support/hooks.js";

const OPENS = ["promises.open", "openSync"];

describe("files moved with their folder", () => {
  const accounts = useAccounts(useServer());

  it("are not read again after a folder rename; a file changed meanwhile is", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("album/one.bin", seededBytes(1, 3 * 1024 * 1024));
    await a.write("album/two.bin", seededBytes(2, 200_000));
    await a.write("album/edited.txt", "first\n");
    await a.syncClean();
    await b.syncClean();
    const before = await account.serverTree();
    const inoOnB = await b.ino("album/one.bin");

    await a.close();
    await rename(a.abs("album"), a.abs("album 2024"));
    await writeFile(a.abs("album 2024/edited.txt"), "second\n");
    const disk = new FaultyFs();
    const engine = await Engine.open(a.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(a.root);
      const round = await folder.syncUntilIdle();
      expect(round.failures).toEqual([]);
      expect(disk.count(a.abs("album 2024/one.bin"), ...OPENS)).toBe(0);
      expect(disk.count(a.abs("album 2024/two.bin"), ...OPENS)).toBe(0);
      // The edited file was read: its stat is not the cached one.
      expect(disk.count(a.abs("album 2024/edited.txt"), ...OPENS)).toBeGreaterThan(0);
      // A restart finds them all in the cache under their new paths.
      const again = await folder.round();
      expect(again.planned).toBe(0);
    } finally {
      await engine.close();
    }

    // One move on the server, the same entries; the edit a new version.
    const after = await account.serverTree();
    expect(after.get("album 2024/one.bin")?.id).toBe(before.get("album/one.bin")?.id);
    expect(after.get("album 2024/two.bin")?.hash).toBe(before.get("album/two.bin")?.hash);
    expect(after.has("album/one.bin")).toBe(false);
    await b.syncClean();
    expect(await b.ino("album 2024/one.bin")).toBe(inoOnB);
    expect(await b.readText("album 2024/edited.txt")).toBe("second\n");
    expect(await b.tree()).toEqual(await a.tree());
  });
});
