// Rules 2 and 6: conflicts keep both versions (invariant 7), and names that differ only
// by case or Unicode form never duplicate or overwrite anything (invariant 9).
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";
import { add, AT, base, edit, listing, move, opOf, run, summary } from "./testing.js";

const COPY = "conflicted copy 2026-11-23 163240 laptop";

describe("plan: content conflicts", () => {
  it("keeps both versions when both sides edit: the server's keeps the name", () => {
    const s = base();
    const o = run({ local: edit(s, "a", "hL"), remote: edit(s, "a", "hR"), synced: s }, AT);
    expect(o.plan.ops).toEqual([
      {
        type: "conflictCopy",
        id: "a",
        parentId: "d",
        localPath: "docs/a.txt",
        conflictId: "conflict:a",
        conflictName: `a (${COPY}).txt`,
        conflictPath: `docs/a (${COPY}).txt`,
        local: { hash: "hL", size: 2, mtime: 1001 },
        remote: { hash: "hR", size: 2, mtime: 1001 },
        rev: 2,
      },
    ]);
    expect(o.plan.conflicts).toEqual([
      {
        kind: "content",
        id: "a",
        path: "docs/a.txt",
        conflictPath: `docs/a (${COPY}).txt`,
        message: expect.stringContaining("Both sides changed") as unknown,
      },
    ]);
    expect(listing(o.after.remote)).toMatchObject({
      "docs/a.txt": "hR",
      [`docs/a (${COPY}).txt`]: "hL",
    });
    expect(listing(o.after.local)).toEqual(listing(o.after.remote));
    expect(o.next.ops).toEqual([]);
  });

  it("moves the file first when the server also moved it, then keeps the copy beside it", () => {
    const s = base();
    const o = run(
      { local: edit(s, "a", "hL"), remote: move(edit(s, "a", "hR"), "a", "p", "a.txt"), synced: s },
      AT,
    );
    expect(summary(o.plan)).toEqual(["moveLocal a", "conflictCopy a"]);
    expect(listing(o.after.remote)).toMatchObject({
      "pics/a.txt": "hR",
      [`pics/a (${COPY}).txt`]: "hL",
    });
  });
});

describe("plan: name collisions", () => {
  it("renames the local one when different files are created under the same name", () => {
    const s = base();
    const o = run(
      {
        local: add(s, "local:1", "d", "new.txt", "hL"),
        remote: add(s, "r1", "d", "new.txt", "hR"),
        synced: s,
      },
      AT,
    );
    expect(summary(o.plan)).toEqual(["moveLocal local:1", "download r1", "upload local:1"]);
    expect(opOf(o.plan, "moveLocal", "local:1").toPath).toBe(`docs/new (${COPY}).txt`);
    expect(o.plan.conflicts).toMatchObject([
      { kind: "name", id: "local:1", path: "docs/new.txt", conflictPath: `docs/new (${COPY}).txt` },
    ]);
    expect(listing(o.after.remote)).toMatchObject({
      "docs/new.txt": "hR",
      [`docs/new (${COPY}).txt`]: "hL",
    });
    expect(o.next.ops).toEqual([]);
  });

  it("treats names differing only by case as the same name", () => {
    const s = base();
    const o = run(
      {
        local: add(s, "local:1", "d", "Report.txt", "hL"),
        remote: add(s, "r1", "d", "report.txt", "hR"),
        synced: s,
      },
      AT,
    );
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["name"]);
    expect(listing(o.after.local)).toMatchObject({
      "docs/report.txt": "hR",
      [`docs/Report (${COPY}).txt`]: "hL",
    });
    expect(o.next.ops).toEqual([]);
  });

  it("treats NFC and NFD forms of a name as the same name", () => {
    const s = base();
    const o = run(
      {
        local: add(s, "local:1", "d", "cafe\u0301.txt", "hL"),
        remote: add(s, "r1", "d", "café.txt", "hR"),
        synced: s,
      },
      AT,
    );
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["name"]);
    expect(Object.keys(listing(o.after.remote))).toContain(`docs/café (${COPY}).txt`);
    expect(o.next.ops).toEqual([]);
  });

  it("matches equal files whose names differ only by Unicode form or case", () => {
    const s = base();
    const o = run({
      local: add(s, "local:1", "d", "Cafe\u0301.txt", "h7"),
      remote: add(s, "r1", "d", "café.txt", "h7"),
      synced: s,
    });
    expect(summary(o.plan)).toEqual(["recordSynced r1", "moveLocal r1"]);
    expect(opOf(o.plan, "recordSynced", "r1").localId).toBe("local:1");
    expect(o.plan.conflicts).toEqual([]);
    expect(o.next.ops).toEqual([]);
  });

  it("renames the local item when a local rename lands on a name the server just took", () => {
    const s = base();
    const o = run(
      { local: move(s, "a", "d", "c.txt"), remote: add(s, "r1", "d", "c.txt", "hR"), synced: s },
      AT,
    );
    expect(listing(o.after.remote)).toMatchObject({
      "docs/c.txt": "hR",
      [`docs/c (${COPY}).txt`]: "h1",
    });
    expect(listing(o.after.remote)["docs/a.txt"]).toBeUndefined();
    expect(o.next.ops).toEqual([]);
  });

  it("merges a local rename onto an equal file the server just created", () => {
    const s = base();
    const o = run({
      local: move(s, "a", "d", "c.txt"),
      remote: add(s, "r1", "d", "c.txt", "h1"),
      synced: s,
    });
    expect(summary(o.plan)).toEqual(["recordSynced r1", "deleteRemote a"]);
    expect(listing(o.after.remote)).toEqual({
      docs: "/",
      "docs/b.txt": "h2",
      "docs/c.txt": "h1",
      pics: "/",
      "pics/p.jpg": "h3",
    });
    expect(o.next.ops).toEqual([]);
  });

  it("gives one of two server names differing only by case a conflict name", () => {
    const s = base();
    const remote = add(add(s, "r1", "d", "X.txt", "h5"), "r2", "d", "x.txt", "h6");
    const o = run({ local: s, remote, synced: s }, AT);
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["name"]);
    expect(listing(o.after.local)).toMatchObject({
      "docs/X.txt": "h5",
      [`docs/x (${COPY}).txt`]: "h6",
    });
    expect(o.next.ops).toEqual([]);
  });

  it("moves a case-only rename instead of deleting and re-creating", () => {
    const s = base();
    const o = run({ local: move(s, "a", "d", "A.txt"), remote: s, synced: s });
    expect(o.plan.ops).toEqual([
      {
        type: "moveRemote",
        id: "a",
        parentId: "d",
        name: "A.txt",
        fromPath: "docs/a.txt",
        toPath: "docs/A.txt",
        baseRev: 1,
      },
    ]);
    expect(o.next.ops).toEqual([]);
  });

  it("applies a case-only rename from the server as a local move", () => {
    const s = base();
    const o = run({ local: s, remote: move(s, "d", "root", "Docs"), synced: s });
    expect(summary(o.plan)).toEqual(["moveLocal d"]);
    expect(opOf(o.plan, "moveLocal", "d").toPath).toBe("Docs");
  });

  it("ignores a change only in the Unicode form of a local name", () => {
    const s = add(base(), "c", "d", "café.txt", "h5");
    const local = move(s, "c", "d", "cafe\u0301.txt", 1);
    expect(plan({ local, remote: s, synced: s }).ops).toEqual([]);
  });
});
