// Worker-thread entry of ChunkerPool: runs chunkFile for each request as it arrives
// (several at once: small files mostly wait on I/O) and posts each result back. Started by chunker-pool.ts from the compiled file
// chunk-worker.js next to it; never imported.
import { parentPort } from "node:worker_threads";
import { chunkFile } from "./chunk-file.js";
import { toWireError, type ChunkRequest, type ChunkResponse } from "./worker-messages.js";

const port = parentPort;
if (port === null) {
  throw new Error("chunk-worker.js must be started as a worker thread by ChunkerPool");
}

async function handle(request: ChunkRequest): Promise<ChunkResponse> {
  try {
    const result = await chunkFile(request.path, { params: request.params, part: request.part });
    return { id: request.id, ok: true, result };
  } catch (err) {
    return { id: request.id, ok: false, error: toWireError(err) };
  }
}

port.on("message", (request: ChunkRequest) => {
  // handle() never rejects: every failure becomes an error response. If posting
  // itself throws, the worker dies and the pool rejects the job as a crash.
  void handle(request).then((response) => {
    port.postMessage(response);
  });
});
