// The benchmark's settings: one typed object, read once from the environment.
import { KiB, MiB } from "./support/stats.js";

export type Tool = "cirrus" | "syncthing" | "rsync";
export const ALL_TOOLS: readonly Tool[] = ["cirrus", "syncthing", "rsync"];

export interface ManyFilesSpec {
  id: string;
  count: number;
  size: number;
}

export interface BenchConfig {
  quick: boolean;
  /** Runs per workload and tool (medians are taken over them). */
  runs: number;
  /**
   * A workload stops repeating for a tool once its runs took this long in total
   * (always at least one run). 0: always `runs`.
   */
  budgetMs: number;
  /** Longest wait for one measurement; past it the figure is reported as "> N s". */
  timeoutMs: number;
  /** Workload numbers to run (1-6); all when empty. */
  only: ReadonlySet<string>;
  tools: readonly Tool[];
  keepTemp: boolean;
  bigFileBytes: number;
  editInsertBytes: number;
  manyFiles: readonly ManyFilesSpec[];
  latencySamples: number;
  latencyFileBytes: number;
  /** Workload 6: the new file's size, and each side's rate limit (bytes per second). */
  limitedFileBytes: number;
  limitBytesPerSecond: number;
  idleCpuMs: number;
  /** Wait after an operation before reading the byte counters (trailing acks, index updates). */
  settleMs: number;
  /** Results file name, without extension, in bench/results. */
  outName: string;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`${name} must be a number >= 0, got ${raw}`);
  return value;
}

export function readConfig(): BenchConfig {
  const quick = process.env.BENCH_QUICK === "1";
  const only = new Set(
    (process.env.BENCH_ONLY ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const tools = (process.env.BENCH_TOOLS ?? ALL_TOOLS.join(","))
    .split(",")
    .map((s) => s.trim())
    .filter((s): s is Tool => (ALL_TOOLS as readonly string[]).includes(s));
  const manyFiles: ManyFilesSpec[] = quick
    ? [{ id: "3a", count: 1000, size: 4 * KiB }]
    : [
        { id: "3a", count: 10_000, size: 4 * KiB },
        { id: "3b", count: 100_000, size: KiB },
      ];
  const partial = only.size > 0 || tools.length < ALL_TOOLS.length;
  return {
    quick,
    runs: Math.max(1, int("BENCH_RUNS", 3)),
    budgetMs: int("BENCH_BUDGET_S", 60) * 1000,
    timeoutMs: int("BENCH_TIMEOUT_S", quick ? 300 : 600) * 1000,
    only,
    tools,
    keepTemp: process.env.BENCH_KEEP === "1",
    bigFileBytes: int("BENCH_BIG_MIB", quick ? 32 : 256) * MiB,
    editInsertBytes: 4 * KiB,
    manyFiles,
    latencySamples: Math.max(1, int("BENCH_LATENCY_SAMPLES", quick ? 5 : 20)),
    latencyFileBytes: KiB,
    limitedFileBytes: int("BENCH_LIMITED_MIB", quick ? 16 : 64) * MiB,
    limitBytesPerSecond: int("BENCH_LIMIT_MIBS", 20) * MiB,
    idleCpuMs: int("BENCH_IDLE_S", 10) * 1000,
    settleMs: 1000,
    outName:
      process.env.BENCH_OUT ?? (quick ? "latest-quick" : partial ? "latest-partial" : "latest"),
  };
}

export const wants = (config: BenchConfig, workload: string): boolean =>
  config.only.size === 0 || config.only.has(workload);
