// The push channel: devices learn of another device's commit without polling, and a
// revoked device's connection is closed at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { PushListener as Listener } from "../support/push-listener.js";
import {
  fileOf,
  login,
  loginAsNewUsers,
  mkdir,
  putFile,
  type SignedIn,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

/** The HTTP status of a push WebSocket handshake with this token. */
function handshakeStatus(url: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/v1/push`, {
      headers: { authorization: `Bearer ${token}` },
    });
    socket.on("upgrade", (response) => {
      socket.close();
      resolve(response.statusCode ?? 0);
    });
    socket.on("unexpected-response", (_request, response) => {
      response.resume();
      socket.terminate();
      resolve(response.statusCode ?? 0);
    });
    socket.on("error", reject);
  });
}

describe("push", () => {
  let server: ServerProcess;
  /** Accounts created up front, in parallel; each test takes its own. */
  let pool: SignedIn[];
  const fresh = (): SignedIn => {
    const user = pool.pop();
    if (!user) throw new Error("the account pool is empty: create more in beforeAll");
    return user;
  };
  const listeners: Listener[] = [];
  const listen = (token: string) => {
    const listener = new Listener(server.url, token);
    listeners.push(listener);
    return listener;
  };

  beforeAll(async () => {
    server = await startServerProcess();
    pool = await loginAsNewUsers(server, 6);
  });

  afterEach(() => {
    for (const listener of listeners.splice(0)) listener.close();
  });

  afterAll(async () => {
    // Stop the server first, so that it is never left running if setup failed half-way.
    await server.stop();
    await removeDir(server.dataDir);
    await Promise.all(pool.map((u) => u.client.close()));
  });

  it("greets a new connection with the account's cursor and the data fingerprint", async () => {
    const user = fresh();
    await mkdir(user.client, "something");
    const account = await user.client.account();
    const hello = await listen(user.token).next((m) => m.type === "hello", 3000, "hello");
    expect(hello).toEqual({
      type: "hello",
      cursor: account.cursor,
      fingerprint: account.fingerprint,
    });
    await user.client.close();
  });

  it("notifies a connected device of the new cursor after another device commits", async () => {
    const laptop = fresh();
    const phone = await login(server, laptop.user, laptop.password, "phone");
    const listener = listen(phone.token);
    await listener.next((m) => m.type === "hello", 3000, "hello");

    const started = performance.now();
    const entry = await putFile(laptop.client, fileOf("new from the laptop"), { name: "n.txt" });
    const pushed = await listener.next(
      (m) => m.type === "cursor" && (m.cursor ?? 0) >= entry.rev,
      2000,
      "cursor notification",
    );
    const latencyMs = performance.now() - started;
    expect(pushed.cursor).toBe(entry.rev);
    // The time is reported, not asserted tightly: the point is that it arrives unasked.
    console.info(`push notification arrived ${latencyMs.toFixed(1)} ms after the commit began`);

    // The cursor leads to the change.
    const feed = await phone.client.changes(entry.rev - 1);
    expect(feed.entries.map((e) => e.id)).toEqual([entry.id]);
    await Promise.all([laptop.client.close(), phone.client.close()]);
  });

  it("notifies of version and trash restores too", async () => {
    const user = fresh();
    const listener = listen(user.token);
    await listener.next((m) => m.type === "hello", 3000, "hello");
    const v1 = await putFile(user.client, fileOf("one"), { name: "f.txt" });
    const v2 = await putFile(user.client, fileOf("two"), {
      name: "f.txt",
      id: v1.id,
      baseRev: v1.rev,
    });
    const old = (await user.client.versions(v1.id)).find((v) => v.rev === v1.rev)!;
    const restored = await user.client.restoreVersion(v1.id, old.id);
    expect(restored.rev).toBeGreaterThan(v2.rev);
    await listener.next((m) => m.type === "cursor" && m.cursor === restored.rev, 2000, "restore");

    await user.client.ops([{ op: "delete", id: v1.id, baseRev: restored.rev }]);
    const back = await user.client.restoreTrash(v1.id);
    await listener.next((m) => m.type === "cursor" && m.cursor === back.rev, 2000, "undelete");
    await user.client.close();
  });

  it("does not tell one account about another account's commits", async () => {
    const a = fresh();
    const b = fresh();
    const listenerB = listen(b.token);
    await listenerB.next((m) => m.type === "hello", 3000, "hello");
    const listenerA = listen(a.token);
    await listenerA.next((m) => m.type === "hello", 3000, "hello");
    const entry = await mkdir(a.client, "a's folder");
    await listenerA.next((m) => m.type === "cursor" && m.cursor === entry.rev, 2000, "A's cursor");
    // B's own later commit is the first cursor message B sees.
    const own = await mkdir(b.client, "b's folder");
    const first = await listenerB.next((m) => m.type === "cursor", 2000, "B's cursor");
    expect(first.cursor).toBe(own.rev);
    await Promise.all([a.client.close(), b.client.close()]);
  });

  it("closes a revoked device's push connection with a revoked message (4001)", async () => {
    const owner = fresh();
    const stolen = await login(server, owner.user, owner.password, "stolen phone");
    const listener = listen(stolen.token);
    await listener.next((m) => m.type === "hello", 3000, "hello");

    await owner.client.revokeDevice(stolen.deviceId);
    await listener.next((m) => m.type === "revoked", 2000, "revoked");
    // The connection closed and does not come back: the server sent a "revoked" message
    // and closed with 4001, which the client reports as a second "revoked" and obeys.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listener.messages.filter((m) => m.type === "revoked")).toHaveLength(2);
    expect(listener.states).toEqual([true, false]);

    // A new connection with the revoked token is refused at the handshake.
    expect(await handshakeStatus(server.url, stolen.token)).toBe(401);
    expect(await handshakeStatus(server.url, owner.token)).toBe(101);
    await Promise.all([owner.client.close(), stolen.client.close()]);
  });
});
