// ClientApi over HTTP + WebSocket, for the headless UI the engine serves on 127.0.0.1.
// Calls: POST /api/call/<method> {"args":[...]} with a bearer token -> {"result": ...}
// or {code, message} with an error status. Events: WebSocket /api/events?token=...
import type {
  ClientApi,
  ClientMethod,
  ClientStatus,
  DeviceInfo,
  FolderNode,
  Settings,
  SignInRequest,
} from "../../shared/client-api.js";
import { CirrusError, errorFromBody } from "../../shared/errors.js";
import type { ConflictDetails, FileEntry, ResolveChoice, SyncEvent } from "../../shared/status.js";
import type { ConnectionAware } from "./connection.js";
import { EventSocket } from "./event-socket.js";

export interface HttpClientApiOptions {
  token: string;
  /** Origin of the UI server; defaults to the page's own. */
  origin?: string;
  fetchImpl?: typeof fetch;
  WebSocketImpl?: typeof WebSocket;
}

export class HttpClientApi implements ClientApi, ConnectionAware {
  private readonly origin: string;
  private readonly fetchImpl: typeof fetch;
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private readonly connectionListeners = new Set<(connected: boolean) => void>();
  private socket: EventSocket | null = null;

  constructor(private readonly options: HttpClientApiOptions) {
    this.origin = options.origin ?? location.origin;
    this.fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  }

  private async call<T>(method: ClientMethod, args: unknown[]): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.origin}/api/call/${method}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Authorization: `Bearer ${this.options.token}`,
        },
        body: JSON.stringify({ args }),
        cache: "no-store",
        credentials: "omit",
      });
    } catch {
      throw new CirrusError("unavailable", "Cirrus is not running or cannot be reached.");
    }
    let body: unknown = null;
    const text = await response.text().catch(() => "");
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
    }
    if (!response.ok) {
      throw errorFromBody(body, `${method} failed (HTTP ${response.status})`);
    }
    if (typeof body !== "object" || body === null || !("result" in body)) {
      return undefined as T;
    }
    return (body as { result: T }).result;
  }

  onEvent(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    this.ensureSocket();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.connectionListeners.size === 0) this.closeSocket();
    };
  }

  onConnectionChange(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => {
      this.connectionListeners.delete(listener);
    };
  }

  /** Stop the event stream (tests; the page itself lives until it unloads). */
  close(): void {
    this.listeners.clear();
    this.connectionListeners.clear();
    this.closeSocket();
  }

  private ensureSocket(): void {
    if (this.socket) return;
    const wsOrigin = this.origin.replace(/^http/, "ws");
    const socketOptions = {
      url: `${wsOrigin}/api/events?token=${encodeURIComponent(this.options.token)}`,
      onEvent: (event: SyncEvent) => {
        for (const listener of [...this.listeners]) {
          try {
            listener(event);
          } catch (error) {
            console.error("event listener failed", error);
          }
        }
      },
      onConnectionChange: (connected: boolean) => {
        for (const listener of [...this.connectionListeners]) listener(connected);
      },
    };
    this.socket = new EventSocket(
      this.options.WebSocketImpl
        ? { ...socketOptions, WebSocketImpl: this.options.WebSocketImpl }
        : socketOptions,
    );
    this.socket.start();
  }

  private closeSocket(): void {
    this.socket?.close();
    this.socket = null;
  }

  getStatus(): Promise<ClientStatus> {
    return this.call("getStatus", []);
  }
  signIn(request: SignInRequest): Promise<void> {
    return this.call("signIn", [request]);
  }
  useEmbeddedServer(request: { folder: string }): Promise<void> {
    return this.call("useEmbeddedServer", [request]);
  }
  signOut(): Promise<void> {
    return this.call("signOut", []);
  }
  listDevices(): Promise<DeviceInfo[]> {
    return this.call("listDevices", []);
  }
  revokeDevice(id: string): Promise<void> {
    return this.call("revokeDevice", [id]);
  }
  updateSettings(change: Partial<Settings>): Promise<void> {
    return this.call("updateSettings", [change]);
  }
  pause(): Promise<void> {
    return this.call("pause", []);
  }
  resume(): Promise<void> {
    return this.call("resume", []);
  }
  syncNow(): Promise<void> {
    return this.call("syncNow", []);
  }
  confirmMassDelete(): Promise<void> {
    return this.call("confirmMassDelete", []);
  }
  listConflicts(): Promise<ConflictDetails[]> {
    return this.call("listConflicts", []);
  }
  resolveConflict(path: string, choice: ResolveChoice): Promise<void> {
    return this.call("resolveConflict", [path, choice]);
  }
  listFiles(path: string): Promise<FileEntry[]> {
    return this.call("listFiles", [path]);
  }
  hydrate(paths: string[]): Promise<void> {
    return this.call("hydrate", [paths]);
  }
  dehydrate(paths: string[]): Promise<void> {
    return this.call("dehydrate", [paths]);
  }
  setPinned(path: string, pinned: boolean): Promise<void> {
    return this.call("setPinned", [path, pinned]);
  }
  openFile(path: string): Promise<void> {
    return this.call("openFile", [path]);
  }
  listFolders(path: string): Promise<FolderNode[]> {
    return this.call("listFolders", [path]);
  }
  setExcluded(path: string, excluded: boolean): Promise<void> {
    return this.call("setExcluded", [path, excluded]);
  }
}
