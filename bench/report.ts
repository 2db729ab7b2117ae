// Collects the figures and renders them: the console table, latest.md, latest.json.
import type { Tool } from "./config.js";
import { formatValue, max, median, type Unit } from "./support/stats.js";

export interface Cell {
  samples: number[];
  /** A sample hit the timeout: the figure is a lower bound. */
  timedOut?: boolean;
  error?: string;
  /** Why this tool has no figure here (not installed, not applicable...). */
  note?: string;
}

export interface Row {
  id: string;
  label: string;
  unit: Unit;
  /** Which statistic of the samples is shown. */
  stat: "median" | "max";
  target: string | null;
  /** Measured once by design: no "(n=1)" mark. */
  once: boolean;
  cells: Partial<Record<Tool, Cell>>;
}

export class Results {
  readonly rows: Row[] = [];

  define(
    id: string,
    label: string,
    unit: Unit,
    options: { stat?: "median" | "max"; target?: string; once?: boolean } = {},
  ): Row {
    let row = this.rows.find((r) => r.id === id);
    if (!row) {
      row = {
        id,
        label,
        unit,
        stat: options.stat ?? "median",
        target: options.target ?? null,
        once: options.once ?? false,
        cells: {},
      };
      this.rows.push(row);
    }
    return row;
  }

  private cell(id: string, tool: Tool): Cell {
    const row = this.rows.find((r) => r.id === id);
    if (!row) throw new Error(`no row ${id}`);
    return (row.cells[tool] ??= { samples: [] });
  }

  add(id: string, tool: Tool, value: number, timedOut = false): void {
    const cell = this.cell(id, tool);
    cell.samples.push(value);
    if (timedOut) cell.timedOut = true;
  }

  error(id: string, tool: Tool, message: string): void {
    this.cell(id, tool).error = message;
  }

  note(id: string, tool: Tool, note: string): void {
    this.cell(id, tool).note = note;
  }
}

export function figure(row: Row, cell: Cell | undefined): number | null {
  if (!cell || cell.samples.length === 0) return null;
  return row.stat === "max" ? max(cell.samples) : median(cell.samples);
}

function cellText(row: Row, cell: Cell | undefined, runs: number): string {
  const value = figure(row, cell);
  if (value === null) {
    if (cell?.error) return "error";
    return cell?.note ?? "—";
  }
  let text = (cell?.timedOut ? "> " : "") + formatValue(value, row.unit);
  const n = cell?.samples.length ?? 0;
  if (row.stat === "median" && !row.once && n < runs && n > 0) text += ` (n=${n})`;
  if (cell?.error) text += " (error)";
  return text;
}

export function ratio(row: Row): { value: number; lowerBound: boolean } | null {
  const c = figure(row, row.cells.cirrus);
  const s = figure(row, row.cells.syncthing);
  if (c === null || s === null || s === 0) return null;
  if (row.cells.syncthing?.timedOut) return null;
  return { value: c / s, lowerBound: row.cells.cirrus?.timedOut === true };
}

export const TABLE_TOOLS: readonly Tool[] = ["cirrus", "syncthing", "rsync"];

export function tableLines(results: Results, runs: number): string[][] {
  const lines: string[][] = [["workload", ...TABLE_TOOLS, "ratio cirrus/syncthing", "target"]];
  for (const row of results.rows) {
    const r = ratio(row);
    lines.push([
      `${row.id} ${row.label}`,
      ...TABLE_TOOLS.map((tool) => cellText(row, row.cells[tool], runs)),
      r === null ? "—" : `${r.lowerBound ? "> " : ""}${r.value.toFixed(2)}`,
      row.target ?? "—",
    ]);
  }
  return lines;
}

/** A Markdown table, padded so it also reads well in a terminal. */
export function markdownTable(lines: string[][]): string {
  const widths = (lines[0] ?? []).map((_, i) => Math.max(...lines.map((l) => (l[i] ?? "").length)));
  const fmt = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const [head, ...body] = lines;
  return [
    fmt(head ?? []),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...body.map(fmt),
  ].join("\n");
}

export function errorsOf(results: Results): string[] {
  const out: string[] = [];
  for (const row of results.rows) {
    for (const [tool, cell] of Object.entries(row.cells)) {
      if (cell.error) out.push(`${row.id} ${tool}: ${cell.error.split("\n")[0] ?? ""}`);
    }
  }
  return out;
}

function round(value: number): number;
function round(value: number | null): number | null;
function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

/** Rows as plain data for latest.json: every sample plus the figure shown. */
export function jsonRows(results: Results): unknown[] {
  return results.rows.map((row) => ({
    id: row.id,
    label: row.label,
    unit: row.unit,
    stat: row.stat,
    target: row.target,
    ratioCirrusSyncthing: round(ratio(row)?.value ?? null),
    tools: Object.fromEntries(
      Object.entries(row.cells).map(([tool, cell]) => [
        tool,
        {
          value: round(figure(row, cell)),
          samples: cell.samples.map(round),
          ...(cell.timedOut ? { timedOut: true } : {}),
          ...(cell.error ? { error: cell.error } : {}),
          ...(cell.note ? { note: cell.note } : {}),
        },
      ]),
    ),
  }));
}
