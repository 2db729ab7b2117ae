import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkFile } from "../chunking/chunk-file.js";
import { seededBytes } from "../chunking/seeded-bytes.js";
import type { ChunkRef } from "../../shared/protocol.js";
import { planPieces, rebuildFromBase, type ResolveChunks } from "./rebuild-from-base.js";
import { NODE_FS } from "../env/file-system.js";

const MiB = 1024 * 1024;
const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cirrus-rebuild-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Version {
  file: string;
  data: Buffer;
  chunks: ChunkRef[];
  bytes: Map<string, Buffer>;
}

async function version(data: Buffer): Promise<Version> {
  const file = join(dir, `v${++counter}`);
  await writeFile(file, data);
  const result = await chunkFile(file);
  const bytes = new Map<string, Buffer>();
  for (const c of result.chunks) bytes.set(c.id, data.subarray(c.offset, c.offset + c.size));
  return { file, data, chunks: result.chunks.map((c) => ({ id: c.id, size: c.size })), bytes };
}

/** Rebuild `next` from a copy of `base`, counting which chunks had to be resolved. */
async function rebuild(base: Version, next: Version) {
  const asked: string[] = [];
  const resolve: ResolveChunks = (group) => {
    asked.push(...group.map((c) => c.id));
    return Promise.resolve(new Map(group.map((c) => [c.id, next.bytes.get(c.id) as Buffer])));
  };
  const temp = join(dir, `t${++counter}`);
  const ok = await rebuildFromBase({
    fs: NODE_FS,
    baseFile: base.file,
    temp,
    pieces: planPieces(base.chunks, base.data.length, next.chunks),
    size: next.data.length,
    hash: sha256(next.data),
    mtime: new Date(1_700_000_000_000),
    resolve,
  });
  return { ok, temp, asked };
}

describe("planPieces", () => {
  const ref = (id: string, size: number): ChunkRef => ({ id, size });

  it("leaves chunks at the same offset alone and fetches only new ones", () => {
    const base = [ref("a", 10), ref("b", 10), ref("c", 10)];
    const next = [ref("a", 10), ref("x", 10), ref("c", 10)];
    expect(planPieces(base, 30, next)).toEqual([
      { kind: "chunks", at: 10, chunks: [ref("x", 10)] },
    ]);
  });

  it("copies shifted chunks from the base as one run", () => {
    const base = [ref("a", 10), ref("b", 10), ref("c", 10)];
    const next = [ref("a", 10), ref("x", 5), ref("b", 10), ref("c", 10)];
    expect(planPieces(base, 30, next)).toEqual([
      { kind: "chunks", at: 10, chunks: [ref("x", 5)] },
      { kind: "copy", at: 15, from: 10, size: 20 },
    ]);
  });
});

describe("rebuildFromBase", () => {
  it("turns a copy of the old file into the new one after a 1-byte overwrite", async () => {
    const data = Buffer.from(seededBytes(1, 8 * MiB));
    const base = await version(data);
    const edited = Buffer.from(data);
    edited[4 * MiB] = (edited[4 * MiB] as number) ^ 0xff;
    const next = await version(edited);
    const { ok, temp, asked } = await rebuild(base, next);
    expect(ok).toBe(true);
    expect((await readFile(temp)).equals(edited)).toBe(true);
    // Only the chunk(s) around the edit came from elsewhere.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThanOrEqual(2);
    expect((await stat(temp)).mtimeMs).toBe(1_700_000_000_000);
  });

  it("handles an insert (the rest of the file shifts) and a shrink", async () => {
    const data = Buffer.from(seededBytes(2, 6 * MiB));
    const base = await version(data);
    const inserted = Buffer.concat([
      data.subarray(0, 3 * MiB),
      Buffer.alloc(4096, 7),
      data.subarray(3 * MiB),
    ]);
    const grown = await rebuild(base, await version(inserted));
    expect(grown.ok).toBe(true);
    expect((await readFile(grown.temp)).equals(inserted)).toBe(true);
    expect(grown.asked.length).toBeLessThanOrEqual(3);

    const cut = data.subarray(0, 2 * MiB);
    const shrunk = await rebuild(base, await version(Buffer.from(cut)));
    expect(shrunk.ok).toBe(true);
    expect((await readFile(shrunk.temp)).equals(cut)).toBe(true);
  });

  it("says no when the old file is not what the index recorded", async () => {
    const data = Buffer.from(seededBytes(3, 4 * MiB));
    const base = await version(data);
    const edited = Buffer.from(data);
    edited[MiB] = (edited[MiB] as number) ^ 1;
    const next = await version(edited);
    // The old file changed on disk after it was hashed: its chunks are not what they were.
    const changed = Buffer.from(data);
    changed[3 * MiB] = (changed[3 * MiB] as number) ^ 1;
    await writeFile(base.file, changed);
    const { ok } = await rebuild(base, next);
    expect(ok).toBe(false);
  });
});
