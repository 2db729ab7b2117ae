// A round that sees exactly what the last round with nothing to do saw skips the
// plan (src/engine/sync/converged.ts). These tests show that nothing is missed that
// way: every kind of change made after a converged round is still synced.
import { mkdir, open, stat, utimes } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";

/** Overwrite the start of a file in place, then put its atime and mtime back. */
async function overwriteKeepingTimes(file: string, text: string): Promise<void> {
  const before = await stat(file);
  const handle = await open(file, "r+");
  await handle.write(text, 0);
  await handle.close();
  await utimes(file, before.atime, before.mtime);
}

describe("rounds after a round with nothing to do", () => {
  const accounts = useAccounts(useServer());

  async function convergedPair(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("docs/report.txt", "first draft\n");
    await a.write("docs/data.bin", Buffer.alloc(50_000, 3));
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();
    await b.syncClean();
    expect(a.engine.index.converged()).not.toBeNull();
    expect(b.engine.index.converged()).not.toBeNull();
    return [a, b];
  }

  it("keeps the record while nothing changes, and plans nothing", async () => {
    const [a] = await convergedPair();
    const record = a.engine.index.converged();
    const round = await a.syncClean();
    expect(round.planned).toBe(0);
    expect(round.counts).toEqual({ files: 2, folders: 1, bytes: 50_000 + 12 });
    expect(a.engine.index.converged()).toBe(record);
  });

  it("sees a same-size edit that keeps the mtime, a new empty folder and a remote change", async () => {
    const [a, b] = await convergedPair();
    // Same size, same mtime: only the ctime (and the content) tell.
    await overwriteKeepingTimes(a.abs("docs/report.txt"), "FIRST");
    await mkdir(a.abs("new folder"));
    await b.write("from-b.txt", "hello from b\n");
    await b.syncClean();

    await a.syncClean();
    await b.syncClean();
    expect(await b.readText("docs/report.txt")).toBe("FIRST draft\n");
    expect(await b.exists("new folder")).toBe(true);
    expect(await a.readText("from-b.txt")).toBe("hello from b\n");
    await expectSettled([a, b]);
  });

  it("drops the record when exclusions, pins or remote entries change", async () => {
    const [a, b] = await convergedPair();
    a.engine.setExcluded("docs", true);
    expect(a.engine.index.converged()).toBeNull();
    await a.syncClean();
    expect(a.engine.index.converged()).not.toBeNull();
    // Excluding never deletes: the server and B keep the folder.
    await b.syncClean();
    expect(await b.readText("docs/report.txt")).toBe("first draft\n");

    a.engine.setExcluded("docs", false);
    await a.syncClean();
    await a.engine.pin("docs/report.txt");
    expect(a.engine.index.converged()).toBeNull();
    await a.syncClean();

    await b.write("docs/more.txt", "more\n");
    await b.syncClean();
    await a.syncClean();
    expect(await a.readText("docs/more.txt")).toBe("more\n");
    await expectSettled([a, b]);
  });

  it("expects what its own uploads and downloads leave, and still sees any change after them", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (let i = 0; i < 30; i++) await a.write(`set${i % 3}/file-${i}.txt`, `content ${i}\n`);
    // One round each: the record is the walk each side expects next.
    expect((await a.folder.round()).failures).toEqual([]);
    expect(a.engine.index.converged()).not.toBeNull();
    expect((await b.folder.round()).failures).toEqual([]);
    expect(b.engine.index.converged()).not.toBeNull();
    const quiet = await b.folder.round();
    expect(quiet.planned).toBe(0);
    expect(quiet.counts).toEqual({ files: 30, folders: 3, bytes: 30 * 10 + 20 * 1 });

    // A downloaded file edited in place, its size and mtime kept: the ctime tells.
    await overwriteKeepingTimes(b.abs("set1/file-4.txt"), "C");
    await b.syncClean();
    await a.syncClean();
    expect(await a.readText("set1/file-4.txt")).toBe("Content 4\n");
    await expectSettled([a, b]);
  });

  it("takes the full path after a round that renamed or removed local files", async () => {
    const [a, b] = await convergedPair();
    await a.write("docs/report.txt", "edited on A\n");
    await b.write("docs/report.txt", "edited on B\n");
    await a.syncClean();
    // B keeps both: its version becomes a conflict copy (a local rename).
    await b.folder.round();
    expect(b.engine.index.converged()).toBeNull();
    await b.syncClean();
    await a.syncClean();
    expect((await a.tree()).size).toBe((await b.tree()).size);
    await expectSettled([a, b]);
  });
});
