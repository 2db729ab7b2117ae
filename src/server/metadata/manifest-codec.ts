// Manifests (the ordered chunk list of a file version) are stored as packed binary,
// 36 bytes per chunk: a quarter of their JSON size.
import type { ChunkRef } from "../../shared/protocol.js";

const RECORD = 36;

export function encodeManifest(chunks: readonly ChunkRef[]): Buffer {
  const out = Buffer.alloc(chunks.length * RECORD);
  chunks.forEach((chunk, i) => {
    out.write(chunk.id, i * RECORD, 32, "hex");
    out.writeUInt32BE(chunk.size, i * RECORD + 32);
  });
  return out;
}

export function decodeManifest(blob: Buffer | null | undefined): ChunkRef[] {
  if (!blob) return [];
  const chunks: ChunkRef[] = [];
  for (let offset = 0; offset + RECORD <= blob.length; offset += RECORD) {
    chunks.push({
      id: blob.toString("hex", offset, offset + 32),
      size: blob.readUInt32BE(offset + 32),
    });
  }
  return chunks;
}
