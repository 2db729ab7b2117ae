// Temp folders for multi-process tests (/tmp/cirrus-<prefix>-XXXXXX). Whoever makes one
// removes it when done (removeDir, or a helper's stop/close); otherwise every run left
// server data and client folders behind. Folders still here when the process exits
// normally go too; a worker killed by a signal (vitest's SIGTERM) skips that, hence the
// explicit removal.
//
// CIRRUS_KEEP_TEST_DIRS=1 keeps them all, for debugging: removeDir then only says on
// stderr which folder it kept.
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const keep = process.env.CIRRUS_KEEP_TEST_DIRS === "1";
const made = new Set<string>();

let sweepInstalled = false;
function installSweep(): void {
  if (sweepInstalled || keep) return;
  sweepInstalled = true;
  process.once("exit", () => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
}

export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `cirrus-${prefix}-`));
  made.add(dir);
  installSweep();
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  const ours = made.delete(dir);
  if (keep) {
    if (ours) process.stderr.write(`CIRRUS_KEEP_TEST_DIRS: kept ${dir}\n`);
    return;
  }
  await rm(dir, { recursive: true, force: true });
}
