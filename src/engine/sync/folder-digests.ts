// The walk's digest (walk-digest.ts) kept folder by folder: the digest of each folder's
// entries. A round that lists only some folders (scoped-inputs.ts) replaces theirs and
// still knows the digest of the whole walk, so it can record what the next full walk
// should see (converged.ts), as a round that walked everything does. Without it, the
// first round after a restart planned over the whole tree after any change (~6 s at
// 100,000 files) instead of only walking it (~2 s).
import { WalkDigest, type WalkItemStat } from "./walk-digest.js";

/** The folder an item is in, as spelled on disk ("" for the root). */
const folderOf = (diskRel: string): string =>
  diskRel.includes("/") ? diskRel.slice(0, diskRel.lastIndexOf("/")) : "";

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

  /** What a round wrote here: the files and folders it wrote, without what they replaced. */
  applyWrites(writes: readonly { replaced: WalkItemStat | null; written: WalkItemStat }[]): void {
    for (const { replaced, written } of writes) {
      if (replaced) this.toggle(replaced);
      this.toggle(written);
    }
  }

  /** The digest of the whole walk. */
  total(): WalkDigest {
    const total = new WalkDigest();
    for (const digest of this.folders.values()) total.merge(digest);
    return total;
  }
}
