import { describe, expect, it, vi } from "vitest";
import type { ClientStatus } from "../shared/client-api.js";
import { CirrusError } from "../shared/errors.js";
import type { SyncEvent } from "../shared/status.js";
import {
  HostClient,
  HostServer,
  parseFromHost,
  parseToHost,
  restartDelayMs,
  type FromHost,
  type HostedService,
  type ToHost,
} from "./engine-protocol.js";
import { clientStatus } from "./test-support/status.js";

/** A fake ClientService: every method a spy; events pushed by the test. */
function fakeService(overrides: Record<string, unknown> = {}) {
  const listeners = new Set<(event: SyncEvent) => void>();
  const spies = {
    getStatus: vi.fn(() => Promise.resolve(clientStatus())),
    signIn: vi.fn(() => Promise.resolve()),
    useEmbeddedServer: vi.fn(() => Promise.reject(new CirrusError("unavailable", "no endpoint"))),
    signOut: vi.fn(() => Promise.resolve()),
    listDevices: vi.fn(() => Promise.resolve([])),
    revokeDevice: vi.fn(() => Promise.resolve()),
    updateSettings: vi.fn(() => Promise.resolve()),
    pause: vi.fn(() => Promise.resolve()),
    resume: vi.fn(() => Promise.resolve()),
    syncNow: vi.fn(() => Promise.resolve()),
    confirmMassDelete: vi.fn(() => Promise.resolve()),
    listConflicts: vi.fn(() => Promise.resolve([])),
    resolveConflict: vi.fn(() => Promise.resolve()),
    listFiles: vi.fn(() => Promise.resolve([])),
    hydrate: vi.fn(() => Promise.resolve()),
    dehydrate: vi.fn(() => Promise.resolve()),
    setPinned: vi.fn(() => Promise.resolve()),
    openFile: vi.fn(() => Promise.reject(new CirrusError("not_placeholder", "not a placeholder"))),
    listFolders: vi.fn(() => Promise.resolve([])),
    setExcluded: vi.fn(() => Promise.resolve()),
    setConditions: vi.fn(),
    close: vi.fn(() => Promise.resolve()),
  } satisfies Record<Exclude<keyof HostedService, "onEvent">, unknown>;
  const service = {
    ...spies,
    onEvent: (listener: (event: SyncEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ...overrides,
  } as unknown as HostedService;
  const emit = (event: SyncEvent) => {
    for (const listener of listeners) listener(event);
  };
  return { service, spies, emit, listeners };
}

/** Main and host wired back to back, as over a MessagePort (structured clone). */
function connect(service: HostedService) {
  const onShutdown = vi.fn();
  const pending: Promise<void>[] = [];
  const client = new HostClient((message: ToHost) => {
    pending.push(server.handle(structuredClone(message)));
  });
  const server = new HostServer(
    service,
    (message: FromHost) => {
      client.receive(structuredClone(message));
    },
    onShutdown,
  );
  const settle = async () => {
    while (pending.length) await pending.shift();
  };
  return { client, server, onShutdown, settle };
}

describe("HostClient and HostServer", () => {
  it("answers a call with the service's result", async () => {
    const { service } = fakeService();
    const { client, server } = connect(service);
    server.announce();
    const status = await client.invoke("getStatus");
    expect(status).toEqual<ClientStatus>(clientStatus());
  });

  it("passes the checked arguments through to the right method", async () => {
    const { service, spies } = fakeService();
    const { client, server } = connect(service);
    server.announce();
    await client.invoke("resolveConflict", "notes/a.txt", "both");
    await client.invoke("setPinned", "Photos", true);
    expect(spies.resolveConflict).toHaveBeenCalledWith("notes/a.txt", "both");
    expect(spies.setPinned).toHaveBeenCalledWith("Photos", true);
  });

  it("turns a thrown CirrusError into a { code, message } reply", async () => {
    const { service } = fakeService();
    const { client, server } = connect(service);
    server.announce();
    expect(await client.call("openFile", ["a.txt"])).toEqual({
      ok: false,
      error: { code: "not_placeholder", message: "not a placeholder" },
    });
    await expect(client.invoke("openFile", "a.txt")).rejects.toMatchObject({
      code: "not_placeholder",
    });
  });

  it("checks arguments again in the host", async () => {
    const { service, spies } = fakeService();
    const { client, server } = connect(service);
    server.announce();
    const reply = await client.call("setPinned", ["Photos", "yes"]);
    expect(reply).toMatchObject({ ok: false, error: { code: "bad_request" } });
    expect(spies.setPinned).not.toHaveBeenCalled();
  });

  it("holds calls until the host is ready", async () => {
    const { service, spies } = fakeService();
    const { client, server, settle } = connect(service);
    const answer = client.call("syncNow", []);
    await settle();
    expect(spies.syncNow).not.toHaveBeenCalled();
    expect(client.isReady).toBe(false);
    server.announce();
    expect(await answer).toEqual({ ok: true, result: undefined });
    expect(spies.syncNow).toHaveBeenCalledOnce();
  });

  it("matches replies to calls by id when they finish out of order", async () => {
    let finishSlow!: () => void;
    const { service } = fakeService({
      hydrate: vi.fn(() => new Promise<void>((resolve) => (finishSlow = resolve))),
    });
    const { client, server } = connect(service);
    server.announce();
    const slow = client.call("hydrate", [["big.iso"]]);
    const fast = await client.call("listDevices", []);
    expect(fast).toEqual({ ok: true, result: [] });
    finishSlow();
    expect(await slow).toEqual({ ok: true, result: undefined });
  });

  it("forwards sync events to every listener until unsubscribed", () => {
    const { service, emit } = fakeService();
    const { client } = connect(service);
    const seen: SyncEvent[] = [];
    const off = client.onEvent((event) => seen.push(event));
    emit({ type: "state", state: "syncing" });
    off();
    emit({ type: "synced", at: 5 });
    expect(seen).toEqual([{ type: "state", state: "syncing" }]);
  });

  it("applies host conditions", async () => {
    const { service, spies } = fakeService();
    const { client, server, settle } = connect(service);
    server.announce();
    client.setConditions({ onBattery: true, metered: false });
    await settle();
    expect(spies.setConditions).toHaveBeenCalledWith({ onBattery: true, metered: false });
  });

  it("fails pending calls with unavailable when the host goes away", async () => {
    const client = new HostClient(() => undefined);
    client.receive({ type: "ready" });
    const answer = client.call("getStatus", []);
    client.disconnected();
    expect(await answer).toEqual({
      ok: false,
      error: { code: "unavailable", message: "the sync engine is not running" },
    });
  });

  it("queues calls made while a restarted host comes up", async () => {
    const sent: ToHost[] = [];
    const client = new HostClient(() => undefined);
    client.reconnect((message) => sent.push(message));
    const answer = client.call("pause", []);
    expect(sent).toEqual([]);
    client.receive({ type: "ready" });
    expect(sent).toEqual([{ type: "call", id: 1, method: "pause", args: [] }]);
    client.receive({ type: "reply", id: 1, reply: { ok: true, result: null } });
    expect(await answer).toEqual({ ok: true, result: null });
  });

  it("refuses calls after close", async () => {
    const client = new HostClient(() => undefined);
    client.close();
    expect(await client.call("getStatus", [])).toMatchObject({ ok: false });
  });

  it("stops forwarding events and reports a shutdown request", async () => {
    const { service, listeners } = fakeService();
    const { server, onShutdown } = connect(service);
    expect(listeners.size).toBe(1);
    await server.handle({ type: "shutdown" });
    expect(onShutdown).toHaveBeenCalledOnce();
    expect(listeners.size).toBe(0);
  });
});

describe("message parsing", () => {
  it("accepts only well-formed messages from main", () => {
    expect(parseToHost({ type: "call", id: 1, method: "pause", args: [] })).toEqual({
      type: "call",
      id: 1,
      method: "pause",
      args: [],
    });
    expect(parseToHost({ type: "call", id: 1, method: "onEvent", args: [] })).toBeNull();
    expect(parseToHost({ type: "call", id: 0, method: "pause", args: [] })).toBeNull();
    expect(parseToHost({ type: "call", id: 1, method: "pause" })).toBeNull();
    expect(
      parseToHost({ type: "conditions", conditions: { onBattery: "yes", metered: false } }),
    ).toBeNull();
    expect(parseToHost({ type: "eval", code: "1" })).toBeNull();
    expect(parseToHost(null)).toBeNull();
  });

  it("accepts only well-formed messages from the host", () => {
    expect(parseFromHost({ type: "ready" })).toEqual({ type: "ready" });
    expect(
      parseFromHost({
        type: "reply",
        id: 2,
        reply: { ok: false, error: { code: "nope", message: "m" } },
      }),
    ).toEqual({
      type: "reply",
      id: 2,
      reply: { ok: false, error: { code: "internal", message: "m" } },
    });
    expect(parseFromHost({ type: "reply", id: 2, reply: { ok: "maybe" } })).toBeNull();
    expect(parseFromHost({ type: "event", event: "x" })).toBeNull();
    expect(
      parseFromHost({
        type: "fatal",
        error: { code: "keychain_unavailable", message: "no keychain" },
      }),
    ).toEqual({
      type: "fatal",
      error: { code: "keychain_unavailable", message: "no keychain" },
    });
  });
});

describe("restartDelayMs", () => {
  it("backs off exponentially up to 30 seconds", () => {
    expect([0, 1, 2, 3, 10, 100].map(restartDelayMs)).toEqual([
      500, 1000, 2000, 4000, 30_000, 30_000,
    ]);
  });
});
