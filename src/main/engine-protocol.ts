// The messages between the main process and the engine host (an Electron
// utilityProcess, so sync work never blocks the UI thread): calls with ids and their
// replies, pushed SyncEvents, host conditions and shutdown. Both ends live here, pure,
// with the transport (`postMessage`) injected.
import type { ClientApi, ClientMethod } from "../shared/client-api.js";
import type { ArgsOf, IpcResult } from "../shared/client-api-schema.js";
import { CirrusError, type ErrorBody } from "../shared/errors.js";
import type { SyncEvent } from "../shared/status.js";
import { isClientMethod, toErrorBody, validateArgs } from "./ipc-validation.js";
import type { EngineConditions } from "./power.js";

/** Main → host. */
export type ToHost =
  | { type: "call"; id: number; method: ClientMethod; args: unknown[] }
  | { type: "conditions"; conditions: EngineConditions }
  | { type: "shutdown" };

/** Host → main. */
export type FromHost =
  | { type: "ready" }
  | { type: "reply"; id: number; reply: IpcResult }
  | { type: "event"; event: SyncEvent }
  | { type: "fatal"; error: ErrorBody };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return isRecord(value) && typeof value.code === "string" && typeof value.message === "string";
}

/** A message from main, or null when it is not one (the host ignores those). */
export function parseToHost(message: unknown): ToHost | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case "call":
      return isId(message.id) && isClientMethod(message.method) && Array.isArray(message.args)
        ? { type: "call", id: message.id, method: message.method, args: message.args }
        : null;
    case "conditions": {
      const c = message.conditions;
      return isRecord(c) && typeof c.onBattery === "boolean" && typeof c.metered === "boolean"
        ? { type: "conditions", conditions: { onBattery: c.onBattery, metered: c.metered } }
        : null;
    }
    case "shutdown":
      return { type: "shutdown" };
    default:
      return null;
  }
}

/** A message from the host, or null when it is not one. */
export function parseFromHost(message: unknown): FromHost | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case "ready":
      return { type: "ready" };
    case "reply": {
      const reply = message.reply;
      if (!isId(message.id) || !isRecord(reply)) return null;
      if (reply.ok === true)
        return { type: "reply", id: message.id, reply: { ok: true, result: reply.result } };
      if (reply.ok === false && isErrorBody(reply.error)) {
        return {
          type: "reply",
          id: message.id,
          reply: { ok: false, error: toErrorBody(reply.error) },
        };
      }
      return null;
    }
    case "event":
      return isRecord(message.event) && typeof message.event.type === "string"
        ? { type: "event", event: message.event as unknown as SyncEvent }
        : null;
    case "fatal":
      return isErrorBody(message.error)
        ? { type: "fatal", error: toErrorBody(message.error) }
        : null;
    default:
      return null;
  }
}

const ENGINE_STOPPED: ErrorBody = {
  code: "unavailable",
  message: "the sync engine is not running",
};

/**
 * The main process's end: numbered calls, their replies matched by id, events fanned
 * out. Calls made before the host says "ready" wait for it; when the host goes away
 * every pending call fails with `unavailable` (never hangs).
 */
export class HostClient {
  private nextId = 1;
  private readonly pending = new Map<number, (reply: IpcResult) => void>();
  private readonly queue: ToHost[] = [];
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private ready = false;
  private closed = false;

  constructor(private send: (message: ToHost) => void) {}

  get isReady(): boolean {
    return this.ready;
  }

  /** Call a ClientApi method in the host; always resolves, with the reply envelope. */
  call(method: ClientMethod, args: unknown[]): Promise<IpcResult> {
    if (this.closed) return Promise.resolve({ ok: false, error: ENGINE_STOPPED });
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ type: "call", id, method, args });
    });
  }

  /** Like call, but resolves with the result or rejects with a CirrusError. */
  async invoke<M extends ClientMethod>(
    method: M,
    ...args: ArgsOf<M>
  ): Promise<Awaited<ReturnType<ClientApi[M]>>> {
    const reply = await this.call(method, args);
    if (!reply.ok) throw new CirrusError(reply.error.code, reply.error.message);
    return reply.result as Awaited<ReturnType<ClientApi[M]>>;
  }

  setConditions(conditions: EngineConditions): void {
    if (!this.closed) this.post({ type: "conditions", conditions });
  }

  onEvent(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Feed every message the host sends; returns what it was (null if not understood). */
  receive(raw: unknown): FromHost | null {
    const message = parseFromHost(raw);
    if (!message) return null;
    switch (message.type) {
      case "ready":
        this.ready = true;
        for (const queued of this.queue.splice(0)) this.send(queued);
        break;
      case "reply": {
        const resolve = this.pending.get(message.id);
        this.pending.delete(message.id);
        resolve?.(message.reply);
        break;
      }
      case "event":
        for (const listener of this.listeners) listener(message.event);
        break;
      case "fatal":
        break;
    }
    return message;
  }

  /** The host exited: fail what is in flight; a restart brings a new transport. */
  disconnected(error: ErrorBody = ENGINE_STOPPED): void {
    this.ready = false;
    this.queue.length = 0;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error });
  }

  /** Use a new host process (after a restart); calls queue until it says "ready". */
  reconnect(send: (message: ToHost) => void): void {
    this.disconnected();
    this.send = send;
  }

  /** Stop for good: fail what is pending and refuse new calls. */
  close(): void {
    this.disconnected();
    this.closed = true;
    this.listeners.clear();
  }

  private post(message: ToHost): void {
    if (this.ready) this.send(message);
    else this.queue.push(message);
  }
}

/** What the host serves: ClientApi, plus the host conditions and close. */
export interface HostedService extends ClientApi {
  setConditions(conditions: { metered?: boolean; onBattery?: boolean }): void;
  close(): Promise<void>;
}

type Invokers = {
  [M in ClientMethod]: (service: ClientApi, args: ArgsOf<M>) => ReturnType<ClientApi[M]>;
};

/**
 * One line per method: the compiler checks that each schema's argument tuple fits the
 * ClientApi signature it feeds.
 */
const INVOKE: Invokers = {
  getStatus: (s) => s.getStatus(),
  signIn: (s, [request]) => s.signIn(request),
  useEmbeddedServer: (s, [request]) => s.useEmbeddedServer(request),
  signOut: (s) => s.signOut(),
  listDevices: (s) => s.listDevices(),
  revokeDevice: (s, [id]) => s.revokeDevice(id),
  updateSettings: (s, [change]) => s.updateSettings(change),
  pause: (s) => s.pause(),
  resume: (s) => s.resume(),
  syncNow: (s) => s.syncNow(),
  confirmMassDelete: (s) => s.confirmMassDelete(),
  listConflicts: (s) => s.listConflicts(),
  resolveConflict: (s, [path, choice]) => s.resolveConflict(path, choice),
  listFiles: (s, [path]) => s.listFiles(path),
  hydrate: (s, [paths]) => s.hydrate(paths),
  dehydrate: (s, [paths]) => s.dehydrate(paths),
  setPinned: (s, [path, pinned]) => s.setPinned(path, pinned),
  openFile: (s, [path]) => s.openFile(path),
  listFolders: (s, [path]) => s.listFolders(path),
  setExcluded: (s, [path, excluded]) => s.setExcluded(path, excluded),
};

/** Call a method with arguments that passed its schema. */
export async function invokeChecked(
  service: ClientApi,
  method: ClientMethod,
  args: unknown[],
): Promise<unknown> {
  const invoke = INVOKE[method] as (service: ClientApi, args: unknown[]) => Promise<unknown>;
  return invoke(service, args);
}

/**
 * The host's end: answers calls from the service (arguments checked again, as a
 * defence in depth), applies conditions, and reports shutdown requests.
 */
export class HostServer {
  private unsubscribe: (() => void) | null;

  constructor(
    private readonly service: HostedService,
    private readonly send: (message: FromHost) => void,
    private readonly onShutdown: () => void,
  ) {
    this.unsubscribe = service.onEvent((event) => {
      this.send({ type: "event", event });
    });
  }

  /** Tell main the host is ready for calls. */
  announce(): void {
    this.send({ type: "ready" });
  }

  async handle(raw: unknown): Promise<void> {
    const message = parseToHost(raw);
    if (!message) return;
    switch (message.type) {
      case "call": {
        const reply = await this.answer(message.method, message.args);
        this.send({ type: "reply", id: message.id, reply });
        return;
      }
      case "conditions":
        this.service.setConditions(message.conditions);
        return;
      case "shutdown":
        this.stop();
        this.onShutdown();
        return;
    }
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private async answer(method: ClientMethod, args: unknown[]): Promise<IpcResult> {
    const checked = validateArgs(method, args);
    if (!checked.ok) return { ok: false, error: checked.error };
    try {
      return { ok: true, result: await invokeChecked(this.service, method, checked.args) };
    } catch (error) {
      return { ok: false, error: toErrorBody(error) };
    }
  }
}

/** Wait before restarting a host that died: 0.5 s, 1 s, 2 s, … capped at 30 s. */
export function restartDelayMs(attempt: number): number {
  return Math.min(30_000, 500 * 2 ** Math.max(0, attempt));
}
