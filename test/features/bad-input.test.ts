// Bad input to the on-demand and control commands gets a clear, coded refusal and
// loses nothing: paths outside the sync root, a normal file given to hydrate, the
// server down during a hydrate, and a control API call without the token.
import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CirrusError } from "../../src/shared/errors.js";
import { tempFilesIn, type TestClient } from "../support/clients.js";
import {
  cliFails,
  cliOk,
  controlRequest,
  readStub,
  syncOnDemand,
} from "../support/feature-clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

describe("bad input to on-demand and control commands", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  async function withStub(on: ServerProcess, rel: string, data: Buffer): Promise<TestClient> {
    const account = await accounts.create(2, {}, on);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("plain.txt", "a normal file\n");
    await a.syncClean();
    await b.syncClean(); // before on demand: plain.txt arrives whole
    await a.write(rel, data);
    await a.syncClean();
    await a.close();
    await syncOnDemand(b);
    await b.close();
    return b;
  }

  it("refuses paths outside the sync root with outside_root, in the CLI and the engine", async () => {
    const b = await withStub(server(), "x.bin", randomBytes(10_000));
    const elsewhere = path.join(path.dirname(b.root), "elsewhere", "x.bin");
    for (const target of ["../x.bin", elsewhere]) {
      const failed = await cliFails(b, ["hydrate", target], "outside_root");
      expect(failed.stderr).toContain("is not inside the sync folder");
    }
    // The other path-taking commands share the check; the engine refuses them all alike.
    await b.open();
    const refusals: (() => Promise<unknown>)[] = [
      () => b.engine.hydrate([path.dirname(b.root)]),
      () => b.engine.dehydrate(["../x.bin"]),
      () => b.engine.pin(elsewhere),
      () => b.engine.open("../x.bin"),
      () => b.engine.resolve("../x.bin", "local"),
      () => b.engine.versions(elsewhere),
    ];
    for (const refused of refusals) {
      const error = await refused().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CirrusError);
      expect((error as CirrusError).code).toBe("outside_root");
    }
    expect(await b.exists("x.bin.cirrus")).toBe(true);
  });

  it("refuses to hydrate a normal file with not_placeholder, leaving it as it is", async () => {
    const b = await withStub(server(), "x.bin", randomBytes(10_000));
    const before = await b.read("plain.txt");
    const failed = await cliFails(b, ["hydrate", "plain.txt"], "not_placeholder");
    expect(failed.stderr).toContain("plain.txt is already on this device");
    expect((await b.read("plain.txt")).equals(before)).toBe(true);
    // A name that is neither: not_found, not a crash.
    await cliFails(b, ["hydrate", "nothing-here.txt"], "not_found");
  });

  it("reports offline when the server is down during a hydrate, and keeps the stub unchanged", async () => {
    const own = await startServerProcess();
    try {
      const data = randomBytes(200 * 1024);
      const b = await withStub(own, "far.bin", data);
      const stubBefore = await b.read("far.bin.cirrus");
      await own.stop();

      const failed = await cliFails(b, ["hydrate", "far.bin"], "offline", { timeoutMs: 60_000 });
      expect(failed.stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+/);
      expect((await b.read("far.bin.cirrus")).equals(stubBefore)).toBe(true);
      expect(await b.exists("far.bin")).toBe(false);
      // No half-written download left behind.
      expect(await tempFilesIn(b.root)).toEqual([]);
      expect((await readStub(b, "far.bin")).hash).toBe(sha256(data));
    } finally {
      await own.stop(); // (the account on it is closed after the test, by useAccounts)
    }
  });

  it("answers 401 to control API calls without the right token", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    const control = await a.engine.startControlServer();
    const info = control.info;
    const file = path.join(a.profileDir, "control.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    for (const [method, route] of [
      ["GET", "/api/status"],
      ["POST", "/api/pause"],
      ["PUT", "/api/bandwidth"],
    ] as const) {
      const body = method === "PUT" ? { up: 1, down: 1 } : undefined;
      const none = await controlRequest(info, method, route, { token: null, body });
      expect(none.status).toBe(401);
      expect(none.body).toMatchObject({ code: "unauthorized" });
      const wrong = await controlRequest(info, method, route, {
        token: "x".repeat(info.token.length),
        body,
      });
      expect(wrong.status).toBe(401);
    }
    // Refused calls changed nothing.
    expect(a.folder.isPaused).toBe(false);
    const ok = await controlRequest(info, "GET", "/api/status", { token: info.token });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      folder: a.root,
      pauseReason: null,
      bandwidth: { up: 0, down: 0 },
    });

    // The CLI finds the running process through control.json and uses the token.
    const paused = await cliOk(a, ["pause"]);
    expect(paused.stdout).toContain("paused");
    expect(a.folder.isPaused).toBe(true);
    await cliOk(a, ["resume"]);
    expect(a.folder.isPaused).toBe(false);
  });
});
