// Test data on disk: random (incompressible, never deduplicable) files, in-place
// and inserting edits, and content checks between the two sides.
import { createHash, randomFillSync, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MiB } from "./stats.js";

const PIECE = 8 * MiB;

/** Writes `size` random bytes to `file` (created or truncated). */
export async function writeRandomFile(file: string, size: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, "w");
  try {
    const buffer = Buffer.allocUnsafe(Math.min(PIECE, size));
    for (let done = 0; done < size;) {
      const n = Math.min(buffer.length, size - done);
      randomFillSync(buffer, 0, n);
      await handle.write(buffer, 0, n, done);
      done += n;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Writes `count` random files of `size` bytes under `root/prefix`, 100 per folder
 * (prefix/d0000/f000000.bin ...). Returns their paths relative to `root`.
 */
export async function writeManyFiles(
  root: string,
  prefix: string,
  count: number,
  size: number,
  perFolder = 100,
): Promise<string[]> {
  const rels: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = `d${String(Math.floor(i / perFolder)).padStart(4, "0")}`;
    rels.push(`${prefix}/${folder}/f${String(i).padStart(6, "0")}.bin`);
  }
  const folders = new Set(rels.map((r) => path.dirname(r)));
  for (const folder of folders) await mkdir(path.join(root, folder), { recursive: true });
  const data = randomBytes(count * size);
  let next = 0;
  const worker = async () => {
    while (next < rels.length) {
      const i = next++;
      await writeFile(path.join(root, rels[i] as string), data.subarray(i * size, (i + 1) * size));
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return rels;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const piece of createReadStream(file, { highWaterMark: PIECE })) {
    hash.update(piece as Buffer);
  }
  return hash.digest("hex");
}

/** Paths (relative) whose content differs between the two roots or is missing on B. */
export async function differing(
  rootA: string,
  rootB: string,
  rels: readonly string[],
): Promise<string[]> {
  const bad: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < rels.length) {
      const rel = rels[next++] as string;
      const a = path.join(rootA, rel);
      const b = path.join(rootB, rel);
      try {
        const [sa, sb] = await Promise.all([stat(a), stat(b)]);
        if (sa.size !== sb.size) {
          bad.push(rel);
        } else if (sa.size <= MiB) {
          const [da, db] = await Promise.all([readFile(a), readFile(b)]);
          if (!da.equals(db)) bad.push(rel);
        } else if ((await sha256File(a)) !== (await sha256File(b))) {
          bad.push(rel);
        }
      } catch {
        bad.push(rel);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return bad;
}

/** Throws when B does not hold exactly A's content for these paths. */
export async function assertSame(
  rootA: string,
  rootB: string,
  rels: readonly string[],
  tool: string,
): Promise<void> {
  const bad = await differing(rootA, rootB, rels);
  if (bad.length > 0) {
    throw new Error(
      `${tool}: ${bad.length} of ${rels.length} files differ on B (first: ${bad[0] ?? ""})`,
    );
  }
}

/** Overwrites one byte in place (same size, same inode, new mtime). */
export async function overwriteByte(file: string, offset: number, value: number): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.write(Buffer.from([value & 0xff]), 0, 1, offset);
  } finally {
    await handle.close();
  }
}

export async function readByte(file: string, offset: number): Promise<number> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(1);
    await handle.read(buffer, 0, 1, offset);
    return buffer[0] as number;
  } finally {
    await handle.close();
  }
}

/**
 * Inserts `data` at `offset`, the way an editor saves: the new content is written to
 * a temp file in `scratch` (same file system) and renamed over the old one.
 */
export async function insertBytes(
  file: string,
  offset: number,
  data: Buffer,
  scratch: string,
): Promise<void> {
  const temp = path.join(scratch, `insert-${process.pid}-${Date.now()}`);
  const src = await open(file, "r");
  const dst = await open(temp, "w");
  try {
    const buffer = Buffer.allocUnsafe(PIECE);
    let readAt = 0;
    let writeAt = 0;
    const copy = async (until: number) => {
      while (readAt < until) {
        const { bytesRead } = await src.read(buffer, 0, Math.min(PIECE, until - readAt), readAt);
        if (bytesRead === 0) break;
        await dst.write(buffer, 0, bytesRead, writeAt);
        readAt += bytesRead;
        writeAt += bytesRead;
      }
    };
    await copy(offset);
    await dst.write(data, 0, data.length, writeAt);
    writeAt += data.length;
    await copy(Number.MAX_SAFE_INTEGER);
  } finally {
    await src.close();
    await dst.close();
  }
  await rename(temp, file).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}

/** True when `file` exists with exactly `size` bytes. */
export async function hasSize(file: string, size: number): Promise<boolean> {
  try {
    return (await stat(file)).size === size;
  } catch {
    return false;
  }
}
