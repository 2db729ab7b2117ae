// Start-up check of pack files against the index. Only indexed bytes were ever
// acknowledged, so bytes past a pack's indexed end are the remains of a batch that
// crashed before its commit: cutting them off loses nothing a client was promised.

import {
  closeSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  unlinkSync,
} from "node:fs";
import path from "node:path";
import type { Logger } from "pino";
import { CirrusError } from "../../shared/errors.js";
import type { BlobIndex, PackRow } from "./blob-index.js";
import { parsePackFile, syncDirSync, type PackLayout } from "./pack-layout.js";

export function recoverPacks(index: BlobIndex, layout: PackLayout, log: Logger): void {
  mkdirSync(layout.packsRoot, { recursive: true });
  const known = new Map<number, PackRow>();
  for (const pack of index.packs()) {
    known.set(pack.id, pack);
    checkPack(index, layout, pack, log);
  }
  removeOrphans(index, layout, known, log);
}

function checkPack(index: BlobIndex, layout: PackLayout, pack: PackRow, log: Logger): void {
  const file = layout.packPath(pack.dirKey, pack.id);
  const size = fileSize(file);
  if (size === null) {
    if (pack.size === 0 && index.deleteEmptyPack(pack.id)) return; // created, never filled
    log.error({ packId: pack.id, file }, "pack file is missing: its chunks cannot be read");
    return;
  }
  if (size > pack.size) {
    truncateDurably(file, pack.size);
    log.warn(
      { packId: pack.id, bytes: size - pack.size },
      "trimmed unindexed bytes from a pack (a write interrupted before its commit)",
    );
  } else if (size < pack.size) {
    log.error(
      { packId: pack.id, size, indexed: pack.size },
      "pack file is shorter than its index: chunks past its end cannot be read",
    );
  }
  // Row first, then file: a crash in between leaves an orphan file, removed next time.
  if (pack.size === 0 && index.deleteEmptyPack(pack.id)) unlinkDurably(file);
}

/**
 * Pack files with no row: leftovers of a compaction or cleanup interrupted between
 * its commit and its unlink. Ids are never reused, so any id the index has handed out
 * but no longer lists is garbage. An id the index never handed out means index.db
 * does not belong to these packs (lost or replaced): refuse to start rather than
 * delete data.
 */
function removeOrphans(
  index: BlobIndex,
  layout: PackLayout,
  known: Map<number, PackRow>,
  log: Logger,
): void {
  const maxAssigned = index.maxAssignedPackId();
  for (const fanout of listDir(layout.packsRoot)) {
    for (const dirKey of listDir(path.join(layout.packsRoot, fanout))) {
      for (const name of listDir(path.join(layout.packsRoot, fanout, dirKey))) {
        const packId = parsePackFile(fanout, dirKey, name);
        if (packId === null) continue; // not ours: leave it alone
        const file = path.join(layout.packsRoot, fanout, dirKey, name);
        const row = known.get(packId);
        if (row !== undefined) {
          if (row.dirKey !== dirKey)
            log.warn({ file, packId }, "pack file in another account's directory; left alone");
          continue;
        }
        if (packId > maxAssigned) {
          throw new CirrusError(
            "internal",
            `pack file ${file} is newer than anything in index.db: the index does not belong to these packs`,
          );
        }
        unlinkDurably(file);
        log.info({ packId }, "removed a pack file the index no longer lists");
      }
    }
  }
}

function fileSize(file: string): number | null {
  try {
    return statSync(file).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function truncateDurably(file: string, size: number): void {
  const fd = openSync(file, "r+");
  try {
    ftruncateSync(fd, size);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function unlinkDurably(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  syncDirSync(path.dirname(file));
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
}
