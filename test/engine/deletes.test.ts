// Deletes never destroy bytes: a remote delete moves the local file into the profile's
// trash (and `cirrus restore` brings it back), a local delete lands in the server's
// trash, and a mass delete waits for `cirrus confirm-deletes` (invariant 3).
import { rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { FolderStatus } from "../../src/shared/status.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

describe("deletes", () => {
  const accounts = useAccounts(useServer());

  it("puts a local delete in the server's trash", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("old/report.txt", "quarterly numbers\n");
    await a.write("keep.txt", "keep\n");
    await a.syncClean();
    await b.syncClean();

    await rm(a.abs("old"), { recursive: true });
    await a.syncClean();

    const live = await account.serverTree();
    expect([...live.keys()]).toEqual(["keep.txt"]);
    const trash = await (await account.api()).trash();
    expect(trash.map((t) => t.path).sort()).toEqual(expect.arrayContaining(["old/report.txt"]));
    await b.syncClean();
    expect(await b.exists("old")).toBe(false);
    await expectSettled([a, b]);
  });

  it("moves a file deleted elsewhere into the profile trash, and `cirrus restore` brings it back", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("letters/draft.txt", "dear diary\n");
    await a.write("letters/final.txt", "sent\n");
    await a.syncClean();
    await b.syncClean();

    await rm(a.abs("letters/draft.txt"));
    await a.syncClean();
    await b.syncClean();

    expect(await b.exists("letters/draft.txt")).toBe(false);
    const trashed = [...(await b.trash())].filter(([p]) => p.endsWith("/letters/draft.txt"));
    expect(trashed).toHaveLength(1);
    expect(trashed[0]![1]).toBe(sha256("dear diary\n"));

    await b.close();
    const restored = await b.cli(["restore", "letters/draft.txt"]);
    expect(restored.status, restored.stderr).toBe(0);
    // From the server's trash or this device's: either way the same bytes come back.
    expect(restored.stdout).toMatch(/letters\/draft\.txt restored/);
    expect(await b.readText("letters/draft.txt")).toBe("dear diary\n");

    // Restored files are new files to the engine: they travel back everywhere.
    await b.open();
    await b.syncClean();
    await a.syncClean();
    expect(await a.readText("letters/draft.txt")).toBe("dear diary\n");
    await expectSettled([a, b]);
  });

  it("holds back a mass delete until `cirrus confirm-deletes`", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (let i = 0; i < 80; i++) await a.write(`data/file-${i}.txt`, `file ${i}\n`);
    await a.syncClean();
    await b.syncClean();

    for (let i = 0; i < 60; i++) await rm(a.abs(`data/file-${i}.txt`));
    const held = await a.sync();
    expect(held.plan.massDelete?.remoteDeletes).toBe(60);
    const status = a.folder.status();
    expect(status.massDeletePending?.count).toBe(60);
    expect(status.massDeletePending?.paths).toContain("data/file-0.txt");
    expect([...(await account.serverTree()).keys()].filter((p) => p.endsWith(".txt"))).toHaveLength(
      80,
    );

    // The CLI says so too, and exits non-zero.
    await a.close();
    const once = await a.cli(["sync", "--folder", a.root, "--once"]);
    expect(once.status).not.toBe(0);
    expect(once.stderr).toContain("confirm-deletes");
    const statusJson = await a.cli(["status", "--json"]);
    expect(statusJson.status, statusJson.stderr).toBe(0);
    const saved = JSON.parse(statusJson.stdout) as FolderStatus;
    expect(saved.massDeletePending?.count).toBe(60);
    expect((await account.serverTree()).size).toBe(81);

    const confirm = await a.cli(["confirm-deletes"]);
    expect(confirm.status, confirm.stderr).toBe(0);
    const applied = await a.cli(["sync", "--folder", a.root, "--once"]);
    expect(applied.status, applied.stderr).toBe(0);
    const live = await account.serverTree();
    expect([...live.keys()].filter((p) => p.endsWith(".txt")).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `data/file-${i + 60}.txt`).sort(),
    );
    // The deleted files are in the server's trash, not gone.
    const trash = await (await account.api()).trash();
    expect(trash.filter((t) => t.path.startsWith("data/file-"))).toHaveLength(60);

    // The other device holds back the same mass delete on its side, until confirmed there.
    const onB = await b.sync();
    expect(onB.plan.massDelete?.localDeletes).toBe(60);
    expect(await b.exists("data/file-0.txt")).toBe(true);
    b.engine.confirmMassDelete();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());
    expect(await b.exists("data/file-0.txt")).toBe(false);
    expect([...(await b.trash()).keys()].filter((p) => p.includes("/data/file-"))).toHaveLength(60);
    await a.open();
    await expectSettled([a, b]);
  });
});
