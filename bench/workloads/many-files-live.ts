// Workload 3, Cirrus as people run it: both clients running (`cirrus sync`), the files
// written on A while A is paused (so the clock starts with all of them on disk, as in
// workload 3), then A resumed through its control API; the clock stops when B holds
// every file. B starts downloading as soon as A's first commits land, which the
// `sync --once` rows of workload 3 (A, then B) cannot show.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { ManyFilesSpec } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import { assertSame, writeManyFiles } from "../support/files.js";
import { sleep, waitFor } from "../support/wait.js";
import { closePair, forTool, openPair, type BenchContext } from "./context.js";
import { manyLabel } from "./many-files.js";

/** Files under `dir/prefix` (two levels: prefix/dNNNN/file). */
async function countFiles(dir: string, prefix: string): Promise<number> {
  const top = path.join(dir, prefix);
  const folders = await readdir(top).catch(() => [] as string[]);
  let count = 0;
  for (const folder of folders) {
    const names = await readdir(path.join(top, folder)).catch(() => [] as string[]);
    count += names.filter((n) => !n.startsWith(".cirrus-")).length;
  }
  return count;
}

export async function manyFilesLive(ctx: BenchContext, spec: ManyFilesSpec): Promise<void> {
  const { config, results } = ctx;
  if (!ctx.tools.includes("cirrus")) return;
  const id = `${spec.id}l`;
  results.define(id, `${manyLabel(spec)} A→B, both clients running: time until B has all`, "ms");
  ctx.log(`${id} ${manyLabel(spec)} with running clients: cirrus`);
  await forTool(ctx, "cirrus", [id], async () => {
    const pair = await openPair(ctx, "cirrus", `files-live-${spec.count}`);
    if (!(pair instanceof CirrusPair)) throw new Error("expected a Cirrus pair");
    try {
      pair.startContinuous("A");
      pair.startContinuous("B");
      await pair.controlReady("A");
      await sleep(2000);
      for (let run = 0; run < config.runs; run++) {
        const prefix = `run${run}`;
        await pair.control("A", "pause");
        const rels = await writeManyFiles(pair.dirA, prefix, spec.count, spec.size);
        const t0 = performance.now();
        await pair.control("A", "resume");
        await waitFor(
          `${spec.count} files on B`,
          async () => (await countFiles(pair.dirB, prefix)) >= spec.count,
          {
            timeoutMs: config.timeoutMs,
            intervalMs: 20,
          },
        );
        const ms = performance.now() - t0;
        results.add(id, "cirrus", ms);
        ctx.log(`  ${id} cirrus: run ${run + 1}: ${(ms / 1000).toFixed(2)} s`);
        await sleep(1500);
        await assertSame(pair.dirA, pair.dirB, rels, "cirrus");
      }
    } finally {
      await closePair(ctx, pair);
    }
  });
}
