// Workloads 1 and 2, Cirrus as people run it: both clients running (`cirrus sync`:
// watcher and push channel), the new file or the edit made on A, the clock stopped when
// B's file has it. Workload 2's own Cirrus figures start two `sync --once` processes
// per edit (start-up included), while Syncthing's daemons are already running there;
// these rows compare like with like. Row 2r: the big file renamed on A (and back), until
// B has it under the new name: a rename is sent as a move, and nothing is read again.
import { randomBytes } from "node:crypto";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { CirrusPair } from "../peers/cirrus.js";
import {
  assertSame,
  hasSize,
  insertBytes,
  overwriteByte,
  readByte,
  writeRandomFile,
} from "../support/files.js";
import { KiB, MiB } from "../support/stats.js";
import { sleep, waitFor } from "../support/wait.js";
import { closePair, forTool, openPair, type BenchContext } from "./context.js";

const FILE = "edit.bin";
/** Quiet time between samples, so each edit is its own sync. */
const PAUSE_MS = 1500;

export async function editsLive(ctx: BenchContext): Promise<void> {
  const { config, results } = ctx;
  if (!ctx.tools.includes("cirrus")) return;
  const size = config.bigFileBytes;
  const middle = Math.floor(size / 2);
  const of = `of a ${size / MiB} MiB file`;
  results.define("2g", `1 byte overwritten ${of}, both clients running: time until B has it`, "ms");
  results.define(
    "2h",
    `${config.editInsertBytes / KiB} KiB inserted ${of}, both clients running: time until B has it`,
    "ms",
  );
  results.define(
    "2r",
    `the ${size / MiB} MiB file renamed, both clients running: time until B has it`,
    "ms",
  );
  results.define(
    "1l",
    `new ${size / MiB} MiB file A→B, both clients running: time until B has it`,
    "ms",
  );
  ctx.log("1 and 2 with running clients: cirrus");
  await forTool(ctx, "cirrus", ["1l", "2g", "2h", "2r"], async () => {
    const pair = await openPair(ctx, "cirrus", "edits-live");
    if (!(pair instanceof CirrusPair)) throw new Error("expected a Cirrus pair");
    try {
      const fileA = path.join(pair.dirA, FILE);
      const fileB = path.join(pair.dirB, FILE);
      await writeRandomFile(fileA, size);
      const first = await pair.propagate({ changed: [FILE], totalFiles: 1 }, config.timeoutMs);
      if (first.timedOut) throw new Error("the base file did not reach B in time");
      pair.startContinuous("A");
      pair.startContinuous("B");
      await sleep(3000); // Both up, connected and idle.
      const scratch = path.join(pair.work, "scratch");
      await mkdir(scratch, { recursive: true });
      const original = await readByte(fileA, middle);
      await pair.controlReady("A");
      for (let run = 0; run < config.runs; run++) {
        // A new file, written while A is paused so the clock starts with it on disk.
        const fresh = `new-${run}.bin`;
        await pair.control("A", "pause");
        await writeRandomFile(path.join(pair.dirA, fresh), size);
        const tNew = performance.now();
        await pair.control("A", "resume");
        await waitFor("the new file on B", () => hasSize(path.join(pair.dirB, fresh), size), {
          timeoutMs: config.timeoutMs,
          intervalMs: 5,
        });
        results.add("1l", "cirrus", performance.now() - tNew);
        await sleep(PAUSE_MS);
        await assertSame(pair.dirA, pair.dirB, [fresh], "cirrus");

        const value = (original + run + 1) % 256;
        const t0 = performance.now();
        await overwriteByte(fileA, middle, value);
        await waitFor("the overwrite on B", async () => (await readByte(fileB, middle)) === value, {
          timeoutMs: config.timeoutMs,
          intervalMs: 5,
        });
        results.add("2g", "cirrus", performance.now() - t0);
        await sleep(PAUSE_MS);
        await assertSame(pair.dirA, pair.dirB, [FILE], "cirrus");

        const grown = (await stat(fileA)).size + config.editInsertBytes;
        // Written beside the folder, then renamed in: the clock starts once it is on A.
        await insertBytes(fileA, middle, randomBytes(config.editInsertBytes), scratch);
        const t1 = performance.now();
        await waitFor("the insert on B", () => hasSize(fileB, grown), {
          timeoutMs: config.timeoutMs,
          intervalMs: 5,
        });
        results.add("2h", "cirrus", performance.now() - t1);
        await sleep(PAUSE_MS);
        await assertSame(pair.dirA, pair.dirB, [FILE], "cirrus");

        // Renamed, then back: two samples, and the next run edits the file by its name.
        for (const [from, to] of [
          [FILE, `renamed-${run}.bin`],
          [`renamed-${run}.bin`, FILE],
        ]) {
          const t2 = performance.now();
          await rename(path.join(pair.dirA, from as string), path.join(pair.dirA, to as string));
          await waitFor(
            "the rename on B",
            async () =>
              (await hasSize(path.join(pair.dirB, to as string), grown)) &&
              !(await hasSize(path.join(pair.dirB, from as string), grown)),
            { timeoutMs: config.timeoutMs, intervalMs: 5 },
          );
          results.add("2r", "cirrus", performance.now() - t2);
          await sleep(PAUSE_MS);
        }
        await assertSame(pair.dirA, pair.dirB, [FILE], "cirrus");
      }
    } finally {
      await closePair(ctx, pair);
    }
  });
}
