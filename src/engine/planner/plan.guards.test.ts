// Rules 8, 9 and 11: deletes that wait (mass delete, restored server, incomplete
// listing) and placeholders, whose content never travels (invariants 2, 3, 8).
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";
import {
  add,
  AT,
  base,
  edit,
  listing,
  move,
  opOf,
  placeholder,
  remove,
  run,
  summary,
  tree,
  type Mutable,
} from "./testing.js";

/** A folder "many" holding n synced files f0..f(n-1). */
function many(n: number): Mutable {
  let t = add(tree(), "m", "root", "many");
  for (let i = 0; i < n; i++) t = add(t, `f${i}`, "m", `f${i}.txt`, `h${i}`);
  return t;
}

function without(t: Mutable, count: number): Mutable {
  let out = t;
  for (let i = 0; i < count; i++) out = remove(out, `f${i}`);
  return out;
}

describe("plan: mass delete guard (invariant 3)", () => {
  it("holds back most files deleted here and lets everything else proceed", () => {
    const s = many(100);
    const local = edit(without(s, 60), "f99", "new");
    const p = plan({ local, remote: s, synced: s });
    expect(summary(p)).toEqual(["upload f99"]);
    expect(p.massDelete).toMatchObject({ localDeletes: 0, remoteDeletes: 60, held: ["remote"] });
    expect(p.massDelete?.paths).toHaveLength(60);
    expect(p.massDelete?.paths[0]).toBe("many/f0.txt");
    expect(p.deferred.filter((d) => d.reason === "massDelete")).toHaveLength(60);
  });

  it("holds back most files deleted on the server from being deleted here", () => {
    const s = many(100);
    const p = plan({ local: s, remote: without(s, 60), synced: s });
    expect(p.ops).toEqual([]);
    expect(p.massDelete).toMatchObject({ localDeletes: 60, remoteDeletes: 0, held: ["local"] });
  });

  it("lets a delete below either threshold through", () => {
    const s = many(100);
    expect(summary(plan({ local: without(s, 40), remote: s, synced: s }))).toHaveLength(40);
    const small = many(10);
    expect(
      plan({ local: without(small, 10), remote: small, synced: small }).massDelete,
    ).toBeUndefined();
  });

  it("holds back very many deletes whatever their share", () => {
    const s = many(100);
    const p = plan({
      local: without(s, 20),
      remote: s,
      synced: s,
      options: { massDeleteHardCap: 20 },
    });
    expect(p.ops).toEqual([]);
    expect(p.massDelete?.remoteDeletes).toBe(20);
  });

  it("emits the deletes once the user confirmed them", () => {
    const s = many(100);
    const o = run({ local: remove(s, "m"), remote: s, synced: s }, { confirmedMassDelete: true });
    expect(o.plan.ops).toHaveLength(101);
    expect(o.plan.ops.at(-1)).toMatchObject({ type: "deleteRemote", id: "m" });
    expect(o.plan.massDelete).toBeUndefined();
    expect(o.next.ops).toEqual([]);
  });
});

describe("plan: a restored server (fingerprint changed, invariant 2)", () => {
  it("never deletes locally, uploads what the server lost and keeps both of any differing versions", () => {
    const s = base();
    // The server went back in time: b is gone, a is an older version, j was deleted here.
    const remote = remove(edit(s, "a", "hOld"), "b");
    const local = remove(s, "j");
    const o = run({ local, remote, synced: s }, { ...AT, fingerprintChanged: true });
    const types = o.plan.ops.map((op) => op.type);
    expect(types).not.toContain("deleteLocal");
    expect(types).not.toContain("deleteRemote");
    expect(opOf(o.plan, "upload", "b").baseRev).toBeNull();
    expect(opOf(o.plan, "download", "j").replaces).toBeNull();
    expect(opOf(o.plan, "conflictCopy", "a").local.hash).toBe("h1");
    expect(Object.values(listing(o.after.remote))).toEqual(
      expect.arrayContaining(["h1", "hOld", "h2", "h3"]),
    );
    expect(o.next.ops).toEqual([]);
  });
});

describe("plan: an incomplete server listing", () => {
  it("reads absence from the listing as unknown, not as a delete, and still pushes local deletes", () => {
    const s = base();
    const remote = remove(s, "d"); // docs missing from a partial listing
    const local = remove(s, "j");
    const p = plan({ local, remote, synced: s, options: { remoteIncomplete: true } });
    expect(summary(p)).toEqual(["deleteRemote j"]);
    expect(p.deferred).toEqual([
      { id: "a", reason: "remoteIncomplete" },
      { id: "b", reason: "remoteIncomplete" },
      { id: "d", reason: "remoteIncomplete" },
    ]);
  });
});

describe("plan: placeholders (invariant 8)", () => {
  it("never uploads a placeholder, whatever hash the scanner reports for it", () => {
    const s = base();
    expect(plan({ local: placeholder(s, "a", "garbage"), remote: s, synced: s }).ops).toEqual([]);
  });

  it("moves a placeholder on the server as metadata", () => {
    const s = base();
    const o = run({ local: move(placeholder(s, "a"), "a", "p", "a.txt"), remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["moveRemote a"]);
    expect(o.next.ops).toEqual([]);
  });

  it("deletes placeholders on the server as metadata when their folder is deleted here", () => {
    const s = base();
    const local = remove(placeholder(placeholder(s, "a"), "b"), "d");
    const o = run({ local, remote: s, synced: s });
    expect(summary(o.plan)).toEqual(["deleteRemote a", "deleteRemote b", "deleteRemote d"]);
  });

  it("moves a placeholder and updates it when the server changed its content meanwhile", () => {
    const s = base();
    const local = move(placeholder(s, "a"), "a", "p", "a.txt");
    const o = run({ local, remote: edit(s, "a", "h9"), synced: s });
    expect(summary(o.plan)).toEqual(["moveRemote a", "updatePlaceholder a"]);
    expect(o.next.ops).toEqual([]);
  });

  it("updates a placeholder instead of downloading when the server's content changes", () => {
    const s = base();
    const o = run({ local: placeholder(s, "a"), remote: edit(s, "a", "h9"), synced: s });
    expect(o.plan.ops).toEqual([
      {
        type: "updatePlaceholder",
        id: "a",
        localPath: "docs/a.txt",
        content: { hash: "h9", size: 2, mtime: 1001 },
        rev: 2,
      },
    ]);
    expect(o.next.ops).toEqual([]);
  });

  it("removes a placeholder the server deleted, even if moved here: there are no bytes to keep", () => {
    const s = base();
    const local = move(placeholder(s, "a"), "a", "p", "a.txt");
    const o = run({ local, remote: remove(s, "a"), synced: s });
    expect(summary(o.plan)).toEqual(["deleteLocal a"]);
    expect(o.plan.ops.map((op) => op.type)).not.toContain("upload");
  });

  it("leaves alone a placeholder that neither Synced nor the server knows", () => {
    const s = base();
    const local = placeholder(add(s, "local:1", "d", "ghost.txt", "h5"), "local:1");
    const p = plan({ local, remote: s, synced: s });
    expect(p.ops).toEqual([]);
    expect(p.deferred).toEqual([{ id: "local:1", reason: "placeholderWithoutContent" }]);
  });
});
