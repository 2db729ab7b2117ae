// Worker-thread entry of ChunkerPool: chunks the files of each request as it arrives
// and posts their outcomes back. Small files are read with synchronous calls (see
// chunk-small-file.ts); large ones stream with chunkFile, several requests at once.
// Started by chunker-pool.ts from the compiled file chunk-worker.js next to it; never
// imported. Workers read the real disk: the pool starts them only when the engine's
// FileSystem is the real one (env/file-system.ts).
import { parentPort, type MessagePort } from "node:worker_threads";
import { NODE_FS } from "../env/file-system.js";
import { decodeManifest } from "../../shared/manifest-codec.js";
import type { ChunkRef } from "../../shared/protocol.js";
import {
  batchSpares,
  skippingPrevious,
  type ChunkBatch,
  type ChunkEmitOptions,
} from "./chunk-emitter.js";
import type { SpareBuffers } from "../../shared/spare-buffers.js";
import { chunkFile, type FileChunks } from "./chunk-file.js";
import { chunkSmallFileSync } from "./chunk-small-file.js";
import {
  BATCHES_UNACKED,
  toWireError,
  type AckMessage,
  type BatchMessage,
  type ChunkOutcome,
  type ChunkRequest,
  type ChunkResponse,
  type WireError,
} from "./worker-messages.js";

const maybePort = parentPort;
if (maybePort === null) {
  throw new Error("chunk-worker.js must be started as a worker thread by ChunkerPool");
}
const port: MessagePort = maybePort;

type Chunked = { ok: true; result: FileChunks } | { ok: false; error: WireError };

/** Per request handing out batches: resolves the wait of a worker that may read on. */
const acked = new Map<
  number,
  { unacked: number; wake: (() => void) | null; spares: SpareBuffers }
>();

/** Post a batch to the pool; wait while too many of the request's are unacknowledged. */
function emitFor(
  request: ChunkRequest,
  previous: readonly ChunkRef[] | undefined,
): ChunkEmitOptions | undefined {
  if (!request.emit) return undefined;
  // Batch buffers come back with the acknowledgements, to hold the request's next ones.
  const state = { unacked: 0, wake: null as (() => void) | null, spares: batchSpares() };
  acked.set(request.id, state);
  const { skip, skipPrevious, from, before } = request.emit;
  return skippingPrevious(
    {
      skip,
      from,
      ...(before === undefined ? {} : { before }),
      spares: state.spares,
      onBatch: async ({ chunks, body }: ChunkBatch) => {
        const message: BatchMessage = {
          type: "batch",
          id: request.id,
          chunks,
          body: body.buffer as ArrayBuffer,
          length: body.length,
        };
        port.postMessage(message, [message.body]);
        state.unacked++;
        while (state.unacked >= BATCHES_UNACKED) {
          await new Promise<void>((resolve) => (state.wake = resolve));
        }
      },
    },
    previous,
    skipPrevious,
  );
}

async function chunkOne(path: string, request: ChunkRequest): Promise<Chunked> {
  try {
    const { params, part, range } = request;
    const previous = request.previous && decodeManifest(request.previous);
    const emit = emitFor(request, previous);
    const result =
      (range || emit ? null : chunkSmallFileSync(NODE_FS, path, params, part)) ??
      (await chunkFile(path, {
        params,
        part,
        ...(range ? { range } : {}),
        ...(emit ? { emit } : {}),
        ...(previous ? { previous } : {}),
        syncReads: true,
      }));
    return { ok: true, result };
  } catch (err) {
    return { ok: false, error: toWireError(err) };
  } finally {
    acked.delete(request.id);
  }
}

async function handle(
  request: ChunkRequest,
): Promise<{ response: ChunkResponse; transfer: ArrayBuffer[] }> {
  const chunked: Chunked[] = [];
  for (const path of request.paths) chunked.push(await chunkOne(path, request));
  // The small files' bytes, packed into one buffer of their own (transferable).
  const small = (c: Chunked): c is { ok: true; result: FileChunks & { bytes: Buffer } } =>
    c.ok && c.result.bytes !== undefined;
  const total = chunked.reduce((sum, c) => sum + (small(c) ? c.result.size : 0), 0);
  const pack = total > 0 ? Buffer.allocUnsafeSlow(total) : null;
  let at = 0;
  const outcomes = chunked.map((c): ChunkOutcome => {
    if (!c.ok) return c;
    // A copy without the bytes (not `delete`, which leaves a slow dictionary object).
    const { bytes, ...result } = c.result;
    if (!pack || !bytes) return { ok: true, result };
    pack.set(bytes, at);
    at += result.size;
    return { ok: true, result, contentAt: at - result.size };
  });
  const response: ChunkResponse = { type: "done", id: request.id, outcomes };
  if (!pack) return { response, transfer: [] };
  const content = pack.buffer;
  return { response: { ...response, content }, transfer: [content] };
}

port.on("message", (message: ChunkRequest | AckMessage) => {
  if ("ack" in message) {
    // After its request ended, an acknowledgement (and its buffer) is of no use.
    const state = acked.get(message.ack);
    if (state) {
      state.spares.give(message.body);
      state.unacked--;
      state.wake?.();
    }
    return;
  }
  // handle() never rejects: every failure becomes an error outcome. If posting
  // itself throws, the worker dies and the pool rejects the jobs as a crash.
  void handle(message).then(({ response, transfer }) => {
    port.postMessage(response, transfer);
  });
});
