// Appends chunk bytes to each account's current pack file and makes them durable with
// one fsync per touched pack per batch (not per chunk). The caller commits the index
// only after sync() resolves, then calls committed(); on any failure, abort().

import { mkdir, open, type FileHandle } from "node:fs/promises";
import type { AccountRef, ChunkLocation, PackEnd } from "./blob-index.js";
import type { BlobIndex } from "./blob-index.js";
import { syncDir, type PackLayout } from "./pack-layout.js";

interface OpenPack {
  id: number;
  account: AccountRef;
  handle: FileHandle;
  /** End of the bytes the index covers. */
  committedEnd: number;
  /** End of the bytes written, including the current batch's uncommitted ones. */
  end: number;
  /** Created in this batch: its directory entry must be made durable too. */
  isNew: boolean;
}

export class PackWriter {
  /** The pack each account appends to (at most one per account). */
  private readonly active = new Map<number, OpenPack>();
  /** Packs written since the last commit or abort. */
  private readonly dirty = new Set<OpenPack>();
  /** Packs that filled up in this batch: synced and committed with it, then closed. */
  private readonly rolled: OpenPack[] = [];
  /** Packs a failed batch left behind: never appended to again in this process. */
  private readonly abandoned = new Set<number>();

  constructor(
    private readonly index: BlobIndex,
    private readonly layout: PackLayout,
    private readonly sizeCap: number,
  ) {}

  /** Writes the buffers (not yet durable) and returns where each one went, in order. */
  async append(account: AccountRef, buffers: readonly Buffer[]): Promise<ChunkLocation[]> {
    const locations: ChunkLocation[] = [];
    const runs = new Map<OpenPack, { start: number; buffers: Buffer[] }>();
    for (const data of buffers) {
      const pack = await this.packWithRoom(account, data.length);
      let run = runs.get(pack);
      if (run === undefined) {
        run = { start: pack.end, buffers: [] };
        runs.set(pack, run);
      }
      run.buffers.push(data);
      locations.push({ packId: pack.id, offset: pack.end, length: data.length });
      pack.end += data.length;
      this.dirty.add(pack);
    }
    for (const [pack, run] of runs) await writeFully(pack.handle, run.buffers, run.start);
    return locations;
  }

  /** fsync every pack written since the last commit (in parallel); returns their new ends. */
  async sync(): Promise<PackEnd[]> {
    const packs = [...this.dirty];
    await Promise.all(packs.map((pack) => pack.handle.datasync()));
    // A new file is only durable once its directory entry (and any new parent) is.
    const dirs = new Set(
      packs
        .filter((p) => p.isNew)
        .flatMap((p) => this.layout.dirsToSyncForNewPack(p.account.dirKey)),
    );
    for (const dir of dirs) await syncDir(dir);
    return packs.map((pack) => ({ packId: pack.id, end: pack.end }));
  }

  /** The index now covers everything written: make that the new baseline. */
  async committed(): Promise<void> {
    for (const pack of this.dirty) {
      pack.committedEnd = pack.end;
      pack.isNew = false;
    }
    this.dirty.clear();
    await this.closeRolled();
  }

  /**
   * Give up on everything written since the last commit. The touched packs are closed
   * and not reused: after a failed write or fsync the kernel's view of their tail is
   * unknowable. Their unindexed tails are trimmed at the next start.
   */
  async abort(): Promise<void> {
    const packs = new Set([...this.dirty, ...this.rolled]);
    this.dirty.clear();
    this.rolled.length = 0;
    for (const pack of packs) {
      this.abandoned.add(pack.id);
      if (this.active.get(pack.account.id) === pack) this.active.delete(pack.account.id);
      await pack.handle.close().catch(() => undefined);
    }
  }

  /** Stop appending to a pack (compaction is about to rewrite it). Not during a batch. */
  async retire(packId: number): Promise<void> {
    for (const [accountId, pack] of this.active) {
      if (pack.id !== packId) continue;
      this.active.delete(accountId);
      this.abandoned.add(packId);
      await pack.handle.close();
    }
  }

  async close(): Promise<void> {
    await this.abort(); // nothing is pending unless a batch is torn down mid-way
    for (const pack of this.active.values()) await pack.handle.close();
    this.active.clear();
  }

  private async packWithRoom(account: AccountRef, length: number): Promise<OpenPack> {
    let pack = this.active.get(account.id) ?? (await this.reopenLatest(account));
    // An empty pack takes any chunk, so a chunk bigger than the cap still has a home.
    if (pack !== null && (pack.end === 0 || pack.end + length <= this.sizeCap)) {
      this.active.set(account.id, pack);
      return pack;
    }
    if (pack !== null) {
      this.active.delete(account.id);
      this.rolled.push(pack);
    }
    pack = await this.createPack(account);
    this.active.set(account.id, pack);
    return pack;
  }

  /** After a restart, keep filling the account's newest pack if it has room and is intact. */
  private async reopenLatest(account: AccountRef): Promise<OpenPack | null> {
    const latest = this.index.latestPack(account.id);
    if (latest === null || latest.size >= this.sizeCap || this.abandoned.has(latest.id))
      return null;
    let handle: FileHandle;
    try {
      handle = await open(this.layout.packPath(account.dirKey, latest.id), "r+");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
    // Start-up recovery trims unindexed tails; a file of any other length is damaged
    // (or still holds a tail) and is left alone rather than appended to.
    const { size } = await handle.stat();
    if (size !== latest.size) {
      await handle.close();
      this.abandoned.add(latest.id);
      return null;
    }
    return { id: latest.id, account, handle, committedEnd: size, end: size, isNew: false };
  }

  private async createPack(account: AccountRef): Promise<OpenPack> {
    // The row comes first: a file without a row would look like a foreign pack.
    const id = this.index.createPack(account.id);
    await mkdir(this.layout.accountDir(account.dirKey), { recursive: true });
    const handle = await open(this.layout.packPath(account.dirKey, id), "wx");
    return { id, account, handle, committedEnd: 0, end: 0, isNew: true };
  }

  private async closeRolled(): Promise<void> {
    const rolled = this.rolled.splice(0);
    for (const pack of rolled) await pack.handle.close();
  }
}

/** writev, then finish by hand if the kernel took fewer bytes than asked. */
async function writeFully(handle: FileHandle, buffers: Buffer[], position: number): Promise<void> {
  const total = buffers.reduce((sum, b) => sum + b.length, 0);
  if (total === 0) return;
  let written = (await handle.writev(buffers, position)).bytesWritten;
  if (written === total) return;
  const rest = Buffer.concat(buffers);
  while (written < total) {
    const { bytesWritten } = await handle.write(rest, written, total - written, position + written);
    written += bytesWritten;
  }
}
