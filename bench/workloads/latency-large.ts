// Workload 4e/4f: workload 5's 1 KiB file through the watcher, but in the folder of
// workload 4 (the many-files state, in sync on both sides): how a change travels when
// the folder is large. Rows 4j/4k: a new folder of 10 such files, made beside the
// folder and moved in whole, as a folder copied or moved in from elsewhere arrives.
// Rows 4l/4m: each of those folders renamed in place, until B has it under its new
// name (and not the old one). Rows 4n/4o: each of them deleted, until gone on B.
// Both sides run continuously (Cirrus: `cirrus sync` on A and B; Syncthing: A as
// workload 4 restarted it, with its watcher and default delay, and B).
import { randomBytes } from "node:crypto";
import { access, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tool } from "../config.js";
import { CirrusPair } from "../peers/cirrus.js";
import { SyncthingPair } from "../peers/syncthing.js";
import type { SyncPair } from "../peers/types.js";
import { hasSize } from "../support/files.js";
import { waitForQuiet } from "../support/proc.js";
import { sleep, waitFor } from "../support/wait.js";
import { forTool, type BenchContext } from "./context.js";
import { latencySample } from "./latency.js";

/** Samples per tool (Syncthing's each take its watcher's 10 s delay). */
const SAMPLES = 3;
const PAUSE_MS = 700;
/** Files in each new folder of rows 4j/4k. */
const FOLDER_FILES = 10;
const SAMPLE_TIMEOUT_MS = 120_000;

/**
 * Make a folder of FOLDER_FILES files of `size` beside A's folder, move it into A;
 * ms until B holds every file whole (checked).
 */
async function newFolderSample(pair: SyncPair, name: string, size: number): Promise<number> {
  const staged = path.join(pair.work, `staged-${name}`);
  await mkdir(staged);
  const files = Array.from({ length: FOLDER_FILES }, (_, i) => ({
    name: `f${i}.bin`,
    data: randomBytes(size),
  }));
  for (const file of files) await writeFile(path.join(staged, file.name), file.data);
  const t0 = performance.now();
  await rename(staged, path.join(pair.dirA, name));
  const onB = (file: { name: string }) => path.join(pair.dirB, name, file.name);
  await waitFor(
    `${name} on B`,
    async () => (await Promise.all(files.map((f) => hasSize(onB(f), size)))).every(Boolean),
    { timeoutMs: SAMPLE_TIMEOUT_MS, intervalMs: 5 },
  );
  const ms = performance.now() - t0;
  for (const file of files) {
    if (!(await readFile(onB(file))).equals(file.data)) throw new Error(`${name} differs on B`);
  }
  return ms;
}

const absent = (file: string) =>
  access(file).then(
    () => false,
    () => true,
  );

/** Delete A's folder `name`; ms until B has it no more. */
async function deleteFolderSample(pair: SyncPair, name: string): Promise<number> {
  const t0 = performance.now();
  await rm(path.join(pair.dirA, name), { recursive: true });
  await waitFor(`${name} gone from B`, () => absent(path.join(pair.dirB, name)), {
    timeoutMs: SAMPLE_TIMEOUT_MS,
    intervalMs: 5,
  });
  return performance.now() - t0;
}

/** Rename A's folder `from` to `to`; ms until B has its files there, and not at `from`. */
async function renameFolderSample(pair: SyncPair, from: string, to: string): Promise<number> {
  const names = Array.from({ length: FOLDER_FILES }, (_, i) => `f${i}.bin`);
  const data = await Promise.all(names.map((n) => readFile(path.join(pair.dirA, from, n))));
  const t0 = performance.now();
  await rename(path.join(pair.dirA, from), path.join(pair.dirA, to));
  const onB = (name: string) => path.join(pair.dirB, to, name);
  const gone = () => absent(path.join(pair.dirB, from));
  await waitFor(
    `${to} on B`,
    async () =>
      (await gone()) &&
      (await Promise.all(names.map((n, i) => hasSize(onB(n), (data[i] as Buffer).length)))).every(
        Boolean,
      ),
    { timeoutMs: SAMPLE_TIMEOUT_MS, intervalMs: 5 },
  );
  const ms = performance.now() - t0;
  for (const [i, name] of names.entries()) {
    if (!(await readFile(onB(name))).equals(data[i] as Buffer)) throw new Error(`${to} differs`);
  }
  return ms;
}

export async function latencyLarge(
  ctx: BenchContext,
  pairs: ReadonlyMap<Tool, SyncPair>,
  files: number,
): Promise<void> {
  const { config, results } = ctx;
  const what = `${config.latencyFileBytes / 1024} KiB file A→B through the watcher, ${files.toLocaleString("en-US")} files in the folder`;
  results.define("4e", `${what}, median of ${SAMPLES}`, "ms");
  results.define("4f", `${what}, max of ${SAMPLES}`, "ms", { stat: "max" });
  const folder = `new folder of ${FOLDER_FILES} such files moved into A, the same folder`;
  results.define("4j", `${folder}: time until B has them, median of ${SAMPLES}`, "ms");
  results.define("4k", `↳ max of ${SAMPLES}`, "ms", { stat: "max" });
  const renamed = `each of those folders renamed on A, the same folder`;
  results.define("4l", `${renamed}: time until B has it renamed, median of ${SAMPLES}`, "ms");
  results.define("4m", `↳ max of ${SAMPLES}`, "ms", { stat: "max" });
  const deleted = `each of those folders deleted on A, the same folder`;
  results.define("4n", `${deleted}: time until it is gone from B, median of ${SAMPLES}`, "ms");
  results.define("4o", `↳ max of ${SAMPLES}`, "ms", { stat: "max" });
  const ids = ["4e", "4f", "4j", "4k", "4l", "4m", "4n", "4o"];
  for (const tool of ctx.tools) {
    const pair = pairs.get(tool);
    if (!(pair instanceof CirrusPair) && !(pair instanceof SyncthingPair)) {
      for (const id of ids) results.note(id, tool, "no watcher");
      continue;
    }
    ctx.log(`4 latency with ${files} files: ${tool}`);
    await forTool(ctx, tool, ids, async () => {
      const sides =
        pair instanceof CirrusPair ? [pair.startContinuous("A"), pair.startContinuous("B")] : [];
      try {
        if (pair instanceof CirrusPair) {
          // Both sides' first rounds (a walk each, the state being in sync) done.
          for (const side of sides) await waitForQuiet(side.pid, { timeoutMs: config.timeoutMs });
        } else {
          await waitForQuiet(pair.pid("A"), { timeoutMs: config.timeoutMs });
        }
        const samples: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          samples.push(
            await latencySample(pair, `large-latency-${i}.bin`, config.latencyFileBytes),
          );
          await sleep(PAUSE_MS);
        }
        const folders: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          folders.push(
            await newFolderSample(pair, `large-new-folder-${i}`, config.latencyFileBytes),
          );
          await sleep(PAUSE_MS);
        }
        const renames: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          renames.push(
            await renameFolderSample(pair, `large-new-folder-${i}`, `large-renamed-${i}`),
          );
          await sleep(PAUSE_MS);
        }
        const deletes: number[] = [];
        for (let i = 0; i < SAMPLES; i++) {
          deletes.push(await deleteFolderSample(pair, `large-renamed-${i}`));
          await sleep(PAUSE_MS);
        }
        const list = (values: number[]) => values.map((s) => s.toFixed(0)).join(" ");
        ctx.log(
          `  ${tool}: ${list(samples)} ms; new folders ${list(folders)} ms; renamed ${list(renames)} ms; deleted ${list(deletes)} ms`,
        );
        // Each row pair: the median and the max of the same samples.
        const rows: [string, string, number[]][] = [
          ["4e", "4f", samples],
          ["4j", "4k", folders],
          ["4l", "4m", renames],
          ["4n", "4o", deletes],
        ];
        for (const [median, max, values] of rows) {
          for (const value of values) {
            results.add(median, tool, value);
            results.add(max, tool, value);
          }
        }
      } finally {
        // The clients started here stop here, once done (a follow-up round cut short
        // would leave the next run a round over everything): 4g needs A stopped.
        if (pair instanceof CirrusPair) {
          for (const side of sides) {
            await waitForQuiet(side.pid, { timeoutMs: config.timeoutMs }).catch(() => undefined);
          }
          await pair.stopContinuous();
        }
      }
    });
  }
}
