// Hands out the chunks of a large file while it is being chunked, as ready-to-send
// upload bodies ([sha256][u32 length][bytes]…, chunk-framing.ts). The sync engine sends
// them while the rest of the file is still being read and hashed (sync/early-upload.ts),
// so a new large file is uploaded in about the time of the slower of the two instead of
// their sum, and its bytes are read and hashed once instead of twice.
//
// Bytes are copied from the chunker's read buffer into the body as they stream past;
// each chunk gets the room for its frame header up front, filled in when its cut point
// (and so its id) is known. A chunk the caller does not want (it is in `skip`, or
// starts before `from`) is dropped by rewinding to its header.
import { frameHeader } from "../../shared/chunk-framing.js";
import { CHUNK_FRAME_HEADER } from "../../shared/protocol.js";
import type { FileChunk } from "./chunk-file.js";

/** Complete chunks of a file and their frames, in file order. */
export interface ChunkBatch {
  chunks: FileChunk[];
  /** Each chunk's frame, back to back; the buffer belongs to the batch alone. */
  body: Buffer;
}

export interface ChunkEmitOptions {
  /** Chunks not to hand out (the file's previous version: already on the server). */
  skip?: ReadonlySet<string>;
  /** Hand out only chunks starting at this offset or later (default 0). */
  from?: number;
  /** Receives each batch; the chunker reads on only once it resolves. */
  onBatch: (batch: ChunkBatch) => Promise<void>;
}

/** Frame bytes per batch: one upload request's worth. */
export const EMIT_BATCH_BYTES = 4 * 1024 * 1024;

export class ChunkEmitter {
  private body: Buffer;
  private chunks: FileChunk[] = [];
  /** Where the open chunk's frame starts (everything before it is complete frames). */
  private frameAt = 0;
  /** End of the bytes written. */
  private end = CHUNK_FRAME_HEADER;

  constructor(
    private readonly skip: ReadonlySet<string> = new Set(),
    private readonly from = 0,
    private readonly batchBytes = EMIT_BATCH_BYTES,
  ) {
    this.body = this.freshBody(0);
  }

  /** The next bytes of the open chunk. */
  feed(bytes: Uint8Array): void {
    if (this.end + bytes.length > this.body.length) {
      const grown = this.freshBody(Math.max(this.end + bytes.length, 2 * this.body.length));
      this.body.copy(grown, 0, 0, this.end);
      this.body = grown;
    }
    this.body.set(bytes, this.end);
    this.end += bytes.length;
  }

  /** The open chunk ends here: keep its frame, or drop it. */
  cut(chunk: FileChunk): void {
    if (chunk.offset >= this.from && !this.skip.has(chunk.id)) {
      this.body.set(frameHeader(chunk.id, chunk.size), this.frameAt);
      this.chunks.push(chunk);
      this.frameAt = this.end;
    }
    this.end = this.frameAt + CHUNK_FRAME_HEADER;
  }

  /** A batch once complete frames fill one, else null. */
  take(): ChunkBatch | null {
    return this.frameAt >= this.batchBytes ? this.split() : null;
  }

  /** Whatever complete frames are left (the open chunk's bytes are not a chunk yet). */
  rest(): ChunkBatch | null {
    return this.chunks.length > 0 ? this.split() : null;
  }

  private split(): ChunkBatch {
    const batch = { chunks: this.chunks, body: this.body.subarray(0, this.frameAt) };
    const open = this.body.subarray(this.frameAt, this.end);
    this.body = this.freshBody(open.length);
    this.body.set(open, 0);
    this.chunks = [];
    this.end = open.length;
    this.frameAt = 0;
    return batch;
  }

  /**
   * A buffer of its own (never a slice of Node's shared pool), so a batch's buffer can
   * be transferred to another thread; room for a batch and the reads until it is taken.
   */
  private freshBody(atLeast: number): Buffer {
    return Buffer.allocUnsafeSlow(Math.max(atLeast, this.batchBytes + this.batchBytes / 2));
  }
}
