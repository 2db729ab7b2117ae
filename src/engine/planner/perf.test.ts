import { it } from "vitest";
import { plan } from "./plan.js";
import { tree, clone, type Mutable } from "./testing.js";
it("perf", () => {
  const big = (prefix: string): Mutable => {
    const t = tree();
    for (let f = 0; f < 1000; f++) {
      t.set(`${prefix}f${f}`, { id: `${prefix}f${f}`, parentId: "root", name: `folder ${f}`, kind: "folder", hash: null, size: 0, mtime: 0, rev: 1 });
      for (let i = 0; i < 100; i++) t.set(`${prefix}x${f}-${i}`, { id: `${prefix}x${f}-${i}`, parentId: `${prefix}f${f}`, name: `file ${i}.txt`, kind: "file", hash: `h${f}-${i}`, size: 1, mtime: 1, rev: 1 });
    }
    return t;
  };
  const empty = tree();
  let t0 = performance.now();
  let p = plan({ local: empty, remote: big("r"), synced: empty });
  console.log("initial download 101k:", Math.round(performance.now() - t0), "ms", p.ops.length);
  t0 = performance.now();
  p = plan({ local: big("local:"), remote: big("r"), synced: empty });
  console.log("initial merge identical 101k:", Math.round(performance.now() - t0), "ms", p.ops.length);
  const s = big("s");
  t0 = performance.now();
  p = plan({ local: s, remote: s, synced: s });
  console.log("no change 101k:", Math.round(performance.now() - t0), "ms", p.ops.length);
  const l = clone(s); for (let f = 0; f < 1000; f++) l.delete(`sx${f}-5`);
  t0 = performance.now();
  p = plan({ local: l, remote: s, synced: s, options: { confirmedMassDelete: true } });
  console.log("1000 deletes:", Math.round(performance.now() - t0), "ms", p.ops.length);
});
