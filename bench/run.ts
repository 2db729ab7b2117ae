// `npm run bench`: Cirrus side by side with Syncthing and rsync, on loopback, in one
// run. Prints the table and writes bench/results/<name>.json and .md.
//
// Settings (environment): BENCH_QUICK=1 (smaller sizes, no 100,000-file set),
// BENCH_RUNS (default 3), BENCH_BUDGET_S, BENCH_TIMEOUT_S, BENCH_ONLY=1,2,... (workloads),
// BENCH_TOOLS=cirrus,syncthing,rsync, BENCH_KEEP=1 (keep temp folders), BENCH_TMPDIR,
// BENCH_OUT (results file name), BENCH_BIG_MIB, BENCH_LATENCY_SAMPLES, BENCH_IDLE_S.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ALL_TOOLS, readConfig, wants, type Tool } from "./config.js";
import { METHOD } from "./method.js";
import { rsyncVersion } from "./peers/rsync.js";
import { syncthingVersion } from "./peers/syncthing.js";
import { errorsOf, jsonRows, markdownTable, Results, tableLines } from "./report.js";
import { CIRRUS_BIN, REPO_ROOT } from "./support/paths.js";
import { killAllNow, run, stopAll } from "./support/proc.js";
import { removeTempRoot, tempRoot } from "./support/temp.js";
import { bigFile } from "./workloads/big-file.js";
import { closePair, type BenchContext } from "./workloads/context.js";
import { edits } from "./workloads/edits.js";
import { editsLive } from "./workloads/edits-live.js";
import { limitedLink } from "./workloads/limited-link.js";
import { manyFilesLive } from "./workloads/many-files-live.js";
import { latency } from "./workloads/latency.js";
import { latencyLarge } from "./workloads/latency-large.js";
import { offlineEdits } from "./workloads/offline-edits.js";
import { manyFiles } from "./workloads/many-files.js";
import { restart } from "./workloads/restart.js";

const started = new Date();
const t0 = performance.now();
const log = (message: string) => {
  const s = Math.round((performance.now() - t0) / 1000);
  process.stderr.write(
    `[${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}] ${message}\n`,
  );
};

async function versions(): Promise<Record<Tool, string | null>> {
  const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  const head = await run("git", ["-C", REPO_ROOT, "rev-parse", "--short", "HEAD"]);
  const dirty = await run("git", ["-C", REPO_ROOT, "status", "--porcelain", "--", "src", "bin"]);
  // BENCH_CIRRUS_COMMIT names the code when it is not a git checkout (an exported snapshot).
  const commit =
    head.code === 0
      ? head.stdout.trim() + (dirty.stdout.trim() ? "+changes" : "")
      : (process.env.BENCH_CIRRUS_COMMIT ?? "unknown");
  return {
    cirrus: existsSync(CIRRUS_BIN) ? `${pkg.version} (${commit})` : null,
    syncthing: await syncthingVersion(),
    rsync: await rsyncVersion(),
  };
}

interface Machine {
  cpu: string;
  memory: string;
  os: string;
  node: string;
  tempFileSystem: string;
  loadAtStart: string;
  loadAtEnd: string;
}

async function machine(): Promise<Machine> {
  const fs = await run("findmnt", ["-n", "-o", "FSTYPE", "-T", tempRoot()]);
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? "unknown"} × ${cpus.length}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    tempFileSystem: fs.code === 0 ? fs.stdout.trim() : "unknown",
    loadAtStart: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" "),
    loadAtEnd: "",
  };
}

async function main(): Promise<void> {
  const config = readConfig();
  const results = new Results();
  const found = await versions();
  const skipped = new Map<Tool, string>();
  for (const tool of ALL_TOOLS) {
    if (!config.tools.includes(tool)) skipped.set(tool, "not selected");
    else if (!found[tool]) {
      skipped.set(tool, tool === "cirrus" ? "not built" : "not installed");
      log(
        `${tool}: ${skipped.get(tool) ?? ""}, skipped${tool === "cirrus" ? "" : ` (apt-get install -y ${tool})`}`,
      );
    }
  }
  const tools = config.tools.filter((t) => !skipped.has(t));
  const ctx: BenchContext = { config, results, tools, log };
  const host = await machine();
  log(
    `mode ${config.quick ? "quick" : "full"}, runs ${config.runs}, tools ${tools.join(", ")}, temp ${tempRoot()}`,
  );

  if (wants(config, "1")) await bigFile(ctx);
  if (wants(config, "2")) {
    await edits(ctx);
    await editsLive(ctx);
  }
  if (wants(config, "3") || wants(config, "4")) {
    const specs = wants(config, "3") ? config.manyFiles : config.manyFiles.slice(-1);
    const kept = await manyFiles(ctx, specs, {
      keep: wants(config, "4"),
      record: wants(config, "3"),
    });
    try {
      const files = specs[specs.length - 1]?.count ?? 0;
      if (wants(config, "4")) {
        await restart(ctx, kept, files);
        await latencyLarge(ctx, kept, files);
        await offlineEdits(ctx, kept, files);
      }
    } finally {
      for (const pair of kept.values()) await closePair(ctx, pair);
    }
  }
  const firstMany = config.manyFiles[0];
  if (wants(config, "3") && firstMany) await manyFilesLive(ctx, firstMany);
  if (wants(config, "5")) await latency(ctx);
  if (wants(config, "6")) await limitedLink(ctx);

  for (const [tool, why] of skipped) {
    for (const row of results.rows)
      results.note(row.id, tool, why === "not selected" ? "—" : "skipped");
  }
  const minutes = (performance.now() - t0) / 60_000;
  host.loadAtEnd = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  const table = markdownTable(tableLines(results, config.runs));
  const errors = errorsOf(results);
  process.stdout.write(`\n${table}\n`);
  if (errors.length) process.stdout.write(`\nerrors:\n${errors.map((e) => `- ${e}`).join("\n")}\n`);

  const command = [
    ...Object.entries(process.env)
      .filter(([k]) => k.startsWith("BENCH_") && k !== "BENCH_CIRRUS_COMMIT")
      .map(([k, v]) => `${k}=${v ?? ""}`),
    "npm run bench",
  ].join(" ");
  const outDir = path.join(REPO_ROOT, "bench/results");
  await mkdir(outDir, { recursive: true });
  const toolLine = ALL_TOOLS.map(
    (t) => `${t} ${found[t] ?? "(missing)"}${skipped.has(t) ? ` [${skipped.get(t) ?? ""}]` : ""}`,
  ).join("; ");
  const md = [
    "# Cirrus side by side with Syncthing and rsync",
    "",
    `Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC with \`${command}\``,
    `(${config.quick ? "quick" : "full"} mode, ${minutes.toFixed(0)} min). Machine: ${host.cpu}, ${host.memory},`,
    `${host.os}, temp on ${host.tempFileSystem}, Node ${host.node}. Versions: ${toolLine}.`,
    `Load average (1, 5, 15 min) at the start ${host.loadAtStart}, at the end ${host.loadAtEnd}:`,
    `other work on the machine slows all tools, and the figures with them.`,
    "",
    table,
    "",
    ...(errors.length ? ["Errors:", "", ...errors.map((e) => `- ${e}`), ""] : []),
    "## How it is measured",
    "",
    ...METHOD.map((m) => `- ${m}`),
    "",
  ].join("\n");
  const json = {
    version: 1,
    startedAt: started.toISOString(),
    minutes: Math.round(minutes * 10) / 10,
    command,
    mode: config.quick ? "quick" : "full",
    settings: {
      runs: config.runs,
      budgetSeconds: config.budgetMs / 1000,
      timeoutSeconds: config.timeoutMs / 1000,
      bigFileBytes: config.bigFileBytes,
      manyFiles: config.manyFiles,
      latencySamples: config.latencySamples,
      idleCpuSeconds: config.idleCpuMs / 1000,
      workloads: config.only.size ? [...config.only] : ["1", "2", "3", "4", "5", "6"],
    },
    machine: host,
    versions: found,
    skipped: Object.fromEntries(skipped),
    rows: jsonRows(results),
    errors,
  };
  for (const [ext, text] of [
    ["md", md],
    ["json", JSON.stringify(json, null, 2) + "\n"],
  ] as const) {
    const file = path.join(outDir, `${config.outName}.${ext}`);
    await writeFile(`${file}.tmp`, text);
    await rename(`${file}.tmp`, file);
  }
  log(`wrote bench/results/${config.outName}.md and .json`);
}

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await stopAll();
    if (!readConfig().keepTemp) removeTempRoot();
  }
  process.exit(code);
}

process.on("exit", () => {
  killAllNow();
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void shutdown(130);
  });
}

main().then(
  () => shutdown(0),
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return shutdown(1);
  },
);
