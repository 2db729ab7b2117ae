// An order-free digest of what a walk saw: every item's path, inode and (for files)
// size, mtime and ctime, each hashed to 128 bits and XORed together. Order-free, so a
// round can also predict the digest of the walk that follows its own writes (add the
// files it wrote, remove what they replaced) without knowing readdir's order.
// Folders count by path and inode only: their times change whenever a file inside
// does, and no decision depends on them.
import type { WalkedItem } from "../scan/walk.js";

export type WalkItemStat = Pick<
  WalkedItem,
  "diskRel" | "kind" | "ino" | "size" | "mtimeMs" | "ctimeMs"
>;

/** Four 32-bit lanes. */
export class WalkDigest {
  private readonly lanes = new Uint32Array(4);

  static of(items: Iterable<WalkItemStat>): WalkDigest {
    const digest = new WalkDigest();
    for (const item of items) digest.toggle(item);
    return digest;
  }

  /** Adds an item, or removes it if it was added (XOR). */
  toggle(item: WalkItemStat): void {
    const key =
      item.kind === "file"
        ? `f${item.ino}:${item.size}:${item.mtimeMs}:${item.ctimeMs}:${item.diskRel}`
        : `d${item.ino}:${item.diskRel}`;
    SEEDS.forEach((seed, lane) => {
      this.lanes[lane] = (this.lanes[lane] ?? 0) ^ hash32(key, seed);
    });
  }

  /** Adds (or removes) every item another digest holds. */
  merge(other: WalkDigest): void {
    for (let lane = 0; lane < 4; lane++) {
      this.lanes[lane] = (this.lanes[lane] ?? 0) ^ (other.lanes[lane] ?? 0);
    }
  }

  copy(): WalkDigest {
    const out = new WalkDigest();
    out.lanes.set(this.lanes);
    return out;
  }

  toString(): string {
    return [...this.lanes].map((n) => n.toString(16).padStart(8, "0")).join("");
  }
}

const SEEDS = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f];

/** MurmurHash3's 32-bit finalizer over FNV-1a of the UTF-16 units: fast and well mixed. */
function hash32(text: string, seed: number): number {
  let h = seed ^ 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
