// Deciding conflicts (invariant 7 keeps both sides until a person decides): the
// details a person needs (`conflicts --json`), each `resolve --keep` choice carried
// to the other device, and the three-way merge proposal, applied only when asked.
import { describe, expect, it } from "vitest";
import type { TrashItem, Version } from "../../src/shared/protocol.js";
import type { ConflictDetails } from "../../src/shared/status.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { cliFails, cliJson, cliOk } from "../support/feature-clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

const COPY = /^notes \(conflicted copy \d{4}-\d{2}-\d{2} \d{6} B\)\.txt$/;

describe("resolving conflicts", () => {
  const accounts = useAccounts(useServer());

  /**
   * A real conflict: both devices edit notes.txt from `base`, A syncs first. B then
   * holds the conflict (the server's version keeps the name, B's goes to a copy), and A
   * has synced the copy too. B's in-process engine is closed, ready for the CLI.
   */
  async function conflict(
    base: string,
    onA: string,
    onB: string,
  ): Promise<{ a: TestClient; b: TestClient; copy: string; details: ConflictDetails }> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("notes.txt", base);
    await a.syncClean();
    await b.syncClean();
    await a.write("notes.txt", onA);
    await b.write("notes.txt", onB);
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();
    await b.close();
    const list = await cliJson<ConflictDetails[]>(b, ["conflicts"]);
    expect(list).toHaveLength(1);
    const details = list[0]!;
    expect(details.path).toBe("notes.txt");
    expect(details.conflictPath).toMatch(COPY);
    for (const client of [a, b]) {
      expect(await client.readText("notes.txt")).toBe(onA);
      expect(await client.readText(details.conflictPath)).toBe(onB);
    }
    return { a, b, copy: details.conflictPath, details };
  }

  async function settle(a: TestClient, b: TestClient): Promise<void> {
    await b.open();
    await b.syncClean();
    await a.syncClean();
    await expectSettled([a, b]);
    expect(await b.tree()).toEqual(await a.tree());
  }

  it("conflicts --json gives both sides' size, time and device, and a diff for text", async () => {
    const { details } = await conflict("base\n", "edited on A\n", "edited on B, longer\n");
    expect(details.local).toEqual({
      path: details.conflictPath,
      size: Buffer.byteLength("edited on B, longer\n"),
      mtime: expect.any(Number) as number,
      device: "B",
    });
    expect(details.remote).toEqual({
      path: "notes.txt",
      size: Buffer.byteLength("edited on A\n"),
      mtime: expect.any(Number) as number,
      device: "A",
    });
    expect(Math.abs(details.local!.mtime - Date.now())).toBeLessThan(5 * 60_000);
    expect(details.diff).toContain("-edited on A");
    expect(details.diff).toContain("+edited on B, longer");
    // Both edited the only line: no clean merge.
    expect(details.mergeProposal).toBeNull();
  });

  it("--keep both leaves the conflict copy as an ordinary file on both devices", async () => {
    const { a, b, copy } = await conflict("base\n", "from A\n", "from B\n");
    const resolved = await cliOk(b, ["resolve", "notes.txt", "--keep", "both"]);
    expect(resolved.stdout).toContain("resolved notes.txt: kept both");
    expect(await cliJson<ConflictDetails[]>(b, ["conflicts"])).toEqual([]);

    await settle(a, b);
    for (const client of [a, b]) {
      const tree = await client.tree();
      expect(tree).toEqual(
        new Map([
          [copy, sha256("from B\n")],
          ["notes.txt", sha256("from A\n")],
        ]),
      );
    }
  });

  it("--keep local makes this device's content the file everywhere; the server keeps the other as a version", async () => {
    const { a, b, copy } = await conflict("base\n", "from A\n", "from B\n");
    await cliOk(b, ["resolve", copy, "--keep", "local"]);
    expect(await b.readText("notes.txt")).toBe("from B\n");
    expect(await b.exists(copy)).toBe(false);
    expect(await cliJson<ConflictDetails[]>(b, ["conflicts"])).toEqual([]);

    await settle(a, b);
    for (const client of [a, b]) {
      expect(await client.tree()).toEqual(new Map([["notes.txt", sha256("from B\n")]]));
    }
    await a.close();
    const versions = await cliJson<Version[]>(a, ["versions", "notes.txt"]);
    const hashes = versions.map((v) => v.hash);
    expect(hashes).toContain(sha256("from A\n"));
    expect(versions.find((v) => v.current)?.hash).toBe(sha256("from B\n"));
    await a.open();
  });

  it("--keep remote removes the conflict copy on both devices into the server's trash", async () => {
    const { a, b, copy } = await conflict("base\n", "from A\n", "from B\n");
    await cliOk(b, ["resolve", "notes.txt", "--keep", "remote"]);
    expect(await b.exists(copy)).toBe(false);

    await settle(a, b);
    for (const client of [a, b]) {
      expect(await client.tree()).toEqual(new Map([["notes.txt", sha256("from A\n")]]));
    }
    await b.close();
    const trash = await cliJson<TrashItem[]>(b, ["trash"]);
    expect(trash.map((t) => t.path)).toContain(copy);
    // B's own bytes are also in B's profile trash.
    expect([...(await b.trash()).values()]).toContain(sha256("from B\n"));
  });

  it("proposes a merge of edits to different lines and applies it only on --keep merged", async () => {
    const base = "one\ntwo\nthree\nfour\nfive\n";
    const onA = "ONE (A)\ntwo\nthree\nfour\nfive\n";
    const onB = "one\ntwo\nthree\nfour\nFIVE (B)\n";
    const merged = "ONE (A)\ntwo\nthree\nfour\nFIVE (B)\n";
    const { a, b, copy, details } = await conflict(base, onA, onB);
    expect(details.mergeProposal).toBe(merged);

    // Offered, never applied by itself: asking and syncing changes nothing.
    await b.open();
    await b.syncClean();
    await a.syncClean();
    await b.close();
    expect(await b.readText("notes.txt")).toBe(onA);
    expect(await a.readText("notes.txt")).toBe(onA);
    expect(await cliJson<ConflictDetails[]>(b, ["conflicts"])).toHaveLength(1);

    const resolved = await cliOk(b, ["resolve", "notes.txt", "--keep", "merged"]);
    expect(resolved.stdout).toContain("kept merged");
    expect(await b.readText("notes.txt")).toBe(merged);
    expect(await b.exists(copy)).toBe(false);

    await settle(a, b);
    for (const client of [a, b]) {
      expect(await client.tree()).toEqual(new Map([["notes.txt", sha256(merged)]]));
    }
  });

  it("offers no merge for edits to the same line and refuses --keep merged, changing nothing", async () => {
    const base = "one\ntwo\nthree\n";
    const onA = "one\nTWO from A\nthree\n";
    const onB = "one\nTWO from B\nthree\n";
    const { a, b, copy, details } = await conflict(base, onA, onB);
    expect(details.mergeProposal).toBeNull();

    const refused = await cliFails(b, ["resolve", "notes.txt", "--keep", "merged"], "bad_request");
    expect(refused.stderr).toContain("there is no merge proposal for this conflict");
    expect(await b.readText("notes.txt")).toBe(onA);
    expect(await b.readText(copy)).toBe(onB);
    expect(await cliJson<ConflictDetails[]>(b, ["conflicts"])).toHaveLength(1);

    await settle(a, b);
    expect(await a.readText(copy)).toBe(onB);
  });
});
