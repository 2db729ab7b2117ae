// Manifests (the ordered chunk list of a file version) are stored as packed binary,
// 36 bytes per chunk (32-byte SHA-256, 4-byte big-endian size): a quarter of their
// JSON size. Used by the server's metadata store and the client's index.
import type { ChunkRef } from "./protocol.js";

const RECORD = 36;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export function encodeManifest(chunks: readonly ChunkRef[]): Uint8Array {
  const out = new Uint8Array(chunks.length * RECORD);
  const view = new DataView(out.buffer);
  chunks.forEach((chunk, i) => {
    const at = i * RECORD;
    for (let b = 0; b < 32; b++) out[at + b] = parseInt(chunk.id.slice(b * 2, b * 2 + 2), 16);
    view.setUint32(at + 32, chunk.size, false);
  });
  return out;
}

export function decodeManifest(blob: Uint8Array | null | undefined): ChunkRef[] {
  if (!blob) return [];
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const chunks: ChunkRef[] = [];
  for (let at = 0; at + RECORD <= blob.length; at += RECORD) {
    let id = "";
    for (let b = 0; b < 32; b++) id += HEX[blob[at + b] ?? 0] ?? "";
    chunks.push({ id, size: view.getUint32(at + 32, false) });
  }
  return chunks;
}
