// Files and folders through the API: commits against base revisions, conflicts,
// folders, moves, deletes, the change feed, manifest patches and quotas.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPatch } from "../../src/shared/manifest-patch.js";
import { Value } from "@sinclair/typebox/value";
import {
  BatchResponse,
  ChangesResponse,
  type ChunkRef,
  type Entry,
} from "../../src/shared/protocol.js";
import {
  chunkOf,
  commitOp,
  expectErrorResponse,
  expectSameBytes,
  fileOf,
  loginAsNewUser,
  mkdir,
  okEntry,
  putFile,
  randomFile,
  raw,
  type SignedIn,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

describe("entries", () => {
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

  /** A fresh folder per test, so tests share the account without sharing names. */
  const folderFor = (name: string) => mkdir(user.client, name);

  it("creates a file from uploaded chunks and serves its entry, manifest and bytes", async () => {
    const dir = await folderFor("create");
    const file = randomFile(200_000, 50_000);
    expect(await user.client.missing(file.refs.map((r) => r.id))).toHaveLength(4);
    await user.client.uploadChunks(file.chunks);
    expect(await user.client.missing(file.refs.map((r) => r.id))).toEqual([]);

    const created = await raw(server.url, "/v1/files", {
      token: user.token,
      json: { ...commitOp(file, { parentId: dir.id, name: "report.pdf" }), op: undefined },
    });
    expect(created.status, created.text).toBe(200);
    const entry = created.json as Entry;
    expect(entry).toMatchObject({
      parentId: dir.id,
      name: "report.pdf",
      kind: "file",
      size: file.size,
      hash: file.hash,
      deleted: false,
      deviceId: user.deviceId,
      chunkCount: 4,
    });
    expect(entry.rev).toBeGreaterThan(dir.rev);

    expect(await user.client.entry(entry.id)).toMatchObject({ ...entry, chunks: file.refs });
    expect(await user.client.manifest(entry.id)).toEqual({ rev: entry.rev, chunks: file.refs });
    const fetched = await user.client.fetchChunks(file.refs.map((r) => r.id));
    expectSameBytes(Buffer.concat(fetched.map((c) => c.data)), file.bytes);
  });

  it("commits a new version against the current base revision", async () => {
    const dir = await folderFor("versions");
    const v1 = await putFile(user.client, fileOf("first draft"), {
      parentId: dir.id,
      name: "a.txt",
    });
    const next = fileOf("second draft, longer");
    const v2 = await putFile(user.client, next, {
      parentId: dir.id,
      name: "a.txt",
      id: v1.id,
      baseRev: v1.rev,
    });
    expect(v2).toMatchObject({
      id: v1.id,
      size: next.size,
      hash: next.hash,
      name: "a.txt",
      parentId: dir.id,
    });
    expect(v2.rev).toBeGreaterThan(v1.rev);
    expect((await user.client.manifest(v1.id)).chunks).toEqual(next.refs);
  });

  it("moves and edits a file in one commit when the new version names another place", async () => {
    const dir = await folderFor("commit-move");
    const sub = await mkdir(user.client, "sub", dir.id);
    const v1 = await putFile(user.client, fileOf("draft"), { parentId: dir.id, name: "d.txt" });
    await putFile(user.client, fileOf("taken"), { parentId: sub.id, name: "taken.txt" });

    const v2 = await putFile(user.client, fileOf("final"), {
      parentId: sub.id,
      name: "final.txt",
      id: v1.id,
      baseRev: v1.rev,
    });
    expect(v2).toMatchObject({ id: v1.id, parentId: sub.id, name: "final.txt", size: 5 });

    const clash = fileOf("clash");
    await user.client.uploadChunks(clash.chunks);
    const { results } = await user.client.ops([
      commitOp(clash, { parentId: sub.id, name: "taken.txt", id: v1.id, baseRev: v2.rev }),
    ]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: "name_conflict" } });
    expect(await user.client.entry(v1.id)).toMatchObject({ name: "final.txt", rev: v2.rev });
  });

  it("answers 409 stale_base with the current entry in detail when the base revision is stale", async () => {
    const dir = await folderFor("stale");
    const v1 = await putFile(user.client, fileOf("v1"), { parentId: dir.id, name: "doc.txt" });
    const v2 = await putFile(user.client, fileOf("v2 from another device"), {
      parentId: dir.id,
      name: "doc.txt",
      id: v1.id,
      baseRev: v1.rev,
    });
    const late = fileOf("v2 from a device that missed v2");
    await user.client.uploadChunks(late.chunks);

    const response = await raw(server.url, "/v1/files", {
      token: user.token,
      json: {
        ...commitOp(late, { parentId: dir.id, name: "doc.txt", id: v1.id, baseRev: v1.rev }),
        op: undefined,
      },
    });
    expectErrorResponse(response, 409, "stale_base");
    expect((response.json as { detail: Entry }).detail).toEqual(v2);

    // In a batch the same conflict is that op's result.
    const { results } = await user.client.ops([
      commitOp(late, { parentId: dir.id, name: "doc.txt", id: v1.id, baseRev: v1.rev }),
    ]);
    expect(results[0]).toEqual({
      ok: false,
      error: { code: "stale_base", message: expect.any(String) as string, detail: v2 },
    });
    expect((await user.client.entry(v1.id)).rev).toBe(v2.rev);
  });

  it("answers 409 name_conflict with the existing entry when the name is taken", async () => {
    const dir = await folderFor("conflict");
    const existing = await putFile(user.client, fileOf("one"), { parentId: dir.id, name: "x.txt" });
    const other = fileOf("two");
    await user.client.uploadChunks(other.chunks);
    const response = await raw(server.url, "/v1/files", {
      token: user.token,
      json: { ...commitOp(other, { parentId: dir.id, name: "x.txt" }), op: undefined },
    });
    expectErrorResponse(response, 409, "name_conflict");
    expect((response.json as { detail: Entry }).detail).toEqual(existing);

    const folderClash = await raw(server.url, "/v1/folders", {
      token: user.token,
      json: { parentId: dir.id, name: "x.txt" },
    });
    expectErrorResponse(folderClash, 409, "name_conflict");
  });

  it("treats mkdir of an existing folder as success with the same entry", async () => {
    const dir = await folderFor("mkdir");
    const first = await mkdir(user.client, "Photos", dir.id);
    const cursor = (await user.client.account()).cursor;
    const again = await mkdir(user.client, "Photos", dir.id);
    expect(again).toEqual(first);
    expect((await user.client.account()).cursor).toBe(cursor);
    const nested = await mkdir(user.client, "2024", first.id);
    expect(nested.parentId).toBe(first.id);
  });

  it("refuses to create entries under a file (409 not_a_folder)", async () => {
    const dir = await folderFor("under-file");
    const file = await putFile(user.client, fileOf("plain"), { parentId: dir.id, name: "f" });
    const { results } = await user.client.ops([{ op: "mkdir", parentId: file.id, name: "sub" }]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: "not_a_folder" } });
  });

  it("moves and renames entries, and refuses a folder move into itself (409 cycle)", async () => {
    const dir = await folderFor("move");
    const a = await mkdir(user.client, "a", dir.id);
    const b = await mkdir(user.client, "b", a.id);
    const file = await putFile(user.client, fileOf("moving"), { parentId: a.id, name: "f.txt" });

    const renamed = await raw(server.url, `/v1/entries/${file.id}/move`, {
      token: user.token,
      json: { parentId: b.id, name: "g.txt", baseRev: file.rev },
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.json).toMatchObject({ id: file.id, parentId: b.id, name: "g.txt" });
    expect((renamed.json as Entry).rev).toBeGreaterThan(file.rev);

    for (const target of [a, b]) {
      const response = await raw(server.url, `/v1/entries/${a.id}/move`, {
        token: user.token,
        json: { parentId: target.id, name: "a", baseRev: a.rev },
      });
      expectErrorResponse(response, 409, "cycle");
    }
    // Renaming a folder in place is no cycle, and its children go with it.
    const moved = okEntry(
      (
        await user.client.ops([
          { op: "move", id: a.id, parentId: dir.id, name: "a renamed", baseRev: a.rev },
        ])
      ).results[0],
    );
    expect(moved.name).toBe("a renamed");
    expect(await user.client.entry(b.id)).toMatchObject({ parentId: a.id, rev: b.rev });

    // A move against a stale base is refused with the current entry.
    const stale = await raw(server.url, `/v1/entries/${a.id}/move`, {
      token: user.token,
      json: { parentId: dir.id, name: "again", baseRev: a.rev },
    });
    expectErrorResponse(stale, 409, "stale_base");
    expect((stale.json as { detail: Entry }).detail).toMatchObject({ id: a.id, rev: moved.rev });
  });

  it("moves a deleted folder and its contents to the trash", async () => {
    const dir = await folderFor("delete");
    const sub = await mkdir(user.client, "sub", dir.id);
    const file = await putFile(user.client, fileOf("bye"), { parentId: sub.id, name: "f.txt" });
    const before = (await user.client.account()).cursor;

    const response = await raw(server.url, `/v1/entries/${sub.id}?baseRev=${sub.rev}`, {
      method: "DELETE",
      token: user.token,
    });
    expect(response.status, response.text).toBe(200);
    expect(response.json).toMatchObject({ id: sub.id, deleted: true });

    const feed = await user.client.changes(before);
    // Children before their parent, so no page shows a live child under a deleted folder.
    expect(feed.entries.map((e) => [e.id, e.deleted])).toEqual([
      [file.id, true],
      [sub.id, true],
    ]);
    expect((await user.client.trash()).find((t) => t.id === sub.id)).toMatchObject({
      name: "sub",
      kind: "folder",
      path: "delete/sub",
    });
    // The name is free again.
    await mkdir(user.client, "sub", dir.id);
  });

  it("pages the change feed with a cursor, each change once and in order", async () => {
    const dir = await folderFor("feed");
    const start = (await user.client.account()).cursor;
    const ops = Array.from({ length: 25 }, (_, i) => ({
      op: "mkdir" as const,
      parentId: dir.id,
      name: `folder ${String(i).padStart(2, "0")}`,
    }));
    const { cursor: end } = await user.client.ops(ops);
    expect(end).toBe(start + 25);

    const seen: Entry[] = [];
    let cursor = start;
    let pages = 0;
    for (;;) {
      const page = await user.client.changes(cursor, 10);
      pages++;
      seen.push(...page.entries);
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(pages).toBe(3);
    expect(cursor).toBe(end);
    expect(seen.map((e) => e.name)).toEqual(ops.map((o) => o.name));
    const revs = seen.map((e) => e.rev);
    expect(revs).toEqual([...revs].sort((x, y) => x - y));
    // Caught up: an empty page at the same cursor.
    expect(await user.client.changes(cursor)).toMatchObject({ entries: [], cursor, more: false });
  });

  it("answers a page of changes and a batch's results in exactly their documented shape", async () => {
    const dir = await folderFor("shapes");
    const small = fileOf("small enough to travel inline");
    await user.client.uploadChunks(small.chunks);
    const before = (await user.client.account()).cursor;
    const auth = { token: user.token };
    const batch = await raw(server.url, "/v1/ops", {
      ...auth,
      json: {
        ops: [
          commitOp(small, { parentId: dir.id, name: "small.txt" }),
          commitOp(small, { parentId: dir.id, name: "small.txt" }), // name taken
        ],
      },
    });
    expect(batch.status).toBe(200);
    expect(batch.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Value.Check(BatchResponse, batch.json)).toBe(true);
    const [made, clash] = (batch.json as BatchResponse).results;
    expect(made).toMatchObject({ ok: true, entry: { name: "small.txt", deleted: false } });
    // The failure's detail is the entry holding the name.
    expect(clash).toMatchObject({
      ok: false,
      error: { code: "name_conflict", detail: { name: "small.txt" } },
    });

    const page = await raw(server.url, `/v1/changes?cursor=${before}&limit=10`, auth);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Value.Check(ChangesResponse, page.json)).toBe(true);
    const { entries } = page.json as ChangesResponse;
    // Exactly the entry's fields, with the small file's manifest inline.
    expect(entries).toEqual([{ ...(made as { entry: Entry }).entry, chunks: small.refs }]);
  });

  it("sends a manifest patch smaller than the list for a one-chunk edit of a 100-chunk file", async () => {
    const dir = await folderFor("patch");
    const v1File = randomFile(100 * 1024, 1024);
    expect(v1File.refs).toHaveLength(100);
    const v1 = await putFile(user.client, v1File, { parentId: dir.id, name: "big.bin" });

    const edited = Buffer.from(v1File.bytes);
    edited[50 * 1024 + 7] = (edited[50 * 1024 + 7]! + 1) % 256;
    const v2File = fileOf(edited, 1024);
    const v2 = await putFile(user.client, v2File, {
      parentId: dir.id,
      name: "big.bin",
      id: v1.id,
      baseRev: v1.rev,
    });

    const full = await user.client.manifest(v1.id);
    expect(full.chunks).toEqual(v2File.refs);
    const patched = await user.client.manifest(v1.id, v1.rev);
    expect(patched.rev).toBe(v2.rev);
    expect(patched.chunks).toBeUndefined();
    expect(patched.patch?.baseRev).toBe(v1.rev);
    expect(patched.patch!.ops.length).toBeLessThan(10);
    expect(JSON.stringify(patched).length).toBeLessThan(JSON.stringify(full).length / 10);
    expect(applyPatch(v1File.refs, patched.patch!)).toEqual(v2File.refs);

    // Asking with the current revision, or one the server never had, gives the list.
    expect(await user.client.manifest(v1.id, v2.rev)).toEqual(full);
    expect(await user.client.manifest(v1.id, 999_999)).toEqual(full);
  });

  it("commits a new version given as a patch against the current manifest", async () => {
    const dir = await folderFor("commit-patch");
    const base = randomFile(50 * 1024, 1024);
    const v1 = await putFile(user.client, base, { parentId: dir.id, name: "log.bin" });
    const added = chunkOf(Buffer.from("appended at the end"));
    await user.client.uploadChunks([added]);
    const expected: ChunkRef[] = [...base.refs, added.ref];
    const size = base.size + added.data.length;
    const hash = fileOf(Buffer.concat([base.bytes, added.data])).hash;

    const response = await raw(server.url, "/v1/files", {
      token: user.token,
      json: {
        id: v1.id,
        parentId: dir.id,
        name: "log.bin",
        size,
        mtime: 1_700_000_000_000,
        hash,
        baseRev: v1.rev,
        patch: { baseRev: v1.rev, ops: [{ copy: 0, count: base.refs.length }, added.ref] },
      },
    });
    expect(response.status, response.text).toBe(200);
    expect(response.json).toMatchObject({ id: v1.id, size, hash, chunkCount: 51 });
    expect((await user.client.manifest(v1.id)).chunks).toEqual(expected);

    // A patch that copies past the end of its base is refused, and changes nothing.
    const { results } = await user.client.ops([
      {
        op: "commit",
        id: v1.id,
        parentId: dir.id,
        name: "log.bin",
        size: 1024 * 60,
        mtime: 0,
        hash,
        baseRev: (response.json as Entry).rev,
        patch: { baseRev: (response.json as Entry).rev, ops: [{ copy: 0, count: 60 }] },
      },
    ]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect((await user.client.manifest(v1.id)).chunks).toEqual(expected);
  });

  it("refuses a commit whose chunk sizes do not add up to the file size", async () => {
    const dir = await folderFor("sizes");
    const file = fileOf("twelve bytes");
    await user.client.uploadChunks(file.chunks);
    const { results } = await user.client.ops([
      { ...commitOp(file, { parentId: dir.id, name: "lie.txt" }), size: 13 },
    ]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: "bad_request" } });
  });
});

describe("batches of operations", () => {
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

  it("applies 10,000 commits in one /v1/ops request, with a result for each", async () => {
    const dir = await mkdir(user.client, "many");
    const chunks = Array.from({ length: 100 }, (_, i) => chunkOf(`shared chunk ${i}`));
    await user.client.uploadChunks(chunks);
    const ops = Array.from({ length: 10_000 }, (_, i) => {
      const chunk = chunks[i % chunks.length]!;
      return {
        op: "commit" as const,
        parentId: dir.id,
        name: `file-${String(i).padStart(5, "0")}.txt`,
        size: chunk.data.length,
        mtime: 1_700_000_000_000 + i,
        hash: chunk.id,
        baseRev: null,
        chunks: [chunk.ref],
      };
    });
    const body = JSON.stringify({ ops });
    expect(body.length).toBeLessThan(16 * 1024 * 1024);

    const response = await raw(server.url, "/v1/ops", { token: user.token, json: { ops } });
    expect(response.status, response.text.slice(0, 500)).toBe(200);
    const { results, cursor, since } = response.json as {
      results: { ok: boolean; entry?: Entry }[];
      cursor: number;
      since: number;
    };
    expect(results).toHaveLength(10_000);
    // The cursor before the batch: the folder was the account's last change.
    expect(since).toBe(dir.rev);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.map((r) => r.entry?.name)).toEqual(ops.map((o) => o.name));
    expect(new Set(results.map((r) => r.entry?.id)).size).toBe(10_000);
    expect(cursor).toBe(dir.rev + 10_000);

    const page = await user.client.changes(dir.rev, 5000);
    expect(page.entries).toHaveLength(5000);
    expect(page.more).toBe(true);
  });

  it("refuses more than 10,000 operations in one request", async () => {
    const ops = Array.from({ length: 10_001 }, (_, i) => ({
      op: "mkdir",
      parentId: "root",
      name: `d${i}`,
    }));
    const response = await raw(server.url, "/v1/ops", { token: user.token, json: { ops } });
    expectErrorResponse(response, 400, "bad_request");
  });

  it("applies the good ops of a mixed batch and reports each failure in its place", async () => {
    const dir = await mkdir(user.client, "mixed");
    const existing = await putFile(user.client, fileOf("here"), {
      parentId: dir.id,
      name: "e.txt",
    });
    const good = fileOf("good file");
    await user.client.uploadChunks(good.chunks);
    const neverUploaded = fileOf("never uploaded bytes");
    const before = (await user.client.account()).cursor;

    const { results, cursor } = await user.client.ops([
      { op: "mkdir", parentId: dir.id, name: "ok folder" },
      commitOp(good, { parentId: dir.id, name: "e.txt" }), // name taken
      commitOp(good, { parentId: dir.id, name: "good.txt" }),
      commitOp(neverUploaded, { parentId: dir.id, name: "missing.txt" }),
      { op: "mkdir", parentId: dir.id, name: ".." },
      { op: "delete", id: existing.id, baseRev: existing.rev - 1 }, // stale
      { op: "mkdir", parentId: "no-such-folder", name: "orphan" },
      { op: "move", id: existing.id, parentId: dir.id, name: "renamed.txt", baseRev: existing.rev },
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual([
      "ok",
      "name_conflict",
      "ok",
      "missing_chunks",
      "invalid_name",
      "stale_base",
      "not_found",
      "ok",
    ]);
    // Three successful ops, one cursor step each; failures left no trace.
    expect(cursor).toBe(before + 3);
    const feed = await user.client.changes(before);
    expect(feed.entries.map((e) => e.name).sort()).toEqual([
      "good.txt",
      "ok folder",
      "renamed.txt",
    ]);
    expect(await user.client.missing([neverUploaded.refs[0]!.id])).toHaveLength(1);
  });
});

describe("quota", () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server.stop();
    await removeDir(server.dataDir);
  });

  it("answers 507 quota_exceeded for a commit above the account's quota", async () => {
    const user = await loginAsNewUser(server, { quota: 1000 });
    expect((await user.client.account()).quotaBytes).toBe(1000);
    const fits = await putFile(user.client, randomFile(600), { name: "fits.bin" });
    expect((await user.client.account()).usedBytes).toBe(600);

    const tooBig = randomFile(401);
    await user.client.uploadChunks(tooBig.chunks);
    const response = await raw(server.url, "/v1/files", {
      token: user.token,
      json: { ...commitOp(tooBig, { name: "too-big.bin" }), op: undefined },
    });
    expectErrorResponse(response, 507, "quota_exceeded");
    expect((await user.client.account()).usedBytes).toBe(600);

    // Replacing a file counts only the growth; deleting frees its bytes.
    const replaced = await putFile(user.client, randomFile(1000), {
      name: "fits.bin",
      id: fits.id,
      baseRev: fits.rev,
    });
    expect((await user.client.account()).usedBytes).toBe(1000);
    await user.client.ops([{ op: "delete", id: replaced.id, baseRev: replaced.rev }]);
    expect((await user.client.account()).usedBytes).toBe(0);
    await putFile(user.client, tooBig, { name: "too-big.bin" });
    await user.client.close();
  });
  it("counts a batch's earlier commits against its later ones, and its failures not at all", async () => {
    const user = await loginAsNewUser(server, { quota: 1000 });
    const [first, tooMuch, last] = [randomFile(600), randomFile(401), randomFile(400)];
    await user.client.uploadChunks([...first.chunks, ...tooMuch.chunks, ...last.chunks]);
    const before = (await user.client.account()).cursor;
    const { results, cursor } = await user.client.ops([
      commitOp(first, { name: "first.bin" }),
      commitOp(tooMuch, { name: "too-much.bin" }), // 600 + 401 > 1000
      commitOp(last, { name: "last.bin" }), // 600 + 400 = 1000
      commitOp(randomFile(1), { name: "never-uploaded.bin" }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual([
      "ok",
      "quota_exceeded",
      "ok",
      "missing_chunks",
    ]);
    const account = await user.client.account();
    expect(account.usedBytes).toBe(1000);
    expect(cursor).toBe(before + 2);
    expect(account.cursor).toBe(before + 2);
    await user.client.close();
  });
});
