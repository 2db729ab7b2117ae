// Commits whose manifests are large: a file of several GiB carries ~50,000 chunk refs
// per GiB, ~90 bytes of JSON each. One such file, or a thousand photos committed in one
// batch, used to be more JSON than a request may carry, and never synced.
import { describe, expect, it } from "vitest";
import { LIMITS, type ChunkRef, type CommitOp } from "../../src/shared/protocol.js";
import { OPS_REQUEST_BYTES } from "../../src/engine/remote/ops-requests.js";
import { useSignedInUser } from "../support/hooks.js";
import { chunkOf, mkdir, okEntry, sha256 } from "../support/server-api.js";

/**
 * A commit op for a file of `count` copies of one small stored chunk: its manifest has
 * `count` refs, as a file of `count` chunks of its own would.
 */
function manyRefs(parentId: string, name: string, count: number, bytes: Buffer): CommitOp {
  const { ref } = chunkOf(bytes);
  const refs: ChunkRef[] = Array.from({ length: count }, () => ref);
  return {
    op: "commit",
    parentId,
    name,
    size: count * bytes.length,
    mtime: 1_700_000_000_000,
    hash: sha256(Buffer.concat(Array.from({ length: count }, () => bytes))),
    baseRev: null,
    chunks: refs,
  };
}

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe("large commits", () => {
  const signedIn = useSignedInUser();

  it("commits one file whose manifest is more JSON than any other request may carry", async () => {
    const { client } = signedIn.user();
    const dir = await mkdir(client, "huge");
    const bytes = Buffer.from("one chunk");
    await client.uploadChunks([chunkOf(bytes)]);
    // 220,000 refs: the manifest of a file of ~4.2 GiB cut at 19.6 KiB on average.
    const op = manyRefs(dir.id, "disk.img", 220_000, bytes);
    expect(jsonBytes({ ops: [op] })).toBeGreaterThan(LIMITS.maxJsonBody);
    const { results } = await client.ops([op]);
    const entry = okEntry(results[0]);
    expect(entry).toMatchObject({ name: "disk.img", size: op.size, hash: op.hash });
    // Another device reads the manifest back whole.
    const manifest = await client.manifest(entry.id);
    expect(manifest.chunks).toHaveLength(220_000);
    expect(manifest.chunks?.every((c) => c.id === op.chunks?.[0]?.id)).toBe(true);
  });

  it("splits a batch of commits that is too large for one request, in order", async () => {
    const { client } = signedIn.user();
    const dir = await mkdir(client, "photos");
    const bytes = Buffer.from("a photo's chunk");
    await client.uploadChunks([chunkOf(bytes)]);
    // 40 photos of ~3.5 MiB (180 chunks each), and folders between them.
    const ops = Array.from({ length: 40 }, (_, i) =>
      i % 10 === 9
        ? { op: "mkdir" as const, parentId: dir.id, name: `album ${i}` }
        : manyRefs(dir.id, `IMG_${1000 + i}.jpg`, 12_000, bytes),
    );
    expect(jsonBytes({ ops })).toBeGreaterThan(LIMITS.maxJsonBody);
    expect(jsonBytes({ ops })).toBeGreaterThan(4 * OPS_REQUEST_BYTES);
    const cursorBefore = (await client.changes(0, 1)).cursor;
    const response = await client.ops(ops);
    expect(response.results).toHaveLength(40);
    const names = response.results.map((result) => okEntry(result).name);
    expect(names).toEqual(ops.map((op) => op.name));
    // Nothing else happened in the account meanwhile: the requests followed each other.
    expect(response.since).toBeDefined();
    expect(response.cursor).toBeGreaterThan(cursorBefore);
    const feed = await client.changes(response.since ?? 0, 100);
    expect(feed.entries.map((e) => e.name).sort()).toEqual([...names].sort());
  });
});
