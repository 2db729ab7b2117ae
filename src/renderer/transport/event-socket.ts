// The headless UI's event stream: a WebSocket that reconnects with back-off until it
// is closed, and hands every message (one JSON SyncEvent) to `onEvent`.
import type { SyncEvent } from "../../shared/status.js";
import { backoffDelay } from "./backoff.js";

export interface EventSocketOptions {
  url: string;
  onEvent: (event: SyncEvent) => void;
  onConnectionChange: (connected: boolean) => void;
  WebSocketImpl?: typeof WebSocket;
}

function isSyncEvent(value: unknown): value is SyncEvent {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { type?: unknown }).type === "string"
  );
}

export class EventSocket {
  private socket: WebSocket | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private closed = false;
  /** null until the first attempt settles. */
  private connected: boolean | null = null;

  constructor(private readonly options: EventSocketOptions) {}

  start(): void {
    this.closed = false;
    if (!this.socket && this.timer === null) this.connect();
  }

  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, "closed by the page");
    this.setConnected(false);
  }

  private connect(): void {
    const Impl = this.options.WebSocketImpl ?? WebSocket;
    let socket: WebSocket;
    try {
      socket = new Impl(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.addEventListener("open", () => {
      this.attempt = 0;
      this.setConnected(true);
    });
    socket.addEventListener("message", (message: MessageEvent<unknown>) => {
      if (typeof message.data !== "string") return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.data);
      } catch {
        return;
      }
      if (isSyncEvent(parsed)) this.options.onEvent(parsed);
    });
    socket.addEventListener("close", () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setConnected(false);
      this.scheduleReconnect();
    });
    // An error is always followed by close, which schedules the retry.
  }

  private scheduleReconnect(): void {
    if (this.closed || this.timer !== null) return;
    const delay = backoffDelay(this.attempt++);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.closed) this.connect();
    }, delay);
  }

  private setConnected(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    this.options.onConnectionChange(connected);
  }
}
