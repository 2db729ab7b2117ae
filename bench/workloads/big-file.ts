// Workload 1: a new large file on A, until B has it byte for byte.
import path from "node:path";
import { CirrusPair } from "../peers/cirrus.js";
import { RsyncPair } from "../peers/rsync.js";
import type { SyncPair } from "../peers/types.js";
import { assertSame, writeRandomFile } from "../support/files.js";
import { MiB } from "../support/stats.js";
import { closePair, forTool, openPair, repeat, settle, type BenchContext } from "./context.js";

export async function bigFile(ctx: BenchContext): Promise<void> {
  const { config, results } = ctx;
  const size = config.bigFileBytes;
  const name = `new ${size / MiB} MiB file A→B`;
  results.define("1", `${name}: time until B has it`, "ms");
  results.define("1a", "↳ Cirrus upload half (A `sync --once`)", "ms");
  results.define("1b", "↳ Cirrus download half (B `sync --once`)", "ms");
  results.define("1c", "↳ rsync local copy `rsync -a A/ C/` (no daemon)", "ms");
  results.define("1d", `${name}: bytes on the wire`, "bytes");
  for (const tool of ctx.tools) {
    ctx.log(`1 ${name}: ${tool}`);
    await forTool(ctx, tool, ["1", "1d"], async () => {
      let pair: SyncPair | null = null;
      try {
        pair = await openPair(ctx, tool, "big-file");
        const p = pair;
        await repeat(ctx, `1 ${tool}`, async (run) => {
          const rel = `big-${run}.bin`;
          await writeRandomFile(path.join(p.dirA, rel), size);
          p.proxy.reset();
          const done = await p.propagate({ changed: [rel], totalFiles: run + 1 }, config.timeoutMs);
          await settle(ctx);
          results.add("1", tool, done.ms, done.timedOut);
          results.add("1d", tool, p.proxy.total, done.timedOut);
          if (done.parts.uploadMs !== undefined) results.add("1a", tool, done.parts.uploadMs);
          if (done.parts.downloadMs !== undefined)
            results.add("1b", tool, done.parts.downloadMs, done.timedOut);
          if (!done.timedOut) await assertSame(p.dirA, p.dirB, [rel], tool);
          if (p instanceof RsyncPair) {
            results.add("1c", tool, (await p.localCopy(path.join(p.work, "C"))).ms);
          }
          return done;
        });
        if (!(p instanceof CirrusPair)) {
          results.note("1a", tool, "n/a");
          results.note("1b", tool, "n/a");
        }
      } finally {
        await closePair(ctx, pair);
      }
    });
  }
}
