// Workload 4: with the many-files state of workload 3 on disk and in sync, restart
// A: time until it is idle again and its peak RSS; then the CPU a running client
// uses while nothing changes, and its RSS.
import type { Tool } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import { RsyncPair } from "../peers/rsync.js";
import { SyncthingPair } from "../peers/syncthing.js";
import type { SyncPair } from "../peers/types.js";
import { check, treeCpuSeconds, treeMemoryKiB, waitForQuiet } from "../support/proc.js";
import { sleep } from "../support/wait.js";
import { forTool, rounds, type BenchContext } from "./context.js";

/** CPU share of one core over `ms` (the process and its children), and RSS at the end. */
async function idleUsage(pid: number, ms: number): Promise<{ percent: number; rssKiB: number }> {
  const before = treeCpuSeconds(pid);
  await sleep(ms);
  const used = treeCpuSeconds(pid) - before;
  return { percent: (used / (ms / 1000)) * 100, rssKiB: treeMemoryKiB(pid).rss };
}

export async function restart(
  ctx: BenchContext,
  pairs: ReadonlyMap<Tool, SyncPair>,
  files: number,
): Promise<void> {
  const { config, results } = ctx;
  const n = files.toLocaleString("en-US");
  const idleS = config.idleCpuMs / 1000;
  results.define("4a", `restart with ${n} unchanged files: time until idle`, "ms");
  results.define("4b", "↳ peak RSS of that process", "KiB-rss");
  results.define(
    "4c",
    `idle CPU of a running client (${n} files) over ${idleS} s, share of one core`,
    "percent",
    { once: true },
  );
  results.define("4d", "↳ RSS of that idle client", "KiB-rss", { once: true });
  ctx.log(`4 restart with ${n} files`);
  const tools = ctx.tools.filter((t) => pairs.has(t));
  await rounds<SyncPair>({ ...ctx, tools }, "4 restart", ["4a", "4b"], {
    open: (tool) => Promise.resolve(pairs.get(tool) as SyncPair),
    async sample(tool, pair, run) {
      if (pair instanceof CirrusPair) {
        // The CLI's restart: a `sync --once` that finds nothing to do.
        const result = check(await pair.syncOnce("A", config.timeoutMs), "cirrus sync --once");
        results.add("4a", tool, result.ms);
        if (result.maxRssKiB !== null) results.add("4b", tool, result.maxRssKiB);
        return result;
      }
      if (pair instanceof SyncthingPair) {
        // With its watcher on, as it normally runs (the state was built without).
        const restarted = await pair.restart(
          "A",
          run === 0 ? { watcher: true, watcherDelayS: 10 } : undefined,
        );
        results.add("4a", tool, restarted.ms);
        results.add("4b", tool, treeMemoryKiB(restarted.pid).hwm);
        return { ms: restarted.ms, timedOut: false };
      }
      if (pair instanceof RsyncPair) {
        // No resident client: a transfer that finds nothing to send.
        const result = check(await pair.push(config.timeoutMs), "rsync no-op push");
        results.add("4a", tool, result.ms);
        if (result.maxRssKiB !== null) results.add("4b", tool, result.maxRssKiB);
        return result;
      }
      throw new Error(`no restart for ${tool}`);
    },
  });
  for (const tool of tools) {
    const pair = pairs.get(tool);
    if (pair instanceof RsyncPair) {
      results.note("4c", tool, "n/a");
      results.note("4d", tool, "n/a");
      continue;
    }
    ctx.log(`4 idle CPU: ${tool}`);
    await forTool(ctx, tool, ["4c", "4d"], async () => {
      if (pair instanceof CirrusPair) {
        const client = pair.startContinuous("A");
        try {
          const quiet = await waitForQuiet(client.pid, { timeoutMs: config.timeoutMs });
          ctx.log(`  cirrus sync (continuous) quiet after ${(quiet / 1000).toFixed(1)} s`);
          const usage = await idleUsage(client.pid, config.idleCpuMs);
          results.add("4c", tool, usage.percent);
          results.add("4d", tool, usage.rssKiB);
        } finally {
          await client.stop();
        }
      } else if (pair instanceof SyncthingPair) {
        const pid = pair.pid("A");
        await waitForQuiet(pid, { timeoutMs: config.timeoutMs });
        const usage = await idleUsage(pid, config.idleCpuMs);
        results.add("4c", tool, usage.percent);
        results.add("4d", tool, usage.rssKiB);
      }
    });
  }
}
