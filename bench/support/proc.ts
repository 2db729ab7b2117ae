// Child processes of the benchmark: one-shot commands (timed, with peak RSS) and
// long-running ones (servers, daemons, continuous clients). Each runs in its own
// process group, so stopping it also stops whatever it started; all are stopped
// when the benchmark ends, however it ends.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { tempRoot } from "./temp.js";
import { sleep } from "./wait.js";

const live = new Set<ChildProcess>();
const TIME_BIN = "/usr/bin/time";
const hasTimeBin = existsSync(TIME_BIN);
let rssFiles = 0;

export interface RunOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
  /** Measure the peak RSS (GNU time's %M, else sampling /proc). */
  rss?: boolean;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit. */
  ms: number;
  maxRssKiB: number | null;
  timedOut: boolean;
}

/** Keeps the last `limit` characters of a stream. */
function tail(limit: number): { push: (s: string) => void; text: () => string } {
  let text = "";
  return {
    push(s) {
      text += s;
      if (text.length > 2 * limit) text = text.slice(-limit);
    },
    text: () => text.slice(-limit),
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Run a command to completion. Never throws for a non-zero exit: the caller decides. */
export async function run(
  cmd: string,
  args: string[],
  options: RunOptions = {},
): Promise<RunResult> {
  let file = cmd;
  let argv = args;
  let rssFile: string | null = null;
  if (options.rss && hasTimeBin) {
    rssFile = path.join(tempRoot(), `rss-${rssFiles++}`);
    file = TIME_BIN;
    argv = ["-f", "%M", "-o", rssFile, cmd, ...args];
  }
  const start = performance.now();
  const child = spawn(file, argv, {
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    env: options.env ?? process.env,
    cwd: options.cwd,
    detached: true,
  });
  live.add(child);
  const out = tail(64 * 1024);
  const err = tail(64 * 1024);
  child.stdout?.on("data", (d: Buffer) => {
    out.push(d.toString());
  });
  child.stderr?.on("data", (d: Buffer) => {
    err.push(d.toString());
  });
  if (options.input !== undefined) child.stdin?.end(options.input);
  let sampledHwm = 0;
  const sampler =
    options.rss && !hasTimeBin
      ? setInterval(() => {
          if (child.pid !== undefined) sampledHwm = Math.max(sampledHwm, memoryKiB(child.pid).hwm);
        }, 20)
      : null;
  let timedOut = false;
  const timer =
    options.timeoutMs === undefined
      ? null
      : setTimeout(() => {
          timedOut = true;
          killGroup(child, "SIGKILL");
        }, options.timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.once("exit", (c, s) => {
      resolve([c, s]);
    });
    child.once("error", (error) => {
      err.push(String(error));
      resolve([null, null]);
    });
  });
  const ms = performance.now() - start;
  if (timer) clearTimeout(timer);
  if (sampler) clearInterval(sampler);
  live.delete(child);
  let maxRssKiB: number | null = sampledHwm || null;
  if (rssFile) {
    try {
      const lines = readFileSync(rssFile, "utf8").trim().split("\n");
      const value = Number(lines[lines.length - 1]);
      if (Number.isFinite(value)) maxRssKiB = value;
    } catch {
      // No figure: the command did not run to the end.
    }
    rmSync(rssFile, { force: true });
  }
  // Let the pipes drain, so the output is complete.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, signal, stdout: out.text(), stderr: err.text(), ms, maxRssKiB, timedOut };
}

/** Throws with the command's output when it failed. */
export function check(result: RunResult, what: string): RunResult {
  if (result.timedOut)
    throw new Error(`${what}: timed out after ${(result.ms / 1000).toFixed(0)} s`);
  if (result.code !== 0) {
    throw new Error(
      `${what}: exit ${result.code ?? result.signal ?? "?"}\n${result.stderr.slice(-2000)}${result.stdout.slice(-500)}`,
    );
  }
  return result;
}

export interface Managed {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly exited: Promise<void>;
  stdout(): string;
  stderr(): string;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Start a long-running process; it is stopped at the latest when the benchmark ends. */
export function start(
  name: string,
  cmd: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Managed {
  const child = spawn(cmd, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: options.env ?? process.env,
    cwd: options.cwd,
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${cmd}`);
  live.add(child);
  const out = tail(256 * 1024);
  const err = tail(256 * 1024);
  child.stdout.on("data", (d: Buffer) => {
    out.push(d.toString());
  });
  child.stderr.on("data", (d: Buffer) => {
    err.push(d.toString());
  });
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      live.delete(child);
      resolve();
    });
  });
  return {
    name,
    child,
    pid: child.pid,
    exited,
    stdout: () => out.text(),
    stderr: () => err.text(),
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, "SIGTERM");
      const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
      if (!done) {
        killGroup(child, "SIGKILL");
        await exited;
      }
    },
  };
}

/** Stop everything still running (SIGTERM, then SIGKILL). */
export async function stopAll(): Promise<void> {
  const children = [...live];
  for (const child of children) killGroup(child, "SIGTERM");
  const deadline = performance.now() + 5000;
  while (live.size > 0 && performance.now() < deadline) await sleep(50);
  for (const child of live) killGroup(child, "SIGKILL");
}

/** Synchronous last resort (process "exit" handler). */
export function killAllNow(): void {
  for (const child of live) killGroup(child, "SIGKILL");
}

let clockTicks = 0;
function ticksPerSecond(): number {
  if (clockTicks === 0) {
    try {
      clockTicks = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU seconds the process (all its threads) has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after "(comm)": state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
}

/** Resident set size now and its peak (VmHWM), in KiB; zeros when the process is gone. */
export function memoryKiB(pid: number): { rss: number; hwm: number } {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return { rss: 0, hwm: 0 };
  }
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);
  return { rss: field("VmRSS"), hwm: field("VmHWM") };
}

/** The process and all its descendants (Syncthing runs a monitor and a worker process). */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const out: number[] = [];
  const visit = (p: number) => {
    out.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return out;
}

/** CPU seconds of the process and its descendants (those that are still running). */
export function treeCpuSeconds(pid: number): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      total += cpuSeconds(p);
    } catch {
      // Gone meanwhile.
    }
  }
  return total;
}

/** RSS and peak RSS summed over the process and its descendants, in KiB. */
export function treeMemoryKiB(pid: number): { rss: number; hwm: number } {
  const total = { rss: 0, hwm: 0 };
  for (const p of processTree(pid)) {
    const m = memoryKiB(p);
    total.rss += m.rss;
    total.hwm += m.hwm;
  }
  return total;
}

/** Waits until the process uses under `percent` of one core for `windows` windows in a row. */
export async function waitForQuiet(
  pid: number,
  options: { percent?: number; windowMs?: number; windows?: number; timeoutMs: number },
): Promise<number> {
  const percent = options.percent ?? 2;
  const windowMs = options.windowMs ?? 1000;
  const need = options.windows ?? 2;
  const start = performance.now();
  let quiet = 0;
  let last = treeCpuSeconds(pid);
  while (quiet < need) {
    if (performance.now() - start > options.timeoutMs) {
      throw new Error(`process ${pid} did not go idle within ${options.timeoutMs / 1000} s`);
    }
    await sleep(windowMs);
    const now = treeCpuSeconds(pid);
    quiet = ((now - last) / (windowMs / 1000)) * 100 < percent ? quiet + 1 : 0;
    last = now;
  }
  return performance.now() - start;
}
