// Workload 3: many small new files on A, until B has them all. Every run starts from
// fresh, empty sides, so the last pair of each tool holds exactly `count` files: the
// restart workload (4) goes on from there.
import { RsyncPair } from "../peers/rsync.js";
import type { SyncPair } from "../peers/types.js";
import type { ManyFilesSpec, Tool } from "../config.js";
import { assertSame, writeManyFiles } from "../support/files.js";
import { formatValue } from "../support/stats.js";
import { closePair, forTool, openPair, repeat, settle, type BenchContext } from "./context.js";

export const manyLabel = (spec: ManyFilesSpec): string =>
  `${spec.count.toLocaleString("en-US")} files of ${formatValue(spec.size, "bytes").replace(".0 ", " ")}`;

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
    if (options.record) {
      results.define(id, `${label}: time until B has all`, "ms");
      results.define(`${id}u`, "↳ Cirrus upload half (A `sync --once`)", "ms");
      results.define(`${id}d`, "↳ Cirrus download half (B `sync --once`)", "ms");
      if (spec.count <= 10_000) {
        results.define(
          `${id}f`,
          "↳ rsync --fsync (fsync per file, as Cirrus and Syncthing do)",
          "ms",
        );
      }
      results.define(`${id}w`, `${label}: bytes on the wire`, "bytes");
    }
    for (const tool of ctx.tools) {
      ctx.log(`${id} ${label}: ${tool}`);
      await forTool(ctx, tool, options.record ? [id, `${id}w`] : [], async () => {
        // Assigned inside the measuring callback: a holder keeps TypeScript's narrowing honest.
        const current: { pair: SyncPair | null } = { pair: null };
        try {
          await repeat(
            ctx,
            `${id} ${tool}`,
            async () => {
              await closePair(ctx, current.pair);
              current.pair = null;
              const p = await openPair(ctx, tool, `files-${spec.count}`);
              current.pair = p;
              const rels = await writeManyFiles(p.dirA, "many", spec.count, spec.size);
              p.proxy.reset();
              const done = await p.propagate(
                { changed: [], totalFiles: spec.count },
                config.timeoutMs,
              );
              await settle(ctx);
              if (options.record) {
                results.add(id, tool, done.ms, done.timedOut);
                results.add(`${id}w`, tool, p.proxy.total, done.timedOut);
                if (done.parts.uploadMs !== undefined)
                  results.add(`${id}u`, tool, done.parts.uploadMs);
                if (done.parts.downloadMs !== undefined) {
                  results.add(`${id}d`, tool, done.parts.downloadMs, done.timedOut);
                }
              }
              if (!done.timedOut) await assertSame(p.dirA, p.dirB, rels, tool);
              if (options.record && p instanceof RsyncPair && spec.count <= 10_000) {
                const synced = await p.push(config.timeoutMs, true);
                results.add(`${id}f`, tool, synced.ms, synced.timedOut);
              }
              return done;
            },
            options.record ? config.runs : 1,
          );
        } catch (error) {
          await closePair(ctx, current.pair);
          throw error;
        }
        if (options.record && tool !== "cirrus") {
          results.note(`${id}u`, tool, "n/a");
          results.note(`${id}d`, tool, "n/a");
        }
        if (last && options.keep && current.pair) kept.set(tool, current.pair);
        else await closePair(ctx, current.pair);
      });
    }
  }
  return kept;
}
