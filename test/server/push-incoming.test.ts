// A device's upload in progress, relayed over the push channel (POST /v1/push/incoming):
// to the account's other devices that asked for it, never to the sender, an older
// client, or another account; malformed announcements are refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { IncomingChunks, PushMessage } from "../../src/shared/protocol.js";
import { PushListener } from "../support/push-listener.js";
import {
  expectErrorResponse,
  login,
  loginAsNewUsers,
  mkdir,
  raw,
  sha256,
  type SignedIn,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

/** A push socket opened as a client that predates "incoming" messages (no query). */
function olderClient(url: string, token: string): { messages: PushMessage[]; socket: WebSocket } {
  const messages: PushMessage[] = [];
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/v1/push`, {
    headers: { authorization: `Bearer ${token}` },
  });
  socket.on("message", (data: Buffer) => messages.push(JSON.parse(data.toString()) as PushMessage));
  return { messages, socket };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 3000) throw new Error(`no ${what} within 3 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const announcement = (upload: string): IncomingChunks => ({
  upload,
  path: "videos/holiday.mp4",
  size: 3 * 65536,
  chunks: [0, 1, 2].map((i) => ({ id: sha256(`chunk ${i}`), size: 65536, offset: i * 65536 })),
});

describe("relaying an upload in progress", () => {
  let server: ServerProcess;
  let pool: SignedIn[];
  const closers: (() => void)[] = [];
  const listen = (token: string) => {
    const listener = new PushListener(server.url, token);
    closers.push(() => {
      listener.close();
    });
    return listener;
  };

  beforeAll(async () => {
    server = await startServerProcess();
    pool = await loginAsNewUsers(server, 3);
  });

  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  afterAll(async () => {
    await server.stop();
    await removeDir(server.dataDir);
    await Promise.all(pool.map((u) => u.client.close()));
  });

  it("tells the account's other devices that asked for it, and no one else", async () => {
    const [laptop, stranger] = pool.splice(0, 2) as [SignedIn, SignedIn];
    const phone = await login(server, laptop.user, laptop.password, "phone");
    const old = await login(server, laptop.user, laptop.password, "old desktop");
    const phoneHears = listen(phone.token);
    const laptopHears = listen(laptop.token);
    const strangerHears = listen(stranger.token);
    const older = olderClient(server.url, old.token);
    closers.push(() => {
      older.socket.close();
    });
    for (const listener of [phoneHears, laptopHears, strangerHears]) {
      await listener.next((m) => m.type === "hello");
    }
    await until(() => older.messages.some((m) => m.type === "hello"), "hello (older client)");

    const sent = announcement("upload-0001");
    expect(await laptop.client.announceIncoming(sent)).toBe(1);
    const heard = await phoneHears.next((m) => m.type === "incoming", 3000, "incoming");
    expect(heard).toEqual({ type: "incoming", incoming: sent });

    // Messages on one socket arrive in order: once a later commit's cursor is in, an
    // announcement sent to that socket before it would be too.
    await mkdir(laptop.client, "after");
    await mkdir(stranger.client, "after");
    await laptopHears.next((m) => m.type === "cursor");
    await strangerHears.next((m) => m.type === "cursor");
    await until(() => older.messages.some((m) => m.type === "cursor"), "cursor (older client)");
    for (const messages of [laptopHears.messages, strangerHears.messages, older.messages]) {
      expect(messages.filter((m) => m.type === "incoming")).toEqual([]);
    }

    // Nobody else listening: told 0 (the sender then stops announcing that file).
    phoneHears.close();
    await until(() => phoneHears.states.at(-1) === false, "phone's close");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await laptop.client.announceIncoming(announcement("upload-0002"))).toBe(0);
    await Promise.all([phone.client.close(), old.client.close()]);
  });

  it("refuses announcements without a token or of the wrong shape, and relays none of them", async () => {
    const [user] = pool.splice(0, 1) as [SignedIn];
    const other = await login(server, user.user, user.password, "other");
    const hears = listen(other.token);
    await hears.next((m) => m.type === "hello");
    const post = (json: unknown, token: string | null = user.token) =>
      raw(server.url, "/v1/push/incoming", {
        method: "POST",
        json,
        ...(token === null ? {} : { token }),
      });
    const good = announcement("upload-0003");
    expectErrorResponse(await post(good, null), 401, "unauthorized");
    expectErrorResponse(await post(good, "not-a-token"), 401, "unauthorized");
    const [first] = good.chunks as [IncomingChunks["chunks"][number]];
    const bad: unknown[] = [
      { ...good, upload: "short" },
      { ...good, upload: "../../etc" },
      { ...good, path: "" },
      { ...good, path: "x".repeat(4097) },
      { ...good, size: -1 },
      { ...good, chunks: [] },
      { ...good, chunks: [{ ...first, id: "ZZ" + first.id.slice(2) }] },
      { ...good, chunks: [{ ...first, size: 0 }] },
      { ...good, chunks: [{ ...first, offset: -5 }] },
      { ...good, chunks: [{ ...first, extra: true }] },
      { ...good, chunks: Array.from({ length: 4097 }, () => first) },
      { ...good, extra: "field" },
      "not an object",
    ];
    for (const [i, body] of bad.entries()) {
      const response = await post(body);
      expect(response.status, `bad body #${i}`).toBe(400);
      expectErrorResponse(response, 400, "bad_request");
    }
    await mkdir(user.client, "after");
    await hears.next((m) => m.type === "cursor");
    expect(hears.messages.filter((m) => m.type === "incoming")).toEqual([]);
    await other.client.close();
  });
});
