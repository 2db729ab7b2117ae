// A folder renamed here keeps its files' inodes and stats, and a file renamed alone its
// inode and birth time: the hash cache knows them under their old paths
// (scan/local-tree.ts `movedFiles`), so they are not read again. The engine runs on a
// counting file system (its chunker then runs in-process and reads through it), on a
// real server.
import { chmod, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
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

  it("a file renamed alone is read on neither side; a new file on a reused inode is", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("docs/report.bin", seededBytes(3, 2 * 1024 * 1024));
    await a.write("docs/old.bin", seededBytes(4, 300_000));
    // Changed a while after it was made, as files are: its ctime is past its birth.
    await sleep(30);
    await chmod(a.abs("docs/report.bin"), 0o640);
    await a.syncClean();
    await b.syncClean();
    const before = await account.serverTree();
    const oldStat = await stat(a.abs("docs/old.bin"));

    await a.close();
    await rename(a.abs("docs/report.bin"), a.abs("docs/final report.bin"));
    // A file deleted and a new one of its size and mtime made elsewhere, likely on the
    // freed inode: same inode, size and mtime as a cached file, but born after it.
    await rm(a.abs("docs/old.bin"));
    await writeFile(a.abs("docs/new.bin"), seededBytes(5, 300_000));
    await utimes(a.abs("docs/new.bin"), oldStat.atime, oldStat.mtime);
    const diskA = new FaultyFs();
    const engineA = await Engine.open(a.profileDir, { fs: diskA.fs });
    try {
      const round = await (await engineA.syncFolder(a.root)).syncUntilIdle();
      expect(round.failures).toEqual([]);
      expect(diskA.count(a.abs("docs/final report.bin"), ...OPENS)).toBe(0);
      expect(diskA.count(a.abs("docs/new.bin"), ...OPENS)).toBeGreaterThan(0);
    } finally {
      await engineA.close();
    }
    const after = await account.serverTree();
    expect(after.get("docs/final report.bin")?.id).toBe(before.get("docs/report.bin")?.id);
    expect(after.get("docs/new.bin")?.hash).not.toBe(before.get("docs/old.bin")?.hash);

    // B renames its copy (which changes its ctime) and caches that: no read either.
    await b.close();
    const diskB = new FaultyFs();
    const engineB = await Engine.open(b.profileDir, { fs: diskB.fs });
    try {
      const folder = await engineB.syncFolder(b.root);
      expect((await folder.syncUntilIdle()).failures).toEqual([]);
      expect((await folder.round()).planned).toBe(0);
      expect(diskB.count(b.abs("docs/final report.bin"), ...OPENS)).toBe(0);
    } finally {
      await engineB.close();
    }
    expect(await b.read("docs/new.bin")).toEqual(seededBytes(5, 300_000));
    expect(await b.tree()).toEqual(await a.tree());
  });
});
