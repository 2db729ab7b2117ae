import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { chunkFile, CONTENT_BACK_MAX, type FileChunks } from "./chunk-file.js";
import { ChunkerPool } from "./chunker-pool.js";
import { seededBytes } from "./seeded-bytes.js";
import { transpileTree } from "../../../test/support/compiled-tree.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cirrus-chunker-pool-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function makeFiles(count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `f${i}.bin`);
    await writeFile(path, seededBytes(100 + i, 20_000 + i * 37_000));
    paths.push(path);
  }
  return paths;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (err: unknown) => err,
  );
}

describe("ChunkerPool in-process (running from TypeScript sources)", () => {
  it("falls back to in-process because no compiled chunk-worker.js sits beside it", async () => {
    const pool = new ChunkerPool();
    expect(pool.mode).toBe("in-process");
    expect(pool.size).toBeGreaterThanOrEqual(1);
    expect(pool.size).toBeLessThanOrEqual(2);
    await pool.close();
  });

  it("chunks many files concurrently with the same results as chunkFile", async () => {
    const paths = await makeFiles(12);
    const pool = new ChunkerPool();
    try {
      const results = await Promise.all(paths.map((p) => pool.chunk(p)));
      for (const [i, path] of paths.entries()) expect(results[i]).toEqual(await chunkFile(path));
    } finally {
      await pool.close();
    }
  });

  it("splits a large file between two jobs (chunks, whole hash) with the same result", async () => {
    const big = join(dir, "big-split");
    await writeFile(big, seededBytes(9, 12 * 1024 * 1024));
    const pool = new ChunkerPool({ size: 2 });
    try {
      const split = await pool.chunk(big, 12 * 1024 * 1024);
      expect(split).toEqual(await chunkFile(big));
      expect(split.hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await pool.close();
    }
  });

  it("rejects a failing job without disturbing the others", async () => {
    const [good] = await makeFiles(1);
    const pool = new ChunkerPool({ size: 1 });
    try {
      const missing = pool.chunk(join(dir, "missing"));
      const ok = pool.chunk(good!);
      await expect(missing).rejects.toMatchObject({ code: "ENOENT" });
      await expect(ok).resolves.toMatchObject({ size: 20_000 });
    } finally {
      await pool.close();
    }
  });

  it("close() rejects queued and running jobs and refuses new ones", async () => {
    const paths = await makeFiles(6);
    const pool = new ChunkerPool({ size: 1 });
    const jobs = paths.map((p) => pool.chunk(p).catch((err: unknown) => err));
    await pool.close();
    for (const outcome of await Promise.all(jobs)) {
      expect(outcome).toBeInstanceOf(CirrusError);
      expect((outcome as CirrusError).code).toBe("unavailable");
    }
    await expect(pool.chunk(paths[0]!)).rejects.toMatchObject({ code: "unavailable" });
    await pool.close(); // idempotent
  });
});

// A stand-in worker speaking the pool's message protocol, so crashes are on cue.
// Its result carries the worker's threadId in `size` to show which thread ran a job.
const FAKE_WORKER = `
import { parentPort, threadId } from "node:worker_threads";
parentPort.on("message", (req) => {
  const outcomes = [];
  for (const name of req.paths) {
    if (name.startsWith("exit")) process.exit(3);
    if (name.startsWith("throw")) throw new Error("boom in worker");
    if (name.startsWith("hang")) return;
    if (name.startsWith("busy")) {
      outcomes.push({ ok: false,
        error: { kind: "cirrus", code: "file_busy", message: "busy " + name, detail: { path: name } } });
      continue;
    }
    outcomes.push({ ok: true, result: { size: threadId, hash: name, chunks: [], mtimeMs: 0, ino: 0 } });
  }
  setTimeout(() => parentPort.postMessage({ id: req.id, outcomes }), 5);
});
`;

describe("ChunkerPool with worker threads (scripted worker)", () => {
  let workerUrl: URL;
  beforeAll(async () => {
    const path = join(dir, "fake-worker.mjs");
    await writeFile(path, FAKE_WORKER);
    workerUrl = pathToFileURL(path);
  });

  it("reuses at most `size` workers for many jobs", async () => {
    const pool = new ChunkerPool({ size: 2, workerUrl });
    try {
      expect(pool.mode).toBe("worker");
      const names = Array.from({ length: 20 }, (_, i) => `job-${i}`);
      const results = await Promise.all(names.map((n) => pool.chunk(n)));
      expect(results.map((r) => r.hash)).toEqual(names);
      expect(new Set(results.map((r) => r.size)).size).toBe(2);
      expect(pool.liveWorkers).toBe(2);
    } finally {
      await pool.close();
    }
    expect(pool.liveWorkers).toBe(0);
  });

  it("rejects only the job whose worker died, and replaces the worker", async () => {
    const pool = new ChunkerPool({ size: 2, workerUrl });
    try {
      const names = ["a1", "exit-1", "a2", "throw-1", "a3", "a4", "exit-2", "a5"];
      const outcomes = await Promise.allSettled(names.map((n) => pool.chunk(n)));
      for (const [i, name] of names.entries()) {
        const outcome = outcomes[i]!;
        if (name.startsWith("a")) {
          expect(outcome).toEqual({
            status: "fulfilled",
            value: expect.objectContaining({ hash: name }) as unknown,
          });
        } else {
          expect(outcome.status).toBe("rejected");
          const err = (outcome as PromiseRejectedResult).reason as CirrusError;
          expect(err).toBeInstanceOf(CirrusError);
          expect(err.code).toBe("internal");
          expect(err.message).toContain(name);
          if (name.startsWith("throw")) expect(err.message).toContain("boom in worker");
        }
      }
      // Still at full strength after three deaths.
      const after = await Promise.all(["b1", "b2", "b3"].map((n) => pool.chunk(n)));
      expect(after.map((r) => r.hash)).toEqual(["b1", "b2", "b3"]);
      expect(pool.liveWorkers).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("carries CirrusError codes and details across the thread boundary", async () => {
    const pool = new ChunkerPool({ size: 1, workerUrl });
    try {
      const err = await rejectionOf(pool.chunk("busy-file"));
      expect(err).toBeInstanceOf(CirrusError);
      expect(err).toMatchObject({ code: "file_busy", detail: { path: "busy-file" } });
    } finally {
      await pool.close();
    }
  });

  it("close() rejects running and queued jobs and terminates every worker", async () => {
    const pool = new ChunkerPool({ size: 2, workerUrl });
    // Each worker takes several large files at once: enough hanging ones to fill both,
    // then one that has to wait in the queue. (Sizes above the small-file batch limit,
    // below the split size: one request per file.)
    const large = 2 * 1024 * 1024;
    const hanging = Array.from({ length: 8 }, (_, i) => `hang-${i}`);
    const jobs = [...hanging, "queued"].map((n) => rejectionOf(pool.chunk(n, large)));
    // Let both workers start and pick up their hanging jobs.
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.liveWorkers).toBe(2);
    await pool.close();
    expect(pool.liveWorkers).toBe(0);
    for (const err of await Promise.all(jobs)) {
      expect(err).toMatchObject({ code: "unavailable" });
    }
  });

  it("refuses an explicit worker file that does not exist", () => {
    expect(() => new ChunkerPool({ workerUrl: pathToFileURL(join(dir, "nope.js")) })).toThrow(
      /not found/,
    );
  });
});

// The production path: compiled JS, chunk-worker.js beside chunker-pool.js, plain
// Node without Vitest. The sources are transpiled into a scratch tree laid out like
// dist/ (src/engine/chunking, src/engine/env, src/shared), and a child node process
// drives the pool.
describe("ChunkerPool from compiled JavaScript", () => {
  const DRIVER = `
import fs from "node:fs";
import { ChunkerPool } from "./src/engine/chunking/chunker-pool.js";
import { CirrusError } from "./src/shared/errors.js";
const paths = JSON.parse(process.argv[2]);
const pool = new ChunkerPool();
// Small files come back with their bytes: base64 here, to cross JSON whole.
const plain = ({ bytes, ...rest }) => (bytes ? { ...rest, bytes: bytes.toString("base64") } : rest);
const results = await Promise.all(paths.map((p) => pool.chunk(p).then(
  (value) => ({ value: plain(value) }),
  (err) => ({ error: { code: err.code, cirrus: err instanceof CirrusError } }))));
const live = pool.liveWorkers;
await pool.close();
// Any file system but node:fs: no worker (it would read the real disk), reads through it.
const opened = [];
const promises = { ...fs.promises, open: (p, ...rest) => (opened.push(p), fs.promises.open(p, ...rest)) };
const injected = new ChunkerPool({ fs: { ...fs, promises } });
const again = plain(await injected.chunk(paths[0]));
await injected.close();
const other = { mode: injected.mode, live: injected.liveWorkers, opened, again };
console.log(JSON.stringify({ mode: pool.mode, size: pool.size, live, liveAfterClose: pool.liveWorkers, results, other }));
`;

  const OUTLET_DRIVER = `
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { ChunkerPool } from "./src/engine/chunking/chunker-pool.js";
import { parseFrames } from "./src/shared/chunk-framing.js";
const [path, skipped] = process.argv.slice(2);
const pool = new ChunkerPool({ size: 2 });
const emitted = [];
let wrong = 0;
let dealing = 0;
let most = 0;
const onBatch = async ({ chunks, body }) => {
  most = Math.max(most, ++dealing);
  parseFrames(body, 1 << 26).forEach((frame, i) => {
    const id = createHash("sha256").update(frame.data).digest("hex");
    if (frame.id !== chunks[i].id || id !== chunks[i].id) wrong++;
  });
  emitted.push(...chunks);
  await new Promise((resolve) => setTimeout(resolve, 60));
  dealing--;
};
const skip = JSON.parse(skipped);
const result = await pool.chunk(path, statSync(path).size, { outlet: { skip, onBatch } });
await pool.close();
console.log(JSON.stringify({ chunks: result.chunks, emitted, wrong, most }));
`;

  const PREVIOUS_DRIVER = `
import { readFileSync, statSync } from "node:fs";
import { ChunkerPool } from "./src/engine/chunking/chunker-pool.js";
const [path, previousFile, withOutlet] = process.argv.slice(2);
const previous = JSON.parse(readFileSync(previousFile, "utf8"));
const pool = new ChunkerPool({ size: 2 });
// As early upload asks: hand out the chunks, but none the previous version had.
const emitted = [];
const outlet = { skipPrevious: true, onBatch: async ({ chunks }) => { emitted.push(...chunks.map((c) => c.id)); } };
const result = await pool.chunk(path, statSync(path).size, { previous, ...(withOutlet ? { outlet } : {}) });
await pool.close();
console.log(JSON.stringify({ hash: result.hash, chunks: result.chunks, ...(withOutlet ? { emitted } : {}) }));
`;

  /** The compiled tree, transpiled once for the tests below. */
  let compiled: Promise<string> | null = null;
  function compiledTree(): Promise<string> {
    const out = join(dir, "compiled");
    compiled ??= transpileTree(out, ["src/engine/chunking", "src/engine/env", "src/shared"]).then(
      () => out,
    );
    return compiled;
  }

  it("hands out a large file's chunks from both workers, each once, while chunking it", async () => {
    const out = await compiledTree();
    await writeFile(join(out, "outlet-driver.mjs"), OUTLET_DRIVER);
    const path = join(dir, "large.bin");
    await writeFile(path, seededBytes(77, 24 * 1024 * 1024 + 999));
    const whole = await chunkFile(path);
    const skip = whole.chunks.filter((_, i) => i % 10 === 0).map((c) => c.id);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(out, "outlet-driver.mjs"), path, JSON.stringify(skip)],
      { cwd: out, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as {
      chunks: FileChunks["chunks"];
      emitted: FileChunks["chunks"];
      wrong: number;
      most: number;
    };
    // Split over two workers, chunked as in one pass.
    expect(report.chunks).toEqual(whole.chunks);
    expect(report.wrong).toBe(0);
    const key = (c: { offset: number; size: number; id: string }) =>
      `${c.offset}:${c.size}:${c.id}`;
    const real = new Set(whole.chunks.map(key));
    const emitted = report.emitted.map(key);
    expect(emitted.filter((k) => !real.has(k))).toEqual([]);
    expect(new Set(emitted).size).toBe(emitted.length);
    expect(report.emitted.filter((c) => skip.includes(c.id))).toEqual([]);
    // All the others, but for at most the one spanning the end of the first job's margin.
    const left = whole.chunks.filter((c) => !skip.includes(c.id) && !emitted.includes(key(c)));
    expect(left.length).toBeLessThanOrEqual(1);
    // Each worker waits once three of its batches are not dealt with.
    expect(report.most).toBeGreaterThanOrEqual(2);
    expect(report.most).toBeLessThanOrEqual(6);
  });

  it("cuts an edited large file guided by its previous chunks, on both workers, as one pass would", async () => {
    const out = await compiledTree();
    await writeFile(join(out, "previous-driver.mjs"), PREVIOUS_DRIVER);
    const original = seededBytes(78, 24 * 1024 * 1024 + 321);
    const originalPath = join(dir, "original.bin");
    await writeFile(originalPath, original);
    const previous = (await chunkFile(originalPath)).chunks;
    const previousFile = join(dir, "previous.json");
    await writeFile(previousFile, JSON.stringify(previous.map(({ id, size }) => ({ id, size }))));
    // 4 KiB inserted in each worker's part: both confirm, both fall back to the gear.
    const at = [5 * 1024 * 1024, 23 * 1024 * 1024];
    const edited = Buffer.concat([
      original.subarray(0, at[0]),
      seededBytes(79, 4096),
      original.subarray(at[0], at[1]),
      seededBytes(80, 4096),
      original.subarray(at[1]),
    ]);
    const path = join(dir, "edited.bin");
    await writeFile(path, edited);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(out, "previous-driver.mjs"), path, previousFile],
      { cwd: out, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const plain = await chunkFile(path);
    expect(JSON.parse(stdout)).toEqual({ hash: plain.hash, chunks: plain.chunks });

    // With an outlet that skips the previous version's chunks (sent to the workers as a
    // flag, not a second list): the same cut, and only the new chunks handed out.
    const withOutlet = await promisify(execFile)(
      process.execPath,
      [join(out, "previous-driver.mjs"), path, previousFile, "outlet"],
      { cwd: out, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(withOutlet.stdout) as { chunks: unknown; emitted: string[] };
    expect(report.chunks).toEqual(plain.chunks);
    const old = new Set(previous.map((c) => c.id));
    const fresh = plain.chunks.filter((c) => !old.has(c.id)).map((c) => c.id);
    expect(fresh.length).toBeGreaterThan(0);
    expect(report.emitted.filter((id) => old.has(id))).toEqual([]);
    expect(new Set(report.emitted)).toEqual(new Set(fresh));
  });

  it("runs jobs on real worker threads with the same results, then exits cleanly", async () => {
    const out = await compiledTree();
    await writeFile(join(out, "driver.mjs"), DRIVER);
    const paths = await makeFiles(8);
    const inputs = [...paths, join(dir, "missing"), dir];

    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(out, "driver.mjs"), JSON.stringify(inputs)],
      { cwd: out, timeout: 60_000 },
    );
    const report = JSON.parse(stdout) as {
      mode: string;
      size: number;
      live: number;
      liveAfterClose: number;
      results: ({ value: FileChunks } | { error: { code: string; cirrus: boolean } })[];
      other: { mode: string; live: number; opened: string[]; again: FileChunks };
    };

    expect(report.mode).toBe("worker");
    expect(report.live).toBeGreaterThanOrEqual(1);
    expect(report.live).toBeLessThanOrEqual(report.size);
    expect(report.liveAfterClose).toBe(0);
    for (const [i, path] of paths.entries()) {
      // Exactly the bytes hashed come back for files up to CONTENT_BACK_MAX, none past it.
      const content = await readFile(path);
      const bytes = content.length <= CONTENT_BACK_MAX ? { bytes: content.toString("base64") } : {};
      const streamed = await chunkFile(path);
      delete streamed.bytes;
      expect(report.results[i]).toEqual({ value: { ...streamed, ...bytes } });
    }
    expect(
      paths.filter((_, i) => "bytes" in (report.results[i] as { value: object }).value),
    ).toHaveLength(2);
    expect(report.results[paths.length]).toEqual({ error: { code: "ENOENT", cirrus: false } });
    // A directory: CirrusError("bad_request") from fstat on Linux (a CirrusError
    // rebuilt on this side of the thread boundary); EISDIR where open() refuses.
    const dirOutcome = report.results[paths.length + 1];
    expect([
      { error: { code: "bad_request", cirrus: true } },
      { error: { code: "EISDIR", cirrus: false } },
    ]).toContainEqual(dirOutcome);
    expect(report.other).toEqual({
      mode: "in-process",
      live: 0,
      opened: [paths[0]],
      again: {
        ...(await chunkFile(paths[0] as string)),
        bytes: (await readFile(paths[0] as string)).toString("base64"),
      },
    });
    // And execFile resolved: the child exited by itself, so close() left no thread.
  });
});
