// Workload 6: a new large file A→B over a limited link (each side's sending and
// receiving capped), both sides running, as between two machines on a real network
// where the wire, not the CPU, sets the pace. Cirrus goes through its server: the file
// goes up from A, then down to B, each hop at the cap; B fetches its chunks while A
// still uploads them (sync/incoming-files.ts), so the hops overlap. Syncthing sends
// the file once, A to B, at the cap.
import path from "node:path";
import type { Tool } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import type { SyncPair } from "../peers/types.js";
import { assertSame, hasSize, writeRandomFile } from "../support/files.js";
import { MiB } from "../support/stats.js";
import { sleep, waitFor } from "../support/wait.js";
import { closePair, openPair, rounds, RESCAN_ONLY, type BenchContext } from "./context.js";

export async function limitedLink(ctx: BenchContext): Promise<void> {
  const { config, results } = ctx;
  const size = config.limitedFileBytes;
  const rate = config.limitBytesPerSecond;
  const id = "6";
  results.define(
    id,
    `new ${size / MiB} MiB file A→B, both running, each side limited to ${rate / MiB} MiB/s: time until B has it`,
    "ms",
  );
  results.define(
    "6w",
    `↳ the same file over the link alone at that rate (${size / MiB} MiB / ${rate / MiB} MiB/s)`,
    "ms",
  );
  ctx.log(`6 new ${size / MiB} MiB file over a ${rate / MiB} MiB/s link`);
  const tools = ctx.tools.filter((t): t is Exclude<Tool, "rsync"> => t !== "rsync");
  const pairs = await rounds<SyncPair>({ ...ctx, tools }, id, [id], {
    open: (tool) => openLimited(ctx, tool, rate),
    async sample(tool, pair, run) {
      const rel = `limited-${run}.bin`;
      const file = path.join(pair.dirA, rel);
      if (pair instanceof CirrusPair) {
        // Written while A is paused: the clock starts with the whole file on A's disk.
        await pair.control("A", "pause");
        await writeRandomFile(file, size);
        const t0 = performance.now();
        await pair.control("A", "resume");
        await waitFor("the file on B", () => hasSize(path.join(pair.dirB, rel), size), {
          timeoutMs: config.timeoutMs,
          intervalMs: 5,
        });
        const ms = performance.now() - t0;
        results.add(id, tool, ms);
        await sleep(1500);
        await assertSame(pair.dirA, pair.dirB, [rel], tool);
        return { ms, timedOut: false };
      }
      await writeRandomFile(file, size);
      const done = await pair.propagate({ changed: [rel], totalFiles: run + 1 }, config.timeoutMs);
      results.add(id, tool, done.ms, done.timedOut);
      if (!done.timedOut) await assertSame(pair.dirA, pair.dirB, [rel], tool);
      return done;
    },
  });
  results.add("6w", "cirrus", (size / rate) * 1000);
  results.add("6w", "syncthing", (size / rate) * 1000);
  for (const pair of pairs.values()) await closePair(ctx, pair);
}

/** A pair whose sides send and receive at most `rate` bytes per second, running. */
async function openLimited(ctx: BenchContext, tool: Tool, rate: number): Promise<SyncPair> {
  if (tool !== "cirrus") {
    return openPair(ctx, tool, "limited", { ...RESCAN_ONLY, rateKiBs: rate / 1024 });
  }
  const pair = await openPair(ctx, tool, "limited");
  if (!(pair instanceof CirrusPair)) throw new Error("expected a Cirrus pair");
  await pair.limit("A", rate);
  await pair.limit("B", rate);
  pair.startContinuous("A");
  pair.startContinuous("B");
  await pair.controlReady("A");
  await sleep(3000); // Both up, connected and idle.
  return pair;
}
