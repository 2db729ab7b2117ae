// What every workload gets: the settings, the results, the tools present, and the
// helpers to open pairs, repeat measurements and keep one tool's failure local.
import { rm } from "node:fs/promises";
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

/** Stops the pair's processes and removes its files (unless BENCH_KEEP=1). */
export async function closePair(ctx: BenchContext, pair: SyncPair | null): Promise<void> {
  if (!pair) return;
  await pair.close();
  if (!ctx.config.keepTemp) await rm(pair.work, { recursive: true, force: true });
}

/**
 * Runs `measure` up to `config.runs` times, fewer when the runs so far already took
 * `config.budgetMs` (long workloads: one or two samples are enough to read them).
 */
export async function repeat<T extends { ms: number }>(
  ctx: BenchContext,
  what: string,
  measure: (run: number) => Promise<T>,
  runs = ctx.config.runs,
): Promise<T[]> {
  const out: T[] = [];
  let spent = 0;
  for (let run = 0; run < runs; run++) {
    const sample = await measure(run);
    out.push(sample);
    spent += sample.ms;
    ctx.log(`  ${what}: run ${run + 1}: ${(sample.ms / 1000).toFixed(2)} s`);
    if ((sample as { timedOut?: boolean }).timedOut) break;
    if (ctx.config.budgetMs > 0 && spent >= ctx.config.budgetMs && run + 1 < runs) {
      ctx.log(`  ${what}: ${(spent / 1000).toFixed(0)} s spent, stopping after ${run + 1} run(s)`);
      break;
    }
  }
  return out;
}

/** Runs one tool's part of a workload; a failure marks its cells and the rest goes on. */
export async function forTool(
  ctx: BenchContext,
  tool: Tool,
  rowIds: readonly string[],
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ctx.log(`  ${tool}: FAILED: ${message}`);
    for (const id of rowIds) ctx.results.error(id, tool, message);
  }
}

/** How long to wait after an operation before the byte counters are read. */
export function settle(ctx: BenchContext): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ctx.config.settleMs));
}
