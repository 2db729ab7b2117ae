// What the walk cannot see is not observed, never deleted: a synced folder that can no
// longer be listed (EACCES from the disk), a synced file that cannot be stat'ed, and a
// synced folder moved to another disk with a symlink left in its place all stay on the
// server and on the other devices, and sync again once they can be seen.
import { mkdir, rename, symlink, unlink } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../../src/engine/engine.js";
import type { SyncEvent } from "../../src/shared/status.js";
import { expectSettled, snapshot, type TestClient } from "../support/clients.js";
import { FaultyFs } from "../support/faulty-fs.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";
import { removeDir, tempDir } from "../support/server-process.js";

describe("what the walk cannot see", () => {
  const accounts = useAccounts(useServer());
  let elsewhere: string;

  beforeAll(async () => {
    elsewhere = await tempDir("not-observed");
  });
  afterAll(async () => {
    await removeDir(elsewhere);
  });

  /** A and B in sync on a few files, private/ and photos/ among them. */
  async function synced(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("private/a.txt", "a\n");
    await a.write("private/deep/b.txt", "b\n");
    await a.write("photos/1.jpg", "one\n");
    await a.write("photos/2.jpg", "two\n");
    await a.write("notes.txt", "notes\n");
    await a.syncClean();
    await b.syncClean();
    return [a, b];
  }

  it("deletes nothing anywhere for a folder that cannot be listed, and syncs it once it can", async () => {
    const [a, b] = await synced();
    const before = await accounts.current().serverTree();
    await a.close();
    const disk = new FaultyFs();
    const unreadable = a.abs("private");
    disk.fail("promises.readdir", "EACCES", (paths) => paths[0] === unreadable, 1000);
    disk.fail("lstatSync", "EACCES", (paths) => paths[0] === a.abs("notes.txt"), 1000);
    // Meanwhile B edits a file in the folder A cannot read.
    await b.write("private/a.txt", "a, edited on B\n");
    await b.syncClean();
    const engine = await Engine.open(a.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(a.root);
      const round = await folder.syncUntilIdle();
      expect(round.plan.ops.filter((op) => op.type === "deleteRemote")).toEqual([]);
      expect(round.failures.map((f) => [f.path, f.code]).sort()).toEqual([
        ["notes.txt", "permission_denied"],
        ["private", "permission_denied"],
      ]);
      // Nothing went to the server's trash; B's edit waits for A to see the folder.
      const server = await accounts.current().serverTree();
      expect([...server.keys()].sort()).toEqual([...before.keys()].sort());
      expect(server.get("private/a.txt")?.hash).toBe(sha256("a, edited on B\n"));
      expect(await a.readText("private/a.txt")).toBe("a\n");
    } finally {
      await engine.close();
    }
    await b.syncClean();
    expect(await b.readText("private/deep/b.txt")).toBe("b\n");
    expect(await b.readText("notes.txt")).toBe("notes\n");

    // Readable again: B's edit arrives, and nothing was lost on either side.
    await a.open();
    await a.syncClean();
    expect(await a.readText("private/a.txt")).toBe("a, edited on B\n");
    expect(await a.tree()).toEqual(await b.tree());
    await expectSettled([a, b]);
  });

  it("keeps a synced folder moved to another disk with a symlink in its place, reporting the link", async () => {
    const [a, b] = await synced();
    const moved = path.join(elsewhere, "photos");
    await mkdir(elsewhere, { recursive: true });
    await rename(a.abs("photos"), moved);
    await symlink(moved, a.abs("photos"));
    const links: string[] = [];
    a.folder.onDidEvent((event: SyncEvent) => {
      if (event.type === "symlink") links.push(event.path);
    });
    const round = await a.syncClean();
    expect(round.symlinks).toEqual(["photos"]);
    expect(links).toContain("photos");
    expect(round.plan.ops).toEqual([]);
    const server = await accounts.current().serverTree();
    expect(server.get("photos/1.jpg")?.hash).toBe(sha256("one\n"));
    expect(server.get("photos/2.jpg")?.hash).toBe(sha256("two\n"));
    await b.syncClean();
    expect(await b.readText("photos/2.jpg")).toBe("two\n");
    // The files behind the link are as they were: nothing was written through it.
    expect(await snapshot(moved)).toEqual(
      new Map([
        ["1.jpg", sha256("one\n")],
        ["2.jpg", sha256("two\n")],
      ]),
    );

    // The folder back in place: in sync again, nothing moved or duplicated.
    await unlink(a.abs("photos"));
    await rename(moved, a.abs("photos"));
    await a.syncClean();
    await b.syncClean();
    expect(await a.tree()).toEqual(await b.tree());
    await expectSettled([a, b]);
  });
});
