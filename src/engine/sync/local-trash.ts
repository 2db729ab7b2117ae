// Files this device removed because of a remote delete wait in the profile's trash
// folder, one batch folder per removal (named by time): restorable with `cirrus
// restore`, and pruned so they never fill the disk. The server keeps its own trash of
// the same files, so this copy is a second chance, kept for TRASH_KEEP_DAYS and within
// a share of the disk.
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";
import { moveAcrossDevices } from "./cross-device-move.js";
import type { LocalFs } from "./local-fs.js";

/** Batches older than this are removed. */
export const TRASH_KEEP_DAYS = 30;
/** Beyond this share of its disk's size, the oldest batches go first. */
export const TRASH_MAX_SHARE = 0.05;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Move the newest copy of `rel` in the trash back to its place in the sync root. */
export async function restoreFromLocalTrash(
  fs: LocalFs,
  trashDir: string,
  rel: string,
): Promise<void> {
  if (rel.split("/").some((s) => s === ".." || s === "." || s === "")) {
    throw new CirrusError("outside_root", `${rel} is not a path inside the sync root`);
  }
  const { io } = fs;
  const batches = (await io.promises.readdir(trashDir).catch(() => [] as string[]))
    .sort()
    .reverse();
  for (const batch of batches) {
    const candidate = path.join(trashDir, batch, rel);
    if (!(await io.promises.stat(candidate).catch(() => null))) continue;
    // Checked like any path the engine writes: no symlinked folder on the way.
    const target = await fs.safePath(rel);
    if (await fs.exists(target)) {
      throw new CirrusError("name_conflict", `${rel} exists in the sync folder; move it first`);
    }
    await io.promises.mkdir(path.dirname(target), { recursive: true });
    await moveAcrossDevices(io, candidate, target);
    // The folders it leaves empty in the trash go too, up to its batch's.
    for (let dir = path.dirname(candidate); dir.startsWith(trashDir + path.sep);) {
      const removed = await io.promises.rmdir(dir).then(
        () => true,
        () => false,
      );
      if (!removed) break;
      dir = path.dirname(dir);
    }
    return;
  }
  throw new CirrusError(
    "not_found",
    `${rel} is neither in the server's trash nor in this device's (${trashDir})`,
  );
}

/**
 * Remove the batches older than TRASH_KEEP_DAYS, then the oldest ones while the trash
 * holds more than `maxBytes`; returns how many went.
 */
export async function pruneLocalTrash(
  io: FileSystem,
  trashDir: string,
  now: number,
  maxBytes: number,
): Promise<number> {
  const names = await io.promises.readdir(trashDir).catch(() => [] as string[]);
  const batches: { dir: string; madeAt: number; bytes: number }[] = [];
  for (const name of names) {
    const dir = path.join(trashDir, name);
    const stat = await io.promises.lstat(dir).catch(() => null);
    if (!stat?.isDirectory()) continue;
    const madeAt = batchTime(name) ?? stat.mtimeMs;
    batches.push({ dir, madeAt, bytes: await bytesUnder(io, dir) });
  }
  batches.sort((a, b) => a.madeAt - b.madeAt);
  let total = batches.reduce((sum, b) => sum + b.bytes, 0);
  let removed = 0;
  for (const batch of batches) {
    if (now - batch.madeAt < TRASH_KEEP_DAYS * DAY_MS && total <= maxBytes) break;
    await io.promises.rm(batch.dir, { recursive: true, force: true });
    total -= batch.bytes;
    removed++;
  }
  return removed;
}

/** When a batch was made, from its name (LocalFs.moveToTrash), or null for another name. */
function batchTime(name: string): number | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/.exec(name);
  if (!match) return null;
  const [, day, h, m, sec, ms] = match;
  const time = Date.parse(`${day}T${h}:${m}:${sec}.${ms}Z`);
  return Number.isNaN(time) ? null : time;
}

async function bytesUnder(io: FileSystem, dir: string): Promise<number> {
  let bytes = 0;
  const entries = await io.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += await bytesUnder(io, full);
    else bytes += (await io.promises.lstat(full).catch(() => null))?.size ?? 0;
  }
  return bytes;
}
