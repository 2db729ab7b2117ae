// Runs chunkFile off the event loop: a small pool of worker threads fed from a FIFO
// queue. Hashing a large file is seconds of CPU; on the main thread that would stall
// the watcher, the control server and IPC for as long.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { CirrusError } from "../../shared/errors.js";
import { encodeManifest } from "../../shared/manifest-codec.js";
import { isNodeFs, NODE_FS, type FileSystem } from "../env/file-system.js";
import {
  batchSpares,
  skippingPrevious,
  type ChunkBatch,
  type ChunkEmitOptions,
} from "./chunk-emitter.js";
import { chunkFile, type CdcRange, type ChunkPart, type FileChunks } from "./chunk-file.js";
import { SMALL_FILE_MAX } from "./chunk-small-file.js";
import { JobQueue } from "./job-queue.js";
import type { ChunkRef } from "../../shared/protocol.js";
import { joinAtCommonCut, SPLIT_SHARE, SPLIT_SHARE_GUIDED, syncMargin } from "./split-chunks.js";
import { paramsForSize } from "./size-tiers.js";
import { DEFAULT_CHUNKER_PARAMS, validateChunkerParams, type ChunkerParams } from "./fastcdc.js";
import {
  fromWireError,
  type AckMessage,
  type BatchMessage,
  type ChunkRequest,
  type ChunkResponse,
} from "./worker-messages.js";

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
  /**
   * Where files are read (default: the real file system). Any other FileSystem runs
   * the pool in-process: a worker thread would open the files on the real disk.
   */
  fs?: FileSystem;
}

/**
 * "worker": jobs run on worker threads (compiled JS, production).
 * "in-process": jobs run as async chunkFile calls on this thread, through the pool's
 * FileSystem. That is the mode for an injected FileSystem (a test's, a simulator's),
 * and also when this module runs from TypeScript sources (Vitest): the .ts worker
 * next to it cannot be started by Node 20 (no type stripping) and its ".js" imports
 * only resolve after compilation. chunkFile reads in 1 MiB steps with an await
 * between them, so this mode is correct, just not isolated. A packager that moves this
 * module without chunk-worker.js would silently land here too: callers can log `mode`.
 */
export type ChunkerPoolMode = "worker" | "in-process";

interface Job {
  path: string;
  part: ChunkPart;
  /** The size the caller expects (0: unknown); small files share a request. */
  sizeHint: number;
  resolve: (result: FileChunks) => void;
  reject: (err: Error) => void;
  /** Runs alone on its worker: it shared a worker that died, and may be why. */
  alone?: boolean;
  /** Cut only this part (one of the two jobs of a split file). */
  range?: CdcRange;
  /** Hand out its chunks while chunking (ChunkFileOptions.emit). */
  emit?: ChunkEmitOptions;
  /** Hand out none of `previous`'s chunks (ChunkOutlet.skipPrevious). */
  skipPrevious?: boolean;
  /** The chunks of the file's previous version (ChunkFileOptions.previous). */
  previous?: readonly ChunkRef[];
}

/** What chunk() may be given besides the file. */
export interface ChunkJobOptions {
  /** Where its chunks go as they are cut. */
  outlet?: ChunkOutlet;
  /** The chunks of its previous version: those still in place are only confirmed. */
  previous?: readonly ChunkRef[];
}

/** What chunk() hands out while it reads (see ChunkFileOptions.emit). */
export interface ChunkOutlet {
  /** Chunks not to hand out. */
  skip?: readonly string[];
  /**
   * Not to hand out the chunks of `previous` (ChunkJobOptions) either: stored already.
   * A flag, not their ids: a worker gets the list once, with `previous`.
   */
  skipPrevious?: boolean;
  /** A batch's body is the outlet's until the promise resolves, then reused. */
  onBatch: (batch: ChunkBatch) => Promise<void>;
}

/**
 * Requests in flight per worker. A large file mostly waits on reads, so a worker
 * streams several at once (chunk-worker.ts) and they share its CPU fairly.
 */
const REQUESTS_PER_WORKER = 4;
/**
 * Small files per request, and their bytes: one message carries many of them, and
 * the worker reads them with synchronous calls (chunk-small-file.ts).
 */
const BATCH_FILES = 64;
const BATCH_BYTES = 4 * 1024 * 1024;
/** Files from this size are read by two workers at once (see chunk()). */
const SPLIT_MIN_BYTES = 8 * 1024 * 1024;

interface Slot {
  worker: Worker;
  /** The requests in flight on this worker (their jobs in order), by request id. */
  requests: Map<number, Job[]>;
  /** Why the worker died, from its 'error' event (the 'exit' event follows it). */
  crash: Error | null;
}

function closedError(): CirrusError {
  return new CirrusError("unavailable", "the chunker pool is closed");
}

/** Requests on a worker; a job running alone fills it. */
function load(slot: Slot | undefined): number {
  if (slot === undefined) return Infinity;
  for (const jobs of slot.requests.values()) if (jobs[0]?.alone) return REQUESTS_PER_WORKER;
  return slot.requests.size;
}

/** Whether a job may share a request with other small files. */
const batchable = (job: Job): boolean =>
  job.part === "all" &&
  !job.alone &&
  !job.range &&
  !job.emit &&
  !job.previous &&
  job.sizeHint <= SMALL_FILE_MAX;

export class ChunkerPool {
  readonly size: number;
  readonly mode: ChunkerPoolMode;
  readonly #params: ChunkerParams;
  readonly #workerUrl: URL;
  readonly #fs: FileSystem;
  readonly #queue = new JobQueue<Job>();
  readonly #slots = new Set<Slot>();
  /** In-process mode: chunkFile calls in flight (settled promises only). */
  readonly #running = new Set<Promise<void>>();
  /** In-process mode: stops reads in flight on close(). */
  readonly #abort = new AbortController();
  #nextJobId = 1;
  /** A previous chunk list packed once for both jobs of a split file (#assign). */
  readonly #packedLists = new WeakMap<readonly ChunkRef[], Uint8Array>();
  #closing: Promise<void> | null = null;

  constructor(opts: ChunkerPoolOptions = {}) {
    this.size = opts.size ?? Math.min(2, availableParallelism());
    if (!Number.isSafeInteger(this.size) || this.size < 1) {
      throw new RangeError(`chunker pool size must be a positive integer, got ${this.size}`);
    }
    this.#params = Object.freeze({ ...(opts.params ?? DEFAULT_CHUNKER_PARAMS) });
    validateChunkerParams(this.#params);
    this.#workerUrl = opts.workerUrl ?? new URL("./chunk-worker.js", import.meta.url);
    // The worker's code file: part of the program, on the real disk whatever the FileSystem.
    const workerExists = existsSync(fileURLToPath(this.#workerUrl));
    if (opts.workerUrl !== undefined && !workerExists) {
      throw new Error(`chunker worker not found: ${this.#workerUrl.href}`);
    }
    this.#fs = opts.fs ?? NODE_FS;
    this.mode = workerExists && isNodeFs(this.#fs) ? "worker" : "in-process";
  }

  /** Worker threads alive right now (0 in in-process mode and after close()). */
  get liveWorkers(): number {
    return this.#slots.size;
  }

  /**
   * Chunk one file; rejects with what chunkFile throws, or "internal" if the worker
   * died. A file of `sizeHint` >= SPLIT_MIN_BYTES is shared by two workers (one cuts
   * the first part, one hashes the whole and cuts the rest: split-chunks.ts), which
   * roughly halves its time.
   *
   * With an `outlet`, the file's chunks are handed out as they are cut, each at most
   * once and in order within each job (the first job's up to the hand-off point, the
   * second's from there). With
   * `previous`, the chunks of the file's previous version still in place are confirmed
   * by their SHA-256 instead of scanned (previous-chunks.ts): the same chunks, sooner.
   */
  async chunk(path: string, sizeHint = 0, options: ChunkJobOptions = {}): Promise<FileChunks> {
    const { outlet, previous } = options;
    // Batch buffers for reuse in-process, for this file (workers keep their own).
    const spares = outlet && this.mode === "in-process" ? batchSpares() : undefined;
    // The outlet's own failure is not the file's: chunking goes on regardless.
    const emit = (from: number, before?: number): ChunkEmitOptions | undefined =>
      outlet && {
        from,
        ...(before === undefined ? {} : { before }),
        onBatch: (batch) => outlet.onBatch(batch).catch(() => undefined),
        ...(outlet.skip ? { skip: outlet.skip } : {}),
        ...(spares ? { spares } : {}),
      };
    const submit = (part: ChunkPart, range?: CdcRange, from = 0, before?: number) =>
      this.#submit({
        path,
        part,
        sizeHint,
        ...(range ? { range } : {}),
        ...(outlet ? { emit: emit(from, before), skipPrevious: outlet.skipPrevious === true } : {}),
        ...(previous?.length ? { previous } : {}),
      });
    if (sizeHint < SPLIT_MIN_BYTES || this.size < 2) return submit("all");
    const cut = Math.floor(sizeHint * (previous?.length ? SPLIT_SHARE_GUIDED : SPLIT_SHARE));
    // The first job's chunks are the file's: it cuts from the start. The second job's
    // are from where both jobs cut alike, at the latest the end of the first's margin.
    // Chunks are handed out by the first job up to one chunk's length before that end
    // (none of them can be the one its range cuts short), by the second from there:
    // every chunk of the file once, with none left out between the two (another device
    // fetching them in order as they come, incoming-files.ts, would stop at a gap).
    // The parameters the workers cut this file with (they decide by its size too).
    const sized = paramsForSize(this.#params, sizeHint);
    const margin = syncMargin(sized);
    const handOff = cut + margin - sized.maxSize;
    const [head, tail] = await Promise.all([
      submit("chunks", { from: 0, to: cut + margin }, 0, handOff),
      submit("all", { from: cut, to: Infinity }, handOff),
    ]);
    // Each read saw one unchanged file; equal stats say both saw the same one.
    if (head.size !== tail.size || head.mtimeMs !== tail.mtimeMs || head.ino !== tail.ino) {
      throw new CirrusError("file_busy", `${path} changed while being read; try again later`, {
        path,
      });
    }
    const chunks = joinAtCommonCut(head.chunks, tail.chunks, tail.size);
    return chunks ? { ...tail, chunks } : this.#submit({ path, part: "all", sizeHint });
  }

  #submit(job: Omit<Job, "resolve" | "reject">): Promise<FileChunks> {
    if (this.#closing !== null) return Promise.reject(closedError());
    return new Promise<FileChunks>((resolve, reject) => {
      this.#queue.push({ ...job, resolve, reject });
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
    for (const job of this.#queue.drain()) job.reject(err);
    const exits: Promise<number>[] = [];
    for (const slot of this.#slots) {
      for (const jobs of slot.requests.values()) for (const job of jobs) job.reject(err);
      slot.requests.clear();
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
      const job = this.#queue.peek() as Job;
      const room = job.alone ? load(slot) === 0 : load(slot) < REQUESTS_PER_WORKER;
      if (slot === undefined || !room) return;
      this.#assign(slot, this.#takeRequest());
    }
  }

  #runInProcess(job: Job): void {
    const run = chunkFile(job.path, {
      params: this.#params,
      part: job.part,
      ...(job.range ? { range: job.range } : {}),
      ...(job.emit ? { emit: skippingPrevious(job.emit, job.previous, job.skipPrevious) } : {}),
      ...(job.previous ? { previous: job.previous } : {}),
      signal: this.#abort.signal,
      fs: this.#fs,
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

  /**
   * The next request: the first queued job, and the small files queued after it (a
   * share of the queue, so a short one still spreads over every worker).
   */
  #takeRequest(): Job[] {
    const most = Math.min(BATCH_FILES, Math.ceil(this.#queue.length / this.size));
    const first = this.#queue.shift() as Job;
    if (!batchable(first)) return [first];
    const jobs = [first];
    let bytes = first.sizeHint;
    while (jobs.length < most && bytes < BATCH_BYTES) {
      const next = this.#queue.peek();
      if (next === undefined || !batchable(next)) break;
      jobs.push(next);
      bytes += next.sizeHint;
      this.#queue.shift();
    }
    return jobs;
  }

  #spawn(): Slot {
    const worker = new Worker(this.#workerUrl);
    const slot: Slot = { worker, requests: new Map(), crash: null };
    worker.on("message", (message: ChunkResponse | BatchMessage) => {
      if (message.type === "batch") this.#onBatch(slot, message);
      else this.#onResponse(slot, message);
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

  #packed(chunks: readonly ChunkRef[]): Uint8Array {
    let packed = this.#packedLists.get(chunks);
    if (!packed) {
      packed = encodeManifest(chunks);
      this.#packedLists.set(chunks, packed);
    }
    return packed;
  }

  #assign(slot: Slot, jobs: Job[]): void {
    const id = this.#nextJobId++;
    slot.requests.set(id, jobs);
    // Busy workers keep the process alive (a pending job must finish); idle ones
    // don't, so a forgotten close() does not hang process exit.
    slot.worker.ref();
    const { part, range, emit, previous, skipPrevious } = jobs[0] as Job;
    const request: ChunkRequest = {
      id,
      paths: jobs.map((job) => job.path),
      params: this.#params,
      part,
      ...(range ? { range } : {}),
      ...(emit
        ? {
            emit: {
              skip: emit.skip ?? [],
              skipPrevious: skipPrevious === true,
              from: emit.from ?? 0,
              ...(emit.before === undefined ? {} : { before: emit.before }),
            },
          }
        : {}),
      ...(previous ? { previous: this.#packed(previous) } : {}),
    };
    slot.worker.postMessage(request);
  }

  /** A batch of a job's chunks: hand it out, then let the worker read on. */
  #onBatch(slot: Slot, message: BatchMessage): void {
    const job = slot.requests.get(message.id)?.[0];
    if (job?.emit === undefined) return; // after close(), or its worker died meanwhile
    const body = Buffer.from(message.body, 0, message.length);
    // The outlet is done with the batch: its buffer goes back, to hold a later one.
    const ack: AckMessage = { type: "ack", ack: message.id, body: message.body };
    void job.emit.onBatch({ chunks: message.chunks, body }).then(() => {
      if (slot.requests.has(message.id)) slot.worker.postMessage(ack, [ack.body]);
    });
  }

  #onResponse(slot: Slot, response: ChunkResponse): void {
    const jobs = slot.requests.get(response.id);
    if (jobs === undefined) return; // after close(): the jobs were already rejected
    slot.requests.delete(response.id);
    if (slot.requests.size === 0) slot.worker.unref();
    const { content } = response;
    jobs.forEach((job, i) => {
      const outcome = response.outcomes[i];
      if (outcome?.ok) {
        const { result, contentAt } = outcome;
        const bytes =
          content && contentAt !== undefined
            ? Buffer.from(content, contentAt, result.size)
            : undefined;
        job.resolve(bytes ? { ...result, bytes } : result);
      } else if (outcome) job.reject(fromWireError(outcome.error));
      else job.reject(new CirrusError("internal", `the chunker gave no answer for ${job.path}`));
    });
    this.#pump();
  }

  #onExit(slot: Slot, code: number): void {
    this.#slots.delete(slot);
    const jobs = [...slot.requests.values()].flat();
    slot.requests.clear();
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
