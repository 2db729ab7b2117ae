// Runs chunkFile off the event loop: a small pool of worker threads fed from a FIFO
// queue. Hashing a large file is seconds of CPU; on the main thread that would stall
// the watcher, the control server and IPC for as long.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CirrusError } from "../../shared/errors.js";
import { chunkFile, type ChunkPart, type FileChunks } from "./chunk-file.js";
import { DEFAULT_CHUNKER_PARAMS, validateChunkerParams, type ChunkerParams } from "./fastcdc.js";
import { fromWireError, type ChunkRequest, type ChunkResponse } from "./worker-messages.js";

export interface ChunkerPoolOptions {
  /**
   * Concurrent jobs (worker threads). Default min(2, availableParallelism()): the
   * disk is usually the shared bottleneck, and the machine belongs to its user, so
   * background sync takes at most two cores.
   */
  size?: number;
  params?: ChunkerParams;
  /**
   * Worker entry file. Default: chunk-worker.js beside this module. When given, it
   * must exist (no in-process fallback); tests use it to inject a crashing worker.
   */
  workerUrl?: URL;
}

/**
 * "worker": jobs run on worker threads (compiled JS, production).
 * "in-process": jobs run as async chunkFile calls on this thread. That happens when
 * this module runs from TypeScript sources (Vitest): the .ts worker next to it cannot
 * be started by Node 20 (no type stripping) and its ".js" imports only resolve after
 * compilation. chunkFile reads in 1 MiB steps with an await between them, so this
 * mode is correct, just not isolated. A packager that moves this module without
 * chunk-worker.js would silently land here too: callers can log `mode`.
 */
export type ChunkerPoolMode = "worker" | "in-process";

interface Job {
  path: string;
  part: ChunkPart;
  resolve: (result: FileChunks) => void;
  reject: (err: Error) => void;
  /** Runs alone on its worker: it shared a worker that died, and may be why. */
  alone?: boolean;
}

/**
 * Jobs in flight per worker. A small file costs a few syscalls and almost no CPU, so
 * one job at a time leaves the worker waiting on I/O; the worker runs its jobs
 * concurrently (chunk-worker.ts), and large files still share its CPU fairly.
 */
const JOBS_PER_WORKER = 8;
/** Files from this size are read by two workers at once (see chunk()). */
const SPLIT_MIN_BYTES = 8 * 1024 * 1024;

interface Slot {
  worker: Worker;
  /** The jobs in flight on this worker, by the id their responses will carry. */
  jobs: Map<number, Job & { id: number }>;
  /** Why the worker died, from its 'error' event (the 'exit' event follows it). */
  crash: Error | null;
}

function closedError(): CirrusError {
  return new CirrusError("unavailable", "the chunker pool is closed");
}

/** Jobs on a worker; one running alone fills it. */
function load(slot: Slot | undefined): number {
  if (slot === undefined) return Infinity;
  for (const job of slot.jobs.values()) if (job.alone) return JOBS_PER_WORKER;
  return slot.jobs.size;
}

export class ChunkerPool {
  readonly size: number;
  readonly mode: ChunkerPoolMode;
  readonly #params: ChunkerParams;
  readonly #workerUrl: URL;
  readonly #queue: Job[] = [];
  readonly #slots = new Set<Slot>();
  /** In-process mode: chunkFile calls in flight (settled promises only). */
  readonly #running = new Set<Promise<void>>();
  /** In-process mode: stops reads in flight on close(). */
  readonly #abort = new AbortController();
  #nextJobId = 1;
  #closing: Promise<void> | null = null;

  constructor(opts: ChunkerPoolOptions = {}) {
    this.size = opts.size ?? Math.min(2, availableParallelism());
    if (!Number.isSafeInteger(this.size) || this.size < 1) {
      throw new RangeError(`chunker pool size must be a positive integer, got ${this.size}`);
    }
    this.#params = Object.freeze({ ...(opts.params ?? DEFAULT_CHUNKER_PARAMS) });
    validateChunkerParams(this.#params);
    this.#workerUrl = opts.workerUrl ?? new URL("./chunk-worker.js", import.meta.url);
    const workerExists = existsSync(fileURLToPath(this.#workerUrl));
    if (opts.workerUrl !== undefined && !workerExists) {
      throw new Error(`chunker worker not found: ${this.#workerUrl.href}`);
    }
    this.mode = workerExists ? "worker" : "in-process";
  }

  /** Worker threads alive right now (0 in in-process mode and after close()). */
  get liveWorkers(): number {
    return this.#slots.size;
  }

  /**
   * Chunk one file; rejects with what chunkFile throws, or "internal" if the worker
   * died. A file of `sizeHint` >= SPLIT_MIN_BYTES is read by two workers at once, one
   * cutting and hashing chunks, one hashing the whole, which roughly halves its time.
   */
  async chunk(path: string, sizeHint = 0): Promise<FileChunks> {
    if (sizeHint < SPLIT_MIN_BYTES || this.size < 2) return this.#submit(path, "all");
    const [chunked, whole] = await Promise.all([
      this.#submit(path, "chunks"),
      this.#submit(path, "hash"),
    ]);
    // Each read saw one unchanged file; equal stats say both saw the same one.
    if (
      chunked.size !== whole.size ||
      chunked.mtimeMs !== whole.mtimeMs ||
      chunked.ino !== whole.ino
    ) {
      throw new CirrusError("file_busy", `${path} changed while being read; try again later`, {
        path,
      });
    }
    return { ...chunked, hash: whole.hash };
  }

  #submit(path: string, part: ChunkPart): Promise<FileChunks> {
    if (this.#closing !== null) return Promise.reject(closedError());
    return new Promise<FileChunks>((resolve, reject) => {
      this.#queue.push({ path, part, resolve, reject });
      this.#pump();
    });
  }

  /**
   * Reject queued and running jobs with "unavailable", terminate every worker and
   * wait until all have exited (and, in-process, until open files are closed).
   */
  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  async #shutdown(): Promise<void> {
    const err = closedError();
    for (const job of this.#queue.splice(0)) job.reject(err);
    const exits: Promise<number>[] = [];
    for (const slot of this.#slots) {
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
      exits.push(slot.worker.terminate());
    }
    this.#abort.abort(err);
    await Promise.all([...exits, ...this.#running]);
  }

  /** Start queued jobs while there is capacity. */
  #pump(): void {
    if (this.#closing !== null) return;
    while (this.#queue.length > 0) {
      if (this.mode === "in-process") {
        if (this.#running.size >= this.size) return;
        const job = this.#queue.shift();
        if (job) this.#runInProcess(job);
        continue;
      }
      // The least busy worker; a new one while there is room for one and all are busy.
      let slot: Slot | undefined;
      for (const candidate of this.#slots) {
        if (slot === undefined || load(candidate) < load(slot)) slot = candidate;
      }
      if ((slot === undefined || load(slot) > 0) && this.#slots.size < this.size) {
        slot = this.#spawn();
      }
      const job = this.#queue[0] as Job;
      const room = job.alone ? load(slot) === 0 : load(slot) < JOBS_PER_WORKER;
      if (slot === undefined || !room) return;
      this.#queue.shift();
      this.#assign(slot, job);
    }
  }

  #runInProcess(job: Job): void {
    const run = chunkFile(job.path, {
      params: this.#params,
      part: job.part,
      signal: this.#abort.signal,
    })
      .then(job.resolve, (err: unknown) => {
        job.reject(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => {
        this.#running.delete(run);
        this.#pump();
      });
    this.#running.add(run);
  }

  #spawn(): Slot {
    const worker = new Worker(this.#workerUrl);
    const slot: Slot = { worker, jobs: new Map(), crash: null };
    worker.on("message", (response: ChunkResponse) => {
      this.#onResponse(slot, response);
    });
    worker.on("error", (err) => {
      slot.crash = err;
    });
    worker.on("messageerror", (err) => {
      // A response that cannot be deserialized leaves the job unanswerable: treat
      // the worker as crashed (the 'exit' handler rejects the job and replaces it).
      slot.crash = err;
      void worker.terminate();
    });
    worker.on("exit", (code) => {
      this.#onExit(slot, code);
    });
    this.#slots.add(slot);
    return slot;
  }

  #assign(slot: Slot, job: Job): void {
    const id = this.#nextJobId++;
    slot.jobs.set(id, { ...job, id });
    // Busy workers keep the process alive (a pending job must finish); idle ones
    // don't, so a forgotten close() does not hang process exit.
    slot.worker.ref();
    const request: ChunkRequest = { id, path: job.path, params: this.#params, part: job.part };
    slot.worker.postMessage(request);
  }

  #onResponse(slot: Slot, response: ChunkResponse): void {
    const job = slot.jobs.get(response.id);
    if (job === undefined) return; // after close(): the job was already rejected
    slot.jobs.delete(response.id);
    if (slot.jobs.size === 0) slot.worker.unref();
    if (response.ok) job.resolve(response.result);
    else job.reject(fromWireError(response.error));
    this.#pump();
  }

  #onExit(slot: Slot, code: number): void {
    this.#slots.delete(slot);
    const jobs = [...slot.jobs.values()];
    slot.jobs.clear();
    if (jobs.length > 1) {
      // Which of them killed it is unknown: each runs again, alone on a worker, so
      // only the culprit fails (the next #pump() spawns the replacement workers).
      this.#queue.unshift(...jobs.map((job) => ({ ...job, alone: true })));
      jobs.length = 0;
    }
    for (const job of jobs) {
      // Only the job on the dead worker fails. The file itself may be fine, so say
      // why the worker died.
      const why = slot.crash?.message ?? `exit code ${code}`;
      job.reject(
        new CirrusError("internal", `chunker worker died while chunking ${job.path}: ${why}`, {
          path: job.path,
        }),
      );
    }
    this.#pump();
  }
}
