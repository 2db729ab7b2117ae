// Isolation between accounts on one server: another account's entries and chunks are
// neither readable, writable nor even observable.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry, Op } from "../../src/shared/protocol.js";
import {
  chunkOf,
  commitOp,
  expectCode,
  expectSameBytes,
  login,
  loginAsNewUser,
  mkdir,
  okEntry,
  putFile,
  randomFile,
  raw,
  uniqueName,
  type SignedIn,
  type TestFile,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

describe("isolation between accounts", () => {
  let server: ServerProcess;
  let a: SignedIn;
  let b: SignedIn;
  let folder: Entry;
  let file: Entry;
  let content: TestFile;
  let trashed: Entry;
  let versionId: string;
  /** An id shaped like a real one that exists in no account. */
  const ghost = randomBytes(16).toString("base64url");

  beforeAll(async () => {
    server = await startServerProcess();
    [a, b] = await Promise.all([
      loginAsNewUser(server, { prefix: "alice" }),
      loginAsNewUser(server, { prefix: "bob" }),
    ]);
    folder = await mkdir(a.client, "Private");
    content = randomFile(300_000, 64 * 1024);
    file = await putFile(a.client, content, { parentId: folder.id, name: "secret.bin" });
    versionId = (await a.client.versions(file.id))[0]!.id;
    const doomed = await putFile(a.client, randomFile(1000), { name: "old.txt" });
    trashed = okEntry(
      (await a.client.ops([{ op: "delete", id: doomed.id, baseRev: doomed.rev }])).results[0],
    );
  });

  afterAll(async () => {
    // Stop the server first, so that it is never left running if setup failed half-way.
    await server.stop();
    await removeDir(server.dataDir);
    await Promise.all([a.client.close(), b.client.close()]);
  });

  /** B's answer for A's id must equal B's answer for a non-existent id. */
  async function expectSameAsGhost(
    path: (id: string) => string,
    method: "GET" | "POST" | "DELETE" = "GET",
  ) {
    const forA = await raw(server.url, path(file.id), { method, token: b.token });
    const forGhost = await raw(server.url, path(ghost), { method, token: b.token });
    expect(forA.status, forA.text).toBe(404);
    expect(forA.json).toMatchObject({ code: "not_found" });
    expect(forA.text.replaceAll(file.id, "ID")).toBe(forGhost.text.replaceAll(ghost, "ID"));
  }

  it("answers B's reads of A's entry ids with 404 not_found, like a non-existent id", async () => {
    await expectSameAsGhost((id) => `/v1/entries/${id}`);
    await expectSameAsGhost((id) => `/v1/entries/${id}/manifest`);
    await expectSameAsGhost((id) => `/v1/entries/${id}/versions`);
    await expectSameAsGhost((id) => `/v1/entries/${id}/versions/${versionId}/restore`, "POST");
    await expectCode(b.client.entry(folder.id), "not_found");
  });

  it("refuses B's move, delete and commit against A's ids with 404 not_found", async () => {
    const own = await putFile(b.client, randomFile(100), { name: "mine.txt" });
    const attempts: Op[] = [
      { op: "move", id: file.id, parentId: "root", name: "stolen.bin", baseRev: file.rev },
      { op: "delete", id: file.id, baseRev: file.rev },
      { op: "delete", id: folder.id, baseRev: folder.rev },
      { ...commitOp(randomFile(10), { name: "x", id: file.id, baseRev: file.rev }) },
      { ...commitOp(randomFile(10), { name: "planted.txt", parentId: folder.id }) },
      { op: "mkdir", parentId: folder.id, name: "planted" },
      { op: "move", id: own.id, parentId: folder.id, name: "planted.txt", baseRev: own.rev },
    ];
    for (const op of attempts) {
      const { results } = await b.client.ops([op]);
      expect(results[0], JSON.stringify(op)).toMatchObject({
        ok: false,
        error: { code: "not_found" },
      });
    }
    // The single-op routes answer the same way.
    const move = await raw(server.url, `/v1/entries/${file.id}/move`, {
      token: b.token,
      json: { parentId: "root", name: "stolen.bin", baseRev: file.rev },
    });
    expect(move.status).toBe(404);
    const del = await raw(server.url, `/v1/entries/${file.id}?baseRev=${file.rev}`, {
      method: "DELETE",
      token: b.token,
    });
    expect(del.status).toBe(404);
    await expectCode(b.client.restoreTrash(trashed.id), "not_found");
    await expectCode(b.client.purgeTrash(trashed.id), "not_found");
    await expectCode(b.client.restoreVersion(file.id, versionId), "not_found");

    // A's data is untouched.
    expect(await a.client.entry(file.id)).toMatchObject({
      rev: file.rev,
      name: "secret.bin",
      parentId: folder.id,
      deleted: false,
    });
    expect((await a.client.trash()).map((t) => t.id)).toContain(trashed.id);
  });

  it("shows B none of A's entries in the change feed or trash", async () => {
    const feed = await b.client.changes(0, 5000);
    const text = JSON.stringify(feed.entries);
    for (const id of [folder.id, file.id, trashed.id]) expect(text).not.toContain(id);
    expect(feed.entries.every((e) => e.deviceId === null || e.deviceId === b.deviceId)).toBe(true);
    expect(await b.client.trash()).toEqual([]);
  });

  it("reports A's chunks as missing to B and refuses B's reads of them", async () => {
    const ids = content.chunks.map((c) => c.id);
    expect(await b.client.missing(ids)).toEqual(ids);
    expect(await a.client.missing(ids)).toEqual([]);
    for (const id of ids) await expectCode(b.client.getChunk(id), "not_found");
    await expectCode(b.client.fetchChunks(ids), "not_found");

    // Nor can B claim A's chunks in a manifest without uploading them.
    const { results } = await b.client.ops([commitOp(content, { name: "claimed.bin" })]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: "missing_chunks" } });
  });

  it("keeps B's own copy of the same bytes separate from A's", async () => {
    const shared = chunkOf(randomBytes(5000));
    await a.client.uploadChunks([shared]);
    expect(await b.client.missing([shared.id])).toEqual([shared.id]);
    await b.client.uploadChunk(shared.id, shared.data);
    expectSameBytes(await b.client.getChunk(shared.id), shared.data);
    expectSameBytes(await a.client.getChunk(shared.id), shared.data);
  });

  it("gives an account created after another was deleted none of the deleted account's chunks", async () => {
    // The deleted account is the newest, so a reused account id would be its id.
    const gone = await loginAsNewUser(server, { prefix: "gone" });
    const leftover = chunkOf(randomBytes(4000));
    await gone.client.uploadChunks([leftover]);
    expect(await gone.client.missing([leftover.id])).toEqual([]);
    await gone.client.close();
    const deleted = server.admin(["user", "del", gone.user]);
    expect(deleted.status, deleted.stderr).toBe(0);

    for (const name of [gone.user, uniqueName("newcomer")]) {
      server.addUser(name, "fresh password");
      const fresh = await login(server, name, "fresh password");
      expect(await fresh.client.missing([leftover.id])).toEqual([leftover.id]);
      await expectCode(fresh.client.getChunk(leftover.id), "not_found");
      expect((await fresh.client.changes(0)).entries.map((e) => e.id)).toEqual([]);
      await fresh.client.close();
      expect(server.admin(["user", "del", name]).status).toBe(0);
    }
  });
});
