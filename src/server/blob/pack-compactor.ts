// Reclaims space left by deleted chunks: a pack whose live bytes fall under half its
// size has its live chunks copied to the account's current pack, the index switched
// over in one transaction, and only then its file unlinked.

import { unlink } from "node:fs/promises";
import type { Logger } from "pino";
import type { BlobIndex, ChunkMove, PackUsage } from "./blob-index.js";
import type { PackLayout } from "./pack-layout.js";
import type { PackReadCache } from "./pack-read-cache.js";
import type { PackWriter } from "./pack-writer.js";

export interface CompactorDeps {
  index: BlobIndex;
  writer: PackWriter;
  cache: PackReadCache;
  layout: PackLayout;
  log: Logger;
}

/** A pack is worth rewriting when under half of it is live (an empty one always is). */
export function isSparse(pack: { size: number; live: number }): boolean {
  return pack.size === 0 || pack.live * 2 < pack.size;
}

export function sparsePacks(index: BlobIndex): PackUsage[] {
  return index.packUsage().filter(isSparse);
}

/**
 * Rewrites one pack. Must run where no put batch or delete can interleave (the
 * store's lane); reads may run at any time: until the commit they find the old
 * copies, after it the new ones, and an open handle outlives the unlink.
 * Returns the bytes reclaimed, or 0 if the pack no longer needed compacting.
 */
export async function compactPack(deps: CompactorDeps, packId: number): Promise<number> {
  const { index, writer, cache, layout, log } = deps;
  const pack = index.pack(packId);
  if (pack === null) return 0;
  const chunks = index.chunksInPack(packId);
  const live = chunks.reduce((sum, c) => sum + c.length, 0);
  if (!isSparse({ size: pack.size, live })) return 0;

  await writer.retire(packId);
  const file = layout.packPath(pack.dirKey, packId);
  const buffers: Buffer[] = [];
  for (const c of chunks) buffers.push(await cache.read(packId, file, c.offset, c.length));

  const account = { id: pack.accountId, dirKey: pack.dirKey };
  try {
    const targets = await writer.append(account, buffers);
    const ends = await writer.sync();
    const moves: ChunkMove[] = chunks.map((c, i) => ({
      key: c.key,
      from: { packId, offset: c.offset, length: c.length },
      to: targets[i] ?? unreachable(),
    }));
    index.commitCompaction(account.id, moves, ends, packId);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.committed();

  cache.evict(packId);
  try {
    await unlink(file);
  } catch (error) {
    // The row is gone, so the next start-up removes the file; nothing is lost meanwhile.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
      log.warn(
        { err: error, packId },
        "could not unlink a compacted pack; it is removed at the next start",
      );
    }
  }
  log.info({ packId, moved: chunks.length, reclaimed: pack.size - live }, "compacted pack");
  return pack.size - live;
}

function unreachable(): never {
  throw new Error("pack writer returned fewer locations than buffers");
}
