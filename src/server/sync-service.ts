// The operations behind the API routes that touch both stores: committing manifests
// (which must reference stored chunks), storing chunks, and collecting garbage.
import { CirrusError } from "../shared/errors.js";
import { encodeRunDelta } from "../shared/chunk-delta.js";
import { LIMITS, type Op, type OpResult } from "../shared/protocol.js";
import type { AccountLocks } from "./account-lock.js";
import type { BlobStore, IncomingChunk } from "./blob/blob-store.js";
import type { MetadataStore } from "./metadata/metadata-store.js";
import type { PushHub } from "./push/push-hub.js";

const blobAccount = (accountId: number): string => String(accountId);

export class SyncService {
  constructor(
    private readonly metadata: MetadataStore,
    private readonly blobs: BlobStore,
    private readonly push: PushHub,
    private readonly locks: AccountLocks,
  ) {}

  missingChunks(accountId: number, ids: readonly string[]): Promise<string[]> {
    return this.blobs.missing(blobAccount(accountId), [...new Set(ids)]);
  }

  async storeChunks(accountId: number, chunks: readonly IncomingChunk[]): Promise<void> {
    await this.blobs.putMany(blobAccount(accountId), chunks);
  }

  /** Many chunks in order; throws not_found (listing them) before reading any if some are absent. */
  readChunks(accountId: number, ids: readonly string[]): AsyncIterable<Buffer> {
    const { missing, chunks } = this.blobs.getMany(blobAccount(accountId), ids);
    if (missing.length > 0) {
      throw new CirrusError("not_found", `${missing.length} chunks not found`, { missing });
    }
    return chunks;
  }

  /**
   * A run of new chunks as its difference from a run of old ones (chunk-delta.ts); the
   * account must hold both (a base it lacks is not_found, like a missing chunk).
   */
  async chunkDelta(
    accountId: number,
    chunks: readonly string[],
    base: readonly string[],
  ): Promise<Uint8Array> {
    const target = await this.readRun(accountId, chunks);
    return encodeRunDelta(target, await this.readRun(accountId, base));
  }

  /** The chunks' bytes end to end, refused past LIMITS.maxDeltaRunBytes. */
  private async readRun(accountId: number, ids: readonly string[]): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const data of this.readChunks(accountId, ids)) {
      size += data.length;
      if (size > LIMITS.maxDeltaRunBytes) {
        throw new CirrusError(
          "payload_too_large",
          `a chunk delta covers at most ${LIMITS.maxDeltaRunBytes} bytes per run`,
        );
      }
      parts.push(data);
    }
    return Buffer.concat(parts, size);
  }

  async readChunk(accountId: number, id: string): Promise<Buffer> {
    const data = await this.blobs.get(blobAccount(accountId), id);
    if (!data) throw new CirrusError("not_found", `no chunk ${id}`);
    return data;
  }

  /** Apply ops; commits may only reference chunks the blob store holds for this account. */
  async applyOps(
    accountId: number,
    deviceId: string,
    ops: readonly Op[],
  ): Promise<{ results: OpResult[]; cursor: number; since: number }> {
    const referenced = new Set<string>();
    for (const op of ops) {
      if (op.op !== "commit") continue;
      for (const chunk of op.chunks ?? []) referenced.add(chunk.id);
      for (const item of op.patch?.ops ?? []) if ("id" in item) referenced.add(item.id);
    }
    const outcome = await this.locks.run(accountId, async () => {
      const absent = new Set(await this.blobs.missing(blobAccount(accountId), [...referenced]));
      const before = this.metadata.getAccount(accountId)?.cursor ?? 0;
      const result = this.metadata.applyOps(accountId, deviceId, ops, absent);
      return { ...result, since: before };
    });
    if (outcome.cursor > outcome.since) this.push.notify(accountId, outcome.cursor);
    return { results: outcome.results, cursor: outcome.cursor, since: outcome.since };
  }

  /** Run a metadata change that advances the cursor, then tell the account's devices. */
  mutate<T>(accountId: number, change: () => T): T {
    const result = change();
    const cursor = this.metadata.getAccount(accountId)?.cursor;
    if (cursor !== undefined) this.push.notify(accountId, cursor);
    return result;
  }

  /**
   * Reclaim chunks that no version, trash entry or live file references and that
   * nobody stored or asked about within the grace period (an upload about to be
   * committed). Runs under the account lock, so no commit can claim a chunk between
   * the reference check and the delete.
   */
  async collectGarbage(now: number, graceMs: number): Promise<number> {
    this.metadata.pruneExpired(now);
    let removed = 0;
    for (const account of await this.blobs.accounts()) {
      const accountId = Number(account);
      removed += await this.locks.run(accountId, async () => {
        const idle = await this.blobs.listIdle(account, now - graceMs);
        if (idle.length === 0) return 0;
        const exists = this.metadata.getAccount(accountId) !== null;
        const referenced = exists ? this.metadata.referencedChunks(accountId, idle) : new Set();
        const garbage = idle.filter((id) => !referenced.has(id));
        await this.blobs.delete(account, garbage, now - graceMs);
        return garbage.length;
      });
    }
    if (removed > 0) await this.blobs.compact();
    return removed;
  }
}
