// `cirrus-server user passwd` beside a running server: a new password signs out every
// device of the account (the admin command is another process, so this holds because
// the server checks each request's token against the database).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  addUser,
  expectCode,
  expectErrorResponse,
  login,
  raw,
  uniqueName,
} from "../support/server-api.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

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

describe("cirrus-server user passwd", () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server.stop();
  });

  const passwd = (user: string, password: string, extra: string[] = []) =>
    server.admin(["user", "passwd", user, "--password-stdin", ...extra], password);

  it("signs out every device of the account, and the running server refuses their tokens", async () => {
    const user = uniqueName("passwd");
    const other = uniqueName("bystander");
    await Promise.all([addUser(server, user, "old password"), addUser(server, other, "pw")]);
    const laptop = await login(server, user, "old password", "laptop");
    const phone = await login(server, user, "old password", "phone");
    const bystander = await login(server, other, "pw");
    await laptop.client.account();
    expect(await handshakeStatus(server.url, phone.token)).toBe(101);

    const changed = passwd(user, "new password");
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toBe(`password of ${user} changed; 2 devices signed out\n`);

    // The very next request with an old token fails, over the API and the push channel.
    await expectCode(laptop.client.account(), "unauthorized");
    expectErrorResponse(
      await raw(server.url, "/v1/devices", { token: phone.token }),
      401,
      "unauthorized",
    );
    expect(await handshakeStatus(server.url, phone.token)).toBe(401);
    // Another account's device is untouched.
    expect((await bystander.client.account()).user).toBe(other);

    // The old password signs in no more; the new one does, as a fresh device that a
    // second change signs out again.
    expectErrorResponse(
      await raw(server.url, "/v1/login", {
        json: { user, password: "old password", deviceName: "thief" },
      }),
      401,
      "unauthorized",
    );
    const fresh = await login(server, user, "new password", "laptop again");
    expect((await fresh.client.devices()).map((d) => d.name)).toEqual(["laptop again"]);
    const again = passwd(user, "newer password");
    expect(again.stdout).toBe(`password of ${user} changed; 1 device signed out\n`);
    await expectCode(fresh.client.account(), "unauthorized");

    await Promise.all([laptop, phone, bystander, fresh].map((signedIn) => signedIn.client.close()));
  });

  it("leaves the devices signed in with --keep-devices", async () => {
    const user = uniqueName("keep");
    await addUser(server, user, "old password");
    const laptop = await login(server, user, "old password", "laptop");

    const changed = passwd(user, "new password", ["--keep-devices"]);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toBe(`password of ${user} changed; its devices stay signed in\n`);
    expect((await laptop.client.account()).user).toBe(user);
    await login(server, user, "new password").then((s) => s.client.close());
    await laptop.client.close();
  });
});
