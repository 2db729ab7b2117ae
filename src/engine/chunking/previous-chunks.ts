// The chunks of a file's previous version, as the chunker's guess of what comes next.
//
// FastCDC keeps no state across a cut point, and where it cuts depends only on the
// bytes after the last cut. So if, at a cut point of the new version, the next bytes
// are those of a chunk of the previous version (same SHA-256), the gear hash would cut
// exactly at that chunk's end: it found no cut inside those bytes before, and cut at
// their end. The chunker can then confirm the chunk by its SHA-256, which it computes
// anyway, and skip the gear hash over it: an edit of a large file, or a file touched
// but not changed, is hashed at about 60% of the cost (ChunkDigest, chunk-file.ts).
//
// One exception: the previous version's last chunk may have been cut by the end of the
// file, not by the gear hash, so it is never expected (the gear scans it: 64 KiB at
// most). A guess that fails costs one SHA-256 of the chunk; the gear hash then scans
// the same bytes as if no guess was made, so the cut points are always those of a
// plain pass over the file.
//
// The previous chunks come from the hash cache: this client's own chunking, or a
// manifest from the server for a file it downloaded, which another client cut with
// the same parameters (they are part of the format). A manifest cut otherwise could
// only make the chunks of the next version differ from a plain pass (each still named
// by the SHA-256 of its bytes): a dedup loss, never wrong content.

import type { ChunkRef } from "../../shared/protocol.js";

/** A chunk of the previous version: its id, size and place in that version. */
export interface ExpectedChunk {
  id: string;
  size: number;
  /** Index in the previous version's chunk list. */
  index: number;
}

export class PreviousChunks {
  readonly #chunks: readonly ChunkRef[];
  readonly #byOffset = new Map<number, number>();
  readonly #byId = new Map<string, number>();

  constructor(chunks: readonly ChunkRef[]) {
    this.#chunks = chunks;
    let offset = 0;
    // Every chunk but the last: see above.
    for (let i = 0; i < chunks.length - 1; i++) {
      const chunk = chunks[i] as ChunkRef;
      if (!this.#byOffset.has(offset)) this.#byOffset.set(offset, i);
      if (!this.#byId.has(chunk.id)) this.#byId.set(chunk.id, i);
      offset += chunk.size;
    }
  }

  /**
   * The chunk to expect from `offset`, a cut point: the one that followed the chunk
   * just cut (`after`, its index when it was one of these, else its id), as after an
   * insert that shifted the rest of the file; else the one that started at the same
   * offset, as after an overwrite. Null when there is no guess.
   */
  next(offset: number, after: { index?: number; id?: string } = {}): ExpectedChunk | null {
    const cut = after.index ?? (after.id === undefined ? undefined : this.#byId.get(after.id));
    const index =
      cut !== undefined && cut + 1 < this.#chunks.length - 1 ? cut + 1 : this.#byOffset.get(offset);
    return index === undefined ? null : this.#expected(index);
  }

  #expected(index: number): ExpectedChunk {
    const chunk = this.#chunks[index] as ChunkRef;
    return { id: chunk.id, size: chunk.size, index };
  }
}
