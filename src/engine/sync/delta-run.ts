// Fetches a run of new chunks as its difference from the run of old chunks it
// replaces (an edit made elsewhere), instead of the chunks themselves: a 1-byte
// overwrite then costs bytes, not a whole chunk of up to 64 KiB, on its way down.
// Every rebuilt chunk is verified against its id; any doubt (an endpoint without
// deltas, a base it no longer holds, a delta that does not fit) answers null, and the
// caller fetches the chunks as usual.
import { applyRunDelta } from "../../shared/chunk-delta.js";
import { CirrusError } from "../../shared/errors.js";
import { runSize } from "../../shared/manifest-codec.js";
import { LIMITS, type ChunkRef } from "../../shared/protocol.js";
import { sha256Hex } from "../chunking/sha256.js";

/** What the endpoint answers when it cannot serve this delta (the caller falls back). */
const FALL_BACK_ON = new Set(["not_found", "payload_too_large", "bad_request", "hash_mismatch"]);

/** Whether a run is small enough to be asked for as a delta. */
export function deltaFits(chunks: readonly ChunkRef[]): boolean {
  return (
    chunks.length > 0 &&
    chunks.length <= LIMITS.maxDeltaRunChunks &&
    runSize(chunks) <= LIMITS.maxDeltaRunBytes
  );
}

/** The endpoint's delta of a run of chunk ids against a base run (RemoteClient.fetchDelta). */
export type DeltaSource = (chunks: readonly string[], base: readonly string[]) => Promise<Buffer>;

/**
 * The bytes of `chunks` end to end, rebuilt from `baseBytes` (the bytes of `base` as
 * the receiver holds them, unverified) and the endpoint's delta; null to fall back.
 */
export async function fetchRunByDelta(
  source: DeltaSource,
  chunks: readonly ChunkRef[],
  base: readonly ChunkRef[],
  baseBytes: Buffer,
  onBytes?: (bytes: number) => void,
): Promise<Buffer | null> {
  let run: Buffer;
  try {
    const delta = await source(
      chunks.map((c) => c.id),
      base.map((c) => c.id),
    );
    onBytes?.(delta.length);
    run = applyRunDelta(delta, baseBytes, runSize(chunks));
  } catch (error) {
    if (error instanceof CirrusError && FALL_BACK_ON.has(error.code)) return null;
    throw error;
  }
  let at = 0;
  for (const chunk of chunks) {
    if (sha256Hex(run.subarray(at, at + chunk.size)) !== chunk.id) return null;
    at += chunk.size;
  }
  return run;
}
