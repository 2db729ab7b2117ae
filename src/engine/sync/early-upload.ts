// Sends the chunks of large files while the scan is still hashing them (the chunker
// hands them out as it cuts them: chunking/chunk-emitter.ts). Without it a new 256 MiB
// file was read and hashed, then read and hashed again while being sent: the upload
// began only once the whole file was hashed.
//
// Nothing here commits: chunks are content-addressed, so sending one early is only
// ever ahead of the upload the round's plan makes, which then finds them stored and
// sends what is still missing itself. A chunk sent for a file that is not committed
// after all (it changed while hashed, or its content was on the server already under
// another name) is the server's garbage to collect. Any failure here (offline, refused)
// stops early sending for the round and is left to that upload to meet; a pause that
// cuts a file's sending is the round's to report, as it would be during the upload.
//
// Chunks stored are announced to the account's other devices (their offsets in the
// file, through the server's push channel), which may fetch them before the commit
// (incoming-files.ts): with both running, a new 256 MiB file was uploaded whole, then
// downloaded whole. Announcing is best effort: a failure or nobody listening ends it
// for the file, and changes nothing else.
import { randomBytes } from "node:crypto";
import { CHUNK_FRAME_HEADER, LIMITS } from "../../shared/protocol.js";
import type { ChunkBatch, ChunkOutlet } from "../chunking/index.js";
import type { RemoteClient } from "../remote/index.js";
import type { TransferProgress } from "./transfer-progress.js";

/** Files from this size send their chunks while hashed; smaller ones hash in moments. */
export const EARLY_UPLOAD_MIN_BYTES = 4 * 1024 * 1024;
/** Batches being asked about or sent at once, over all files. */
const REQUESTS_IN_FLIGHT = 3;

export class EarlyUpload {
  #stopped = false;
  #inFlight = 0;
  /** Batches waiting for their turn, each with where it starts in its file. */
  readonly #waiting: { offset: number; wake: () => void }[] = [];
  readonly #sending = new Set<Promise<void>>();
  /** Files whose sending a pause cut short, and why. */
  readonly #cut = new Map<string, unknown>();
  /** Chunks the server holds now: it said so, or took them from here. */
  readonly #stored = new Set<string>();

  constructor(
    private readonly remote: RemoteClient,
    private readonly onBytes?: (bytes: number) => void,
    private readonly progress?: TransferProgress,
  ) {}

  /** Whether a failure stopped early sending for this round. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /**
   * Chunks seen stored on the server by this round's early sending: the upload that
   * follows need not ask about them again (~900 kB of ids for a 256 MiB file).
   */
  get stored(): ReadonlySet<string> {
    return this.#stored;
  }

  /** Files (paths) whose sending the round's abort (a pause) cut short, with its error. */
  get cut(): ReadonlyMap<string, unknown> {
    return this.#cut;
  }

  /**
   * The outlet for the file at `path` of `size` bytes (none for a small one). The
   * chunks of its version hashed before are on the server already: not handed out.
   */
  outletFor(path: string, size: number): ChunkOutlet | undefined {
    if (size < EARLY_UPLOAD_MIN_BYTES || this.#stopped) return undefined;
    const announce = { upload: randomBytes(12).toString("base64url"), on: true };
    return {
      skipPrevious: true,
      onBatch: (batch) => this.send(batch, path, size, announce),
    };
  }

  /**
   * Send the batch's chunks the server lacks, of the file at `path` (`size` bytes);
   * resolves once they are stored (or not). With `announce` (while `on`), the stored
   * chunks are then announced as part of that upload.
   */
  send(
    batch: ChunkBatch,
    path: string,
    size: number,
    announce?: { upload: string; on: boolean },
  ): Promise<void> {
    const sending = this.#send(batch, path, size, announce).finally(() =>
      this.#sending.delete(sending),
    );
    this.#sending.add(sending);
    return sending;
  }

  /**
   * Resolves once every batch handed out so far is dealt with. A chunking job can end
   * with its last batches still on their way: the upload that follows would otherwise
   * find them missing and send them again.
   */
  async settled(): Promise<void> {
    while (this.#sending.size > 0) await Promise.all(this.#sending);
  }

  async #send(
    batch: ChunkBatch,
    path: string,
    size: number,
    announce?: { upload: string; on: boolean },
  ): Promise<void> {
    if (this.#stopped) return;
    await this.#turn(batch.chunks[0]?.offset ?? 0);
    try {
      // Another batch may have failed while this one waited for its turn.
      if (this.stopped) return;
      const missing = new Set(await this.remote.missing(batch.chunks.map((c) => c.id)));
      const body = missingFrames(batch, missing);
      if (body !== null) {
        await this.remote.uploadFramed(body.frames);
        this.onBytes?.(body.payload);
      }
      let covered = 0;
      for (const chunk of batch.chunks) {
        this.#stored.add(chunk.id);
        covered += chunk.size;
      }
      this.progress?.advance("upload", path, size, covered);
      if (announce?.on) this.#announce(batch, path, size, announce);
    } catch (error) {
      this.#stopped = true;
      if (this.remote.signal?.aborted) this.#cut.set(path, error);
    } finally {
      this.#inFlight--;
      this.#next()?.wake();
    }
  }

  /** Announce the batch's chunks (now stored); not awaited: the chunker goes on. */
  #announce(
    batch: ChunkBatch,
    path: string,
    size: number,
    announce: { upload: string; on: boolean },
  ): void {
    const chunks = batch.chunks.map(({ id, size: bytes, offset }) => ({ id, size: bytes, offset }));
    void (async () => {
      for (let i = 0; i < chunks.length && announce.on; i += LIMITS.maxIncomingChunks) {
        const part = chunks.slice(i, i + LIMITS.maxIncomingChunks);
        const told = await this.remote.announceIncoming({
          upload: announce.upload,
          path,
          size,
          chunks: part,
        });
        if (told === 0) announce.on = false;
      }
    })().catch(() => {
      announce.on = false;
    });
  }

  async #turn(offset: number): Promise<void> {
    // Under a bandwidth limit, parallel requests only split the same rate (as upload.ts).
    const window = this.remote.upLimit.rate > 0 ? 1 : REQUESTS_IN_FLIGHT;
    while (this.#inFlight >= window) {
      await new Promise<void>((wake) => this.#waiting.push({ offset, wake }));
    }
    this.#inFlight++;
  }

  /**
   * The batch to go next. Under a bandwidth limit, the waiting one that starts earliest
   * in its file: a large file is chunked by two workers at once (the second from 70%
   * on), whose batches went up interleaved, and another device fetching ahead takes
   * chunks in the file's order only: it waited for the first part while half the link
   * carried the last (a 64 MiB file over a 20 MiB/s link reached it ~1 s after the
   * commit, now ~0.1 s). The second worker waits meanwhile, which costs nothing when the
   * link sets the pace. Without a limit the machine does, and a waiting worker would
   * slow the hashing (a new 256 MiB file with both running: ~4.2 s -> ~5.3 s): first
   * come, first served.
   */
  #next(): { offset: number; wake: () => void } | undefined {
    if (this.remote.upLimit.rate === 0) return this.#waiting.shift();
    let first = 0;
    for (let i = 1; i < this.#waiting.length; i++) {
      if ((this.#waiting[i]?.offset ?? 0) < (this.#waiting[first]?.offset ?? 0)) first = i;
    }
    return this.#waiting.splice(first, 1)[0];
  }
}

/**
 * The frames of the batch's chunks in `wanted` (which this empties), each once: the
 * batch's own body when that is all of them (a new file), else a copy of those frames;
 * null when none is.
 */
function missingFrames(
  batch: ChunkBatch,
  wanted: Set<string>,
): { frames: Buffer; payload: number } | null {
  const parts: Buffer[] = [];
  let payload = 0;
  let at = 0;
  for (const chunk of batch.chunks) {
    const frameEnd = at + CHUNK_FRAME_HEADER + chunk.size;
    if (wanted.delete(chunk.id)) {
      parts.push(batch.body.subarray(at, frameEnd));
      payload += chunk.size;
    }
    at = frameEnd;
  }
  if (parts.length === 0) return null;
  const frames = parts.length === batch.chunks.length ? batch.body : Buffer.concat(parts);
  return { frames, payload };
}
