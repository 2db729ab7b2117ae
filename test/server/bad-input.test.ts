// Hostile and malformed requests: each gets a `{ code, message }` error with the right
// status, the server stays up, and nothing is written outside --data.
import { readdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameHeader } from "../../src/shared/chunk-framing.js";
import { LIMITS } from "../../src/shared/protocol.js";
import {
  chunkOf,
  commitOp,
  expectErrorResponse,
  fileOf,
  headOnly,
  loginAsNewUser,
  mkdir,
  putFile,
  raw,
  type SignedIn,
} from "../support/server-api.js";
import {
  removeDir,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from "../support/server-process.js";

describe("bad input", () => {
  let parent: string;
  let server: ServerProcess;
  let user: SignedIn;

  beforeAll(async () => {
    // The server runs with its working directory in `parent` and its data in
    // parent/data, so anything it writes elsewhere under `parent` shows up.
    parent = await tempDir("bad-input");
    server = await startServerProcess({ dataDir: path.join(parent, "data"), cwd: parent });
    user = await loginAsNewUser(server);
  });

  afterAll(async () => {
    // Stop the server first, so that it is never left running if setup failed half-way.
    await server.stop();
    await removeDir(parent);
    await user.client.close();
  });

  const post = (route: string, options: Parameters<typeof raw>[2] = {}) =>
    raw(server.url, route, { method: "POST", token: user.token, ...options });

  /** A chunk PUT written by hand: how the body's size is told, and what is sent of it. */
  const putChunkByHand = (id: string, size: Record<string, string | number>, body: Buffer) =>
    headOnly(
      server.url,
      {
        method: "PUT",
        path: `/v1/chunks/${id}`,
        headers: {
          authorization: `Bearer ${user.token}`,
          "content-type": "application/octet-stream",
          ...size,
        },
      },
      body,
    );

  it("answers malformed JSON with 400 bad_request as a JSON { code, message }", async () => {
    for (const body of ['{"parentId": "root", "name": ', "not json", "[1,2", "{}}"]) {
      const response = await post("/v1/folders", { body, contentType: "application/json" });
      expectErrorResponse(response, 400, "bad_request");
      expect(Object.keys(response.json as object).sort()).toEqual(["code", "message"]);
    }
    expectErrorResponse(
      await post("/v1/folders", { body: "", contentType: "application/json" }),
      400,
      "bad_request",
    );
    expectErrorResponse(await post("/v1/folders", { json: null }), 400, "bad_request");
    expectErrorResponse(await post("/v1/folders", { json: [] }), 400, "bad_request");
  });

  it("answers a JSON body over 16 MiB with 413 payload_too_large", async () => {
    const body = JSON.stringify({ ids: [], padding: "x".repeat(16 * 1024 * 1024) });
    const response = await headOnly(
      server.url,
      {
        method: "POST",
        path: "/v1/chunks/missing",
        headers: {
          authorization: `Bearer ${user.token}`,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      Buffer.from(body.slice(0, 65536)),
    );
    expectErrorResponse(response, 413, "payload_too_large");
  });

  it("takes a commit of up to 96 MiB (a huge file's manifest), and answers more with 413", async () => {
    const over = LIMITS.maxCommitBody + 1;
    const response = await headOnly(
      server.url,
      {
        method: "POST",
        path: "/v1/ops",
        headers: {
          authorization: `Bearer ${user.token}`,
          "content-type": "application/json",
          "content-length": over,
        },
      },
      Buffer.from(`{"ops":[${" ".repeat(65536)}`),
    );
    expectErrorResponse(response, 413, "payload_too_large");
    expect(LIMITS.maxCommitBody).toBeGreaterThan(LIMITS.maxJsonBody);
  });

  it("answers a chunk over 8 MiB with 413 payload_too_large", async () => {
    const big = chunkOf(Buffer.alloc(8 * 1024 * 1024 + 1, 7));
    const response = await putChunkByHand(
      big.id,
      { "content-length": big.data.length },
      big.data.subarray(0, 65536),
    );
    expectErrorResponse(response, 413, "payload_too_large");
    expect(await user.client.missing([big.id])).toEqual([big.id]);
  });

  it("answers chunk bodies over the limit without a content-length with 413, storing nothing", async () => {
    // Chunked transfer encoding: the size is known only as the bytes arrive.
    const big = chunkOf(Buffer.alloc(8 * 1024 * 1024 + 1, 9));
    const piece = 1024 * 1024;
    const encoded: Buffer[] = [];
    for (let at = 0; at < big.data.length; at += piece) {
      const part = big.data.subarray(at, at + piece);
      encoded.push(Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from("\r\n"));
    }
    encoded.push(Buffer.from("0\r\n\r\n"));
    const response = await putChunkByHand(
      big.id,
      { "transfer-encoding": "chunked" },
      Buffer.concat(encoded),
    );
    expectErrorResponse(response, 413, "payload_too_large");
    expect(await user.client.missing([big.id])).toEqual([big.id]);
  });

  it("stores nothing from an upload whose connection drops half-way, and keeps serving", async () => {
    const chunk = chunkOf(Buffer.alloc(200_000, 5));
    const body = Buffer.concat([frameHeader(chunk.id, chunk.data.length), chunk.data]);
    const { hostname, port } = new URL(server.url);
    const socket = net.connect(Number(port), hostname);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    const head = [
      "POST /v1/chunks HTTP/1.1",
      `host: ${hostname}:${port}`,
      `authorization: Bearer ${user.token}`,
      "content-type: application/octet-stream",
      `content-length: ${body.length}`,
    ];
    socket.write(head.join("\r\n") + "\r\n\r\n");
    await new Promise<void>((resolve) => {
      socket.write(body.subarray(0, 100_000), () => {
        resolve();
      });
    });
    socket.destroy();
    // The server saw the request end early: nothing of it is stored, and it still answers.
    expect(await user.client.missing([chunk.id])).toEqual([chunk.id]);
    const again = await post("/v1/chunks", { body, contentType: "application/octet-stream" });
    expect(again.status, again.text).toBe(200);
    expect(await user.client.missing([chunk.id])).toEqual([]);
  });

  it("answers a wrong content type with 415 unsupported_media_type", async () => {
    const folder = JSON.stringify({ parentId: "root", name: "typed" });
    for (const contentType of ["text/plain", "application/xml", "application/octet-stream"]) {
      const response = await post("/v1/folders", { body: folder, contentType });
      expectErrorResponse(response, 415, "unsupported_media_type");
    }
    const chunk = chunkOf("some bytes");
    const asJson = await raw(server.url, `/v1/chunks/${chunk.id}`, {
      method: "PUT",
      token: user.token,
      json: { data: "some bytes" },
    });
    expectErrorResponse(asJson, 415, "unsupported_media_type");
    const batchAsText = await post("/v1/chunks", {
      body: Buffer.concat([frameHeader(chunk.id, chunk.data.length), chunk.data]),
      contentType: "text/plain",
    });
    expectErrorResponse(batchAsText, 415, "unsupported_media_type");
    expect((await user.client.changes(0)).entries.map((e) => e.name)).not.toContain("typed");
  });

  it("answers unknown fields with 400 bad_request", async () => {
    const cases: [string, unknown][] = [
      ["/v1/folders", { parentId: "root", name: "extra", color: "red" }],
      ["/v1/login", { user: user.user, password: user.password, deviceName: "x", admin: true }],
      ["/v1/ops", { ops: [{ op: "mkdir", parentId: "root", name: "x", sneaky: 1 }] }],
      ["/v1/ops", { ops: [{ op: "mkdir", parentId: "root", name: "x" }], atomic: true }],
      ["/v1/ops", { ops: [{ op: "chmod", id: "root", mode: 511 }] }],
      ["/v1/chunks/missing", { ids: [], also: [] }],
      ["/v1/totp/verify", { code: "123456", trust: true }],
    ];
    for (const [route, json] of cases) {
      expectErrorResponse(await post(route, { json }), 400, "bad_request");
    }
    expect((await user.client.changes(0)).entries.map((e) => e.name)).not.toContain("extra");
  });

  it("refuses hostile names with 400 invalid_name wherever a name is given", async () => {
    const dir = await mkdir(user.client, "names");
    const file = await putFile(user.client, fileOf("content"), {
      parentId: dir.id,
      name: "ok.txt",
    });
    const content = fileOf("other content");
    await user.client.uploadChunks(content.chunks);
    const hostile = [
      "..",
      ".",
      "a/b",
      "../../etc/passwd",
      "a\0b",
      "back\\slash",
      "tab\there",
      "x".repeat(256),
      "é".repeat(128), // 256 bytes of UTF-8
      "e\u0301", // NFD: é as e + combining accent
    ];
    for (const name of hostile) {
      const label = JSON.stringify(name);
      expectErrorResponse(
        await post("/v1/folders", { json: { parentId: dir.id, name } }),
        400,
        "invalid_name",
      );
      const commit = { ...commitOp(content, { parentId: dir.id, name }), op: undefined };
      const created = await post("/v1/files", { json: commit });
      expect(created.json, label).toMatchObject({ code: "invalid_name" });
      const moved = await post(`/v1/entries/${file.id}/move`, {
        json: { parentId: dir.id, name, baseRev: file.rev },
      });
      expect(moved.json, label).toMatchObject({ code: "invalid_name" });
      expect(moved.status, label).toBe(400);
    }
    // 255 bytes is the limit, and NFC names are fine.
    await mkdir(user.client, "x".repeat(255), dir.id);
    await mkdir(user.client, "\u00e9t\u00e9", dir.id);
    const names = (await user.client.changes(dir.rev - 1, 5000)).entries
      .filter((e) => e.parentId === dir.id)
      .map((e) => e.name)
      .sort();
    expect(names).toEqual(["ok.txt", "x".repeat(255), "\u00e9t\u00e9"].sort());
  });

  it("answers a cursor or revision that is not a whole number with 400 bad_request", async () => {
    for (const query of [
      "cursor=abc",
      "cursor=1.5",
      "cursor=-1",
      "cursor=",
      "cursor=Infinity",
      "cursor=1e400",
      "cursor=9007199254740993",
      "limit=0",
      "limit=5001",
    ]) {
      const response = await raw(server.url, `/v1/changes?${query}`, { token: user.token });
      expectErrorResponse(response, 400, "bad_request");
    }
    const file = await putFile(user.client, fileOf("rev"), { name: "rev.txt" });
    for (const query of ["baseRev=x", "baseRev=", "baseRev=-3", "baseRev=Infinity"]) {
      const response = await raw(server.url, `/v1/entries/${file.id}?${query}`, {
        method: "DELETE",
        token: user.token,
      });
      expectErrorResponse(response, 400, "bad_request");
    }
    const manifest = await raw(server.url, `/v1/entries/${file.id}/manifest?haveRev=two`, {
      token: user.token,
    });
    expectErrorResponse(manifest, 400, "bad_request");
    expect((await user.client.entry(file.id)).deleted).toBe(false);
  });

  it("answers malformed ids in the path with 400 bad_request", async () => {
    for (const route of [
      "/v1/entries/has.dot",
      "/v1/entries/..%2F..%2Fetc",
      `/v1/entries/${"a".repeat(65)}`,
      "/v1/chunks/not-a-hash",
      `/v1/chunks/${"A".repeat(64)}`,
    ]) {
      const response = await raw(server.url, route, { token: user.token });
      expectErrorResponse(response, 400, "bad_request");
    }
  });

  it("answers truncated or malformed chunk frames with 400 bad_request, storing nothing", async () => {
    const chunk = chunkOf("framed bytes");
    const whole = Buffer.concat([frameHeader(chunk.id, chunk.data.length), chunk.data]);
    const other = chunkOf("the first, good frame");
    const good = Buffer.concat([frameHeader(other.id, other.data.length), other.data]);
    const bodies = [
      whole.subarray(0, whole.length - 1), // body cut short
      whole.subarray(0, 20), // header cut short
      Buffer.concat([good, whole.subarray(0, 40)]), // a good frame, then a cut one
      Buffer.concat([frameHeader(chunk.id, 0)]), // empty chunk
      Buffer.concat([frameHeader(chunk.id, 9 * 1024 * 1024), chunk.data]), // absurd length
    ];
    for (const body of bodies) {
      const response = await post("/v1/chunks", { body, contentType: "application/octet-stream" });
      expectErrorResponse(response, 400, "bad_request");
    }
    const empty = await raw(server.url, `/v1/chunks/${chunk.id}`, {
      method: "PUT",
      token: user.token,
      body: Buffer.alloc(0),
      contentType: "application/octet-stream",
    });
    expect(empty.status).toBe(400);
    expect(await user.client.missing([chunk.id, other.id])).toEqual([chunk.id, other.id]);
  });

  it("answers an unknown route with 404 not_found as JSON", async () => {
    for (const [method, route] of [
      ["GET", "/"],
      ["GET", "/v2/changes"],
      ["POST", "/v1/nothing-here"],
      ["DELETE", "/v1/ops"],
      ["GET", "/v1/../../etc/passwd"],
    ] as const) {
      const response = await raw(server.url, route, { method, token: user.token });
      expectErrorResponse(response, 404, "not_found");
    }
    // Without a token too: an unknown route does not need one.
    expectErrorResponse(await raw(server.url, "/v1/nothing-here"), 404, "not_found");
  });

  it("answers a missing, garbage or malformed token with 401 unauthorized", async () => {
    const routes: ["GET" | "POST" | "DELETE", string, unknown][] = [
      ["GET", "/v1/account", undefined],
      ["GET", "/v1/changes?cursor=0", undefined],
      ["GET", "/v1/devices", undefined],
      ["GET", "/v1/trash", undefined],
      ["POST", "/v1/ops", { ops: [{ op: "mkdir", parentId: "root", name: "intruder" }] }],
      ["POST", "/v1/chunks/missing", { ids: [] }],
      ["POST", "/v1/totp/enroll", undefined],
      ["DELETE", "/v1/entries/root?baseRev=0", undefined],
    ];
    const headers: (Record<string, string> | undefined)[] = [
      undefined,
      { authorization: "Bearer cirrus_garbagegarbagegarbage" },
      { authorization: "Bearer not-even-our-prefix" },
      { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` },
      { authorization: `Bearer ${user.token}x` },
      { authorization: `Bearer ${user.token} extra` },
      { authorization: "Bearer" },
    ];
    for (const [method, route, json] of routes) {
      for (const h of headers) {
        const response = await raw(server.url, route, {
          method,
          ...(json === undefined ? {} : { json }),
          ...(h ? { headers: h } : {}),
        });
        expectErrorResponse(response, 401, "unauthorized");
      }
    }
    expect((await user.client.changes(0)).entries.map((e) => e.name)).not.toContain("intruder");
  });

  it("is still serving afterwards, and wrote nothing outside --data", async () => {
    const health = await raw(server.url, "/health");
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: "ok" });
    expect((await user.client.account()).user).toBe(user.user);
    expect(server.child.exitCode).toBeNull();
    expect(await readdir(parent)).toEqual(["data"]);
  });
});
