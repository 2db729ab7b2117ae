// Seeded property test: random synced trees, random edits on both sides, and the
// invariants every plan must keep, whatever happened.
import { describe, expect, it } from "vitest";
import { foldName } from "../../shared/names.js";
import { TREE_ROOT_ID, type Tree, type TreeNode } from "../tree/types.js";
import { applyOp, SimState } from "./apply.js";
import type { PlannedOp } from "./ops.js";
import { plan } from "./plan.js";
import { fillPlaceholders } from "./prepare.js";
import { checkOp, clone, listing, tree, type Mutable } from "./testing.js";
import type { LocalNode, PlanOptions } from "./types.js";

/** mulberry32: a tiny seeded PRNG, so that a failure can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rand {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(xs: readonly T[]) => T;
  chance: (p: number) => boolean;
}

function rand(seed: number): Rand {
  const next = prng(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (xs) => xs[int(xs.length)]!,
    chance: (p) => next() < p,
  };
}

// Few names and hashes, so that collisions (case, Unicode form) and equal content happen.
const REMOTE_NAMES = ["a", "A", "b", "b.txt", "B.txt", "café", "c", "d.md"];
const LOCAL_NAMES = [...REMOTE_NAMES, "cafe\u0301"];
const HASHES = ["h1", "h2", "h3", "h4"];

function folders(t: Tree): TreeNode[] {
  return [...t.values()].filter((n) => n.kind === "folder");
}

function within(t: Tree, inner: string, outer: string): boolean {
  for (let cur: string | null = inner; cur !== null; cur = t.get(cur)?.parentId ?? null) {
    if (cur === outer) return true;
  }
  return false;
}

/** A name free in the folder: by fold key locally (case-insensitive disk), exactly on the server. */
function freeName(
  r: Rand,
  t: Tree,
  parentId: string,
  names: readonly string[],
  byFold: boolean,
  self?: string,
): string | undefined {
  const taken = new Set<string>();
  for (const n of t.values()) {
    if (n.parentId === parentId && n.id !== self) taken.add(byFold ? foldName(n.name) : n.name);
  }
  for (let tries = 0; tries < 8; tries++) {
    const name = r.pick(names);
    if (!taken.has(byFold ? foldName(name) : name)) return name;
  }
  return undefined;
}

function randomSynced(r: Rand): Mutable {
  const t = tree();
  const count = 2 + r.int(14);
  for (let i = 0; i < count; i++) {
    const parent = r.pick(folders(t)).id;
    const name = freeName(r, t, parent, REMOTE_NAMES, true);
    if (name === undefined) continue;
    const id = `s${i}`;
    const rev = 1 + r.int(5);
    t.set(
      id,
      r.chance(0.35)
        ? { id, parentId: parent, name, kind: "folder", hash: null, size: 0, mtime: 0, rev }
        : {
            id,
            parentId: parent,
            name,
            kind: "file",
            hash: r.pick(HASHES),
            size: 2,
            mtime: 5,
            rev,
          },
    );
  }
  return t;
}

function mutate(r: Rand, base: Mutable, side: "local" | "remote", revStart: number): Mutable {
  const t = clone(base);
  const names = side === "local" ? LOCAL_NAMES : REMOTE_NAMES;
  const byFold = side === "local";
  let rev = revStart;
  const steps = r.int(6);
  for (let s = 0; s < steps; s++) {
    const nodes = [...t.values()].filter((n) => n.id !== TREE_ROOT_ID);
    const kind = r.int(7);
    const n = nodes.length > 0 ? r.pick(nodes) : undefined;
    if (kind === 0 && n?.kind === "file") {
      const hash = r.chance(0.3) ? `${side}-${s}-${r.int(1000)}` : r.pick(HASHES);
      t.set(n.id, { ...n, hash, rev: ++rev, mtime: n.mtime + 1 });
    } else if ((kind === 1 || kind === 2) && n !== undefined) {
      const parent = kind === 1 ? (n.parentId ?? TREE_ROOT_ID) : r.pick(folders(t)).id;
      if (within(t, parent, n.id)) continue;
      const name = freeName(r, t, parent, names, byFold, n.id);
      if (name !== undefined) t.set(n.id, { ...n, parentId: parent, name, rev: ++rev });
    } else if (kind === 3 && n !== undefined) {
      const doomed = [...t.values()].filter((x) => within(t, x.id, n.id)).map((x) => x.id);
      for (const d of doomed) t.delete(d);
    } else if (kind === 4 || kind === 5) {
      const parent = r.pick(folders(t)).id;
      const name = freeName(r, t, parent, names, byFold);
      if (name === undefined) continue;
      const id = `${side === "local" ? "local:" : "r"}${s}`;
      const hash = r.chance(0.3) ? `${side}-new-${s}` : r.pick(HASHES);
      t.set(
        id,
        kind === 4
          ? { id, parentId: parent, name, kind: "file", hash, size: 2, mtime: 9, rev: ++rev }
          : {
              id,
              parentId: parent,
              name,
              kind: "folder",
              hash: null,
              size: 0,
              mtime: 0,
              rev: ++rev,
            },
      );
    } else if (kind === 6 && side === "local" && n?.kind === "file" && !n.id.startsWith("local:")) {
      // Dehydrate: the scanner may report any hash for a placeholder; it must be ignored.
      t.set(n.id, { ...n, placeholder: true, hash: "ignored" });
    }
  }
  return t;
}

function hashes(t: Tree): Set<string> {
  const out = new Set<string>();
  for (const n of t.values()) if (n.kind === "file" && n.hash !== null) out.add(n.hash);
  return out;
}

/**
 * Every file version in Local or Remote that Synced does not hold for that id: it must
 * survive any plan, in the final trees or as a conflict copy. The only versions a plan
 * may remove are ones both sides agreed on (a delete or a newer version from the other
 * side replaces them), which the server keeps in its history and trash (invariant 1).
 */
function unsyncedVersions(local: Tree, remote: Tree, synced: Tree): Set<string> {
  const out = new Set<string>();
  for (const t of [local, remote]) {
    for (const n of t.values()) {
      if (n.kind !== "file" || (n as LocalNode).placeholder === true || n.hash === null) continue;
      if (synced.get(n.id)?.hash !== n.hash) out.add(n.hash);
    }
  }
  return out;
}

/** Local as the planner sees it: a placeholder stands for the synced version. */
function seen(t: { local: Tree; remote: Tree; synced: Tree }): Tree {
  return fillPlaceholders(t.local, t.remote, t.synced);
}

function replay(trees: { local: Tree; remote: Tree; synced: Tree }, ops: readonly PlannedOp[]) {
  const st = new SimState(trees);
  for (const op of ops) {
    const problem = checkOp(st, op);
    if (problem !== null) throw new Error(`${op.type} ${op.id}: ${problem}`);
    applyOp(st, op);
  }
  return st.toTrees();
}

const OPTIONS: PlanOptions = {
  now: Date.UTC(2026, 10, 23, 16, 32, 40),
  deviceName: "laptop",
  confirmedMassDelete: true,
};
const RUNS = 300;

describe("planner properties (seeded)", () => {
  it("never loses a version, never references a missing parent, converges, and is deterministic", () => {
    for (let seed = 1; seed <= RUNS; seed++) {
      const r = rand(seed);
      const synced = randomSynced(r);
      const local = mutate(r, synced, "local", 0);
      const remote = mutate(r, synced, "remote", 100);
      const world = { local, remote, synced };
      const context = `seed ${seed}`;

      const first = plan({ ...world, options: OPTIONS });
      expect(plan({ ...world, options: OPTIONS }), context).toEqual(first);

      const after = replay(world, first.ops);
      const kept = new Set([...hashes(after.local), ...hashes(after.remote)]);
      for (const h of unsyncedVersions(local, remote, synced)) {
        expect(kept.has(h), `${context}: version ${h} lost`).toBe(true);
      }
      expect(listing(seen(after)), context).toEqual(listing(after.remote));
      const again = plan({ ...after, options: OPTIONS });
      expect(again.ops, `${context}: not converged`).toEqual([]);

      // A crash after any prefix: replanning from what was observed still converges.
      const cut = r.int(first.ops.length + 1);
      const partial = replay(world, first.ops.slice(0, cut));
      const resumed = replay(partial, plan({ ...partial, options: OPTIONS }).ops);
      const keptAfterCrash = new Set([...hashes(resumed.local), ...hashes(resumed.remote)]);
      for (const h of unsyncedVersions(local, remote, synced)) {
        expect(keptAfterCrash.has(h), `${context} cut ${cut}: version ${h} lost`).toBe(true);
      }
      expect(listing(seen(resumed)), `${context} cut ${cut}`).toEqual(listing(resumed.remote));
      expect(plan({ ...resumed, options: OPTIONS }).ops, `${context} cut ${cut}`).toEqual([]);
    }
  });

  it("emits only runnable ops and loses nothing while deletes are held or the listing is partial", () => {
    for (let seed = 2000; seed < 2000 + RUNS / 2; seed++) {
      const r = rand(seed);
      const synced = randomSynced(r);
      const local = mutate(r, synced, "local", 0);
      const remote = mutate(r, synced, "remote", 100);
      const incomplete = seed % 2 === 0;
      const options: PlanOptions = incomplete
        ? { ...OPTIONS, remoteIncomplete: true }
        : { ...OPTIONS, confirmedMassDelete: false, massDeleteMinCount: 1, massDeleteShare: 0.1 };
      const context = `seed ${seed}`;
      const p = plan({ local, remote, synced, options });
      expect(plan({ local, remote, synced, options }), context).toEqual(p);
      const after = replay({ local, remote, synced }, p.ops);
      const kept = new Set([...hashes(after.local), ...hashes(after.remote)]);
      for (const h of unsyncedVersions(local, remote, synced)) {
        expect(kept.has(h), `${context}: version ${h} lost`).toBe(true);
      }
      for (const op of p.ops) {
        if (incomplete && op.type === "deleteLocal") {
          expect(remote.has(op.id), `${context}: deleteLocal ${op.id} from absence`).toBe(true);
        }
        if (!incomplete && p.massDelete !== undefined) {
          const side =
            op.type === "deleteLocal" ? "local" : op.type === "deleteRemote" ? "remote" : null;
          if (side !== null) expect(p.massDelete.held, context).not.toContain(side);
        }
      }
    }
  });

  it("never deletes anything locally when the server was restored, and keeps every local file", () => {
    for (let seed = 1000; seed < 1000 + RUNS / 2; seed++) {
      const r = rand(seed);
      const synced = randomSynced(r);
      const local = mutate(r, synced, "local", 0);
      const remote = mutate(r, synced, "remote", 100);
      const p = plan({ local, remote, synced, options: { ...OPTIONS, fingerprintChanged: true } });
      expect(
        p.ops.filter((op) => op.type === "deleteLocal" || op.type === "deleteRemote"),
        `seed ${seed}`,
      ).toEqual([]);
      const after = replay({ local, remote, synced }, p.ops);
      const kept = new Set([...hashes(after.local), ...hashes(after.remote)]);
      for (const h of [...hashes(local), ...hashes(remote)]) {
        if (h !== "ignored") expect(kept.has(h), `seed ${seed}: ${h} lost`).toBe(true);
      }
    }
  });
});
