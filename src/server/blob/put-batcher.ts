// Group commit for putMany: calls that arrive while a batch is being written wait
// and go together into the next one, which costs one fsync per touched pack and one
// SQLite transaction however many calls and chunks it holds.

import type { Logger } from "pino";
import type { AccountRef, BlobIndex, ChunkRef, NewChunkRow } from "./blob-index.js";
import type { IncomingChunk } from "./blob-store.js";
import { idToKey } from "./chunk-id.js";
import type { PackWriter } from "./pack-writer.js";
import type { SerialLane } from "./serial-lane.js";

interface PutRequest {
  account: AccountRef;
  chunks: readonly IncomingChunk[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface AccountWrites {
  account: AccountRef;
  keys: Buffer[];
  data: Buffer[];
}

export interface PutBatcherDeps {
  index: BlobIndex;
  writer: PackWriter;
  lane: SerialLane;
  now: () => number;
  log: Logger;
}

export class PutBatcher {
  private pending: PutRequest[] = [];
  private flushQueued = false;

  constructor(private readonly deps: PutBatcherDeps) {}

  /** Resolves once the chunks (already verified) are durable and indexed. */
  put(account: AccountRef, chunks: readonly IncomingChunk[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ account, chunks, resolve, reject });
      if (this.flushQueued) return;
      this.flushQueued = true;
      // Each request settles through its own promise, so the lane's result is not needed.
      void this.deps.lane.run(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    // Requests arriving from here on wait for the next batch.
    this.flushQueued = false;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.write(batch);
      for (const request of batch) request.resolve();
    } catch (error) {
      this.deps.log.error({ err: error, requests: batch.length }, "put batch failed");
      for (const request of batch) request.reject(error);
    }
  }

  private async write(batch: readonly PutRequest[]): Promise<void> {
    const { index, writer, now, log } = this.deps;
    const { writes, touches } = this.plan(batch);
    const rows: NewChunkRow[] = [];
    try {
      for (const group of writes.values()) {
        const locations = await writer.append(group.account, group.data);
        locations.forEach((location, i) => {
          const key = group.keys[i];
          if (key !== undefined) rows.push({ ...location, accountId: group.account.id, key });
        });
      }
      const ends = rows.length > 0 ? await writer.sync() : [];
      index.commitPut(rows, touches, ends, now());
    } catch (error) {
      await writer.abort();
      throw error;
    }
    await writer.committed();
    log.debug(
      { requests: batch.length, written: rows.length, touched: touches.length },
      "put batch committed",
    );
  }

  /** Which chunks need writing and which the account already holds (and only need a touch). */
  private plan(batch: readonly PutRequest[]): {
    writes: Map<number, AccountWrites>;
    touches: ChunkRef[];
  } {
    const writes = new Map<number, AccountWrites>();
    const touches: ChunkRef[] = [];
    const seen = new Set<string>();
    for (const { account, chunks } of batch) {
      for (const chunk of chunks) {
        const seenKey = `${account.id}:${chunk.id}`;
        if (seen.has(seenKey)) continue;
        seen.add(seenKey);
        const key = idToKey(chunk.id);
        if (this.deps.index.has(account.id, key)) {
          touches.push({ accountId: account.id, key });
          continue;
        }
        let group = writes.get(account.id);
        if (group === undefined) {
          group = { account, keys: [], data: [] };
          writes.set(account.id, group);
        }
        group.keys.push(key);
        group.data.push(chunk.data);
      }
    }
    return { writes, touches };
  }
}
