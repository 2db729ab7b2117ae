// Guards against reading "nothing there" as "everything deleted" (invariant 2): a
// missing sync root or a lost root marker stops syncing, a server restored from a
// backup makes the client delete nothing, and a lost index is rebuilt without
// duplicates, re-uploads or deletes.
import { mkdir, rename, rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ROOT_MARKER } from "../../src/engine/index.js";
import { CirrusError } from "../../src/shared/errors.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

async function expectSyncError(client: TestClient, code: string): Promise<CirrusError> {
  const error = await client.sync().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CirrusError);
  expect((error as CirrusError).code).toBe(code);
  return error as CirrusError;
}

describe("guards against deleting on a false picture", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  it("stops with sync_root_missing when the sync root is gone, deleting nothing on the server", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.write("a.txt", "a");
    await a.write("sub/b.txt", "b");
    await a.syncClean();

    // Unmounted: the folder is gone.
    await rename(a.root, `${a.root}.away`);
    const error = await expectSyncError(a, "sync_root_missing");
    expect(error.message).toMatch(/missing/);
    expect(a.folder.status().lastError?.code).toBe("sync_root_missing");
    expect(a.folder.status().state).toBe("error");

    // An empty folder in its place (a mount point with nothing mounted): no marker.
    await mkdir(a.root);
    const again = await expectSyncError(a, "sync_root_missing");
    expect(again.message).toContain(ROOT_MARKER);

    // The CLI reports it and exits non-zero.
    await a.close();
    const cli = await a.cli(["sync", "--folder", a.root, "--once"]);
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain("[sync_root_missing]");

    expect([...(await account.serverTree()).keys()].sort()).toEqual(["a.txt", "sub", "sub/b.txt"]);

    // Back in place, syncing resumes and nothing was lost.
    await rm(a.root, { recursive: true });
    await rename(`${a.root}.away`, a.root);
    await a.open();
    await a.syncClean();
    expect([...(await account.serverTree()).keys()].sort()).toEqual(["a.txt", "sub", "sub/b.txt"]);
  });

  it("stops when only the root marker was removed", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.write("a.txt", "a");
    await a.syncClean();
    await rm(a.abs(ROOT_MARKER));
    await rm(a.abs("a.txt"));
    await expectSyncError(a, "sync_root_missing");
    expect([...(await account.serverTree()).keys()]).toEqual(["a.txt"]);
  });

  it("takes the folder back with --reset-root after its marker was lost, deleting nothing", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.write("a.txt", "a");
    await a.syncClean();
    await rm(a.abs(ROOT_MARKER));
    await expectSyncError(a, "sync_root_missing");
    await a.close();
    const stuck = await a.cli(["sync", "--once"]);
    expect(stuck.stderr).toContain("--reset-root");
    await a.write("b.txt", "b");
    const reset = await a.cli(["sync", "--reset-root", "--once"]);
    expect(reset.status, reset.stderr).toBe(0);
    expect([...(await account.serverTree()).keys()].sort()).toEqual(["a.txt", "b.txt"]);
    await a.open();
    await a.syncClean();
  });

  it("never adopts another device's folder: another account's profile on it stops and sends nothing", async () => {
    const mine = await accounts.create(1);
    const [a] = mine.clients as [TestClient];
    await a.write("alice-secret.txt", "only mine\n");
    await a.syncClean();
    const theirs = await accounts.create(1);
    const [other] = theirs.clients as [TestClient];
    await other.close();

    const refused = await other.cli(["sync", "--folder", a.root, "--once"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("[folder_taken]");
    expect(refused.stderr).toContain("another Cirrus device");
    expect([...(await theirs.serverTree()).keys()]).toEqual([]);
    await a.write("after.txt", "still mine\n");
    await a.syncClean();
    expect([...(await mine.serverTree()).keys()].sort()).toEqual(["after.txt", "alice-secret.txt"]);

    // Taking it over is the user's explicit choice; the first device then stops there
    // instead of syncing two accounts into one folder.
    const taken = await other.cli(["sync", "--folder", a.root, "--reset-root", "--once"]);
    expect(taken.status, taken.stderr).toBe(0);
    await expectSyncError(a, "sync_root_missing");
  });

  it("deletes nothing locally after the server was restored, and uploads what it lost", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (let i = 0; i < 5; i++) await a.write(`docs/f${i}.txt`, `content ${i}\n`);
    await a.syncClean();
    await b.syncClean();

    // Restore from a backup: the fingerprint changes, and (as a backup is older) the
    // server lacks a file every device has.
    const reset = server().admin(["reset-fingerprint"]);
    expect(reset.status, reset.stderr).toBe(0);
    const api = await account.api();
    const live = await account.serverTree();
    const lost = live.get("docs/f0.txt")!;
    const { results } = await api.ops([{ op: "delete", id: lost.id, baseRev: lost.rev }]);
    expect(results[0]?.ok).toBe(true);
    // A local delete made meanwhile is held back as well: after a restore, no deletes.
    await rm(a.abs("docs/f4.txt"));

    await a.syncClean();
    expect(await a.readText("docs/f0.txt")).toBe("content 0\n");
    const afterA = await account.serverTree();
    expect(afterA.get("docs/f0.txt")?.hash).toBe(sha256("content 0\n"));
    expect(afterA.has("docs/f4.txt")).toBe(true);

    await b.syncClean();
    for (let i = 0; i < 5; i++) {
      expect(await b.readText(`docs/f${i}.txt`)).toBe(`content ${i}\n`);
    }
    expect(await a.trash()).toEqual(new Map());
    expect(await b.trash()).toEqual(new Map());
    // A's delete was held back, not applied: the file comes back rather than vanishing.
    await a.syncClean();
    expect(await a.readText("docs/f4.txt")).toBe("content 4\n");
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });

  it("rebuilds a lost index without duplicates, re-uploads or deletes", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (let i = 0; i < 10; i++) await a.write(`dir${i % 3}/file-${i}.txt`, `content ${i}\n`);
    await a.write("big.bin", Buffer.alloc(300_000, 7));
    await a.syncClean();
    await b.syncClean();
    const before = await account.serverTree();
    const treeBefore = await a.tree();

    await a.close();
    const index = `${a.profileDir}/index.db`;
    for (const suffix of ["", "-wal", "-shm"]) await rm(index + suffix, { force: true });
    await a.open();
    await a.syncClean();

    expect(a.folder.status().bytesSent).toBe(0);
    expect(await a.tree()).toEqual(treeBefore);
    const after = await account.serverTree();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [p, entry] of before) expect(after.get(p)?.rev, p).toBe(entry.rev);
    expect(a.engine.conflicts()).toEqual([]);
    await b.syncClean();
    expect(await b.tree()).toEqual(treeBefore);
    await expectSettled([a, b]);
  });
});
