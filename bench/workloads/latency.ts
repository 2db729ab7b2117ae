// Workload 5: a 1 KiB file written on A, until B has it, with both sides running
// continuously and nothing triggered by hand (Cirrus: `cirrus sync` with its watcher
// and push channel; Syncthing: its fsWatcher). The clock starts just before the write
// and stops when B's file has its full size (both tools rename it into place whole).
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tool } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import type { SyncthingOptions } from "../peers/syncthing.js";
import type { SyncPair } from "../peers/types.js";
import { hasSize } from "../support/files.js";
import { sleep, waitFor } from "../support/wait.js";
import { closePair, forTool, openPair, type BenchContext } from "./context.js";

const PAUSE_MS = 700;
const SAMPLE_TIMEOUT_MS = 120_000;

/** Write `name` (`size` random bytes) on A; ms until B holds it whole (checked). */
export async function latencySample(pair: SyncPair, name: string, size: number): Promise<number> {
  const data = randomBytes(size);
  const target = path.join(pair.dirB, name);
  const t0 = performance.now();
  await writeFile(path.join(pair.dirA, name), data);
  await waitFor(`${name} on B`, () => hasSize(target, size), {
    timeoutMs: SAMPLE_TIMEOUT_MS,
    intervalMs: 5,
  });
  const ms = performance.now() - t0;
  if (!(await readFile(target)).equals(data)) throw new Error(`${name} differs on B`);
  return ms;
}

async function series(
  ctx: BenchContext,
  tool: Tool,
  ids: [string, string],
  syncthing?: SyncthingOptions,
): Promise<void> {
  const { config, results } = ctx;
  let pair: SyncPair | null = null;
  try {
    pair = await openPair(ctx, tool, "latency", syncthing);
    if (pair instanceof CirrusPair) {
      pair.startContinuous("A");
      pair.startContinuous("B");
    }
    // The first file also waits for the continuous clients to be up and connected.
    await latencySample(pair, "warm-up.bin", config.latencyFileBytes);
    await sleep(PAUSE_MS);
    const samples: number[] = [];
    for (let i = 0; i < config.latencySamples; i++) {
      samples.push(await latencySample(pair, `latency-${i}.bin`, config.latencyFileBytes));
      await sleep(PAUSE_MS);
    }
    ctx.log(`  ${tool}: ${samples.map((s) => s.toFixed(0)).join(" ")} ms`);
    for (const s of samples) {
      results.add(ids[0], tool, s);
      results.add(ids[1], tool, s);
    }
  } finally {
    await closePair(ctx, pair);
  }
}

export async function latency(ctx: BenchContext): Promise<void> {
  const { results, config } = ctx;
  const what = `${config.latencyFileBytes / 1024} KiB file A→B through the watcher`;
  const n = config.latencySamples;
  results.define("5a", `${what}, median of ${n}`, "ms");
  results.define("5b", `${what}, max of ${n}`, "ms", { stat: "max" });
  results.define("5c", "↳ Syncthing with fsWatcherDelayS=1 (default 10), median", "ms");
  results.define("5d", "↳ Syncthing with fsWatcherDelayS=1, max", "ms", { stat: "max" });
  for (const tool of ctx.tools) {
    if (tool === "rsync") {
      results.note("5a", tool, "no watcher");
      results.note("5b", tool, "no watcher");
      continue;
    }
    ctx.log(`5 latency: ${tool}`);
    await forTool(ctx, tool, ["5a", "5b"], () =>
      series(ctx, tool, ["5a", "5b"], { watcher: true, watcherDelayS: 10 }),
    );
    if (tool === "syncthing") {
      ctx.log("5 latency: syncthing, fsWatcherDelayS=1");
      await forTool(ctx, tool, ["5c", "5d"], () =>
        series(ctx, tool, ["5c", "5d"], { watcher: true, watcherDelayS: 1 }),
      );
    }
  }
}
