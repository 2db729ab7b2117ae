// Rules 1, 3 and 10: one-sided changes travel, equal changes are recorded, edits beat
// deletes, and what the caller must do with excluded items.
import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { plan } from "./plan.js";
import { add, base, edit, listing, move, opOf, remove, run, summary, tree } from "./testing.js";

describe("plan: one-sided and equal changes", () => {
  it("does nothing when all three trees agree", () => {
    const s = base();
    expect(plan({ local: s, remote: s, synced: s })).toEqual({
      ops: [],
      conflicts: [],
      deferred: [],
    });
  });

  it("uploads a local edit against the revision it was based on", () => {
    const s = base();
    const o = run({ local: edit(s, "a", "h9"), remote: s, synced: s });
    expect(o.plan.ops).toEqual([
      {
        type: "upload",
        id: "a",
        parentId: "d",
        name: "a.txt",
        localPath: "docs/a.txt",
        remotePath: "docs/a.txt",
        content: { hash: "h9", size: 2, mtime: 1001 },
        baseRev: 1,
      },
    ]);
    expect(o.next.ops).toEqual([]);
  });

  it("downloads a remote edit over the local file, which must still be unchanged", () => {
    const s = base();
    const o = run({ local: s, remote: edit(s, "a", "h9"), synced: s });
    expect(summary(o.plan)).toEqual(["download a"]);
    const op = opOf(o.plan, "download", "a");
    expect(op.replaces).toEqual({ hash: "h1", size: 2, mtime: 1000 });
    expect(op.rev).toBe(2);
    expect(o.next.ops).toEqual([]);
  });

  it("creates a new local folder on the server before the new files in it", () => {
    const s = base();
    const local = add(add(s, "local:1", "root", "new"), "local:2", "local:1", "x.txt", "h5");
    const o = run({ local, remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["createRemoteFolder local:1", "upload local:2"]);
    const up = opOf(o.plan, "upload", "local:2");
    expect(up.baseRev).toBeNull();
    expect(up.remotePath).toBe("new/x.txt");
    expect(o.next.ops).toEqual([]);
  });

  it("creates a new remote folder on disk before downloading into it", () => {
    const s = base();
    const remote = add(add(s, "r1", "d", "sub"), "r2", "r1", "y.txt", "h6");
    const o = run({ local: s, remote, synced: s });
    expect(summary(o.plan)).toEqual(["createLocalFolder r1", "download r2"]);
    expect(opOf(o.plan, "download", "r2")).toMatchObject({
      localPath: "docs/sub/y.txt",
      replaces: null,
    });
    expect(o.next.ops).toEqual([]);
  });

  it("only records Synced when both sides made the same edit (not a conflict)", () => {
    const s = base();
    const o = run({ local: edit(s, "a", "h9", 1), remote: edit(s, "a", "h9", 5), synced: s });
    expect(summary(o.plan)).toEqual(["recordSynced a"]);
    expect(o.plan.conflicts).toEqual([]);
    expect(opOf(o.plan, "recordSynced", "a").node).toMatchObject({ hash: "h9", rev: 5 });
  });

  it("matches a file created on both sides with equal content instead of duplicating it", () => {
    const s = base();
    const o = run({
      local: add(s, "local:1", "d", "new.txt", "h7"),
      remote: add(s, "r1", "d", "new.txt", "h7", 9),
      synced: s,
    });
    expect(o.plan.ops).toEqual([
      {
        type: "recordSynced",
        id: "r1",
        localId: "local:1",
        node: {
          id: "r1",
          parentId: "d",
          name: "new.txt",
          kind: "file",
          hash: "h7",
          size: 2,
          mtime: 1000,
          rev: 9,
        },
      },
    ]);
    expect(o.plan.conflicts).toEqual([]);
    expect(o.next.ops).toEqual([]);
  });

  it("merges folders created on both sides under the same name, and their contents", () => {
    const s = base();
    const local = add(add(s, "local:1", "root", "new"), "local:2", "local:1", "x.txt", "h5");
    const remote = add(add(s, "r1", "root", "new"), "r2", "r1", "y.txt", "h6");
    const o = run({ local, remote, synced: s });
    expect(summary(o.plan)).toEqual(["recordSynced r1", "download r2", "upload local:2"]);
    expect(opOf(o.plan, "upload", "local:2").parentId).toBe("r1");
    expect(listing(o.after.local)).toEqual(listing(o.after.remote));
    expect(listing(o.after.remote)).toMatchObject({ "new/x.txt": "h5", "new/y.txt": "h6" });
    expect(o.next.ops).toEqual([]);
  });

  it("deletes on the server what was deleted here, against the revision seen", () => {
    const s = base();
    const o = run({ local: remove(s, "b"), remote: s, synced: s });
    expect(o.plan.ops).toEqual([
      { type: "deleteRemote", id: "b", kind: "file", remotePath: "docs/b.txt", baseRev: 1 },
    ]);
    expect(o.next.ops).toEqual([]);
  });

  it("deletes on disk what the server deleted, only if the file is still as synced", () => {
    const s = base();
    const o = run({ local: s, remote: remove(s, "b"), synced: s });
    expect(o.plan.ops).toEqual([
      {
        type: "deleteLocal",
        id: "b",
        kind: "file",
        localPath: "docs/b.txt",
        expected: { hash: "h2", size: 2, mtime: 1000 },
      },
    ]);
  });

  it("deletes a folder's children before the folder", () => {
    const s = base();
    const o = run({ local: s, remote: remove(s, "d"), synced: s });
    expect(summary(o.plan)).toEqual(["deleteLocal a", "deleteLocal b", "deleteLocal d"]);
    expect(o.next.ops).toEqual([]);
  });

  it("forgets what was deleted on both sides", () => {
    const s = base();
    const o = run({ local: remove(s, "j"), remote: remove(s, "j"), synced: s });
    expect(o.plan.ops).toEqual([{ type: "forgetSynced", id: "j" }]);
  });

  it("gives the same plan for the same input, whatever the order of the maps", () => {
    const s = base();
    const local = move(edit(add(s, "local:1", "d", "n.txt", "h5"), "a", "h8"), "j", "d", "p.jpg");
    const remote = remove(edit(s, "b", "h9"), "p");
    const first = plan({ local, remote, synced: s });
    const reversed = (m: ReadonlyMap<string, unknown>) => new Map([...m].reverse());
    expect(plan({ local, remote, synced: s })).toEqual(first);
    expect(
      plan({
        local: reversed(local) as typeof local,
        remote: reversed(remote) as typeof remote,
        synced: reversed(s) as typeof s,
      }),
    ).toEqual(first);
  });

  it("refuses to plan without a local root: a missing sync root never reads as deletes", () => {
    const s = base();
    const noRoot = new Map([...s].filter(([id]) => id !== "root"));
    expect(() => plan({ local: noRoot, remote: s, synced: s })).toThrow(CirrusError);
    try {
      plan({ local: noRoot, remote: s, synced: s });
    } catch (e) {
      expect((e as CirrusError).code).toBe("sync_root_missing");
    }
  });
});

describe("plan: edit versus delete keeps the edit (invariant 1)", () => {
  it("re-uploads a local edit as a new file when the server deleted it", () => {
    const s = base();
    const o = run({ local: edit(s, "a", "h9"), remote: remove(s, "a"), synced: s });
    expect(summary(o.plan)).toEqual(["upload a"]);
    expect(opOf(o.plan, "upload", "a").baseRev).toBeNull();
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["editDelete"]);
    expect(listing(o.after.remote)["docs/a.txt"]).toBe("h9");
  });

  it("downloads a remote edit again when it was deleted here", () => {
    const s = base();
    const o = run({ local: remove(s, "a"), remote: edit(s, "a", "h9"), synced: s });
    expect(summary(o.plan)).toEqual(["download a"]);
    expect(opOf(o.plan, "download", "a").replaces).toBeNull();
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["deleteEdit"]);
    expect(o.next.ops).toEqual([]);
  });

  it("keeps a file moved here that the server deleted", () => {
    const s = base();
    const o = run({ local: move(s, "a", "p", "a.txt"), remote: remove(s, "a"), synced: s });
    expect(summary(o.plan)).toEqual(["upload a"]);
    expect(opOf(o.plan, "upload", "a").remotePath).toBe("pics/a.txt");
  });
});

describe("plan: excluded items (invariant 4)", () => {
  it("reads an id missing from Local but kept in Synced as a local delete", () => {
    // This is why the caller must drop excluded ids from Synced as well as from Local.
    const s = base();
    const withoutPics = remove(s, "p");
    expect(summary(plan({ local: withoutPics, remote: s, synced: s }))).toEqual([
      "deleteRemote j",
      "deleteRemote p",
    ]);
  });

  it("leaves alone what the caller removed from all three trees", () => {
    const s = base();
    const withoutPics = remove(s, "p");
    expect(plan({ local: withoutPics, remote: withoutPics, synced: withoutPics }).ops).toEqual([]);
  });
});

describe("plan: input it refuses to act on", () => {
  it("never writes a server name that could escape the sync root", () => {
    const s = base();
    const remote = add(add(s, "r1", "root", ".."), "r2", "r1", "passwd", "h6");
    const o = run({ local: s, remote, synced: s });
    expect(o.plan.ops).toEqual([]);
    expect(o.plan.deferred).toEqual([
      { id: "r1", reason: "invalidName" },
      { id: "r2", reason: "invalidName" },
    ]);
  });

  it("leaves alone nodes whose parent chain does not reach the root", () => {
    const s = base();
    const remote = add(s, "r1", "nowhere", "x.txt", "h6");
    const p = plan({ local: s, remote, synced: s });
    expect(p.ops).toEqual([]);
    expect(p.deferred).toEqual([{ id: "r1", reason: "orphan" }]);
  });

  it("leaves alone folders whose parents form a loop, and what hangs under them", () => {
    const s = base();
    // r1 -> r2 -> r1 never reaches the root; r3 sits in the loop, n beside it is fine.
    const looped = add(
      add(add(s, "r1", "r2", "one"), "r2", "r1", "two"),
      "r3",
      "r1",
      "in.txt",
      "h6",
    );
    const remote = add(looped, "n", "root", "new.txt", "h7");
    const p = plan({ local: s, remote, synced: s });
    expect(p.ops).toEqual([
      expect.objectContaining({ type: "download", id: "n", localPath: "new.txt" }),
    ]);
    expect([...p.deferred].sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: "r1", reason: "orphan" },
      { id: "r2", reason: "orphan" },
      { id: "r3", reason: "orphan" },
    ]);
  });

  it("leaves alone an id that changed kind, which the scanner should have re-keyed", () => {
    const s = tree({ x: ["root", "x", "h1"] });
    const local = tree({ x: ["root", "x"] });
    const p = plan({ local, remote: s, synced: s });
    expect(p.ops).toEqual([]);
    expect(p.deferred).toEqual([{ id: "x", reason: "kindChanged" }]);
  });
});
