// Small statistics and formatting helpers for the report.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function max(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : Math.max(...values);
}

export const KiB = 1024;
export const MiB = 1024 * KiB;

export type Unit = "ms" | "bytes" | "KiB-rss" | "percent";

/** A human figure: "523 ms", "12.3 s", "9.7 KiB", "256.0 MiB", "41 MiB", "0.3 %". */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return "n/a";
  switch (unit) {
    case "ms":
      if (value < 1000) return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
      return `${(value / 1000).toFixed(value < 100_000 ? 2 : 1)} s`;
    case "bytes":
      if (value < KiB) return `${value.toFixed(0)} B`;
      if (value < MiB) return `${(value / KiB).toFixed(1)} KiB`;
      return `${(value / MiB).toFixed(1)} MiB`;
    case "KiB-rss":
      return `${(value / KiB).toFixed(0)} MiB`;
    case "percent":
      return `${value.toFixed(value < 10 ? 2 : 1)} %`;
  }
}
