// Helpers for tests that talk to a real `cirrus-server`: make chunks and files from
// bytes, create and sign in users, commit files, and send raw requests.
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { request } from "undici";
import { expect } from "vitest";
import { RemoteClient, type ChunkData } from "../../src/engine/remote/index.js";
import { CirrusError, type ErrorCode } from "../../src/shared/errors.js";
import type { ChunkRef, CommitOp, Entry, OpResult } from "../../src/shared/protocol.js";
import { REPO_ROOT, type ServerProcess } from "./server-process.js";

const SERVER_BIN = path.join(REPO_ROOT, "bin/cirrus-server.js");

export const sha256 = (data: Uint8Array | string): string =>
  createHash("sha256").update(data).digest("hex");

export interface TestChunk extends ChunkData {
  ref: ChunkRef;
}

/** A chunk named by the SHA-256 of its bytes. */
export function chunkOf(bytes: Buffer | string): TestChunk {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const id = sha256(data);
  return { id, data, ref: { id, size: data.length } };
}

export interface TestFile {
  bytes: Buffer;
  chunks: TestChunk[];
  refs: ChunkRef[];
  size: number;
  hash: string;
}

/** A file cut into fixed-size chunks (the server does not care how chunks were cut). */
export function fileOf(bytes: Buffer | string, chunkSize = 64 * 1024): TestFile {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
  const chunks: TestChunk[] = [];
  for (let at = 0; at < data.length; at += chunkSize) {
    chunks.push(chunkOf(data.subarray(at, at + chunkSize)));
  }
  return {
    bytes: data,
    chunks,
    refs: chunks.map((c) => c.ref),
    size: data.length,
    hash: sha256(data),
  };
}

/** Random bytes, so that chunks never collide across tests. */
export const randomFile = (size: number, chunkSize?: number): TestFile =>
  fileOf(randomBytes(size), chunkSize);

let userCounter = 0;

/** A user name unique within this test process. */
export function uniqueName(prefix = "user"): string {
  userCounter++;
  return `${prefix}-${process.pid}-${userCounter}`;
}

export interface SignedIn {
  client: RemoteClient;
  user: string;
  password: string;
  token: string;
  deviceId: string;
}

/** Sign in an existing user as a new device. */
export async function login(
  server: Pick<ServerProcess, "url">,
  user: string,
  password: string,
  deviceName = "test device",
): Promise<SignedIn> {
  const client = new RemoteClient({ baseUrl: server.url, retries: 0 });
  const response = await client.login({ user, password, deviceName });
  return { client, user, password, token: response.token, deviceId: response.deviceId };
}

/**
 * `cirrus-server user add` without blocking the test process, so several accounts
 * can be created at once (each run is a Node start plus a scrypt hash).
 */
export function addUser(
  server: Pick<ServerProcess, "dataDir">,
  name: string,
  password: string,
  extra: string[] = [],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [SERVER_BIN, "user", "add", name, "--password-stdin", ...extra];
    const child = execFile(
      process.execPath,
      [...args, "--data", server.dataDir],
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`user add ${name} failed: ${stderr}`));
        else resolve();
      },
    );
    child.stdin?.end(password);
  });
}

/** Create a new account through the admin CLI and sign in as a first device. */
export async function loginAsNewUser(
  server: ServerProcess,
  options: { prefix?: string; quota?: number } = {},
): Promise<SignedIn> {
  const user = uniqueName(options.prefix);
  const password = `pw-${randomBytes(6).toString("hex")}`;
  const extra = options.quota === undefined ? [] : ["--quota", String(options.quota)];
  await addUser(server, user, password, extra);
  return login(server, user, password);
}

/** Several new accounts, a few at a time, each signed in as a first device. */
export async function loginAsNewUsers(
  server: ServerProcess,
  count: number,
  parallel = 4,
): Promise<SignedIn[]> {
  const users: SignedIn[] = [];
  while (users.length < count) {
    const batch = Math.min(parallel, count - users.length);
    users.push(...(await Promise.all(Array.from({ length: batch }, () => loginAsNewUser(server)))));
  }
  return users;
}

/** The commit op for a new file (or a new version when `id` and `baseRev` are given). */
export function commitOp(
  file: TestFile,
  where: { parentId?: string; name: string; id?: string; baseRev?: number | null },
): CommitOp {
  const op: CommitOp = {
    op: "commit",
    parentId: where.parentId ?? "root",
    name: where.name,
    size: file.size,
    mtime: 1_700_000_000_000,
    hash: file.hash,
    baseRev: where.baseRev ?? null,
    chunks: file.refs,
  };
  if (where.id !== undefined) op.id = where.id;
  return op;
}

/** The entry of a successful op result, failing the test with the error otherwise. */
export function okEntry(result: OpResult | undefined): Entry {
  if (!result?.ok) {
    throw new Error(`operation failed: ${JSON.stringify(result?.error ?? result)}`);
  }
  return result.entry;
}

/** Upload a file's chunks and commit it; returns the committed entry. */
export async function putFile(
  client: RemoteClient,
  file: TestFile,
  where: { parentId?: string; name: string; id?: string; baseRev?: number | null },
): Promise<Entry> {
  await client.uploadChunks(file.chunks);
  const { results } = await client.ops([commitOp(file, where)]);
  return okEntry(results[0]);
}

export async function mkdir(client: RemoteClient, name: string, parentId = "root"): Promise<Entry> {
  const { results } = await client.ops([{ op: "mkdir", parentId, name }]);
  return okEntry(results[0]);
}

/** Assert that a client call fails with this error code; returns the error. */
export async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<CirrusError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected the call to fail with ${code}`).toBeInstanceOf(CirrusError);
  expect((error as CirrusError).code).toBe(code);
  return error as CirrusError;
}

/**
 * Assert two byte strings are equal. (Vitest's deep equality walks a Buffer element by
 * element, which takes seconds per megabyte; compare lengths and digests instead.)
 */
export function expectSameBytes(actual: Uint8Array | undefined, expected: Uint8Array): void {
  expect(actual, "bytes missing").toBeDefined();
  expect({ length: actual!.length, sha256: sha256(actual!) }).toEqual({
    length: expected.length,
    sha256: sha256(expected),
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

export interface RawOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  token?: string;
  json?: unknown;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

/** One request with undici, no client-side checks: for bad input and exact statuses. */
export async function raw(
  baseUrl: string,
  path: string,
  options: RawOptions = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | Buffer | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers["content-type"] = "application/json";
  }
  if (options.contentType !== undefined) headers["content-type"] = options.contentType;
  const response = await request(baseUrl + path, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const text = await response.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.statusCode, headers: response.headers, text, json };
}

/**
 * Send a request's head and only the start of its body over a plain socket, then read
 * the answer. For limits the server must enforce from Content-Length alone: it answers
 * and closes without reading the rest, which makes a normal client fail with EPIPE
 * half-way through a big body.
 */
export async function headOnly(
  baseUrl: string,
  head: { method: string; path: string; headers: Record<string, string | number> },
  bodyStart: Buffer,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const socket = net.connect(Number(port), hostname);
  const lines = [`${head.method} ${head.path} HTTP/1.1`, `host: ${hostname}:${port}`];
  for (const [name, value] of Object.entries(head.headers)) lines.push(`${name}: ${value}`);
  socket.write(lines.join("\r\n") + "\r\n\r\n");
  socket.write(bodyStart);
  const parts: Buffer[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on("data", (d: Buffer) => parts.push(d));
    socket.on("end", resolve);
    socket.on("error", reject);
    // Answered but kept open: the status line and body are all there.
    socket.setTimeout(5000, () => {
      socket.destroy();
      resolve();
    });
  });
  socket.destroy();
  const text = Buffer.concat(parts).toString("utf8");
  const [headText = "", bodyText = ""] = text.split("\r\n\r\n", 2);
  const [statusLine = "", ...headerLines] = headText.split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    json = undefined;
  }
  return { status: Number(statusLine.split(" ")[1]), headers, text: bodyText, json };
}

/** Assert a raw response is an error with this status and code, shaped `{ code, message }`. */
export function expectErrorResponse(response: RawResponse, status: number, code: ErrorCode): void {
  expect(response.headers["content-type"], response.text).toMatch(/^application\/json/);
  expect(response.json, response.text).toMatchObject({
    code,
    message: expect.any(String) as string,
  });
  expect(response.status, response.text).toBe(status);
}

/** Poll-free wait for a condition signalled by a callback, with a deadline. */
export function waitFor<T>(
  subscribe: (resolve: (value: T) => void) => void,
  timeoutMs: number,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    subscribe((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
