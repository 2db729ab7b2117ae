// Open read handles to pack files, most recently used kept. A handle is closed only
// when no read is using it, so compaction can retire a pack under a running read.

import { open, type FileHandle } from "node:fs/promises";
import { CirrusError } from "../../shared/errors.js";

interface CachedHandle {
  handle: Promise<FileHandle>;
  users: number;
  /** Evicted while in use: close when the last user is done. */
  retired: boolean;
}

export class PackReadCache {
  private readonly entries = new Map<number, CachedHandle>();
  private readonly closing = new Set<Promise<void>>();

  constructor(private readonly maxOpen = 64) {}

  /** Reads exactly `length` bytes at `offset` of the pack; a short file is an error. */
  async read(packId: number, path: string, offset: number, length: number): Promise<Buffer> {
    if (length === 0) return Buffer.alloc(0);
    const entry = this.acquire(packId, path);
    try {
      const handle = await entry.handle;
      const buffer = Buffer.allocUnsafe(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
        if (bytesRead === 0) {
          throw new CirrusError("internal", `pack ${packId} ends before byte ${offset + length}`);
        }
        filled += bytesRead;
      }
      return buffer;
    } finally {
      this.release(packId, entry);
    }
  }

  /** Stop caching the pack's handle (closed now, or when its last reader finishes). */
  evict(packId: number): void {
    const entry = this.entries.get(packId);
    if (entry === undefined) return;
    this.entries.delete(packId);
    entry.retired = true;
    if (entry.users === 0) this.closeHandle(entry);
  }

  /** Close every handle; waits for running reads to finish with theirs. */
  async close(): Promise<void> {
    for (const packId of [...this.entries.keys()]) this.evict(packId);
    while (this.closing.size > 0) await Promise.all(this.closing);
  }

  private acquire(packId: number, path: string): CachedHandle {
    let entry = this.entries.get(packId);
    if (entry === undefined) {
      entry = { handle: open(path, "r"), users: 0, retired: false };
      const opened = entry;
      // A failed open must not stay cached; the reader sees the error via `handle`.
      void opened.handle.catch(() => {
        if (this.entries.get(packId) === opened) this.entries.delete(packId);
        opened.retired = true;
      });
    } else {
      this.entries.delete(packId); // re-inserted below: Map order is our LRU order
    }
    this.entries.set(packId, entry);
    entry.users += 1;
    this.trim();
    return entry;
  }

  private release(packId: number, entry: CachedHandle): void {
    entry.users -= 1;
    if (entry.users === 0 && entry.retired && this.entries.get(packId) !== entry) {
      this.closeHandle(entry);
    }
  }

  private trim(): void {
    for (const [packId, entry] of this.entries) {
      if (this.entries.size <= this.maxOpen) return;
      if (entry.users === 0) this.evict(packId);
    }
  }

  private closeHandle(entry: CachedHandle): void {
    // A handle that never opened has nothing to close, and a failed close leaves
    // nothing to retry: either way the entry is gone.
    const closing = entry.handle.then((handle) => handle.close()).catch(() => undefined);
    const tracked = closing.finally(() => this.closing.delete(tracked));
    this.closing.add(tracked);
  }
}
