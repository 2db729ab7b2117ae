// Workload 2: small edits in the middle of a large file already on both sides: one
// byte overwritten in place, and separately 4 KiB inserted (written as a new file
// and renamed over the old one, the way editors save). Bytes on the wire and time.
import { randomBytes } from "node:crypto";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Tool } from "../config.js";
import type { SyncPair } from "../peers/types.js";
import {
  assertSame,
  insertBytes,
  overwriteByte,
  readByte,
  writeRandomFile,
} from "../support/files.js";
import { KiB, MiB } from "../support/stats.js";
import { sleep } from "../support/wait.js";
import { closePair, openPair, rounds, settle, type BenchContext } from "./context.js";

const FILE = "edit.bin";
/** Product goal (src/engine/chunking/README.md). */
const TARGET = "≤ 128 KiB";

interface EditState {
  pair: SyncPair;
  file: string;
  /** The byte in the middle before any edit. */
  original: number;
}

export async function edits(ctx: BenchContext): Promise<void> {
  const { config, results } = ctx;
  const size = config.bigFileBytes;
  const insert = config.editInsertBytes;
  const of = `of a ${size / MiB} MiB file`;
  const middle = Math.floor(size / 2);
  results.define("2a", `1 byte overwritten in the middle ${of}: bytes on the wire`, "bytes", {
    target: TARGET,
  });
  results.define("2b", "↳ time until B has it", "ms");
  results.define("2c", "↳ Cirrus chunk payload (the client's bytesSent)", "bytes");
  results.define(
    "2d",
    `${insert / KiB} KiB inserted in the middle ${of}: bytes on the wire`,
    "bytes",
    { target: TARGET },
  );
  results.define("2e", "↳ time until B has it", "ms");
  results.define("2f", "↳ Cirrus chunk payload (the client's bytesSent)", "bytes");

  const measure = async (
    tool: Tool,
    state: EditState,
    edit: () => Promise<void>,
    ids: [string, string, string],
  ) => {
    const { pair } = state;
    // A new mtime second: rsync's quick check compares whole seconds here.
    await sleep(1100);
    await edit();
    pair.proxy.reset();
    const done = await pair.propagate({ changed: [FILE], totalFiles: 1 }, config.timeoutMs);
    await settle(ctx);
    results.add(ids[0], tool, pair.proxy.total, done.timedOut);
    results.add(ids[1], tool, done.ms, done.timedOut);
    if (done.payload.sentByA !== undefined) results.add(ids[2], tool, done.payload.sentByA);
    if (done.payload.wireA !== undefined) {
      ctx.log(
        `  cirrus: A ${done.payload.wireA} B on the wire in ${(done.parts.uploadMs ?? 0).toFixed(0)} ms, ` +
          `B ${done.payload.wireB ?? 0} B in ${(done.parts.downloadMs ?? 0).toFixed(0)} ms`,
      );
    }
    if (!done.timedOut) await assertSame(pair.dirA, pair.dirB, [FILE], tool);
    return done;
  };

  ctx.log(`2 edits ${of}`);
  const states = await rounds<EditState>(ctx, "2 overwrite", ["2a", "2b", "2d", "2e"], {
    async open(tool) {
      const pair = await openPair(ctx, tool, "edits");
      try {
        const file = path.join(pair.dirA, FILE);
        await writeRandomFile(file, size);
        const first = await pair.propagate({ changed: [FILE], totalFiles: 1 }, config.timeoutMs);
        if (first.timedOut) throw new Error("the base file did not reach B in time");
        return { pair, file, original: await readByte(file, middle) };
      } catch (error) {
        await closePair(ctx, pair);
        throw error;
      }
    },
    // A value no earlier version had, so no tool can reuse an old block for it.
    sample: (tool, state, run) =>
      measure(tool, state, () => overwriteByte(state.file, middle, state.original + run + 1), [
        "2a",
        "2b",
        "2c",
      ]),
  });
  try {
    await rounds<EditState>({ ...ctx, tools: [...states.keys()] }, "2 insert", ["2d", "2e"], {
      open: (tool) => Promise.resolve(states.get(tool) as EditState),
      async sample(tool, state) {
        const scratch = path.join(state.pair.work, "scratch");
        await mkdir(scratch, { recursive: true });
        const current = (await stat(state.file)).size;
        return measure(
          tool,
          state,
          () => insertBytes(state.file, Math.floor(current / 2), randomBytes(insert), scratch),
          ["2d", "2e", "2f"],
        );
      },
    });
  } finally {
    for (const state of states.values()) await closePair(ctx, state.pair);
  }
}
