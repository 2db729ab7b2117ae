// Endpoint benchmark: batch commit of 10,000 entries, chunk upload throughput,
// a 20,000-id "missing" query and push latency, against a real cirrus-server on
// loopback; rsync's daemon on loopback is the peer for raw upload throughput.
// Medians of several runs; figures go to bench/results/server.{json,md}.
import { createHash, randomBytes } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PushClient, RemoteClient, type ChunkData } from "../src/engine/index.js";
import { CIRRUS_SERVER_BIN, REPO_ROOT } from "./support/paths.js";
import { median, MiB } from "./support/stats.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const UPLOAD_BYTES = (process.env.BENCH_QUICK ? 64 : 256) * MiB;

async function startServer(dataDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [CIRRUS_SERVER_BIN, "--data", dataDir, "--port", "0", "--log-level", "error"],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      const m = /listening on (\S+)/.exec(String(d));
      if (m?.[1]) resolve(m[1]);
    });
    child.once("exit", (code) => {
      reject(new Error(`server exited ${code}`));
    });
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

function chunk(bytes: Buffer): ChunkData {
  return { id: createHash("sha256").update(bytes).digest("hex"), data: bytes };
}

async function oneRun(root: string, run: number): Promise<Record<string, number>> {
  const dataDir = path.join(root, `data-${run}`);
  spawnSync(
    process.execPath,
    [CIRRUS_SERVER_BIN, "user", "add", "bench", "--data", dataDir, "--password-stdin"],
    {
      input: "bench-password",
    },
  );
  const server = await startServer(dataDir);
  const client = new RemoteClient({ baseUrl: server.url });
  await client.login({ user: "bench", password: "bench-password", deviceName: "bench" });
  try {
    // 10,000 small files: their chunks up front, then one batch commit.
    const small = Array.from({ length: 10_000 }, (_, i) =>
      chunk(Buffer.from(`file ${run} ${i} ${randomBytes(8).toString("hex")}`)),
    );
    await client.uploadChunks(small);
    const ops = small.map((c, i) => ({
      op: "commit" as const,
      parentId: "root",
      name: `f${i}.txt`,
      size: c.data.length,
      mtime: Date.now(),
      hash: c.id,
      baseRev: null,
      chunks: [{ id: c.id, size: c.data.length }],
    }));
    let t = performance.now();
    const batch = await client.ops(ops);
    const commitMs = performance.now() - t;
    if (batch.results.some((r) => !r.ok)) throw new Error("a batch commit failed");

    // Upload throughput: 64 KiB chunks in the client's framed batches.
    const big: ChunkData[] = [];
    for (let done = 0; done < UPLOAD_BYTES; done += 64 * 1024)
      big.push(chunk(randomBytes(64 * 1024)));
    t = performance.now();
    await client.uploadChunks(big);
    const uploadMiBs = UPLOAD_BYTES / MiB / ((performance.now() - t) / 1000);

    t = performance.now();
    const ids = [...big.map((c) => c.id), ...small.map((c) => c.id)].slice(0, 20_000);
    await client.missing(ids);
    const missingMs = performance.now() - t;

    // Push latency: commit on one device, cursor message on another.
    const other = new RemoteClient({ baseUrl: server.url });
    await other.login({ user: "bench", password: "bench-password", deviceName: "bench-2" });
    const latencies: number[] = [];
    let resolveNext: (() => void) | null = null;
    const push = new PushClient({
      baseUrl: server.url,
      token: other.http.token ?? "",
      onMessage: (m) => {
        if (m.type === "cursor") resolveNext?.();
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 20; i++) {
      const arrived = new Promise<void>((resolve) => (resolveNext = resolve));
      const start = performance.now();
      await client.ops([{ op: "mkdir", parentId: "root", name: `push-${i}` }]);
      await arrived;
      latencies.push(performance.now() - start);
    }
    push.close();
    await other.close();
    return { commitMs, uploadMiBs, missingMs, pushMs: median(latencies) };
  } finally {
    await client.close();
    server.stop();
  }
}

async function rsyncDaemonMiBs(root: string): Promise<number | null> {
  if (spawnSync("rsync", ["--version"]).status !== 0) return null;
  const src = path.join(root, "rsync-src.bin");
  const dest = path.join(root, "rsync-dest");
  await mkdir(dest, { recursive: true });
  await writeFile(src, randomBytes(UPLOAD_BYTES));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const conf = path.join(root, "rsyncd.conf");
  await writeFile(
    conf,
    `use chroot = no\nuid = root\ngid = root\n[dest]\npath = ${dest}\nread only = no\n`,
  );
  // stdin must not be a pipe: rsync would take it for an inetd socket and never listen.
  const daemon = spawn(
    "rsync",
    ["--daemon", "--no-detach", `--port=${port}`, "--address=127.0.0.1", `--config=${conf}`],
    { stdio: "ignore" },
  );
  // Wait until the daemon answers a module listing.
  for (let i = 0; i < 50; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (spawnSync("rsync", [`rsync://127.0.0.1:${port}/`]).status === 0) break;
  }
  try {
    const t = performance.now();
    const result = spawnSync("rsync", ["--whole-file", src, `rsync://127.0.0.1:${port}/dest/`]);
    if (result.status !== 0) {
      process.stderr.write(`rsync failed: ${String(result.stderr)}\n`);
      return null;
    }
    return UPLOAD_BYTES / MiB / ((performance.now() - t) / 1000);
  } finally {
    daemon.kill("SIGTERM");
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), "cirrus-server-bench-"));
  try {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun(root, i));
    const rsync: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const v = await rsyncDaemonMiBs(root);
      if (v !== null) rsync.push(v);
    }
    const pick = (key: string) => median(runs.map((r) => r[key] ?? Number.NaN));
    const figures = {
      batchCommit10kMs: pick("commitMs"),
      chunkUploadMiBs: pick("uploadMiBs"),
      missing20kIdsMs: pick("missingMs"),
      pushLatencyMedianMs: pick("pushMs"),
      rsyncDaemonUploadMiBs: rsync.length ? median(rsync) : null,
      runs: RUNS,
      uploadBytes: UPLOAD_BYTES,
    };
    const lines = [
      `| measure | cirrus-server | rsync daemon (peer) |`,
      `|---|---|---|`,
      `| batch commit of 10,000 entries | ${figures.batchCommit10kMs.toFixed(0)} ms | — |`,
      `| chunk upload, ${UPLOAD_BYTES / MiB} MiB in 64 KiB chunks | ${figures.chunkUploadMiBs.toFixed(0)} MiB/s | ${figures.rsyncDaemonUploadMiBs?.toFixed(0) ?? "n/a"} MiB/s |`,
      `| "missing" query, 20,000 ids | ${figures.missing20kIdsMs.toFixed(0)} ms | — |`,
      `| push latency (commit → other device), median of 20 | ${figures.pushLatencyMedianMs.toFixed(1)} ms | — |`,
    ];
    const out = path.join(REPO_ROOT, "bench/results");
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, "server.json"), JSON.stringify(figures, null, 2) + "\n");
    await writeFile(
      path.join(out, "server.md"),
      `# Endpoint benchmark (medians of ${RUNS} runs, loopback)\n\nCommand: \`npm run bench:server\`\n\n${lines.join("\n")}\n`,
    );
    process.stdout.write(lines.join("\n") + "\n");
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
