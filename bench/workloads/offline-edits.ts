// Workload 4g: with the many-files state of workload 3 in sync, files rewritten on A
// while its client was not running, in a few folders of the large folder: time from
// the client's start until B has them. Cirrus: `sync --once` on A, then on B (its
// start walks the folder and finds which folders differ from what it recorded);
// Syncthing: A stopped while the files change, clock from its restart (its start scan)
// until B's database holds them; rsync: one transfer.
import path from "node:path";
import type { Tool } from "../config.js";
import { SyncthingPair } from "../peers/syncthing.js";
import type { Expectation, Propagation, SyncPair } from "../peers/types.js";
import { assertSame, writeRandomFile } from "../support/files.js";
import { rounds, type BenchContext } from "./context.js";

/** Folders touched, and files rewritten in each (the many-files layout: 100 per folder). */
const FOLDERS = 5;
const FILES_PER_FOLDER = 2;
const PER_FOLDER = 100;
const FILE_BYTES = 1024;

/** The many-files paths rewritten in run `run`: spread over the folder, new each run. */
function editedPaths(files: number, run: number): string[] {
  const folders = Math.max(1, Math.floor(files / PER_FOLDER));
  const rels: string[] = [];
  for (let f = 0; f < FOLDERS; f++) {
    const folder = (f * Math.floor(folders / FOLDERS) + run * 7) % folders;
    for (let i = 0; i < FILES_PER_FOLDER; i++) {
      const index = folder * PER_FOLDER + ((run * FILES_PER_FOLDER + i) % PER_FOLDER);
      if (index >= files) continue;
      const name = `d${String(folder).padStart(4, "0")}/f${String(index).padStart(6, "0")}.bin`;
      rels.push(`many/${name}`);
    }
  }
  return rels;
}

export async function offlineEdits(
  ctx: BenchContext,
  pairs: ReadonlyMap<Tool, SyncPair>,
  files: number,
): Promise<void> {
  const { config, results } = ctx;
  const n = files.toLocaleString("en-US");
  const label = `${FOLDERS * FILES_PER_FOLDER} files rewritten in ${FOLDERS} folders while A was stopped, ${n} files: time until B has them`;
  results.define("4g", label, "ms");
  results.define("4h", "↳ Cirrus upload half (A `sync --once`)", "ms");
  results.define("4i", "↳ Cirrus download half (B `sync --once`)", "ms");
  ctx.log(`4g ${label}`);
  const tools = ctx.tools.filter((t) => pairs.has(t));
  await rounds<SyncPair>({ ...ctx, tools }, "4g offline edits", ["4g", "4h", "4i"], {
    open: (tool) => Promise.resolve(pairs.get(tool) as SyncPair),
    async sample(tool, pair, run) {
      const rels = editedPaths(files, run);
      const expect: Expectation = { changed: rels, totalFiles: files };
      if (pair instanceof SyncthingPair) await pair.stopSide("A");
      for (const rel of rels) await writeRandomFile(path.join(pair.dirA, rel), FILE_BYTES);
      let done: Pick<Propagation, "ms" | "timedOut" | "parts">;
      if (pair instanceof SyncthingPair) {
        const t0 = performance.now();
        await pair.restart("A");
        const caughtUp = await pair.caughtUp(expect, config.timeoutMs);
        done = { ms: performance.now() - t0, timedOut: !caughtUp, parts: {} };
      } else {
        done = await pair.propagate(expect, config.timeoutMs);
      }
      results.add("4g", tool, done.ms, done.timedOut);
      if (done.parts.uploadMs !== undefined) results.add("4h", tool, done.parts.uploadMs);
      if (done.parts.downloadMs !== undefined) results.add("4i", tool, done.parts.downloadMs);
      if (!done.timedOut) await assertSame(pair.dirA, pair.dirB, rels, tool);
      return done;
    },
  });
}
