// Typed calls to the cloud endpoint's API, splitting big requests into the sizes
// the server accepts.
import { on } from "node:events";
import { FrameReader, frameHeader, type FramedChunk } from "../../shared/chunk-framing.js";
import {
  LIMITS,
  CHUNK_FRAME_HEADER,
  type AccountInfo,
  type BatchResponse,
  type ChangesResponse,
  type Device,
  type Entry,
  type IncomingChunks,
  type LoginRequest,
  type LoginResponse,
  type ManifestResponse,
  type Op,
  type TrashItem,
  type Version,
} from "../../shared/protocol.js";
import { HttpTransport, type TransportOptions } from "./http-transport.js";
import { opsRequests } from "./ops-requests.js";
import { TokenBucket } from "./token-bucket.js";
import { SpareBuffers } from "../../shared/spare-buffers.js";

export interface ChunkData {
  id: string;
  data: Buffer;
}

/** A framed upload body: ~4 MiB of chunks (upload.ts) and their frame headers. */
const FRAMED_BODY_BYTES = 4 * 1024 * 1024 + 128 * 1024;

export class RemoteClient {
  readonly http: HttpTransport;
  /** Bandwidth limits for chunk bytes, changeable while transfers run. */
  readonly upLimit = new TokenBucket();
  readonly downLimit = new TokenBucket();
  /** While set and aborted, chunk transfers stop (pause). */
  signal: AbortSignal | null = null;
  /**
   * Buffers for request bodies of framed chunks, given back once a request is answered
   * (spare-buffers.ts): an upload of 10,000 small files fills ten, not ten new ones.
   */
  readonly bodies = new SpareBuffers(FRAMED_BODY_BYTES);

  /** Bytes per second; 0 lifts the limit. */
  setBandwidth(limits: { up?: number; down?: number }): void {
    if (limits.up !== undefined) this.upLimit.setRate(limits.up);
    if (limits.down !== undefined) this.downLimit.setRate(limits.down);
  }

  constructor(options: TransportOptions) {
    this.http = new HttpTransport(options);
  }

  /** Give back memory kept for the next transfer (the folder has gone idle). */
  releaseMemory(): void {
    this.bodies.clear();
  }

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  setToken(token: string | null): void {
    this.http.token = token;
  }

  async login(body: LoginRequest): Promise<LoginResponse> {
    const response = await this.http.call<LoginResponse>({
      method: "POST",
      path: "/v1/login",
      json: body,
    });
    this.setToken(response.token);
    return response;
  }

  logout = () => this.http.call<undefined>({ method: "POST", path: "/v1/logout" });
  account = () =>
    this.http.call<AccountInfo>({ method: "GET", path: "/v1/account", idempotent: true });
  devices = () =>
    this.http.call<Device[]>({ method: "GET", path: "/v1/devices", idempotent: true });
  revokeDevice = (id: string) =>
    this.http.call<undefined>({ method: "DELETE", path: `/v1/devices/${encodeURIComponent(id)}` });
  enrollTotp = () =>
    this.http.call<{ secret: string; uri: string }>({ method: "POST", path: "/v1/totp/enroll" });
  verifyTotp = (code: string) =>
    this.http.call<undefined>({ method: "POST", path: "/v1/totp/verify", json: { code } });

  /** Which chunks the server lacks, for any number of ids. */
  async missing(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const missing: string[] = [];
    for (let i = 0; i < unique.length; i += LIMITS.maxMissingQuery) {
      const part = unique.slice(i, i + LIMITS.maxMissingQuery);
      const response = await this.http.call<{ missing: string[] }>({
        method: "POST",
        path: "/v1/chunks/missing",
        json: { ids: part },
        idempotent: true,
      });
      missing.push(...response.missing);
    }
    return missing;
  }

  /** Upload chunks: small ones framed together, each request under the size limit. */
  /** Upload a body already framed as [sha256][u32 length][bytes]… (see chunk-framing.ts). */
  async uploadFramed(body: Buffer): Promise<void> {
    await this.http.call({
      method: "POST",
      path: "/v1/chunks",
      body,
      idempotent: true,
      pace: this.upLimit,
      ...(this.signal ? { signal: this.signal } : {}),
    });
  }

  async uploadChunks(chunks: readonly ChunkData[]): Promise<void> {
    let batch: Buffer[] = [];
    let bytes = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const body = this.bodies.take(bytes);
      let at = 0;
      for (const part of batch) {
        body.set(part, at);
        at += part.length;
      }
      batch = [];
      bytes = 0;
      await this.uploadFramed(body);
      this.bodies.give(body);
    };
    for (const chunk of chunks) {
      if (bytes + chunk.data.length + CHUNK_FRAME_HEADER > LIMITS.maxBatchChunkBytes / 4)
        await flush();
      batch.push(Buffer.from(frameHeader(chunk.id, chunk.data.length)), chunk.data);
      bytes += chunk.data.length + CHUNK_FRAME_HEADER;
    }
    await flush();
  }

  uploadChunk = (id: string, data: Buffer) =>
    this.http.call({ method: "PUT", path: `/v1/chunks/${id}`, body: data, idempotent: true });

  /**
   * Tell the account's other devices about chunks of a file being uploaded (stored
   * already); they may fetch them before the commit. How many devices heard it.
   */
  async announceIncoming(incoming: IncomingChunks): Promise<number> {
    const response = await this.http.call<{ told: number }>({
      method: "POST",
      path: "/v1/push/incoming",
      json: incoming,
      ...(this.signal ? { signal: this.signal } : {}),
    });
    return response.told;
  }

  getChunk = (id: string) =>
    this.http.call<Buffer>({ method: "GET", path: `/v1/chunks/${id}`, idempotent: true });

  /**
   * Download chunks in framed batches, in the order asked; `onArrived` hears of each
   * chunk's bytes as its frame comes in (a request's chunks are returned at its end).
   */
  async fetchChunks(
    ids: readonly string[],
    onArrived?: (bytes: number) => void,
  ): Promise<ChunkData[]> {
    const out: ChunkData[] = [];
    for (let i = 0; i < ids.length; i += 256) {
      const body = await this.http.callStreaming(
        {
          method: "POST",
          path: "/v1/chunks/fetch",
          json: { ids: ids.slice(i, i + 256) },
          idempotent: true,
          ...(this.signal ? { signal: this.signal } : {}),
        },
        async (stream) => {
          // Frames as they arrive: views into the response's pieces, not one copy of all.
          const reader = new FrameReader(LIMITS.maxChunkSize);
          const frames: FramedChunk[] = [];
          // Piece by piece as the socket delivers them: a stream's own async iterator
          // joins whatever is buffered into one new buffer on every step (~140 ms of
          // copies per 256 MiB). Past 16 pieces waiting, the socket is paused.
          for await (const [part] of on(stream, "data", { close: ["end"], highWaterMark: 16 })) {
            // Taking tokens as bytes arrive slows our reads, and TCP slows the sender.
            await this.downLimit.take((part as Buffer).length, this.signal ?? undefined);
            const complete = reader.push(part as Buffer);
            if (onArrived) for (const frame of complete) onArrived(frame.data.length);
            frames.push(...complete);
          }
          reader.end();
          return frames;
        },
      );
      for (const frame of body) {
        const { buffer, byteOffset, byteLength } = frame.data;
        out.push({ id: frame.id, data: Buffer.from(buffer, byteOffset, byteLength) });
      }
    }
    return out;
  }

  /** A run of chunks as its difference from a run of older ones (chunk-delta.ts). */
  fetchDelta = async (chunks: readonly string[], base: readonly string[]): Promise<Buffer> => {
    const delta = await this.http.call<Buffer>({
      method: "POST",
      path: "/v1/chunks/delta",
      json: { chunks, base },
      idempotent: true,
      ...(this.signal ? { signal: this.signal } : {}),
    });
    await this.downLimit.take(delta.length, this.signal ?? undefined);
    return delta;
  };

  /**
   * Apply operations in batches the server accepts; results keep the input order.
   * `since` is kept only while the batches followed each other with nothing between.
   */
  async ops(ops: readonly Op[]): Promise<BatchResponse> {
    const results: BatchResponse["results"] = [];
    let cursor = 0;
    let since: number | undefined;
    const requests = opsRequests(ops);
    for (const [i, jsonText] of requests.entries()) {
      const response = await this.http.call<BatchResponse>({
        method: "POST",
        path: "/v1/ops",
        jsonText,
      });
      results.push(...response.results);
      if (i === 0) since = response.since;
      else if (response.since !== cursor) since = undefined;
      cursor = response.cursor;
    }
    return since === undefined ? { results, cursor } : { results, cursor, since };
  }

  changes = (cursor: number, limit = 1000) =>
    this.http.call<ChangesResponse>({
      method: "GET",
      path: "/v1/changes",
      query: { cursor, limit },
      idempotent: true,
    });
  entry = (id: string) =>
    this.http.call<Entry>({ method: "GET", path: `/v1/entries/${id}`, idempotent: true });
  manifest = (id: string, haveRev?: number) =>
    this.http.call<ManifestResponse>({
      method: "GET",
      path: `/v1/entries/${id}/manifest`,
      query: { haveRev },
      idempotent: true,
    });
  versions = (id: string) =>
    this.http.call<Version[]>({
      method: "GET",
      path: `/v1/entries/${id}/versions`,
      idempotent: true,
    });
  versionManifest = (id: string, versionId: string) =>
    this.http.call<ManifestResponse>({
      method: "GET",
      path: `/v1/entries/${id}/versions/${encodeURIComponent(versionId)}/manifest`,
      idempotent: true,
    });
  restoreVersion = (id: string, versionId: string) =>
    this.http.call<Entry>({
      method: "POST",
      path: `/v1/entries/${id}/versions/${encodeURIComponent(versionId)}/restore`,
    });
  trash = () => this.http.call<TrashItem[]>({ method: "GET", path: "/v1/trash", idempotent: true });
  restoreTrash = (id: string) =>
    this.http.call<Entry>({ method: "POST", path: `/v1/trash/${id}/restore` });
  purgeTrash = (id: string) =>
    this.http.call<undefined>({ method: "DELETE", path: `/v1/trash/${id}` });

  close(): Promise<void> {
    return this.http.close();
  }
}
