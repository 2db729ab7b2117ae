// Where a batch of small downloads is written to temp files and, once durable, renamed
// into place (download-batches.ts): on a worker thread of its own when the engine's
// FileSystem is the real one, else on this thread. Creating a file, writing it,
// setting its mtime, checking its name is free and renaming it are ~80 µs of system
// calls a file here; for 10,000 files that was ~0.9 s of the main thread, which
// meanwhile parses the next chunks and records the last files in the index. The calls
// stay synchronous in the worker (the thread pool's trip per call cost more than the
// calls), and the bytes travel to it packed in one transferred buffer per batch.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CirrusError } from "../../shared/errors.js";
import { isNodeFs, NODE_FS, type FileSystem } from "../env/file-system.js";
import { fromWireError } from "../chunking/worker-messages.js";
import { placeNewFile, writeSmallTemp, type PlacedFile, type SmallTemp } from "./small-temp.js";
import type { TempFilesRequest, TempFilesResponse, TempOutcome } from "./temp-files-messages.js";

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

/** A durable temp file and the free name it takes (`rel` names it in errors). */
export interface NewFileMove {
  temp: string;
  file: string;
  rel: string;
}

export interface TempFiles {
  /** Each file into a new temp file beside its target: the temp paths, in order. */
  write(files: readonly SmallTemp[]): Promise<Outcome<string>[]>;
  /** Each temp file renamed to its name, which must still be free (new files). */
  placeNew(moves: readonly NewFileMove[]): Promise<Outcome<PlacedFile>[]>;
  close(): Promise<void>;
}

const WORKER_URL = new URL("./temp-files-worker.js", import.meta.url);

/** Files handled between two turns of the event loop, on this thread. */
const YIELD_EVERY = 64;

/** A worker when it can run (the real disk, the compiled worker file beside), else this thread. */
export function openTempFiles(fs: FileSystem, workerUrl: URL = WORKER_URL): TempFiles {
  if (isNodeFs(fs) && existsSync(fileURLToPath(workerUrl))) return new WorkerTempFiles(workerUrl);
  return new InProcessTempFiles(fs);
}

class InProcessTempFiles implements TempFiles {
  constructor(private readonly fs: FileSystem) {}

  write(files: readonly SmallTemp[]): Promise<Outcome<string>[]> {
    return eachYielding(files, (file) => writeSmallTemp(this.fs, file));
  }

  placeNew(moves: readonly NewFileMove[]): Promise<Outcome<PlacedFile>[]> {
    return eachYielding(moves, (m) => placeNewFile(this.fs, m.temp, m.file, m.rel));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

async function eachYielding<I, T>(
  items: readonly I[],
  work: (item: I) => T,
): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  for (const [i, item] of items.entries()) {
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      outcomes.push({ ok: true, value: work(item) });
    } catch (error) {
      outcomes.push({
        ok: false,
        error: error instanceof Error ? error : new Error(String(error)),
      });
    }
  }
  return outcomes;
}

class WorkerTempFiles implements TempFiles {
  private readonly worker: Worker;
  private readonly waiting = new Map<
    number,
    { resolve: (outcomes: TempOutcome[]) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;
  /** After the worker failed: this thread does the work. */
  private fallback: InProcessTempFiles | null = null;

  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.on("message", (response: TempFilesResponse) => {
      const call = this.waiting.get(response.id);
      this.waiting.delete(response.id);
      call?.resolve(response.outcomes);
    });
    this.worker.on("error", (error) => {
      this.stopped(error);
    });
    this.worker.on("exit", (code) => {
      this.stopped(new CirrusError("internal", `the file writer stopped (exit code ${code})`));
    });
  }

  write(files: readonly SmallTemp[]): Promise<Outcome<string>[]> {
    if (this.fallback) return this.fallback.write(files);
    // The bytes back to back in one buffer the worker takes over (no copy on the way).
    const data = new Uint8Array(files.reduce((sum, f) => sum + f.size, 0));
    let at = 0;
    const placed = files.map(({ dir, parts, size, mtime }) => {
      const start = at;
      for (const part of parts) {
        data.set(part, at);
        at += part.length;
      }
      return { dir, start, size, mtime };
    });
    const buffer = data.buffer;
    return this.call({ kind: "write", id: this.nextId++, data: buffer, files: placed }, [buffer]);
  }

  placeNew(moves: readonly NewFileMove[]): Promise<Outcome<PlacedFile>[]> {
    if (this.fallback) return this.fallback.placeNew(moves);
    return this.call({ kind: "place", id: this.nextId++, moves: [...moves] });
  }

  async close(): Promise<void> {
    this.fallback ??= new InProcessTempFiles(NODE_FS);
    await this.worker.terminate();
  }

  private call<T>(request: TempFilesRequest, transfer: ArrayBuffer[] = []): Promise<Outcome<T>[]> {
    return new Promise<TempOutcome[]>((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request, transfer);
    }).then((outcomes) =>
      outcomes.map((o) =>
        o.ok ? { ok: true, value: o.value as T } : { ok: false, error: fromWireError(o.error) },
      ),
    );
  }

  /** The worker is gone: its calls fail (their files are tried again next round). */
  private stopped(error: Error): void {
    this.fallback ??= new InProcessTempFiles(NODE_FS);
    for (const call of this.waiting.values()) call.reject(error);
    this.waiting.clear();
  }
}
