// One temp root per benchmark run; removed at the end unless BENCH_KEEP=1.
import { mkdtempSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

let root: string | null = null;

export function tempRoot(): string {
  root ??= mkdtempSync(path.join(process.env.BENCH_TMPDIR ?? tmpdir(), "cirrus-bench-"));
  return root;
}

let counter = 0;

/** A fresh folder under the run's temp root. */
export async function tempDir(name: string): Promise<string> {
  const dir = path.join(tempRoot(), `${String(counter++).padStart(2, "0")}-${name}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

export function removeTempRoot(): void {
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
}
