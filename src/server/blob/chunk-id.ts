// Chunk ids: the lowercase hex SHA-256 of the chunk's bytes. Verifying them here keeps
// a client bug (or a hostile client) from storing bytes under someone else's hash.

import { hash } from "node:crypto";
import { CirrusError } from "../../shared/errors.js";
import type { IncomingChunk } from "./blob-store.js";

const CHUNK_ID = /^[0-9a-f]{64}$/;

export function isChunkId(value: string): boolean {
  return CHUNK_ID.test(value);
}

export function sha256Hex(data: Uint8Array): string {
  return hash("sha256", data, "hex");
}

/** Ids travel as hex; the index keeps the 32 raw bytes, which halves its size. */
export function idToKey(id: string): Buffer {
  return Buffer.from(id, "hex");
}

export function keyToId(key: Buffer): string {
  return key.toString("hex");
}

/**
 * Throws CirrusError "hash_mismatch" naming the first chunk whose bytes do not hash to
 * its id. Called before anything is written, so a bad chunk rejects the whole call.
 */
export function verifyChunks(chunks: readonly IncomingChunk[]): void {
  for (const chunk of chunks) {
    // The digest is always lowercase hex, so this also rejects malformed ids.
    if (sha256Hex(chunk.data) !== chunk.id) {
      throw new CirrusError(
        "hash_mismatch",
        `chunk ${describeId(chunk.id)} does not match the SHA-256 of its ${chunk.data.length} bytes`,
        { id: truncateId(chunk.id) },
      );
    }
  }
}

/** Throws CirrusError "bad_request" unless every id is a well-formed chunk id. */
export function requireChunkIds(ids: readonly string[]): void {
  for (const id of ids) {
    if (!isChunkId(id)) {
      throw new CirrusError(
        "bad_request",
        `${describeId(id)} is not a chunk id (64 lowercase hex digits)`,
      );
    }
  }
}

/** Ids come from clients: cap what of them ends up in messages and logs. */
function describeId(id: string): string {
  return JSON.stringify(truncateId(id));
}

function truncateId(id: string): string {
  return id.length > 80 ? `${id.slice(0, 80)}…` : id;
}
