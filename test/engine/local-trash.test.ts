// The profile's trash, where files removed because of a remote delete wait: it works
// when the profile is on another disk than the sync folder (a rename fails with EXDEV:
// copied, then removed, both ways), a trash disk that is full leaves the file in place
// and no junk, and old or oversized trash is pruned, at the start of a sync too.
import { mkdir, readdir, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Engine } from "../../src/engine/engine.js";
import { pruneLocalTrash, TRASH_KEEP_DAYS } from "../../src/engine/sync/local-trash.js";
import { NODE_FS } from "../../src/engine/index.js";
import { eventually, expectSettled, type TestClient } from "../support/clients.js";
import { FaultyFs } from "../support/faulty-fs.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";
import { removeDir, tempDir } from "../support/server-process.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A trash batch folder as LocalFs.moveToTrash names it, made at `when`, holding `bytes`. */
async function batch(trash: string, when: number, bytes: number): Promise<string> {
  const name = `${new Date(when).toISOString().replace(/[:.]/g, "-")}-abcdef`;
  await mkdir(path.join(trash, name, "docs"), { recursive: true });
  await writeFile(path.join(trash, name, "docs", "file.bin"), Buffer.alloc(bytes, 1));
  return name;
}

describe("the profile's trash", () => {
  const accounts = useAccounts(useServer());

  async function pair(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("letters/draft.txt", "dear diary\n");
    await a.write("photos/2024/beach.jpg", "sand\n");
    await a.write("keep.txt", "keep\n");
    await a.syncClean();
    await b.syncClean();
    return [a, b];
  }

  it("takes files and folders across disks (EXDEV) and gives them back the same way", async () => {
    const [a, b] = await pair();
    await b.close();
    const disk = new FaultyFs();
    const trash = path.join(b.profileDir, "trash");
    const intoTrash = (paths: readonly string[]) => paths[1]?.startsWith(trash) === true;
    const outOfTrash = (paths: readonly string[]) => paths[0]?.startsWith(trash) === true;
    disk.fail("promises.rename", "EXDEV", intoTrash, 10);
    disk.fail("promises.rename", "EXDEV", outOfTrash, 10);
    await NODE_FS.promises.rm(a.abs("letters/draft.txt"));
    await NODE_FS.promises.rm(a.abs("photos"), { recursive: true });
    await a.syncClean();
    // The server forgets them too: only this device's trash can bring them back.
    const api = await accounts.current().api();
    for (const item of await api.trash()) await api.purgeTrash(item.id);

    const engine = await Engine.open(b.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(b.root);
      const round = await folder.syncUntilIdle();
      expect(round.failures).toEqual([]);
      expect(disk.count(b.abs("letters/draft.txt"), "promises.copyFile")).toBe(1);
      expect(await b.exists("letters/draft.txt")).toBe(false);
      expect(await b.exists("photos")).toBe(false);
      const kept = [...(await b.trash()).entries()]
        .filter(([, hash]) => hash !== "dir/")
        .map(([p, hash]) => [p.split("/").slice(1).join("/"), hash]);
      expect(kept.sort()).toEqual([
        ["letters/draft.txt", sha256("dear diary\n")],
        ["photos/2024/beach.jpg", sha256("sand\n")],
      ]);

      expect(await engine.restore("letters/draft.txt")).toContain("this device's trash");
      expect(await engine.restore("photos")).toContain("this device's trash");
    } finally {
      await engine.close();
    }
    // Two moves into the trash and two out of it crossed disks.
    expect(disk.pendingFaults).toBeLessThanOrEqual(16);
    expect(await b.readText("letters/draft.txt")).toBe("dear diary\n");
    expect(await b.readText("photos/2024/beach.jpg")).toBe("sand\n");
    expect(await b.trash()).toEqual(new Map());
    await b.open();
    await b.syncClean();
    await a.syncClean();
    expect(await a.tree()).toEqual(await b.tree());
    await expectSettled([a, b]);
  });

  it("keeps a file in place, and leaves no junk, when the trash's disk is full", async () => {
    const [a, b] = await pair();
    await b.close();
    const disk = new FaultyFs();
    const trash = path.join(b.profileDir, "trash");
    disk.fail("promises.rename", "EXDEV", (paths) => paths[1]?.startsWith(trash) === true, 10);
    disk.fail("promises.copyFile", "ENOSPC", (paths) => paths[1]?.startsWith(trash) === true, 10);
    await NODE_FS.promises.rm(a.abs("letters/draft.txt"));
    await a.syncClean();

    const engine = await Engine.open(b.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(b.root);
      const round = await folder.round();
      expect(round.failures.map((f) => [f.path, f.code])).toEqual([
        ["letters/draft.txt", "disk_full"],
      ]);
      expect(await b.readText("letters/draft.txt")).toBe("dear diary\n");
      expect(await readdir(trash)).toEqual([]);
    } finally {
      await engine.close();
    }
  });

  it("prunes batches older than the keep time, then the oldest while over the size cap", async () => {
    const trash = await tempDir("trash-prune");
    try {
      const now = Date.now();
      const old = await batch(trash, now - (TRASH_KEEP_DAYS + 1) * DAY_MS, 10);
      const older = await batch(trash, now - 5 * DAY_MS, 600);
      const newer = await batch(trash, now - 2 * DAY_MS, 300);
      const newest = await batch(trash, now - 60_000, 300);
      await mkdir(path.join(trash, "not-a-batch-name"));
      const stray = path.join(trash, "not-a-batch-name");
      await utimes(stray, new Date(now - 3 * DAY_MS), new Date(now - 3 * DAY_MS));

      // Within the cap: only the batch past the keep time goes.
      expect(await pruneLocalTrash(NODE_FS, trash, now, 10_000)).toBe(1);
      expect((await readdir(trash)).sort()).toEqual(
        [older, newer, newest, "not-a-batch-name"].sort(),
      );
      expect(old).not.toBe(older);
      // Over it: the oldest go first (the stray folder by its mtime) until it fits.
      expect(await pruneLocalTrash(NODE_FS, trash, now, 500)).toBe(3);
      expect(await readdir(trash)).toEqual([newest]);
    } finally {
      await removeDir(trash);
    }
  });

  it("prunes the trash when a sync starts", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.close();
    const trash = path.join(a.profileDir, "trash");
    const expired = await batch(trash, Date.now() - (TRASH_KEEP_DAYS + 3) * DAY_MS, 100);
    const recent = await batch(trash, Date.now() - DAY_MS, 100);
    await a.open();
    await eventually(
      async () => !(await readdir(trash)).includes(expired),
      10_000,
      "the expired batch is pruned",
    );
    expect(await readdir(trash)).toEqual([recent]);
  });
});
