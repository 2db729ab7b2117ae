// The default BlobStore: chunks appended to per-account pack files under the data
// dir, located through a SQLite index (see blob-index.ts for why that order makes
// every acknowledged chunk durable). Layout:
//   <dir>/index.db                                   the index (WAL)
//   <dir>/packs/<xx>/<sha256(account)>/<id>.pack     chunk bytes, back to back

import { mkdirSync } from "node:fs";
import { pino, type Logger } from "pino";
import { CirrusError } from "../../shared/errors.js";
import { adjacentRuns } from "./adjacent-runs.js";
import { BlobIndex, type AccountRef, type ChunkLocation } from "./blob-index.js";
import type { BlobStore, ChunkReads, IncomingChunk } from "./blob-store.js";
import { idToKey, isChunkId, requireChunkIds, verifyChunks } from "./chunk-id.js";
import { compactPack, sparsePacks, type CompactorDeps } from "./pack-compactor.js";
import { PackLayout } from "./pack-layout.js";
import { PackReadCache } from "./pack-read-cache.js";
import { recoverPacks } from "./pack-recovery.js";
import { PackWriter } from "./pack-writer.js";
import { PutBatcher } from "./put-batcher.js";
import { SerialLane } from "./serial-lane.js";

export const DEFAULT_PACK_SIZE_CAP = 64 * 1024 * 1024;

export interface LocalBlobStoreOptions {
  /** The data directory; created if missing. */
  dir: string;
  /** Clock for touch times (epoch ms); tests inject their own. */
  now?: () => number;
  /** Start a new pack once the current one would grow past this many bytes. */
  packSizeCap?: number;
  /** How many pack files to keep open for reading. */
  maxOpenPacks?: number;
  /**
   * A chunk touched less than this long ago is not written again by the next touch
   * (default 60 s, against a collector grace period of hours): a commit's check of
   * 10,000 chunks just uploaded would otherwise rewrite 10,000 rows.
   */
  touchSlackMs?: number;
  logger?: Logger;
}

/** Bytes getMany reads at once, and chunks it sorts by location at once. */
const RUN_BYTES = 4 * 1024 * 1024;
const WINDOW_CHUNKS = 1024;

async function* noChunks(): AsyncGenerator<Buffer> {
  // Nothing to read: the caller answers with the missing ids instead.
}

/** How often get() looks a chunk up again after its pack vanished under a compaction. */
const READ_ATTEMPTS = 3;

export class LocalBlobStore implements BlobStore {
  private readonly layout: PackLayout;
  private readonly index: BlobIndex;
  private readonly cache: PackReadCache;
  private readonly writer: PackWriter;
  private readonly lane = new SerialLane();
  private readonly batcher: PutBatcher;
  private readonly now: () => number;
  private readonly touchSlackMs: number;
  private readonly log: Logger;
  private readonly reads = new Set<Promise<void>>();
  private closed = false;

  /**
   * Opens (or creates) the store synchronously, including the start-up check that
   * trims unindexed pack tails. Throws CirrusError "unavailable" if another process
   * has the same dir open.
   */
  constructor(options: LocalBlobStoreOptions) {
    const cap = options.packSizeCap ?? DEFAULT_PACK_SIZE_CAP;
    if (!Number.isSafeInteger(cap) || cap <= 0) throw new RangeError(`bad packSizeCap ${cap}`);
    this.now = options.now ?? Date.now;
    this.touchSlackMs = options.touchSlackMs ?? 60_000;
    this.log = (options.logger ?? pino({ name: "cirrus-server" })).child({
      component: "blob-store",
    });
    this.layout = new PackLayout(options.dir);
    mkdirSync(options.dir, { recursive: true });
    this.index = new BlobIndex(this.layout.indexPath);
    try {
      recoverPacks(this.index, this.layout, this.log);
    } catch (error) {
      this.index.close();
      throw error;
    }
    this.cache = new PackReadCache(options.maxOpenPacks);
    this.writer = new PackWriter(this.index, this.layout, cap);
    this.batcher = new PutBatcher({
      index: this.index,
      writer: this.writer,
      lane: this.lane,
      now: this.now,
      log: this.log,
    });
  }

  /** Same as the constructor, for callers that prefer to await their resources. */
  static open(options: LocalBlobStoreOptions): Promise<LocalBlobStore> {
    return settle(() => new LocalBlobStore(options));
  }

  /** Returns the unique missing ids in the order given. */
  missing(account: string, ids: readonly string[]): Promise<string[]> {
    return settle(() => {
      this.assertOpen();
      requireChunkIds(ids);
      const unique = [...new Set(ids)];
      const ref = this.index.account(account);
      if (ref === null) return unique;
      return this.index.missingAndTouch(ref.id, unique, this.now(), this.touchSlackMs);
    });
  }

  /**
   * Hashes are checked before anything is queued, so a mismatch rejects the whole
   * call. The chunk buffers must not be modified until the promise settles.
   */
  async putMany(account: string, chunks: readonly IncomingChunk[]): Promise<void> {
    this.assertOpen();
    verifyChunks(chunks);
    if (chunks.length === 0) return;
    await this.batcher.put(this.index.ensureAccount(account), chunks);
  }

  get(account: string, id: string): Promise<Buffer | null> {
    return this.trackRead(async () => {
      this.assertOpen();
      if (!isChunkId(id)) return null;
      const ref = this.index.account(account);
      return ref === null ? null : this.readChunk(ref, idToKey(id));
    });
  }

  getMany(account: string, ids: readonly string[]): ChunkReads {
    this.assertOpen();
    const ref = this.index.account(account);
    const found = ids.map((id) =>
      ref !== null && isChunkId(id) ? this.index.location(ref.id, idToKey(id)) : null,
    );
    const missing = ids.filter((_, i) => found[i] === null);
    if (ref === null || missing.length > 0) return { missing, chunks: noChunks() };
    return { missing, chunks: this.readRuns(ref, ids, found as ChunkLocation[]) };
  }

  /**
   * Reads a window of the asked chunks at a time (a few MiB), sorted by where they
   * are stored so neighbours in a pack are one read, and yields them in the asked
   * order. Chunks of many small files were appended as their uploads arrived, which
   * is seldom the order a download asks for them in.
   */
  private async *readRuns(
    ref: AccountRef,
    ids: readonly string[],
    found: readonly ChunkLocation[],
  ): AsyncGenerator<Buffer> {
    for (let start = 0; start < ids.length;) {
      let end = start + 1;
      let bytes = (found[start] as ChunkLocation).length;
      while (end < ids.length && end - start < WINDOW_CHUNKS) {
        const next = (found[end] as ChunkLocation).length;
        if (bytes + next > RUN_BYTES) break;
        bytes += next;
        end++;
      }
      const order = Array.from({ length: end - start }, (_, k) => start + k).sort((x, y) => {
        const a = found[x] as ChunkLocation;
        const b = found[y] as ChunkLocation;
        return a.packId - b.packId || a.offset - b.offset;
      });
      const out = new Map<number, Buffer>();
      const sorted = order.map((i) => found[i] as ChunkLocation);
      for (const run of adjacentRuns(sorted, RUN_BYTES)) {
        const path = this.layout.packPath(ref.dirKey, run.packId);
        const data = await this.trackRead(() =>
          this.cache.read(run.packId, path, run.offset, run.length),
        ).catch(() => null);
        for (let k = run.first; k < run.first + run.count; k++) {
          const i = order[k] as number;
          const at = found[i] as ChunkLocation;
          out.set(
            i,
            data
              ? data.subarray(at.offset - run.offset, at.offset - run.offset + at.length)
              : await this.readMoved(ref, ids[i] as string),
          );
        }
      }
      for (let i = start; i < end; i++) yield out.get(i) as Buffer;
      start = end;
    }
  }

  /** A chunk whose run could not be read (a compaction moved it meanwhile). */
  private async readMoved(ref: AccountRef, id: string): Promise<Buffer> {
    const one = await this.trackRead(() => this.readChunk(ref, idToKey(id)));
    if (!one) throw new CirrusError("not_found", `chunk ${id} is gone`);
    return one;
  }

  listIdle(account: string, cutoffMs: number): Promise<string[]> {
    return settle(() => {
      this.assertOpen();
      const ref = this.index.account(account);
      return ref === null ? [] : this.index.idle(ref.id, cutoffMs);
    });
  }

  /**
   * Forgets the chunks. With `idleBefore`, only those still untouched since then go:
   * a collector passes the cutoff it listed with, so a chunk a client touched in the
   * meantime (about to be referenced by a manifest) survives.
   */
  async delete(
    account: string,
    ids: readonly string[],
    idleBefore = Number.MAX_SAFE_INTEGER,
  ): Promise<void> {
    this.assertOpen();
    const ref = this.index.account(account);
    if (ref === null) return;
    // Malformed ids cannot be stored, so there is nothing to delete for them.
    const keys = ids.filter(isChunkId).map(idToKey);
    // Through the lane: a put batch must not see a chunk vanish between its
    // "already held" check and its commit.
    const deleted = await this.lane.run(() => this.index.deleteChunks(ref.id, keys, idleBefore));
    this.log.debug({ requested: ids.length, deleted }, "deleted chunks");
  }

  accounts(): Promise<string[]> {
    return settle(() => {
      this.assertOpen();
      return this.index.accountNames();
    });
  }

  /** Rewrites sparse packs one at a time, so puts are held up for one pack at most. */
  async compact(): Promise<void> {
    this.assertOpen();
    const deps: CompactorDeps = {
      index: this.index,
      writer: this.writer,
      cache: this.cache,
      layout: this.layout,
      log: this.log,
    };
    let reclaimed = 0;
    for (const pack of sparsePacks(this.index)) {
      if (this.closed) break;
      reclaimed += await this.lane.run(() => compactPack(deps, pack.id));
    }
    this.log.info({ reclaimed }, "compaction finished");
  }

  /** Waits for queued writes and running reads, then closes every file and the index. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lane.drain();
    await Promise.all([...this.reads]);
    await this.writer.close();
    await this.cache.close();
    this.index.close();
  }

  private async readChunk(ref: AccountRef, key: Buffer): Promise<Buffer | null> {
    for (let attempt = 1; ; attempt++) {
      const at = this.index.location(ref.id, key);
      if (at === null) return null;
      try {
        return await this.cache.read(
          at.packId,
          this.layout.packPath(ref.dirKey, at.packId),
          at.offset,
          at.length,
        );
      } catch (error) {
        // A compaction may have moved the chunk and removed its old pack between our
        // lookup and our open; if the row moved, read the new copy.
        const now = this.index.location(ref.id, key);
        const moved = now === null || now.packId !== at.packId || now.offset !== at.offset;
        if (moved && attempt < READ_ATTEMPTS) {
          this.log.debug(
            { packId: at.packId },
            "chunk moved while being read; reading its new copy",
          );
          continue;
        }
        throw error;
      }
    }
  }

  /** Remembers a running read so close() can wait for it before closing handles. */
  private trackRead<T>(read: () => Promise<T>): Promise<T> {
    const running = settle(read);
    const finished = running.then(
      () => undefined,
      () => undefined,
    );
    this.reads.add(finished);
    void finished.then(() => this.reads.delete(finished));
    return running;
  }

  private assertOpen(): void {
    if (this.closed) throw new CirrusError("unavailable", "the blob store is closed");
  }
}

/** Runs `fn` now, turning its result or throw into a promise. */
function settle<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(fn());
  });
}
