// Listens on the server's push channel and reconnects with back-off and jitter, so
// the engine learns of remote changes within milliseconds and never polls on a timer.
import WebSocket from "ws";
import type { PushMessage } from "../../shared/protocol.js";

/**
 * What the push client needs of a socket: a `ws` WebSocket is one, and a test or a
 * simulator can hand it anything that emits these events (to drop, delay or forge
 * push messages, or refuse the connection).
 */
export interface PushSocket {
  on(event: "open", listener: () => void): unknown;
  on(event: "message", listener: (data: WebSocket.RawData) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  /** Code 4001: this device was signed out (no reconnect). */
  on(event: "close", listener: (code: number) => void): unknown;
  close(code?: number, reason?: string): void;
}

/** Opens the push channel at `url` (ws: or wss:) with these request headers. */
export type ConnectPush = (url: string, headers: Record<string, string>) => PushSocket;

/** The real push channel: a `ws` WebSocket. */
export const connectWebSocket: ConnectPush = (url, headers) => new WebSocket(url, { headers });

export interface PushClientOptions {
  baseUrl: string;
  token: string;
  /** Default: connectWebSocket. */
  connect?: ConnectPush;
  onMessage: (message: PushMessage) => void;
  onState?: (connected: boolean) => void;
  maxBackoffMs?: number;
  /** Uniform in [0, 1): reconnect jitter (injectable, like the engine's other randomness). */
  random?: () => number;
}

export class PushClient {
  private socket: PushSocket | null = null;
  private timer: NodeJS.Timeout | null = null;
  private attempt = 0;
  private closed = false;

  constructor(private readonly options: PushClientOptions) {
    this.connect();
  }

  private connect(): void {
    if (this.closed) return;
    // incoming=1: this client takes "incoming" messages (others' uploads in progress).
    const url = this.options.baseUrl.replace(/^http/, "ws") + "/v1/push?incoming=1";
    const connect = this.options.connect ?? connectWebSocket;
    const socket = connect(url, { authorization: `Bearer ${this.options.token}` });
    this.socket = socket;
    socket.on("open", () => {
      this.attempt = 0;
      this.options.onState?.(true);
    });
    socket.on("message", (data) => {
      try {
        const text = Array.isArray(data)
          ? Buffer.concat(data).toString("utf8")
          : Buffer.from(data as ArrayBuffer).toString("utf8");
        this.options.onMessage(JSON.parse(text) as PushMessage);
      } catch {
        // A malformed push message is ignored; the next change feed read is authoritative.
      }
    });
    socket.on("error", () => {
      // "close" follows and schedules the reconnect.
    });
    socket.on("close", (code) => {
      this.socket = null;
      this.options.onState?.(false);
      if (code === 4001) {
        this.options.onMessage({ type: "revoked" });
        return;
      }
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    if (this.closed) return;
    const cap = this.options.maxBackoffMs ?? 30_000;
    const random = this.options.random ?? Math.random;
    const delay = Math.min(cap, 250 * 2 ** this.attempt) * (0.5 + random() / 2);
    this.attempt++;
    this.timer = setTimeout(() => {
      this.connect();
    }, delay);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close(1000, "client closing");
    this.socket = null;
  }
}
