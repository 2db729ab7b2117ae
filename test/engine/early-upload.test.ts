// A large file's chunks go to the server while the scan is still hashing it
// (sync/early-upload.ts), against a real server: what the chunker hands out is stored,
// only what the server lacks is sent, a failure only stops the early sending, and a
// round sends a new file once, not once early and again in its upload.
import { randomBytes } from "node:crypto";
import { copyFile, stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { chunkFile, type ChunkBatch, type ChunkOutlet } from "../../src/engine/chunking/index.js";
import { frameHeader } from "../../src/shared/chunk-framing.js";
import { skippingPrevious } from "../../src/engine/chunking/chunk-emitter.js";
import { RemoteClient } from "../../src/engine/remote/index.js";
import { EarlyUpload } from "../../src/engine/sync/early-upload.js";
import type { ChunkRef } from "../../src/shared/protocol.js";
import type { FolderStatus } from "../../src/shared/status.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

const MiB = 1024 * 1024;

/** Hash `file` handing its chunks to `early`; resolves once they are dealt with. */
async function hashSending(file: string, early: EarlyUpload, previous: ChunkRef[] = []) {
  const outlet = early.outletFor(file, (await stat(file)).size) as ChunkOutlet;
  // As the pool does: the outlet's skipPrevious skips the previous version's chunks.
  const emit = skippingPrevious(outlet, previous, outlet.skipPrevious);
  const result = await chunkFile(file, { emit });
  await early.settled();
  return result;
}

describe("sending a large file's chunks while it is hashed", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  it("stores what the chunker hands out, sends only what the server lacks, and stops at a failure", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    const api = await account.api();
    const data = randomBytes(10 * MiB + 777);
    await a.write("raw.bin", data);
    let sent = 0;
    const firstEarly = new EarlyUpload(api, (n) => (sent += n));
    const first = await hashSending(a.abs("raw.bin"), firstEarly);
    expect(await api.missing(first.chunks.map((c) => c.id))).toEqual([]);
    expect(sent).toBe(data.length);
    // What the round's upload then need not ask about: every chunk of the file.
    expect([...firstEarly.stored].sort()).toEqual(first.chunks.map((c) => c.id).sort());

    // The server holds every chunk: nothing is sent again.
    sent = 0;
    await hashSending(a.abs("raw.bin"), new EarlyUpload(api, (n) => (sent += n)));
    expect(sent).toBe(0);

    // An edit: the previous version's chunks are not even offered; the new ones go up.
    await a.overwrite("raw.bin", 5 * MiB, Buffer.from("edited"));
    const offered: string[] = [];
    const early = new EarlyUpload(api, (n) => (sent += n));
    const send = early.send.bind(early);
    early.send = (batch, path, size) => {
      offered.push(...batch.chunks.map((c) => c.id));
      return send(batch, path, size);
    };
    const previous = first.chunks.map((c) => c.id);
    const edited = await hashSending(a.abs("raw.bin"), early, first.chunks);
    const changed = edited.chunks.filter((c) => !previous.includes(c.id));
    expect(changed.length).toBeGreaterThan(0);
    expect(offered.sort()).toEqual(changed.map((c) => c.id).sort());
    expect(sent).toBe(changed.reduce((sum, c) => sum + c.size, 0));
    expect(await api.missing(edited.chunks.map((c) => c.id))).toEqual([]);

    // No server: hashing still gives the file's chunks; early sending stops for good.
    const unreachable = new RemoteClient({ baseUrl: "http://127.0.0.1:9", retries: 0 });
    const offline = new EarlyUpload(unreachable);
    try {
      await a.write("other.bin", randomBytes(6 * MiB));
      const result = await hashSending(a.abs("other.bin"), offline);
      expect(result).toEqual(await chunkFile(a.abs("other.bin")));
      expect(offline.stopped).toBe(true);
      expect(offline.outletFor("other.bin", 6 * MiB)).toBeUndefined();
    } finally {
      await unreachable.close();
    }
  });

  it("sends a new large file once in a round: early, not again in its upload", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const data = randomBytes(24 * MiB + 5);
    await a.write("film.mov", data);
    const before = a.folder.status().bytesSent;
    await a.syncClean();
    // Random data has no repeated chunk: the file's bytes, each once.
    expect(a.folder.status().bytesSent - before).toBe(data.length);
    await b.syncClean();
    expect(sha256(await b.read("film.mov"))).toBe(sha256(data));
    await expectSettled([a, b]);
  });

  it("through the CLI (its chunker on worker threads): a new file goes up once, an edit sends its new chunks", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.close();
    await b.close();
    const syncOnce = async (client: TestClient) => {
      const run = await client.cli(["sync", "--once", "--folder", client.root]);
      expect(run.status, run.stderr).toBe(0);
      const status = await client.cli(["status", "--json"]);
      return (JSON.parse(status.stdout) as FolderStatus).bytesSent;
    };
    const data = randomBytes(20 * MiB + 3);
    await a.write("disk.img", data);
    expect(await syncOnce(a)).toBe(data.length);

    const edited = Buffer.from(data);
    randomBytes(100).copy(edited, 7 * MiB);
    await a.overwrite("disk.img", 7 * MiB, edited.subarray(7 * MiB, 7 * MiB + 100));
    const editSent = await syncOnce(a);
    expect(editSent).toBeGreaterThan(0);
    expect(editSent).toBeLessThan(256 * 1024);
    await syncOnce(b);
    expect(sha256(await b.read("disk.img"))).toBe(sha256(edited));
  });

  it("sends nothing for a large file whose content the server holds under another name", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const data = randomBytes(12 * MiB);
    await a.write("original.iso", data);
    await a.syncClean();
    const before = a.folder.status().bytesSent;
    await copyFile(a.abs("original.iso"), a.abs("copy.iso"));
    await a.syncClean();
    expect(a.folder.status().bytesSent - before).toBe(0);
    await b.syncClean();
    expect(sha256(await b.read("copy.iso"))).toBe(sha256(data));
    await expectSettled([a, b]);
  });

  it("under a bandwidth limit, sends the waiting batch that starts earliest in its file first", async () => {
    const account = await accounts.create(1);
    const api = await account.api();
    api.setBandwidth({ up: 64 * MiB });
    /** A batch of one fresh 64 KiB chunk at `offset`, framed as the chunker frames it. */
    const batchAt = (offset: number): ChunkBatch => {
      const data = randomBytes(64 * 1024);
      const id = sha256(data);
      const body = Buffer.concat([frameHeader(id, data.length), data]);
      return { chunks: [{ id, size: data.length, offset }], body };
    };
    const sent: number[] = [];
    const upload = api.uploadFramed.bind(api);
    api.uploadFramed = async (body) => {
      sent.push(order.get(body) ?? -1);
      await upload(body);
    };
    const order = new Map<Buffer, number>();
    const early = new EarlyUpload(api);
    // The first takes the one request a limited link gets; the others queue meanwhile,
    // as the two chunking jobs of a large file hand theirs out interleaved.
    const batches = [10, 75, 40, 20].map((mib) => batchAt(mib * MiB));
    for (const batch of batches) order.set(batch.body, batch.chunks[0]?.offset as number);
    await Promise.all(batches.map((batch) => early.send(batch, "film.mov", 80 * MiB)));
    expect(sent).toEqual([10, 20, 40, 75].map((mib) => mib * MiB));
  });
});
