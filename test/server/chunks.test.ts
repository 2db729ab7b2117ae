// Chunk upload and download: framed batches, single big chunks, verification of
// every chunk's hash, and commits that must reference stored chunks.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyRunDelta, RUN_DELTA_HEADER } from "../../src/shared/chunk-delta.js";
import { frameHeader } from "../../src/shared/chunk-framing.js";
import { LIMITS } from "../../src/shared/protocol.js";
import {
  chunkOf,
  commitOp,
  expectCode,
  expectErrorResponse,
  expectSameBytes,
  fileOf,
  loginAsNewUser,
  raw,
  type SignedIn,
  type TestChunk,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

const frames = (chunks: readonly TestChunk[]): Buffer =>
  Buffer.concat(chunks.flatMap((c) => [Buffer.from(frameHeader(c.id, c.data.length)), c.data]));

describe("chunks", () => {
  let server: ServerProcess;
  let user: SignedIn;

  beforeAll(async () => {
    server = await startServerProcess();
    user = await loginAsNewUser(server);
  });

  afterAll(async () => {
    // Stop the server first, so that it is never left running if setup failed half-way.
    await server.stop();
    await removeDir(server.dataDir);
    await user.client.close();
  });

  it("stores many small chunks from one framed upload and fetches them back in order", async () => {
    const chunks = Array.from({ length: 2000 }, (_, i) => chunkOf(randomBytes(100 + (i % 400))));
    const ids = chunks.map((c) => c.id);
    expect(await user.client.missing(ids)).toEqual(ids);

    const response = await raw(server.url, "/v1/chunks", {
      token: user.token,
      body: frames(chunks),
      contentType: "application/octet-stream",
    });
    expect(response.status, response.text).toBe(200);
    expect(response.json).toEqual({ stored: 2000 });
    expect(await user.client.missing(ids)).toEqual([]);

    // Any order, repeats included, comes back exactly as asked.
    const asked = [...ids].reverse().concat(ids.slice(0, 3));
    const fetched = await user.client.fetchChunks(asked);
    expect(fetched.map((c) => c.id)).toEqual(asked);
    const byId = new Map(chunks.map((c) => [c.id, c.data]));
    for (const chunk of fetched) expectSameBytes(chunk.data, byId.get(chunk.id)!);
  });

  it("stores a single 4 MiB chunk from a PUT and serves it byte for byte", async () => {
    const big = chunkOf(randomBytes(4 * 1024 * 1024));
    const response = await raw(server.url, `/v1/chunks/${big.id}`, {
      method: "PUT",
      token: user.token,
      body: big.data,
      contentType: "application/octet-stream",
    });
    expect(response.status, response.text).toBe(200);
    expectSameBytes(await user.client.getChunk(big.id), big.data);
    const [fetched] = await user.client.fetchChunks([big.id]);
    expect(fetched?.id).toBe(big.id);
    expectSameBytes(fetched?.data, big.data);
  });

  it("treats uploading a chunk it already holds as a no-op", async () => {
    const chunk = chunkOf(randomBytes(1000));
    await user.client.uploadChunks([chunk, chunk]);
    await user.client.uploadChunk(chunk.id, chunk.data);
    expectSameBytes(await user.client.getChunk(chunk.id), chunk.data);
  });

  it("answers 400 hash_mismatch for bytes that do not match their id, and stores nothing", async () => {
    const good = chunkOf(randomBytes(500));
    const forged = { ...chunkOf(randomBytes(500)), data: randomBytes(500) };
    const batch = await raw(server.url, "/v1/chunks", {
      token: user.token,
      body: frames([good, forged]),
      contentType: "application/octet-stream",
    });
    expectErrorResponse(batch, 400, "hash_mismatch");
    expect(await user.client.missing([good.id, forged.id])).toEqual([good.id, forged.id]);

    const single = await raw(server.url, `/v1/chunks/${forged.id}`, {
      method: "PUT",
      token: user.token,
      body: forged.data,
      contentType: "application/octet-stream",
    });
    expectErrorResponse(single, 400, "hash_mismatch");
    await expectCode(user.client.getChunk(forged.id), "not_found");
  });

  it("refuses a commit that references a chunk never uploaded (400 missing_chunks)", async () => {
    const file = fileOf(randomBytes(3000), 1000);
    await user.client.uploadChunks(file.chunks.slice(0, 2));
    const response = await raw(server.url, "/v1/files", {
      token: user.token,
      json: { ...commitOp(file, { name: "incomplete.bin" }), op: undefined },
    });
    expectErrorResponse(response, 400, "missing_chunks");
    expect((response.json as { detail: { missing: string[] } }).detail.missing).toEqual([
      file.refs[2]!.id,
    ]);
    const feed = await user.client.changes(0);
    expect(feed.entries.map((e) => e.name)).not.toContain("incomplete.bin");

    // Once the last chunk is there, the same commit goes through.
    await user.client.uploadChunks(file.chunks.slice(2));
    const { results } = await user.client.ops([commitOp(file, { name: "incomplete.bin" })]);
    expect(results[0]).toMatchObject({ ok: true, entry: { name: "incomplete.bin" } });
  });

  it("answers 404 not_found for a fetch that names a chunk it does not hold", async () => {
    const held = chunkOf(randomBytes(200));
    await user.client.uploadChunks([held]);
    const absent = chunkOf(randomBytes(200)).id;
    const response = await raw(server.url, "/v1/chunks/fetch", {
      token: user.token,
      json: { ids: [held.id, absent] },
    });
    expectErrorResponse(response, 404, "not_found");
    expect((response.json as { detail: { missing: string[] } }).detail.missing).toEqual([absent]);
  });

  it("sends a run of chunks as its difference from a run of older ones", async () => {
    const old = [chunkOf(randomBytes(40_000)), chunkOf(randomBytes(30_000))];
    const edited = Buffer.concat(old.map((c) => c.data));
    edited[50_000] = (edited[50_000] as number) ^ 0xff;
    // The edit re-cut the run: one new chunk where there were two.
    const now = [chunkOf(edited)];
    await user.client.uploadChunks([...old, ...now]);
    const ids = (chunks: TestChunk[]) => chunks.map((c) => c.id);

    const delta = await user.client.fetchDelta(ids(now), ids(old));
    expect(delta.length).toBe(RUN_DELTA_HEADER + 1);
    const base = Buffer.concat(old.map((c) => c.data));
    expectSameBytes(applyRunDelta(delta, base, edited.length), edited);

    // Neither side of a delta may name a chunk this account does not hold.
    const other = await loginAsNewUser(server);
    try {
      const theirs = chunkOf(randomBytes(1000));
      await other.client.uploadChunks([theirs]);
      await expectCode(user.client.fetchDelta(ids(now), [theirs.id]), "not_found");
      await expectCode(user.client.fetchDelta([theirs.id], ids(old)), "not_found");
      await expectCode(other.client.fetchDelta([theirs.id], ids(old)), "not_found");
    } finally {
      await other.client.close();
    }
  });

  it("refuses chunk deltas that are malformed or over the run limit", async () => {
    const held = chunkOf(randomBytes(100));
    await user.client.uploadChunks([held]);
    for (const json of [
      { chunks: [held.id] },
      { chunks: [], base: [held.id] },
      { chunks: [held.id], base: ["not-an-id"] },
      { chunks: Array(LIMITS.maxDeltaRunChunks + 1).fill(held.id), base: [held.id] },
      { chunks: [held.id], base: [held.id], extra: 1 },
    ]) {
      const response = await raw(server.url, "/v1/chunks/delta", { token: user.token, json });
      expectErrorResponse(response, 400, "bad_request");
    }
    const big = chunkOf(randomBytes(LIMITS.maxDeltaRunBytes + 1));
    await user.client.uploadChunk(big.id, big.data);
    await expectCode(user.client.fetchDelta([big.id], [held.id]), "payload_too_large");
    await expectCode(user.client.fetchDelta([held.id], [big.id]), "payload_too_large");
    const anonymous = await raw(server.url, "/v1/chunks/delta", {
      json: { chunks: [held.id], base: [held.id] },
    });
    expectErrorResponse(anonymous, 401, "unauthorized");
  });

  it("answers missing for 20,000 ids in one request", async () => {
    const held = chunkOf(randomBytes(64));
    await user.client.uploadChunks([held]);
    const ids = Array.from({ length: 19_999 }, () => chunkOf(randomBytes(8)).id).concat(held.id);
    const response = await raw(server.url, "/v1/chunks/missing", {
      token: user.token,
      json: { ids },
    });
    expect(response.status).toBe(200);
    expect((response.json as { missing: string[] }).missing).toEqual(ids.slice(0, 19_999));
    const tooMany = await raw(server.url, "/v1/chunks/missing", {
      token: user.token,
      json: { ids: [...ids, chunkOf("one more").id] },
    });
    expectErrorResponse(tooMany, 400, "bad_request");
  });
});
