// One keep-alive connection pool per server (undici), with timeouts, bounded
// parallelism and retries with back-off for idempotent calls. Errors come out as
// CirrusErrors: the server's `{ code, message }`, or "offline" when it cannot be reached.
import type { Dispatcher } from "undici";
import { Agent, request } from "./undici-core.js";
import { Readable } from "node:stream";
import { CirrusError, errorFromBody } from "../../shared/errors.js";
import { paced, type TokenBucket } from "./token-bucket.js";

export interface TransportOptions {
  baseUrl: string;
  token?: string | null;
  connections?: number;
  timeoutMs?: number;
  retries?: number;
  /** Injectable wait, so tests and a simulator control back-off time. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable randomness in [0, 1) for back-off jitter. */
  random?: () => number;
  /**
   * How requests reach the server (an undici Dispatcher: a simulator's network, or one
   * that injects faults). Default: a keep-alive pool of our own, closed by close().
   */
  dispatcher?: Dispatcher;
}

export interface CallOptions {
  method: Dispatcher.HttpMethod;
  path: string;
  json?: unknown;
  /** A JSON body serialized already (ops-requests.ts sizes requests by it). */
  jsonText?: string;
  body?: Buffer | Uint8Array;
  query?: Record<string, string | number | undefined>;
  /** Safe to send again when the connection fails (reads, content-addressed uploads). */
  idempotent?: boolean;
  /** Return the raw body stream instead of parsing JSON. */
  raw?: boolean;
  /** Pace the request body through this bucket (upload bandwidth limit). */
  pace?: TokenBucket;
  signal?: AbortSignal;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpTransport {
  readonly baseUrl: string;
  token: string | null;
  private readonly agent: Dispatcher;
  /** Whether the agent is ours to close (not one the caller passed in). */
  private readonly ownAgent: boolean;
  private readonly retries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(options: TransportOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.token = options.token ?? null;
    this.retries = options.retries ?? 4;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    const timeout = options.timeoutMs ?? 60_000;
    this.ownAgent = options.dispatcher === undefined;
    this.agent =
      options.dispatcher ??
      new Agent({
        connections: options.connections ?? 8,
        keepAliveTimeout: 30_000,
        headersTimeout: timeout,
        bodyTimeout: timeout,
        connect: { timeout: Math.min(timeout, 10_000) },
      });
  }

  async call<T>(options: CallOptions): Promise<T> {
    return this.withRetries(options, () => this.once<T>(options));
  }

  /**
   * A call whose response body is read by `consume` as it streams in. Reading belongs
   * to the attempt: a connection that drops mid-body is "offline", and an idempotent
   * call is then made again whole, like one that failed before its answer.
   */
  async callStreaming<T>(
    options: Omit<CallOptions, "raw">,
    consume: (body: Readable) => Promise<T>,
  ): Promise<T> {
    return this.withRetries(options, async () => {
      const body = await this.once<Readable>({ ...options, raw: true });
      try {
        return await consume(body);
      } catch (error) {
        body.destroy(); // A body left half-read would hold its connection.
        if (error instanceof CirrusError) throw error;
        if (options.signal?.aborted) throw new CirrusError("paused", "the transfer was stopped");
        throw new CirrusError(
          "offline",
          `lost the connection to ${this.baseUrl}: ${(error as Error).message}`,
        );
      }
    });
  }

  private async withRetries<T>(
    options: Pick<CallOptions, "idempotent">,
    attemptOnce: () => Promise<T>,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await attemptOnce();
      } catch (error) {
        const retriable =
          error instanceof CirrusError &&
          (error.code === "offline" || error.code === "unavailable");
        if (!options.idempotent || !retriable || attempt >= this.retries) throw error;
        // Exponential back-off with full jitter, capped, so many clients do not stampede.
        await this.sleep(this.random() * Math.min(8000, 200 * 2 ** attempt));
      }
    }
  }

  private async once<T>(options: CallOptions): Promise<T> {
    const url = new URL(this.baseUrl + options.path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: string | Buffer | Uint8Array | Readable | undefined;
    if (options.json !== undefined || options.jsonText !== undefined) {
      headers["content-type"] = "application/json";
      body = options.jsonText ?? JSON.stringify(options.json);
    } else if (options.body) {
      headers["content-type"] = "application/octet-stream";
      body =
        options.pace && options.pace.rate > 0
          ? Readable.from(paced(options.body, options.pace, options.signal))
          : options.body;
    }
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        method: options.method,
        headers,
        body,
        dispatcher: this.agent,
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw new CirrusError("paused", "the transfer was stopped");
      throw new CirrusError("offline", `cannot reach ${this.baseUrl}: ${(error as Error).message}`);
    }
    if (response.statusCode >= 400) {
      const text = await response.body.text().catch(() => "");
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not our JSON error (a proxy page, say): keep the status as the message.
      }
      const error = errorFromBody(parsed, `HTTP ${response.statusCode} from ${url.pathname}`);
      if (error.code === "internal" && response.statusCode >= 502) {
        throw new CirrusError("unavailable", error.message);
      }
      throw error;
    }
    if (options.raw) return response.body as T;
    if (response.statusCode === 204) {
      await response.body.dump();
      return undefined as T;
    }
    const contentType = String(response.headers["content-type"] ?? "");
    if (contentType.startsWith("application/json")) return (await response.body.json()) as T;
    return Buffer.from(await response.body.arrayBuffer()) as T;
  }

  async close(): Promise<void> {
    if (this.ownAgent) await this.agent.close();
  }
}
