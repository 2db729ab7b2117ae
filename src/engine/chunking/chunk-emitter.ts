// Hands out the chunks of a large file while it is being chunked, as ready-to-send
// upload bodies ([sha256][u32 length][bytes]…, chunk-framing.ts). The sync engine sends
// them while the rest of the file is still being read and hashed (sync/early-upload.ts),
// so a new large file is uploaded in about the time of the slower of the two instead of
// their sum, and its bytes are read and hashed once instead of twice.
//
// A chunk's bytes are copied into the body at its cut point, once its id says whether
// it is wanted: for an edit of a large file almost every chunk is one the server holds
// (`skip`), and those are never copied. Until the cut, the chunk's bytes are views of
// the chunker's read buffer; the part still open when a read ends is copied aside
// (at most one chunk), since the next read overwrites that buffer.
import { frameHeader } from "../../shared/chunk-framing.js";
import { CHUNK_FRAME_HEADER } from "../../shared/protocol.js";
import { SpareBuffers } from "../../shared/spare-buffers.js";
import type { FileChunk } from "./chunk-file.js";

/** Complete chunks of a file and their frames, in file order. */
export interface ChunkBatch {
  chunks: FileChunk[];
  /** Each chunk's frame, back to back; the buffer belongs to the batch alone. */
  body: Buffer;
}

export interface ChunkEmitOptions {
  /** Chunks not to hand out (the file's previous version: already on the server). */
  skip?: readonly string[];
  /** Hand out only chunks starting at this offset or later (default 0). */
  from?: number;
  /** ...and before this one (default: no end). */
  before?: number;
  /** Receives each batch; the chunker reads on only once it resolves. */
  onBatch: (batch: ChunkBatch) => Promise<void>;
  /**
   * Buffers to build batches in, where chunkFile gives each batch's buffer back once
   * its onBatch resolved (unless it was transferred away): only for a caller done with
   * each batch by then. Fresh buffers cost a page fault per 4 KiB written.
   */
  spares?: SpareBuffers;
}

/** `emit`, skipping also the chunks of `previous` when the outlet asked for that. */
export function skippingPrevious(
  emit: ChunkEmitOptions,
  previous: readonly { id: string }[] | undefined,
  skipPrevious: boolean | undefined,
): ChunkEmitOptions {
  if (!skipPrevious || !previous?.length) return emit;
  return { ...emit, skip: [...(emit.skip ?? []), ...previous.map((c) => c.id)] };
}

/** Frame bytes per batch: one upload request's worth. */
export const EMIT_BATCH_BYTES = 4 * 1024 * 1024;

/** Room for a batch and the read that completes it. */
const bodyBytes = (batchBytes: number) => batchBytes + batchBytes / 2;

/** Spare buffers sized for batches. */
export const batchSpares = (): SpareBuffers => new SpareBuffers(bodyBytes(EMIT_BATCH_BYTES));

export class ChunkEmitter {
  private readonly skip: ReadonlySet<string>;
  private body: Buffer;
  private chunks: FileChunk[] = [];
  /** End of the complete frames in `body`. */
  private end = 0;
  /** The open chunk's bytes so far. */
  private pending: Uint8Array[] = [];

  private readonly from: number;
  private readonly before: number;
  private readonly spares: SpareBuffers | undefined;

  constructor(
    options: Omit<ChunkEmitOptions, "onBatch"> = {},
    private readonly batchBytes = EMIT_BATCH_BYTES,
  ) {
    this.skip = new Set(options.skip);
    this.from = options.from ?? 0;
    this.before = options.before ?? Infinity;
    this.spares = options.spares;
    this.body = this.freshBody(0);
  }

  /** The next bytes of the open chunk (a view, valid until settle()). */
  feed(bytes: Uint8Array): void {
    this.pending.push(bytes);
  }

  /** The open chunk ends here: keep its frame, or drop it. */
  cut(chunk: FileChunk): void {
    const pending = this.pending;
    this.pending = [];
    if (chunk.offset < this.from || chunk.offset >= this.before || this.skip.has(chunk.id)) {
      return;
    }
    const frameEnd = this.end + CHUNK_FRAME_HEADER + chunk.size;
    if (frameEnd > this.body.length) {
      const grown = this.freshBody(Math.max(frameEnd, 2 * this.body.length));
      this.body.copy(grown, 0, 0, this.end);
      this.body = grown;
    }
    this.body.set(frameHeader(chunk.id, chunk.size), this.end);
    let at = this.end + CHUNK_FRAME_HEADER;
    for (const bytes of pending) {
      this.body.set(bytes, at);
      at += bytes.length;
    }
    this.chunks.push(chunk);
    this.end = frameEnd;
  }

  /** The buffer fed from is about to be reused: keep a copy of the open chunk's bytes. */
  settle(): void {
    if (this.pending.length > 0) this.pending = [Buffer.concat(this.pending)];
  }

  /** A batch once complete frames fill one, else null. */
  take(): ChunkBatch | null {
    return this.end >= this.batchBytes ? this.split() : null;
  }

  /** Whatever complete frames are left (an open chunk is not a chunk yet). */
  rest(): ChunkBatch | null {
    return this.chunks.length > 0 ? this.split() : null;
  }

  private split(): ChunkBatch {
    const batch = { chunks: this.chunks, body: this.body.subarray(0, this.end) };
    this.body = this.freshBody(0);
    this.chunks = [];
    this.end = 0;
    return batch;
  }

  /** A batch's caller is done with it: its buffer may hold a later batch. */
  giveBack(batch: ChunkBatch): void {
    this.spares?.give(batch.body);
  }

  /**
   * A buffer of its own (never a slice of Node's shared pool), so a batch's buffer can
   * be transferred to another thread.
   */
  private freshBody(atLeast: number): Buffer {
    const size = Math.max(atLeast, bodyBytes(this.batchBytes));
    return this.spares ? this.spares.take(size) : Buffer.allocUnsafeSlow(size);
  }
}
