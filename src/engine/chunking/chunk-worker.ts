// Worker-thread entry of ChunkerPool: chunks the files of each request as it arrives
// and posts their outcomes back. Small files are read with synchronous calls (see
// chunk-small-file.ts); large ones stream with chunkFile, several requests at once.
// Started by chunker-pool.ts from the compiled file chunk-worker.js next to it; never
// imported. Workers read the real disk: the pool starts them only when the engine's
// FileSystem is the real one (env/file-system.ts).
import { parentPort } from "node:worker_threads";
import { NODE_FS } from "../env/file-system.js";
import { chunkFile } from "./chunk-file.js";
import { chunkSmallFileSync } from "./chunk-small-file.js";
import {
  toWireError,
  type ChunkOutcome,
  type ChunkRequest,
  type ChunkResponse,
} from "./worker-messages.js";

const port = parentPort;
if (port === null) {
  throw new Error("chunk-worker.js must be started as a worker thread by ChunkerPool");
}

async function chunkOne(path: string, request: ChunkRequest): Promise<ChunkOutcome> {
  try {
    const { params, part, range } = request;
    const result =
      (range ? null : chunkSmallFileSync(NODE_FS, path, params, part)) ??
      (await chunkFile(path, { params, part, ...(range ? { range } : {}) }));
    return { ok: true, result };
  } catch (err) {
    return { ok: false, error: toWireError(err) };
  }
}

async function handle(request: ChunkRequest): Promise<ChunkResponse> {
  const outcomes: ChunkOutcome[] = [];
  for (const path of request.paths) outcomes.push(await chunkOne(path, request));
  return { id: request.id, outcomes };
}

port.on("message", (request: ChunkRequest) => {
  // handle() never rejects: every failure becomes an error outcome. If posting
  // itself throws, the worker dies and the pool rejects the jobs as a crash.
  void handle(request).then((response) => {
    port.postMessage(response);
  });
});
