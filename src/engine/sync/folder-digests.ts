// The walk's digest (walk-digest.ts) kept folder by folder: the digest of each folder's
// entries. A round that lists only some folders (scoped-inputs.ts) replaces theirs and
// still knows the digest of the whole walk, so it can record what the next full walk
// should see (converged.ts), as a round that walked everything does. Without it, the
// first round after a restart planned over the whole tree after any change (~6 s at
// 100,000 files) instead of only walking it (~2 s).
//
// The record keeps these digests too (converged.ts), so a round that walks everything
// and finds something else than recorded (changes made while the client was stopped,
// or that the watcher missed) knows in which folders: it can look at just those.
import { WalkDigest, type WalkItemStat } from "./walk-digest.js";

/** The folder an item is in, as spelled on disk ("" for the root). */
export const folderOf = (diskRel: string): string =>
  diskRel.includes("/") ? diskRel.slice(0, diskRel.lastIndexOf("/")) : "";

/** A folder whose entries cancelled out (all removed) is as good as one never seen. */
const EMPTY = new WalkDigest().toString();

export class FolderDigests {
  private readonly folders = new Map<string, WalkDigest>();

  static of(items: Iterable<WalkItemStat>): FolderDigests {
    const digests = new FolderDigests();
    for (const item of items) digests.toggle(item);
    return digests;
  }

  /** Adds an item to its folder's digest, or removes it (XOR). */
  toggle(item: WalkItemStat): void {
    const folder = folderOf(item.diskRel);
    let digest = this.folders.get(folder);
    if (!digest) {
      digest = new WalkDigest();
      this.folders.set(folder, digest);
    }
    digest.toggle(item);
  }

  /** The entries of `folders` are now those of `items` (a fresh listing of just them). */
  relist(folders: Iterable<string>, items: Iterable<WalkItemStat>): void {
    for (const folder of folders) this.folders.delete(folder);
    for (const item of items) this.toggle(item);
  }

  /** What a round did here: what it wrote, moved or removed, without what that replaced. */
  applyWrites(
    writes: readonly { replaced: WalkItemStat | null; written: WalkItemStat | null }[],
  ): void {
    for (const { replaced, written } of writes) {
      if (replaced) this.toggle(replaced);
      if (written) this.toggle(written);
    }
  }

  /** Each folder's digest as hex, for the record; null past `max` folders (too big to keep). */
  toRecord(max: number): [folder: string, digest: string][] | null {
    if (this.folders.size > max) return null;
    const out: [string, string][] = [];
    for (const [folder, digest] of this.folders) {
      const hex = digest.toString();
      if (hex !== EMPTY) out.push([folder, hex]);
    }
    return out;
  }

  /**
   * The folders (as spelled on disk) whose entries are not those `recorded` saw: a
   * changed, added or removed entry, or a folder that appeared or went away.
   */
  changedSince(recorded: ReadonlyMap<string, string>): string[] {
    const changed = new Set<string>();
    for (const [folder, digest] of this.folders) {
      if ((recorded.get(folder) ?? EMPTY) !== digest.toString()) changed.add(folder);
    }
    for (const folder of recorded.keys()) {
      if (!this.folders.has(folder)) changed.add(folder);
    }
    return [...changed];
  }

  /** The digest of the whole walk. */
  total(): WalkDigest {
    const total = new WalkDigest();
    for (const digest of this.folders.values()) total.merge(digest);
    return total;
  }
}
