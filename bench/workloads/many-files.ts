// Workload 3: many small new files on A, until B has them all. Every run starts from
// fresh, empty sides, so the last pair of each tool holds exactly `count` files: the
// restart workload (4) goes on from there.
import type { ManyFilesSpec, Tool } from "../config.js";
import { RsyncPair } from "../peers/rsync.js";
import type { SyncPair } from "../peers/types.js";
import { assertSame, writeManyFiles } from "../support/files.js";
import { formatValue } from "../support/stats.js";
import { closePair, openPair, rounds, settle, type BenchContext } from "./context.js";

export const manyLabel = (spec: ManyFilesSpec): string =>
  `${spec.count.toLocaleString("en-US")} files of ${formatValue(spec.size, "bytes").replace(".0 ", " ")}`;

/** The pair of a tool's latest run (a holder: runs replace it). */
interface Latest {
  pair: SyncPair | null;
}

/**
 * Measures each spec; returns, per tool, the pair of the last spec's last run (for
 * workload 4) when `keep` is set. `record: false` only prepares that state.
 */
export async function manyFiles(
  ctx: BenchContext,
  specs: readonly ManyFilesSpec[],
  options: { keep: boolean; record: boolean },
): Promise<Map<Tool, SyncPair>> {
  const kept = new Map<Tool, SyncPair>();
  const { config, results } = ctx;
  for (const [index, spec] of specs.entries()) {
    const last = index === specs.length - 1;
    const id = spec.id;
    const label = `${manyLabel(spec)} A→B`;
    const withFsync = options.record && spec.count <= 10_000;
    if (options.record) {
      results.define(id, `${label}: time until B has all`, "ms");
      results.define(`${id}u`, "↳ Cirrus upload half (A `sync --once`)", "ms");
      results.define(`${id}d`, "↳ Cirrus download half (B `sync --once`)", "ms");
      if (withFsync) {
        results.define(`${id}f`, "↳ rsync --fsync (one fsync per file, like the others)", "ms");
      }
      results.define(`${id}w`, `${label}: bytes on the wire`, "bytes");
    }
    ctx.log(`${id} ${label}`);
    const latest = await rounds<Latest>(ctx, id, options.record ? [id, `${id}w`] : [], {
      open: () => Promise.resolve({ pair: null }),
      async sample(tool, holder, run) {
        await closePair(ctx, holder.pair);
        holder.pair = null;
        const pair = await openPair(ctx, tool, `files-${spec.count}`);
        holder.pair = pair;
        const rels = await writeManyFiles(pair.dirA, "many", spec.count, spec.size);
        pair.proxy.reset();
        const done = await pair.propagate(
          { changed: [], totalFiles: spec.count },
          config.timeoutMs,
        );
        await settle(ctx);
        if (options.record) {
          results.add(id, tool, done.ms, done.timedOut);
          results.add(`${id}w`, tool, pair.proxy.total, done.timedOut);
          if (done.parts.uploadMs !== undefined) results.add(`${id}u`, tool, done.parts.uploadMs);
          if (done.parts.downloadMs !== undefined) {
            results.add(`${id}d`, tool, done.parts.downloadMs, done.timedOut);
          }
        }
        if (!done.timedOut) await assertSame(pair.dirA, pair.dirB, rels, tool);
        // Once: it only shows what fsync costs on this disk.
        if (withFsync && pair instanceof RsyncPair && run === 0) {
          const synced = await pair.push(config.timeoutMs, true);
          results.add(`${id}f`, tool, synced.ms, synced.timedOut);
        }
        return done;
      },
      runs: options.record ? config.runs : 1,
    });
    for (const [tool, holder] of latest) {
      if (last && options.keep && holder.pair) kept.set(tool, holder.pair);
      else await closePair(ctx, holder.pair);
    }
  }
  return kept;
}
