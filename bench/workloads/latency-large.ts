// Workload 4e/4f: workload 5's 1 KiB file through the watcher, but in the folder of
// workload 4 (the many-files state, in sync on both sides): how a change travels when
// the folder is large. Both sides run continuously (Cirrus: `cirrus sync` on A and B;
// Syncthing: A as workload 4 restarted it, with its watcher and default delay, and B).
import type { Tool } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import { SyncthingPair } from "../peers/syncthing.js";
import type { SyncPair } from "../peers/types.js";
import { waitForQuiet } from "../support/proc.js";
import { sleep } from "../support/wait.js";
import { forTool, type BenchContext } from "./context.js";
import { latencySample } from "./latency.js";

/** Samples per tool (Syncthing's each take its watcher's 10 s delay). */
const SAMPLES = 3;
const PAUSE_MS = 700;

export async function latencyLarge(
  ctx: BenchContext,
  pairs: ReadonlyMap<Tool, SyncPair>,
  files: number,
): Promise<void> {
  const { config, results } = ctx;
  const what = `${config.latencyFileBytes / 1024} KiB file A→B through the watcher, ${files.toLocaleString("en-US")} files in the folder`;
  results.define("4e", `${what}, median of ${SAMPLES}`, "ms");
  results.define("4f", `${what}, max of ${SAMPLES}`, "ms", { stat: "max" });
  for (const tool of ctx.tools) {
    const pair = pairs.get(tool);
    if (!(pair instanceof CirrusPair) && !(pair instanceof SyncthingPair)) {
      results.note("4e", tool, "no watcher");
      results.note("4f", tool, "no watcher");
      continue;
    }
    ctx.log(`4 latency with ${files} files: ${tool}`);
    await forTool(ctx, tool, ["4e", "4f"], async () => {
      try {
        if (pair instanceof CirrusPair) {
          // Both sides' first rounds (a walk each, the state being in sync) done.
          const sides = [pair.startContinuous("A"), pair.startContinuous("B")];
          for (const side of sides) await waitForQuiet(side.pid, { timeoutMs: config.timeoutMs });
        } else {
          await waitForQuiet(pair.pid("A"), { timeoutMs: config.timeoutMs });
        }
        const samples: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          samples.push(
            await latencySample(pair, `large-latency-${i}.bin`, config.latencyFileBytes),
          );
          await sleep(PAUSE_MS);
        }
        ctx.log(`  ${tool}: ${samples.map((s) => s.toFixed(0)).join(" ")} ms`);
        for (const s of samples) {
          results.add("4e", tool, s);
          results.add("4f", tool, s);
        }
      } finally {
        // The clients started here stop here: 4g needs A stopped.
        if (pair instanceof CirrusPair) await pair.stopContinuous();
      }
    });
  }
}
