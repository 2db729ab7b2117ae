// Sign-in, per-device tokens, the TOTP second factor, devices and login rate limits,
// against a real cirrus-server process.
import { TOTP, URI } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RemoteClient } from "../../src/engine/remote/index.js";
import {
  addUser,
  expectCode,
  expectErrorResponse,
  login,
  loginAsNewUsers,
  raw,
  uniqueName,
  type SignedIn,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

/** A code for the authenticator described by an enrollment's otpauth:// URI. */
function codeFor(uri: string, timestamp: number): string {
  const otp = URI.parse(uri);
  if (!(otp instanceof TOTP)) throw new Error(`not a TOTP URI: ${uri}`);
  return otp.generate({ timestamp });
}

/** Codes the server may accept around now (it allows one step of drift; margin added). */
function nearCodes(uri: string): Set<string> {
  const now = Date.now();
  return new Set([-60_000, -30_000, 0, 30_000, 60_000].map((d) => codeFor(uri, now + d)));
}

/** A code that is valid for none of the time steps the server accepts now. */
function wrongCode(uri: string): string {
  const valid = nearCodes(uri);
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!valid.has(code)) return code;
  }
}

describe("sign-in, TOTP and devices", () => {
  let server: ServerProcess;
  /** Accounts created up front, in parallel; each test takes its own. */
  let pool: SignedIn[];
  const fresh = (): SignedIn => {
    const user = pool.pop();
    if (!user) throw new Error("the account pool is empty: create more in beforeAll");
    return user;
  };

  beforeAll(async () => {
    server = await startServerProcess();
    pool = await loginAsNewUsers(server, 10);
  });

  afterAll(async () => {
    // Stop the server first, so that it is never left running if setup failed half-way.
    await server.stop();
    await removeDir(server.dataDir);
    await Promise.all(pool.map((u) => u.client.close()));
  });

  it("returns a distinct token per device, each authenticating as its own device", async () => {
    const first = fresh();
    const second = await login(server, first.user, first.password, "laptop");
    expect(second.token).not.toBe(first.token);
    expect(second.deviceId).not.toBe(first.deviceId);
    expect(first.token).toMatch(/^cirrus_/);

    const a = await first.client.account();
    const b = await second.client.account();
    expect(a).toMatchObject({ user: first.user, deviceId: first.deviceId, totpEnabled: false });
    expect(b).toMatchObject({ user: first.user, deviceId: second.deviceId });
    await Promise.all([first.client.close(), second.client.close()]);
  });

  it("answers 401 unauthorized for a wrong password and for an unknown user alike", async () => {
    const user = fresh();
    const wrong = await raw(server.url, "/v1/login", {
      json: { user: user.user, password: "not-the-password", deviceName: "x" },
    });
    expectErrorResponse(wrong, 401, "unauthorized");
    const unknown = await raw(server.url, "/v1/login", {
      json: { user: uniqueName("nobody"), password: "whatever", deviceName: "x" },
    });
    expectErrorResponse(unknown, 401, "unauthorized");
    // Same message: the answer does not tell whether the account exists.
    expect((unknown.json as { message: string }).message).toBe(
      (wrong.json as { message: string }).message,
    );
    await user.client.close();
  });

  it("requires a TOTP code once enrolled, accepts a fresh code and refuses a replayed one", async () => {
    const user = fresh();
    const { secret, uri } = await user.client.enrollTotp();
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(uri).toMatch(/^otpauth:\/\/totp\//);

    // Enrollment is pending until confirmed: sign-in still needs no code.
    const before = await login(server, user.user, user.password);
    await before.client.close();

    await expectCode(user.client.verifyTotp(wrongCode(uri)), "unauthorized");
    expect((await user.client.account()).totpEnabled).toBe(false);
    await user.client.verifyTotp(codeFor(uri, Date.now()));
    expect((await user.client.account()).totpEnabled).toBe(true);

    const noCode = await raw(server.url, "/v1/login", {
      json: { user: user.user, password: user.password, deviceName: "phone" },
    });
    expectErrorResponse(noCode, 401, "totp_required");

    // The verification code's time step is used up; the next step's code (one step of
    // drift is accepted) signs in without waiting 30 seconds.
    const code = codeFor(uri, Date.now() + 30_000);
    const client = new RemoteClient({ baseUrl: server.url, retries: 0 });
    const signedIn = await client.login({
      user: user.user,
      password: user.password,
      deviceName: "phone",
      totp: code,
    });
    expect(signedIn.token).toMatch(/^cirrus_/);
    expect((await client.account()).deviceId).toBe(signedIn.deviceId);

    const replay = await raw(server.url, "/v1/login", {
      json: { user: user.user, password: user.password, deviceName: "thief", totp: code },
    });
    expectErrorResponse(replay, 401, "unauthorized");

    const wrongPassword = await raw(server.url, "/v1/login", {
      json: { user: user.user, password: "wrong", deviceName: "x", totp: code },
    });
    expectErrorResponse(wrongPassword, 401, "unauthorized");
    await Promise.all([client.close(), user.client.close()]);
  });

  it("confirms a TOTP enrollment only with a code from the enrolled secret", async () => {
    const user = fresh();
    const first = await user.client.enrollTotp();
    const second = await user.client.enrollTotp(); // replaces the pending secret
    expect(second.secret).not.toBe(first.secret);
    // A code from the replaced secret does not confirm (barring a one-in-200,000 clash).
    const stale = codeFor(first.uri, Date.now());
    if (!nearCodes(second.uri).has(stale)) {
      await expectCode(user.client.verifyTotp(stale), "unauthorized");
      expect((await user.client.account()).totpEnabled).toBe(false);
    }
    await user.client.verifyTotp(codeFor(second.uri, Date.now()));
    expect((await user.client.account()).totpEnabled).toBe(true);
    await expectCode(user.client.enrollTotp(), "bad_request");
    await user.client.close();
  });

  it("lists the account's devices and marks the calling one as current", async () => {
    const first = fresh();
    const second = await login(server, first.user, first.password, "second laptop");
    const other = fresh();

    const devices = await first.client.devices();
    expect(devices.map((d) => d.id).sort()).toEqual([first.deviceId, second.deviceId].sort());
    expect(devices.find((d) => d.id === first.deviceId)?.current).toBe(true);
    expect(devices.find((d) => d.id === second.deviceId)).toMatchObject({
      name: "second laptop",
      current: false,
    });
    expect(JSON.stringify(devices)).not.toContain(other.deviceId);
    await Promise.all([first.client.close(), second.client.close(), other.client.close()]);
  });

  it("revokes a device: its token fails at once, the account's other devices go on", async () => {
    const first = fresh();
    const second = await login(server, first.user, first.password, "stolen laptop");
    await second.client.account();

    await first.client.revokeDevice(second.deviceId);
    await expectCode(second.client.account(), "unauthorized");
    await expectCode(second.client.changes(0), "unauthorized");
    expect((await first.client.devices()).map((d) => d.id)).toEqual([first.deviceId]);
    await expectCode(first.client.revokeDevice(second.deviceId), "not_found");
    await Promise.all([first.client.close(), second.client.close()]);
  });

  it("does not let one account revoke another account's device", async () => {
    const a = fresh();
    const b = fresh();
    await expectCode(b.client.revokeDevice(a.deviceId), "not_found");
    expect((await a.client.account()).deviceId).toBe(a.deviceId);
    await Promise.all([a.client.close(), b.client.close()]);
  });

  it("logs out: the device's token stops working", async () => {
    const user = fresh();
    await user.client.logout();
    await expectCode(user.client.account(), "unauthorized");
    await user.client.close();
  });
});

describe("sign-in rate limit (server defaults)", () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server.stop();
    await removeDir(server.dataDir);
  });

  it("answers 429 rate_limited after 10 failures, then refuses even the right password", async () => {
    const user = uniqueName("victim");
    const password = "correct horse";
    const other = uniqueName("bystander");
    await Promise.all([addUser(server, user, password), addUser(server, other, "another pw")]);
    const attempt = (pw: string) =>
      raw(server.url, "/v1/login", { json: { user, password: pw, deviceName: "guesser" } });

    for (let i = 0; i < 10; i++) {
      expectErrorResponse(await attempt(`guess-${i}`), 401, "unauthorized");
    }
    const limited = await attempt("guess-10");
    expectErrorResponse(limited, 429, "rate_limited");
    const retryAfter = Number(limited.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // The right password is refused too until the window passes.
    expectErrorResponse(await attempt(password), 429, "rate_limited");

    // Per account: another account signs in from the same address.
    const signedIn = await login(server, other, "another pw");
    await signedIn.client.close();
  });
});
