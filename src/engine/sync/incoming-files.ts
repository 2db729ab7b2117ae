// Fetches a large new file while another device is still uploading it. The sender
// announces each run of chunks it stored (early-upload.ts, through the server's push
// channel); here they are fetched in the file's order into a temp file beside where
// the file will be. Nothing is placed: the file exists only once its commit arrives
// and the round's download claims the temp file as its head start (download.ts), which
// it checks against the commit's manifest, completes and verifies as any download.
// With both devices running, a new 256 MiB file was uploaded whole, then downloaded
// whole; now the two overlap.
//
// Best effort, and never trusted: the path is checked as any name from the server
// (safePath), ignored and excluded paths and files that exist here are left alone,
// chunks that do not follow on from what was fetched wait for the download, and any
// failure (offline, disk full, a chunk the server lacks) only drops the temp file.
import { createHash } from "node:crypto";
import path from "node:path";
import { Value } from "@sinclair/typebox/value";
import { IncomingChunks, type ChunkRef } from "../../shared/protocol.js";
import type { SyncEvent } from "../../shared/status.js";
import type { IgnoreRules } from "../ignore/index.js";
import { tempPathIn } from "../paths/index.js";
import type { RemoteClient } from "../remote/index.js";
import type { HeadStart } from "./download.js";
import { EARLY_UPLOAD_MIN_BYTES } from "./early-upload.js";
import { closeOnce, createNew, EarlyFlush, writevAt } from "./fd-io.js";
import type { LocalFs } from "./local-fs.js";
import { TransferProgress } from "./transfer-progress.js";
import { groupFull } from "./chunk-groups.js";
import { runSize } from "../../shared/manifest-codec.js";

/** Files fetched ahead at once; more announcements are left to their downloads. */
const MAX_FILES = 2;
/** A temp file nobody claimed (its upload stalled, or was not committed) goes after this. */
const UNCLAIMED_MS = 30_000;
/** Requests in flight while a group is written. */
const GROUPS_AHEAD = 2;
/** Uploads whose later announcements are ignored (claimed, dropped): the last ones. */
const MAX_REMEMBERED = 1000;

export interface IncomingFilesDeps {
  fs: LocalFs;
  remote: RemoteClient;
  rules: IgnoreRules;
  /** Whether a new file at this path would arrive as a placeholder (nothing to fetch). */
  asPlaceholder: (rel: string) => boolean;
  onBytes: (bytes: number) => void;
  /** The folder's events: a file fetched ahead shows as a download in progress. */
  emit: (event: SyncEvent) => void;
  now: () => number;
  /** How long a temp file nobody claimed is kept (default UNCLAIMED_MS). */
  unclaimedMs?: number;
}

export class IncomingFiles {
  /** By upload id. */
  readonly #files = new Map<string, IncomingFile>();
  /** Uploads claimed, dropped or not for here: their later announcements are ignored. */
  readonly #over = new Set<string>();
  #closed = false;
  /** Rows of the files fetched ahead, handed to the round's download when claimed. */
  readonly #progress: TransferProgress;

  constructor(private readonly deps: IncomingFilesDeps) {
    this.#progress = new TransferProgress(deps.emit, deps.now);
  }

  /** Files being fetched ahead now. */
  get count(): number {
    return this.#files.size;
  }

  /** A push message's `incoming`: another device stored these chunks of a file. */
  note(incoming: unknown): void {
    if (this.#closed || !Value.Check(IncomingChunks, incoming)) return;
    const known = this.#files.get(incoming.upload);
    if (known) {
      known.add(incoming.chunks);
      return;
    }
    if (this.#over.has(incoming.upload)) return;
    if (incoming.size < EARLY_UPLOAD_MIN_BYTES || this.#files.size >= MAX_FILES) return;
    const file = new IncomingFile(incoming, this.deps, this.#progress, () => {
      this.#drop(file);
    });
    this.#files.set(incoming.upload, file);
    void this.#open(file);
  }

  async #open(file: IncomingFile): Promise<void> {
    const opened = await file.open().catch(() => false);
    if (!opened) this.#drop(file);
  }

  /**
   * The temp file fetched ahead for `file` (absolute; `rel` as the round names it) that
   * holds the most of the first chunks of `chunks` (the commit's manifest): the
   * caller's from then on, and its progress row the download's. Whatever else was
   * fetched for that path is dropped (an upload of the file that was not committed: it
   * changed meanwhile, say); null when none begins the manifest.
   */
  async claim(file: string, rel: string, chunks: readonly ChunkRef[]): Promise<HeadStart | null> {
    // Every download of a new file asks: nothing to do unless something is fetched ahead.
    if (this.#files.size === 0) return null;
    const found = [...this.#files.values()].filter((f) => f.file === file);
    if (found.length === 0) return null;
    for (const f of found) this.#drop(f);
    await Promise.all(found.map((f) => f.stop(true)));
    const best = found
      .map((f) => ({ f, begins: f.begins(chunks) }))
      .sort((x, y) => y.begins - x.begins)[0];
    const taken = best?.begins ? best.f : null;
    // The download's own row goes on from the one shown so far (for another spelling of
    // the path, that one ends).
    this.#progress.forget("download", rel);
    const dropped = found.filter((f) => f !== taken);
    await Promise.all(dropped.map((f) => f.discard("the file committed is another version")));
    if (!taken) return null;
    this.#progress.finish("download", taken.rel, `continued as ${rel}`);
    return taken.handOver();
  }

  /** Drop every temp file (the folder pauses); new uploads are heard again after. */
  async stopAll(why = "syncing is paused"): Promise<void> {
    const files = [...this.#files.values()];
    for (const file of files) this.#drop(file);
    await Promise.all(files.map((f) => f.discard(why)));
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.stopAll("the folder was closed");
  }

  #drop(file: IncomingFile): void {
    if (this.#files.get(file.upload) === file) this.#files.delete(file.upload);
    // Ids are random per upload; a few hundred bytes each, and few large files.
    if (this.#over.size >= MAX_REMEMBERED) this.#over.clear();
    this.#over.add(file.upload);
  }
}

/** One file being fetched ahead: its temp file and the chunks announced so far. */
class IncomingFile {
  readonly upload: string;
  readonly rel: string;
  readonly size: number;
  /** The final file's absolute path, once checked. */
  file: string | null = null;
  /** Announced chunks not fetched yet, by offset. */
  readonly #announced = new Map<number, ChunkRef>();
  /** Chunks in the temp file, in order. */
  readonly #written: ChunkRef[] = [];
  #position = 0;
  #temp = "";
  #fd = -1;
  readonly #hash = createHash("sha256");
  #flush: EarlyFlush | null = null;
  #pumping: Promise<void> | null = null;
  #stopped = false;
  /** Claimed: no more groups asked for, those asked for still written (stop()). */
  #draining = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    incoming: IncomingChunks,
    private readonly deps: IncomingFilesDeps,
    private readonly progress: TransferProgress,
    private readonly dropped: () => void,
  ) {
    this.upload = incoming.upload;
    this.rel = incoming.path;
    this.size = incoming.size;
    this.add(incoming.chunks);
  }

  add(chunks: IncomingChunks["chunks"]): void {
    if (this.#stopped) return;
    for (const { id, size, offset } of chunks) {
      if (offset >= this.#position && offset + size <= this.size) {
        this.#announced.set(offset, { id, size });
      }
    }
    this.#touch();
    this.#pump();
  }

  /** Check the path and create the temp file; false when this file is not for here. */
  async open(): Promise<boolean> {
    const { fs, rules, asPlaceholder } = this.deps;
    try {
      if (rules.shouldSkip(this.rel, "file") !== false || asPlaceholder(this.rel)) return false;
    } catch {
      return false; // A name no local path may hold.
    }
    const file = await fs.safePath(this.rel);
    // Only new files, in folders that exist: the round makes folders, and a file that
    // exists here is an edit (rebuilt from its old version) or a conflict.
    if (await fs.exists(file)) return false;
    const folder = await fs.io.promises.lstat(path.dirname(file)).catch(() => null);
    if (!folder?.isDirectory() || this.#halted()) return false;
    this.#temp = tempPathIn(path.dirname(file));
    this.#fd = await createNew(fs.io, this.#temp);
    this.#flush = new EarlyFlush(fs.io, this.#fd);
    this.file = file;
    // Stopped while the temp file was being made (a pause): nothing to fetch into it.
    if (this.#halted()) {
      await this.#remove();
      return false;
    }
    this.#pump();
    return true;
  }

  /** How many chunks of the temp file begin `chunks` (0 unless all of them do). */
  begins(chunks: readonly ChunkRef[]): number {
    const all =
      this.#fd >= 0 &&
      this.#written.length <= chunks.length &&
      this.#written.every((c, i) => {
        const other = chunks[i];
        return other !== undefined && c.id === other.id && c.size === other.size;
      });
    return all ? this.#written.length : 0;
  }

  /** The temp file (stopped, and checked with begins()) as the download's head start. */
  handOver(): HeadStart {
    if (!this.#flush) throw new Error("nothing was fetched ahead");
    return {
      temp: this.#temp,
      fd: this.#fd,
      position: this.#position,
      chunks: this.#written.length,
      hash: this.#hash,
      flush: this.#flush,
    };
  }

  /** Stop, remove the temp file, and end its progress row with `why`. */
  async discard(why: string): Promise<void> {
    await this.stop();
    await this.#remove();
    this.progress.finish("download", this.rel, why);
  }

  /** Whether stop() was called (read through a call: it changes across awaits). */
  #halted(): boolean {
    return this.#stopped;
  }

  /**
   * Stop fetching. With `drain` (a claim), the groups already asked for are written
   * first: their bytes have come or are coming, and the download would fetch them again.
   */
  async stop(drain = false): Promise<void> {
    if (drain) this.#draining = true;
    else this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#pumping;
    this.#stopped = true;
  }

  async #remove(): Promise<void> {
    if (this.#fd < 0) return;
    const fd = this.#fd;
    this.#fd = -1;
    await this.#flush?.done().catch(() => undefined);
    closeOnce(this.deps.fs.io, fd, false);
    await this.deps.fs.io.promises.rm(this.#temp, { force: true }).catch(() => undefined);
  }

  /** Unclaimed for a while: dropped. */
  #touch(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.dropped();
      void this.discard("the sender did not commit the file");
    }, this.deps.unclaimedMs ?? UNCLAIMED_MS);
    this.#timer.unref();
  }

  #pump(): void {
    if (this.#pumping || this.#fd < 0 || this.#stopped || this.#draining) return;
    this.#pumping = this.#fetchWhileAnnounced()
      .catch((error: unknown) => {
        // Claimed meanwhile: the download goes on from what was written (begins()).
        if (this.#draining) return;
        // Offline, a chunk the server lacks, a full disk: the download does it all.
        this.dropped();
        void this.discard(error instanceof Error ? error.message : String(error));
      })
      .finally(() => {
        this.#pumping = null;
      });
  }

  /**
   * Fetch and write the chunks that follow on from the temp file, group by group, the
   * next groups' requests in flight while one is written (as a download does).
   */
  async #fetchWhileAnnounced(): Promise<void> {
    const inFlight: { group: ChunkRef[]; data: Promise<Map<string, Buffer>> }[] = [];
    let askedTo = this.#position;
    try {
      for (;;) {
        while (inFlight.length < GROUPS_AHEAD && !this.#stopped && !this.#draining) {
          const group = this.#groupAt(askedTo);
          if (group.length === 0) break;
          askedTo += runSize(group);
          inFlight.push({ group, data: this.#fetch(group) });
        }
        const next = inFlight.shift();
        if (!next || this.#stopped) return;
        await this.#write(next.group, await next.data);
      }
    } finally {
      // Requests left behind by a stop or a failure: their answers are not needed.
      for (const left of inFlight) left.data.catch(() => undefined);
    }
  }

  /** Announced chunks that follow on from `offset`, a group's worth as a download asks. */
  #groupAt(offset: number): ChunkRef[] {
    const group: ChunkRef[] = [];
    for (let at = offset; !groupFull(group.length, at - offset);) {
      const next = this.#announced.get(at);
      if (!next) break;
      group.push(next);
      at += next.size;
    }
    return group;
  }

  async #fetch(group: readonly ChunkRef[]): Promise<Map<string, Buffer>> {
    const fetched = new Map<string, Buffer>();
    const ids = [...new Set(group.map((c) => c.id))];
    for (const chunk of await this.deps.remote.fetchChunks(ids)) {
      fetched.set(chunk.id, chunk.data);
    }
    return fetched;
  }

  async #write(group: readonly ChunkRef[], fetched: Map<string, Buffer>): Promise<void> {
    if (this.#stopped) return;
    const parts = group.map((chunk) => {
      const data = fetched.get(chunk.id);
      if (data?.length !== chunk.size) throw new Error(`chunk ${chunk.id} did not come`);
      return data;
    });
    // Checked against the commit's hash by the download, as any fetched chunk is.
    const start = this.#position;
    await writevAt(this.deps.fs.io, this.#fd, parts, start);
    for (const [i, chunk] of group.entries()) {
      this.#hash.update(parts[i] as Buffer);
      this.#announced.delete(this.#position);
      this.#position += chunk.size;
      this.#written.push(chunk);
    }
    this.#flush?.wrote(this.#position);
    this.deps.onBytes(this.#position - start);
    this.progress.atLeast("download", this.rel, this.size, this.#position);
    this.#touch();
  }
}
