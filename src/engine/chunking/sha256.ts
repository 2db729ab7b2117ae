// SHA-256 as lowercase hex: the id of a chunk, the hash of a file. One call, no Hash
// object: the ids of thousands of small chunks are computed and checked on hot paths.
// (The server checks the ids it receives with its own: src/server/blob/chunk-id.ts.)
import { hash } from "node:crypto";

export function sha256Hex(data: Uint8Array): string {
  return hash("sha256", data, "hex");
}
