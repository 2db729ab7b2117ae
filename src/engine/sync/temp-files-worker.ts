// Worker-thread entry of TempFiles (temp-files.ts): writes batches of small downloads
// into temp files and renames them into place, with synchronous calls, off the main
// thread. Started from the compiled file temp-files-worker.js next to temp-files.js;
// never imported. Only started when the engine's FileSystem is the real one.
import { parentPort, type MessagePort } from "node:worker_threads";
import { NODE_FS } from "../env/file-system.js";
import { toWireError } from "../chunking/worker-messages.js";
import { placeNewFile, writeSmallTemp } from "./small-temp.js";
import type { TempFilesRequest, TempFilesResponse, TempOutcome } from "./temp-files-messages.js";

const maybePort = parentPort;
if (maybePort === null) {
  throw new Error("temp-files-worker.js must be started as a worker thread by TempFiles");
}
const port: MessagePort = maybePort;

function outcome(work: () => unknown): TempOutcome {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}

port.on("message", (request: TempFilesRequest) => {
  let outcomes: TempOutcome[];
  if (request.kind === "write") {
    const data = new Uint8Array(request.data);
    outcomes = request.files.map(({ dir, start, size, mtime }) =>
      outcome(() =>
        writeSmallTemp(NODE_FS, { dir, parts: [data.subarray(start, start + size)], size, mtime }),
      ),
    );
  } else {
    outcomes = request.moves.map(({ temp, file, rel }) =>
      outcome(() => placeNewFile(NODE_FS, temp, file, rel)),
    );
  }
  const response: TempFilesResponse = { id: request.id, outcomes };
  port.postMessage(response);
});
