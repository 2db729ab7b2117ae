import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkFile } from "../chunking/chunk-file.js";
import { seededBytes } from "../chunking/seeded-bytes.js";
import type { ChunkRef } from "../../shared/protocol.js";
import { encodeRunDelta } from "../../shared/chunk-delta.js";
import { CirrusError } from "../../shared/errors.js";
import { fetchRunByDelta, type DeltaSource } from "./delta-run.js";
import {
  planPieces,
  rebuildFromBase,
  type FetchByDelta,
  type ResolveChunks,
} from "./rebuild-from-base.js";
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

/** A copy of `data` with the byte at `at` XORed with `mask`. */
function flipped(data: Buffer, at: number, mask = 0xff): Buffer {
  const copy = Buffer.from(data);
  copy[at] = (copy[at] as number) ^ mask;
  return copy;
}

/** `data` with `bytes` inserted at `at` (the rest shifts). */
function insertedAt(data: Buffer, at: number, bytes: Buffer): Buffer {
  return Buffer.concat([data.subarray(0, at), bytes, data.subarray(at)]);
}

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

/**
 * The endpoint's side of a delta (it holds every chunk of both versions), counting the
 * bytes it sends; `answer` overrides it (an endpoint that refuses, say).
 */
function deltaEndpoint(base: Version, next: Version, answer?: () => Promise<Buffer>) {
  const sent = { bytes: 0, calls: 0 };
  const held = new Map([...base.bytes, ...next.bytes]);
  const source: DeltaSource = async (chunks, baseIds) => {
    sent.calls++;
    if (answer) return answer();
    const run = (ids: readonly string[]) => Buffer.concat(ids.map((id) => held.get(id) as Buffer));
    const delta = Buffer.from(encodeRunDelta(run(chunks), run(baseIds)));
    sent.bytes += delta.length;
    return delta;
  };
  const fetchByDelta: FetchByDelta = (chunks, baseChunks, baseBytes) =>
    fetchRunByDelta(source, chunks, baseChunks, baseBytes);
  return { sent, fetchByDelta };
}

/** Rebuild `next` from a copy of `base`, counting which chunks had to be resolved. */
async function rebuild(base: Version, next: Version, fetchByDelta?: FetchByDelta) {
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
    ...(fetchByDelta ? { fetchByDelta } : {}),
  });
  return { ok, temp, asked };
}

describe("planPieces", () => {
  const ref = (id: string, size: number): ChunkRef => ({ id, size });

  it("leaves chunks at the same offset alone and fetches only new ones", () => {
    const base = [ref("a", 10), ref("b", 10), ref("c", 10)];
    const next = [ref("a", 10), ref("x", 10), ref("c", 10)];
    expect(planPieces(base, 30, next)).toEqual([
      {
        kind: "chunks",
        at: 10,
        chunks: [ref("x", 10)],
        base: { from: 10, chunks: [ref("b", 10)] },
      },
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

  it("names the run of old chunks each run of new ones replaced, at either end too", () => {
    const base = [ref("a", 10), ref("b", 10), ref("c", 10), ref("d", 10), ref("e", 10)];
    // "b c" became "x y z" (the rest shifted by 5), "e" became "w", "a" became "v".
    const next = [ref("v", 10), ref("x", 5), ref("y", 5), ref("z", 5), ref("d", 10), ref("w", 7)];
    expect(planPieces(base, 50, next)).toEqual([
      {
        kind: "chunks",
        at: 0,
        chunks: [ref("v", 10), ref("x", 5), ref("y", 5), ref("z", 5)],
        base: { from: 0, chunks: [ref("a", 10), ref("b", 10), ref("c", 10)] },
      },
      { kind: "copy", at: 25, from: 30, size: 10 },
      { kind: "chunks", at: 35, chunks: [ref("w", 7)], base: { from: 40, chunks: [ref("e", 10)] } },
    ]);
  });

  it("gives no base run where the new chunks were only added or the old run is not whole", () => {
    const base = [ref("a", 10), ref("b", 10)];
    // Appended at the end: nothing of the base was replaced.
    expect(planPieces(base, 20, [ref("a", 10), ref("b", 10), ref("n", 3)])).toEqual([
      { kind: "chunks", at: 20, chunks: [ref("n", 3)] },
    ]);
    // "b" moved before "a": the run between them in the base goes backwards.
    expect(planPieces(base, 20, [ref("b", 10), ref("x", 4), ref("a", 10)])).toEqual([
      { kind: "copy", at: 0, from: 10, size: 10 },
      { kind: "chunks", at: 10, chunks: [ref("x", 4)] },
      { kind: "copy", at: 14, from: 0, size: 10 },
    ]);
  });
});

describe("rebuildFromBase", () => {
  it("turns a copy of the old file into the new one after a 1-byte overwrite", async () => {
    const data = Buffer.from(seededBytes(1, 8 * MiB));
    const base = await version(data);
    const edited = flipped(data, 4 * MiB);
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
    const inserted = insertedAt(data, 3 * MiB, Buffer.alloc(4096, 7));
    const grown = await rebuild(base, await version(inserted));
    expect(grown.ok).toBe(true);
    expect((await readFile(grown.temp)).equals(inserted)).toBe(true);
    expect(grown.asked.length).toBeLessThanOrEqual(3);

    const cut = data.subarray(0, 2 * MiB);
    const shrunk = await rebuild(base, await version(Buffer.from(cut)));
    expect(shrunk.ok).toBe(true);
    expect((await readFile(shrunk.temp)).equals(cut)).toBe(true);
  });

  it("asks for an edited run as a delta against the run it replaced: bytes, not chunks", async () => {
    const data = Buffer.from(seededBytes(4, 8 * MiB));
    const base = await version(data);
    const overwritten = flipped(data, 4 * MiB);
    const next = await version(overwritten);
    const endpoint = deltaEndpoint(base, next);
    const done = await rebuild(base, next, endpoint.fetchByDelta);
    expect(done.ok).toBe(true);
    expect((await readFile(done.temp)).equals(overwritten)).toBe(true);
    expect(done.asked).toEqual([]);
    expect(endpoint.sent.calls).toBe(1);
    expect(endpoint.sent.bytes).toBe(8 + 1); // header + the one changed byte

    const inserted = insertedAt(data, 3 * MiB, Buffer.from(seededBytes(5, 4096)));
    const grown = await version(inserted);
    const insertEndpoint = deltaEndpoint(base, grown);
    const insert = await rebuild(base, grown, insertEndpoint.fetchByDelta);
    expect(insert.ok).toBe(true);
    expect((await readFile(insert.temp)).equals(inserted)).toBe(true);
    expect(insert.asked).toEqual([]);
    expect(insertEndpoint.sent.bytes).toBe(8 + 4096);
  });

  it("falls back to whole chunks when the endpoint refuses a delta or the base run changed", async () => {
    const data = Buffer.from(seededBytes(6, 4 * MiB));
    const base = await version(data);
    const edited = flipped(data, 2 * MiB, 1);
    const next = await version(edited);

    const refusing = deltaEndpoint(base, next, () =>
      Promise.reject(new CirrusError("not_found", "no such route")),
    );
    const refused = await rebuild(base, next, refusing.fetchByDelta);
    expect(refused.ok).toBe(true);
    expect(refusing.sent.calls).toBe(1);
    expect(refused.asked.length).toBeGreaterThan(0);
    expect((await readFile(refused.temp)).equals(edited)).toBe(true);

    // The old file's bytes next to the edit changed after it was hashed: the delta
    // applies to the wrong bytes, the chunk check refuses the result, chunks are fetched.
    const drifted = flipped(data, 2 * MiB + 1, 1);
    await writeFile(base.file, drifted);
    const endpoint = deltaEndpoint(base, next);
    const recovered = await rebuild(base, next, endpoint.fetchByDelta);
    expect(endpoint.sent.calls).toBe(1);
    expect(recovered.asked.length).toBeGreaterThan(0);
    expect(recovered.ok).toBe(true);
    expect((await readFile(recovered.temp)).equals(edited)).toBe(true);

    // Anything else (the connection dropped) is not hidden by a fallback.
    const offline = deltaEndpoint(base, next, () =>
      Promise.reject(new CirrusError("offline", "connection reset")),
    );
    await expect(rebuild(base, next, offline.fetchByDelta)).rejects.toThrow(/connection reset/);
  });

  it("says no when the old file is not what the index recorded", async () => {
    const data = Buffer.from(seededBytes(3, 4 * MiB));
    const base = await version(data);
    const edited = flipped(data, MiB, 1);
    const next = await version(edited);
    // The old file changed on disk after it was hashed: its chunks are not what they were.
    const changed = flipped(data, 3 * MiB, 1);
    await writeFile(base.file, changed);
    const { ok } = await rebuild(base, next);
    expect(ok).toBe(false);
  });
});
