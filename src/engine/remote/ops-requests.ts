// A batch of ops as the requests that carry it. The server takes at most maxBatchOps
// ops per request, and a commit carries its file's whole manifest (~90 bytes of JSON
// per chunk): 2,000 photos of 3.5 MiB in one request were ~17 MiB of JSON, over what
// the server accepts, so none of them ever synced. Requests are cut at a size too,
// well under the server's limit; an op larger than that on its own (a file of tens of
// GiB) goes alone, which the commit routes' own limit allows (protocol.ts).
import { LIMITS, type Op } from "../../shared/protocol.js";

/** Bytes of JSON a request of several ops stays under. */
export const OPS_REQUEST_BYTES = 8 * 1024 * 1024;

/** The request bodies (`{"ops":[…]}`, serialized) for `ops`, in order. */
export function opsRequests(
  ops: readonly Op[],
  limits: { maxOps: number; maxBytes: number } = {
    maxOps: LIMITS.maxBatchOps,
    maxBytes: OPS_REQUEST_BYTES,
  },
): string[] {
  const bodies: string[] = [];
  let parts: string[] = [];
  let bytes = 0;
  const close = () => {
    if (parts.length > 0) bodies.push(`{"ops":[${parts.join(",")}]}`);
    parts = [];
    bytes = 0;
  };
  for (const op of ops) {
    const part = JSON.stringify(op);
    const size = Buffer.byteLength(part) + 1;
    if (parts.length >= limits.maxOps || (parts.length > 0 && bytes + size > limits.maxBytes)) {
      close();
    }
    parts.push(part);
    bytes += size;
  }
  close();
  return bodies;
}
