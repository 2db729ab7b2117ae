// Workload 1: a new large file on A, until B has it byte for byte.
import path from "node:path";
import { RsyncPair } from "../peers/rsync.js";
import type { SyncPair } from "../peers/types.js";
import { assertSame, writeRandomFile } from "../support/files.js";
import { MiB } from "../support/stats.js";
import { closePair, openPair, rounds, settle, type BenchContext } from "./context.js";

export async function bigFile(ctx: BenchContext): Promise<void> {
  const { config, results } = ctx;
  const size = config.bigFileBytes;
  const name = `new ${size / MiB} MiB file A→B`;
  results.define("1", `${name}: time until B has it`, "ms");
  results.define("1a", "↳ Cirrus upload half (A `sync --once`)", "ms");
  results.define("1b", "↳ Cirrus download half (B `sync --once`)", "ms");
  results.define("1c", "↳ rsync local copy `rsync -a A/ C/` (no daemon)", "ms");
  results.define("1d", `${name}: bytes on the wire`, "bytes");
  ctx.log(`1 ${name}`);
  const pairs = await rounds<SyncPair>(ctx, "1", ["1", "1d"], {
    open: (tool) => openPair(ctx, tool, "big-file"),
    async sample(tool, pair, run) {
      const rel = `big-${run}.bin`;
      await writeRandomFile(path.join(pair.dirA, rel), size);
      pair.proxy.reset();
      const done = await pair.propagate({ changed: [rel], totalFiles: run + 1 }, config.timeoutMs);
      await settle(ctx);
      results.add("1", tool, done.ms, done.timedOut);
      results.add("1d", tool, pair.proxy.total, done.timedOut);
      if (done.parts.uploadMs !== undefined) results.add("1a", tool, done.parts.uploadMs);
      if (done.parts.downloadMs !== undefined) {
        results.add("1b", tool, done.parts.downloadMs, done.timedOut);
      }
      if (!done.timedOut) await assertSame(pair.dirA, pair.dirB, [rel], tool);
      if (pair instanceof RsyncPair) {
        results.add("1c", tool, (await pair.localCopy(path.join(pair.work, "C"))).ms);
      }
      return done;
    },
  });
  for (const pair of pairs.values()) await closePair(ctx, pair);
}
