// Chunks are fetched (or found on disk) a group at a time, a few groups ahead of the
// one being written. A group holds up to GROUP_CHUNKS chunks and about GROUP_BYTES:
// ~5 MiB of the default chunks (19.6 KiB on average), and the byte bound keeps the
// larger chunks of a very large file (size-tiers.ts, up to 512 KiB each) from putting
// ~400 MiB in flight.
import type { ChunkRef } from "../../shared/protocol.js";

/** Chunks per group: one request's worth. */
export const GROUP_CHUNKS = 256;
/** Bytes per group: a group ends once it holds this much (it always takes one chunk). */
export const GROUP_BYTES = 8 * 1024 * 1024;

/** Whether a group of `count` chunks and `bytes` bytes is complete. */
export function groupFull(count: number, bytes: number): boolean {
  return count >= GROUP_CHUNKS || bytes >= GROUP_BYTES;
}

/** `chunks` (from index `from` on) cut into consecutive groups. */
export function chunkGroups(chunks: readonly ChunkRef[], from = 0): ChunkRef[][] {
  const groups: ChunkRef[][] = [];
  let group: ChunkRef[] = [];
  let bytes = 0;
  for (let i = from; i < chunks.length; i++) {
    const chunk = chunks[i] as ChunkRef;
    group.push(chunk);
    bytes += chunk.size;
    if (groupFull(group.length, bytes)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
