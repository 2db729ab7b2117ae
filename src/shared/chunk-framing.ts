// Binary framing for chunk batches in both directions:
// repeated [32-byte SHA-256][4-byte big-endian length][bytes].
// Many small chunks then travel in one request, with no base64 or JSON overhead.
import { CirrusError } from "./errors.js";
import { CHUNK_FRAME_HEADER } from "./protocol.js";

export interface FramedChunk {
  id: string;
  data: Uint8Array;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += HEX[b] ?? "";
  return out;
}

/** Value of a lowercase hex digit by char code (ids are validated as lowercase hex). */
const NIBBLE = new Uint8Array(128);
for (let i = 0; i < 16; i++) NIBBLE[i.toString(16).charCodeAt(0)] = i;

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    out[i] = ((NIBBLE[hex.charCodeAt(i * 2)] ?? 0) << 4) | (NIBBLE[hex.charCodeAt(i * 2 + 1)] ?? 0);
  }
  return out;
}

export function frameHeader(id: string, length: number): Uint8Array {
  const header = new Uint8Array(CHUNK_FRAME_HEADER);
  header.set(fromHex(id), 0);
  new DataView(header.buffer).setUint32(32, length, false);
  return header;
}

/** Split a framed body into chunks; a truncated or overlong frame is a bad request. */
export function parseFrames(body: Uint8Array, maxChunkSize: number): FramedChunk[] {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const chunks: FramedChunk[] = [];
  let offset = 0;
  while (offset < body.length) {
    if (offset + CHUNK_FRAME_HEADER > body.length) {
      throw new CirrusError("bad_request", "truncated chunk frame header");
    }
    const id = toHex(body.subarray(offset, offset + 32));
    const length = view.getUint32(offset + 32, false);
    if (length === 0 || length > maxChunkSize) {
      throw new CirrusError("bad_request", `chunk frame length ${length} out of range`);
    }
    const start = offset + CHUNK_FRAME_HEADER;
    if (start + length > body.length) throw new CirrusError("bad_request", "truncated chunk frame");
    chunks.push({ id, data: body.subarray(start, start + length) });
    offset = start + length;
  }
  return chunks;
}
