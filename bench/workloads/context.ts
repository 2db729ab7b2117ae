// What every workload gets: the settings, the results, the tools present, and the
// helpers to open pairs, interleave measurements and keep one tool's failure local.
import type { BenchConfig, Tool } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import { RsyncPair } from "../peers/rsync.js";
import { SyncthingPair, type SyncthingOptions } from "../peers/syncthing.js";
import type { SyncPair } from "../peers/types.js";
import type { Results } from "../report.js";
import { tempDir } from "../support/temp.js";

export interface BenchContext {
  config: BenchConfig;
  results: Results;
  /** Tools that are installed and selected. */
  tools: readonly Tool[];
  log: (message: string) => void;
}

/** Syncthing without its watcher: changes are found by a rescan the benchmark asks for. */
export const RESCAN_ONLY: SyncthingOptions = { watcher: false, watcherDelayS: 10 };

export async function openPair(
  ctx: BenchContext,
  tool: Tool,
  name: string,
  syncthing: SyncthingOptions = RESCAN_ONLY,
): Promise<SyncPair> {
  const work = await tempDir(`${name}-${tool}`);
  switch (tool) {
    case "cirrus":
      return CirrusPair.open(work);
    case "syncthing":
      return SyncthingPair.open(work, syncthing);
    case "rsync":
      return RsyncPair.open(work);
  }
}

/**
 * Stops the pair's processes. Its files stay until the run ends (removeTempRoot):
 * on an ext4 without a journal, as here, new inodes are not allocated where many were
 * deleted in the last minutes (ext4's recently_deleted check), and creating a file
 * there costs a scan of those, up to a millisecond a file. Removing 100,000 files
 * between two runs would slow whichever tool ran next, not the one that made them.
 */
export async function closePair(_ctx: BenchContext, pair: SyncPair | null): Promise<void> {
  if (!pair) return;
  await pair.close();
}

/** Thrown by a measurement that is complete but should not be repeated. */
class StopRuns extends Error {}

/** Runs one tool's part of a workload; a failure marks its cells and the rest goes on. */
export async function forTool(
  ctx: BenchContext,
  tool: Tool,
  rowIds: readonly string[],
  work: () => Promise<void>,
): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (error instanceof StopRuns) return false;
    const message = error instanceof Error ? error.message : String(error);
    ctx.log(`  ${tool}: FAILED: ${message}`);
    for (const id of rowIds) ctx.results.error(id, tool, message);
    return false;
  }
}

export interface RoundHooks<S> {
  /** Prepares one tool (not timed). */
  open: (tool: Tool) => Promise<S>;
  /** One timed run; `ms` counts against the budget. */
  sample: (tool: Tool, state: S, run: number) => Promise<{ ms: number; timedOut: boolean }>;
  runs?: number;
}

/**
 * Opens every tool, then measures run 1 of each, run 2 of each, and so on (starting
 * with a different tool each time), so a busy moment on the machine hits all tools
 * alike. A tool stops repeating once its runs took `config.budgetMs` in total (one or
 * two samples are enough to read a long workload), after a timeout, or on a failure.
 * Returns the states of the tools that opened; the caller closes them.
 */
export async function rounds<S>(
  ctx: BenchContext,
  what: string,
  rowIds: readonly string[],
  hooks: RoundHooks<S>,
): Promise<Map<Tool, S>> {
  const states = new Map<Tool, S>();
  for (const tool of ctx.tools) {
    await forTool(ctx, tool, rowIds, async () => {
      states.set(tool, await hooks.open(tool));
    });
  }
  const active = [...states.keys()];
  const spent = new Map<Tool, number>();
  const runs = hooks.runs ?? ctx.config.runs;
  for (let run = 0; run < runs && active.length > 0; run++) {
    const order = active.map((_, i) => active[(i + run) % active.length] as Tool);
    for (const tool of order) {
      const ok = await forTool(ctx, tool, rowIds, async () => {
        const sample = await hooks.sample(tool, states.get(tool) as S, run);
        const total = (spent.get(tool) ?? 0) + sample.ms;
        spent.set(tool, total);
        ctx.log(`  ${what} ${tool}: run ${run + 1}: ${(sample.ms / 1000).toFixed(2)} s`);
        if (sample.timedOut) throw new StopRuns();
        if (ctx.config.budgetMs > 0 && total >= ctx.config.budgetMs && run + 1 < runs) {
          ctx.log(`  ${what} ${tool}: ${(total / 1000).toFixed(0)} s spent, no more runs`);
          throw new StopRuns();
        }
      });
      if (!ok) active.splice(active.indexOf(tool), 1);
    }
  }
  return states;
}

/** How long to wait after an operation before the byte counters are read. */
export function settle(ctx: BenchContext): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ctx.config.settleMs));
}
