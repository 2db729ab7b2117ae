// The messages between ChunkerPool and its worker threads, and how an error crosses
// that boundary without losing what callers branch on (CirrusError codes, fs codes).
import { CirrusError, isErrorCode } from "../../shared/errors.js";
import type { CdcRange, ChunkPart, FileChunk, FileChunks } from "./chunk-file.js";
import type { ChunkerParams } from "./fastcdc.js";

/**
 * Pool -> worker: chunk these files (or one part of the work, see ChunkPart). Small
 * files travel many to a request; a large one travels alone.
 */
export interface ChunkRequest {
  id: number;
  paths: string[];
  params: ChunkerParams;
  part: ChunkPart;
  /** Cut only this part of the file (a request of one large file). */
  range?: CdcRange;
  /**
   * Hand out the chunks while chunking (a request of one large file): BatchMessage.
   * `skipPrevious`: skip the previous version's chunks, the list not sent twice.
   */
  emit?: { skip: readonly string[]; skipPrevious?: boolean; from: number; before?: number };
  /**
   * The chunks of the file's previous version (a request of one large file), packed
   * (manifest-codec.ts): one buffer to copy, not ~13,000 objects to clone for a
   * 256 MiB file, on the way to every edit of it.
   */
  previous?: Uint8Array;
}

/**
 * Worker -> pool: complete chunks of a request's file and their frames (`body`, its
 * first `length` bytes, transferred). The worker reads on once the pool acknowledges
 * (AckMessage) all but a few batches.
 */
export interface BatchMessage {
  type: "batch";
  id: number;
  chunks: FileChunk[];
  body: ArrayBuffer;
  length: number;
}

/** Pool -> worker: the batch of request `ack` was dealt with; its buffer comes back. */
export interface AckMessage {
  type: "ack";
  ack: number;
  body: ArrayBuffer;
}

/** Batches a request may have unacknowledged before its worker stops reading. */
export const BATCHES_UNACKED = 3;

/** An error as plain data (structured clone drops class and extra fields otherwise). */
export interface WireError {
  /** "cirrus" when it was a CirrusError, so the code is an ErrorCode. */
  kind: "cirrus" | "error";
  message: string;
  /** CirrusError code, or a Node error code such as ENOENT. */
  code?: string;
  detail?: unknown;
}

export type ChunkOutcome =
  | {
      ok: true;
      result: Omit<FileChunks, "bytes">;
      /** Where the file's bytes (result.size of them) start in the response's `content`. */
      contentAt?: number;
    }
  | { ok: false; error: WireError };

/** Worker -> pool: the outcome of each file of the request with the same id, in order. */
export interface ChunkResponse {
  type: "done";
  id: number;
  outcomes: ChunkOutcome[];
  /**
   * The bytes of the request's small files, back to back in one buffer that is
   * transferred, not copied (a Buffer sent as such would carry its whole 8 KiB pool
   * slab with it, one per file).
   */
  content?: ArrayBuffer;
}

export function toWireError(err: unknown): WireError {
  if (err instanceof CirrusError) {
    return { kind: "cirrus", code: err.code, message: err.message, detail: err.detail };
  }
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    return typeof code === "string"
      ? { kind: "error", message: err.message, code }
      : { kind: "error", message: err.message };
  }
  return { kind: "error", message: String(err) };
}

export function fromWireError(wire: WireError): Error {
  if (wire.kind === "cirrus" && isErrorCode(wire.code)) {
    return new CirrusError(wire.code, wire.message, wire.detail);
  }
  const err: NodeJS.ErrnoException = new Error(wire.message);
  if (wire.code !== undefined) err.code = wire.code;
  return err;
}
