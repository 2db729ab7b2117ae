// Conflicts keep both sides (invariant 7): the server's version keeps the name, the
// local one becomes a conflicted copy on every device; equal content is no conflict;
// an edit always wins over a delete, whichever side deleted.
import { mkdir, rename, rm } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { ConflictRecord } from "../../src/shared/status.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

const COPY_OF_NOTES = /^notes \(conflicted copy \d{4}-\d{2}-\d{2} \d{6} B\)\.txt$/;

describe("conflicts", () => {
  const accounts = useAccounts(useServer());

  async function twoInSync(files: Record<string, string>): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (const [rel, text] of Object.entries(files)) await a.write(rel, text);
    await a.syncClean();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());
    return [a, b];
  }

  it("keeps both versions when both sides edit: the server's keeps the name", async () => {
    const [a, b] = await twoInSync({ "notes.txt": "base\n" });
    await a.write("notes.txt", "edited on A\n");
    await b.write("notes.txt", "edited on B, longer\n");
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();

    for (const client of [a, b]) {
      const tree = await client.tree();
      const names = [...tree.keys()];
      expect(names).toHaveLength(2);
      expect(tree.get("notes.txt")).toBe(sha256("edited on A\n"));
      const copy = names.find((n) => n !== "notes.txt")!;
      expect(copy).toMatch(COPY_OF_NOTES);
      expect(tree.get(copy)).toBe(sha256("edited on B, longer\n"));
    }
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);

    // The CLI lists it (reading the same profile the engine wrote).
    await b.close();
    const listed = await b.cli(["conflicts", "--json"]);
    expect(listed.status, listed.stderr).toBe(0);
    const conflicts = JSON.parse(listed.stdout) as ConflictRecord[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ path: "notes.txt", localDevice: "B" });
    expect(conflicts[0]!.conflictPath).toMatch(COPY_OF_NOTES);
    expect(conflicts[0]!.remoteDevice).not.toBeNull();
  });

  it("makes one file, not a conflict, when both sides create the same path with equal content", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("shared/plan.txt", "same bytes\n");
    await b.write("shared/plan.txt", "same bytes\n");
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();

    const expected = new Map([
      ["shared", "dir/"],
      ["shared/plan.txt", sha256("same bytes\n")],
    ]);
    expect(await a.tree()).toEqual(expected);
    expect(await b.tree()).toEqual(expected);
    expect(a.engine.conflicts()).toEqual([]);
    expect(b.engine.conflicts()).toEqual([]);
    const onServer = await account.serverTree();
    expect([...onServer.keys()].sort()).toEqual(["shared", "shared/plan.txt"]);
    await expectSettled([a, b]);
  });

  it("keeps a local edit when the server deleted the file", async () => {
    const [a, b] = await twoInSync({ "keep.txt": "v1\n", "other.txt": "x\n" });
    await rm(b.abs("keep.txt"));
    await b.syncClean();
    await a.write("keep.txt", "v2 edited on A\n");
    await a.syncClean();
    await b.syncClean();

    for (const client of [a, b]) {
      expect(await client.readText("keep.txt")).toBe("v2 edited on A\n");
    }
    expect(await b.tree()).toEqual(await a.tree());
    expect((await accounts.current().serverTree()).get("keep.txt")?.hash).toBe(
      sha256("v2 edited on A\n"),
    );
    await expectSettled([a, b]);
  });

  it("keeps the server's edit when the file was deleted locally", async () => {
    const [a, b] = await twoInSync({ "keep.txt": "v1\n", "other.txt": "x\n" });
    await a.write("keep.txt", "v2 edited on A\n");
    await a.syncClean();
    await rm(b.abs("keep.txt"));
    await b.syncClean();
    await a.syncClean();

    for (const client of [a, b]) {
      expect(await client.readText("keep.txt")).toBe("v2 edited on A\n");
    }
    expect(await b.tree()).toEqual(await a.tree());
    expect((await accounts.current().serverTree()).get("keep.txt")?.hash).toBe(
      sha256("v2 edited on A\n"),
    );
    await expectSettled([a, b]);
  });
  it("keeps a file added on one side inside a folder renamed on the other", async () => {
    const [a, b] = await twoInSync({ "project/readme.md": "r\n" });
    await rename(a.abs("project"), a.abs("project-2024"));
    await b.write("project/added-on-b.txt", "new on B\n");
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();

    const expected = new Map([
      ["project-2024", "dir/"],
      ["project-2024/added-on-b.txt", sha256("new on B\n")],
      ["project-2024/readme.md", sha256("r\n")],
    ]);
    expect(await a.tree()).toEqual(expected);
    expect(await b.tree()).toEqual(expected);
    await expectSettled([a, b]);
  });

  it("keeps a folder deleted on one side when the other added a file to it", async () => {
    const [a, b] = await twoInSync({ "trip/day1.txt": "d1\n", "other.txt": "o\n" });
    await rm(a.abs("trip"), { recursive: true });
    await a.syncClean();
    await b.write("trip/day2.txt", "d2, written on B\n");
    await b.syncClean();
    await a.syncClean();

    for (const client of [a, b]) {
      expect(await client.readText("trip/day2.txt")).toBe("d2, written on B\n");
    }
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });

  it("agrees on one place when both sides move the same file to different places", async () => {
    const [a, b] = await twoInSync({ "inbox/invoice.pdf": "%PDF\n", "other.txt": "o\n" });
    await mkdir(a.abs("paid"));
    await rename(a.abs("inbox/invoice.pdf"), a.abs("paid/invoice.pdf"));
    await mkdir(b.abs("archive"));
    await rename(b.abs("inbox/invoice.pdf"), b.abs("archive/invoice-2024.pdf"));
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();

    const tree = await a.tree();
    expect(await b.tree()).toEqual(tree);
    const copies = [...tree].filter(([, hash]) => hash === sha256("%PDF\n"));
    expect(copies.map(([p]) => p)).toEqual(["paid/invoice.pdf"]);
    await expectSettled([a, b]);
  });
});
