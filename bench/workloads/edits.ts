// Workload 2: small edits in the middle of a large file already on both sides: one
// byte overwritten in place, and separately 4 KiB inserted (written as a new file
// and renamed over the old one, the way editors save). Bytes on the wire and time.
import { randomBytes } from "node:crypto";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { CirrusPair } from "../peers/cirrus.js";
import type { Propagation, SyncPair } from "../peers/types.js";
import {
  assertSame,
  insertBytes,
  overwriteByte,
  readByte,
  writeRandomFile,
} from "../support/files.js";
import { KiB, MiB } from "../support/stats.js";
import { sleep } from "../support/wait.js";
import { closePair, forTool, openPair, repeat, settle, type BenchContext } from "./context.js";

const FILE = "edit.bin";
/** Product goal (src/engine/chunking/README.md). */
const TARGET = "≤ 128 KiB";

export async function edits(ctx: BenchContext): Promise<void> {
  const { config, results } = ctx;
  const size = config.bigFileBytes;
  const insert = config.editInsertBytes;
  const of = `of a ${size / MiB} MiB file`;
  results.define("2a", `1 byte overwritten in the middle ${of}: bytes on the wire`, "bytes", {
    target: TARGET,
  });
  results.define("2b", "↳ time until B has it", "ms");
  results.define("2c", "↳ Cirrus chunk payload (client's bytesSent)", "bytes");
  results.define(
    "2d",
    `${insert / KiB} KiB inserted in the middle ${of}: bytes on the wire`,
    "bytes",
    {
      target: TARGET,
    },
  );
  results.define("2e", "↳ time until B has it", "ms");
  results.define("2f", "↳ Cirrus chunk payload (client's bytesSent)", "bytes");
  for (const tool of ctx.tools) {
    ctx.log(`2 edits ${of}: ${tool}`);
    await forTool(ctx, tool, ["2a", "2b", "2d", "2e"], async () => {
      let pair: SyncPair | null = null;
      try {
        pair = await openPair(ctx, tool, "edits");
        const p = pair;
        const file = path.join(p.dirA, FILE);
        await writeRandomFile(file, size);
        const first = await p.propagate({ changed: [FILE], totalFiles: 1 }, config.timeoutMs);
        if (first.timedOut) throw new Error("the base file did not reach B in time");
        const middle = Math.floor(size / 2);
        const original = await readByte(file, middle);
        const measure = async (edit: () => Promise<void>, ids: [string, string, string]) => {
          // A new mtime second: rsync's quick check compares whole seconds here.
          await sleep(1100);
          await edit();
          p.proxy.reset();
          const done = await p.propagate({ changed: [FILE], totalFiles: 1 }, config.timeoutMs);
          await settle(ctx);
          results.add(ids[0], tool, p.proxy.total, done.timedOut);
          results.add(ids[1], tool, done.ms, done.timedOut);
          if (done.payload.sentByA !== undefined) results.add(ids[2], tool, done.payload.sentByA);
          if (done.payload.wireA !== undefined) {
            ctx.log(
              `  A: ${done.payload.wireA} B on the wire in ${(done.parts.uploadMs ?? 0).toFixed(0)} ms, ` +
                `B: ${done.payload.wireB ?? 0} B in ${(done.parts.downloadMs ?? 0).toFixed(0)} ms`,
            );
          }
          if (!done.timedOut) await assertSame(p.dirA, p.dirB, [FILE], tool);
          return done;
        };
        await repeat(ctx, `2 overwrite ${tool}`, (run): Promise<Propagation> =>
          // A value no earlier version had, so no tool can reuse an old block for it.
          measure(() => overwriteByte(file, middle, original + run + 1), ["2a", "2b", "2c"]),
        );
        await repeat(ctx, `2 insert ${tool}`, async (): Promise<Propagation> => {
          const scratch = path.join(p.work, "scratch");
          await mkdir(scratch, { recursive: true });
          const current = (await stat(file)).size;
          return measure(
            () => insertBytes(file, Math.floor(current / 2), randomBytes(insert), scratch),
            ["2d", "2e", "2f"],
          );
        });
        if (!(p instanceof CirrusPair)) {
          results.note("2c", tool, "n/a");
          results.note("2f", tool, "n/a");
        }
      } finally {
        await closePair(ctx, pair);
      }
    });
  }
}
