// Rules 4, 5 and 7: moves, folders deleted on one side while used on the other, and an
// order of operations that can run one by one (no missing parent, no cycle, no clobber).
import { describe, expect, it } from "vitest";
import { add, base, edit, listing, move, opOf, remove, run, summary } from "./testing.js";

describe("plan: moves", () => {
  it("renames a folder with one op; its children need nothing", () => {
    const s = base();
    const o = run({ local: move(s, "d", "root", "Documents"), remote: s, synced: s });
    expect(o.plan.ops).toEqual([
      {
        type: "moveRemote",
        id: "d",
        parentId: "root",
        name: "Documents",
        fromPath: "docs",
        toPath: "Documents",
        baseRev: 1,
      },
    ]);
    expect(o.next.ops).toEqual([]);
  });

  it("applies a server move on disk", () => {
    const s = base();
    const o = run({ local: s, remote: move(s, "a", "p", "a.txt"), synced: s });
    expect(o.plan.ops).toEqual([
      {
        type: "moveLocal",
        id: "a",
        parentId: "p",
        name: "a.txt",
        fromPath: "docs/a.txt",
        toPath: "pics/a.txt",
      },
    ]);
    expect(o.next.ops).toEqual([]);
  });

  it("lets the server's place win when both sides move an item to different places", () => {
    const s = base();
    const o = run({
      local: move(s, "a", "root", "mine.txt"),
      remote: move(s, "a", "p", "a.txt"),
      synced: s,
    });
    expect(summary(o.plan)).toEqual(["moveLocal a"]);
    expect(opOf(o.plan, "moveLocal", "a")).toMatchObject({
      fromPath: "mine.txt",
      toPath: "pics/a.txt",
    });
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["move"]);
    expect(o.next.ops).toEqual([]);
  });

  it("records Synced when both sides made the same move", () => {
    const s = base();
    const o = run({
      local: move(s, "a", "p", "a.txt", 1),
      remote: move(s, "a", "p", "a.txt", 4),
      synced: s,
    });
    expect(summary(o.plan)).toEqual(["recordSynced a"]);
  });

  it("applies a move on one side and an edit on the other", () => {
    const s = base();
    const o = run({ local: move(s, "a", "p", "a.txt"), remote: edit(s, "a", "h9"), synced: s });
    expect(summary(o.plan)).toEqual(["moveRemote a", "download a"]);
    expect(listing(o.after.remote)["pics/a.txt"]).toBe("h9");
    expect(o.next.ops).toEqual([]);
  });

  it("carries a local move and a local edit in one upload", () => {
    const s = base();
    const o = run({ local: move(edit(s, "a", "h9"), "a", "p", "A.txt"), remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["upload a"]);
    expect(opOf(o.plan, "upload", "a")).toMatchObject({ parentId: "p", name: "A.txt", baseRev: 1 });
    expect(o.next.ops).toEqual([]);
  });
});

describe("plan: folders deleted on one side, used on the other (rule 5)", () => {
  it("keeps a folder the server deleted when a file was added to it here", () => {
    const s = base();
    const o = run({
      local: add(s, "local:1", "d", "new.txt", "h5"),
      remote: remove(s, "d"),
      synced: s,
    });
    expect(summary(o.plan)).toEqual([
      "createRemoteFolder d",
      "upload local:1",
      "deleteLocal a",
      "deleteLocal b",
    ]);
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["restoredFolder"]);
    expect(listing(o.after.remote)).toEqual({
      docs: "/",
      "docs/new.txt": "h5",
      pics: "/",
      "pics/p.jpg": "h3",
    });
    expect(o.next.ops).toEqual([]);
  });

  it("keeps a folder deleted here when the server edited a file in it", () => {
    const s = base();
    const o = run({ local: remove(s, "d"), remote: edit(s, "a", "h9"), synced: s });
    expect(summary(o.plan)).toEqual(["createLocalFolder d", "download a", "deleteRemote b"]);
    expect(listing(o.after.local)).toEqual({
      docs: "/",
      "docs/a.txt": "h9",
      pics: "/",
      "pics/p.jpg": "h3",
    });
    expect(o.next.ops).toEqual([]);
  });

  it("restores every missing parent of a deep edit", () => {
    const s = add(add(base(), "e", "d", "deep"), "f", "e", "f.txt", "h4");
    const o = run({ local: edit(s, "f", "h9"), remote: remove(s, "d"), synced: s });
    expect(summary(o.plan).slice(0, 3)).toEqual([
      "createRemoteFolder d",
      "createRemoteFolder e",
      "upload f",
    ]);
    expect(listing(o.after.remote)["docs/deep/f.txt"]).toBe("h9");
    expect(o.next.ops).toEqual([]);
  });
});

describe("plan: an order that can run one by one (rule 7)", () => {
  it("never creates a cycle when each side moves one folder into the other", () => {
    const s = base();
    const local = move(s, "d", "p", "docs"); // docs into pics here
    const remote = move(s, "p", "d", "pics"); // pics into docs on the server
    const o = run({ local, remote, synced: s });
    expect(o.plan.conflicts.map((c) => c.kind)).toEqual(["cycle"]);
    // The server's structure is kept: pics inside docs.
    expect(listing(o.after.local)).toEqual({
      docs: "/",
      "docs/a.txt": "h1",
      "docs/b.txt": "h2",
      "docs/pics": "/",
      "docs/pics/p.jpg": "h3",
    });
    expect(listing(o.after.remote)).toEqual(listing(o.after.local));
    expect(o.next.ops).toEqual([]);
  });

  it("swaps two names through a temporary name, never overwriting", () => {
    const s = base();
    const local = move(move(s, "a", "d", "b.txt"), "b", "d", "a.txt");
    const o = run({ local, remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["moveRemote b", "moveRemote a", "moveRemote b"]);
    expect(o.plan.ops[0]).toMatchObject({ temporary: true, toPath: "docs/b.txt.cirrus-tmp" });
    expect(listing(o.after.remote)).toMatchObject({ "docs/a.txt": "h2", "docs/b.txt": "h1" });
    expect(o.next.ops).toEqual([]);
  });

  it("moves a file out of a folder before deleting the folder", () => {
    const s = base();
    const o = run({ local: remove(move(s, "a", "root", "a.txt"), "d"), remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["moveRemote a", "deleteRemote b", "deleteRemote d"]);
    expect(o.next.ops).toEqual([]);
  });

  it("moves a file out of a deleted folder into that folder's own name", () => {
    const s = base();
    // mv docs/a.txt /tmp; rm -r docs; mv /tmp/a.txt docs
    const o = run({ local: remove(move(s, "a", "root", "docs"), "d"), remote: s, synced: s });
    expect(summary(o.plan)).toEqual([
      "deleteRemote b",
      "moveRemote d",
      "moveRemote a",
      "deleteRemote d",
    ]);
    expect(o.plan.ops[1]).toMatchObject({ temporary: true, toPath: "docs.cirrus-tmp" });
    expect(listing(o.after.remote)).toEqual({ docs: "h1", pics: "/", "pics/p.jpg": "h3" });
    expect(o.next.ops).toEqual([]);
  });

  it("re-uses a name only after the item that held it is gone", () => {
    const s = base();
    const local = add(remove(s, "a"), "local:1", "d", "a.txt");
    const o = run({ local, remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["deleteRemote a", "createRemoteFolder local:1"]);
  });

  it("creates parents before children and deletes children before parents in one plan", () => {
    const s = base();
    let remote = add(add(s, "r1", "root", "n1"), "r2", "r1", "n2");
    remote = add(remote, "r3", "r2", "z.txt", "h7");
    remote = remove(remote, "d");
    const o = run({ local: s, remote, synced: s });
    const order = summary(o.plan);
    expect(order.indexOf("createLocalFolder r1")).toBeLessThan(
      order.indexOf("createLocalFolder r2"),
    );
    expect(order.indexOf("createLocalFolder r2")).toBeLessThan(order.indexOf("download r3"));
    expect(order.indexOf("deleteLocal a")).toBeLessThan(order.indexOf("deleteLocal d"));
    expect(o.next.ops).toEqual([]);
  });
});
