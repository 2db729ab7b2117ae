// The `cirrus-server` command's contract: its one stdout line, its refusal to serve
// plain HTTP beyond loopback, the `user` admin commands and the OpenAPI document.
import { spawn, spawnSync } from "node:child_process";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addUser, expectCode, expectErrorResponse, login, raw } from "../support/server-api.js";
import {
  REPO_ROOT,
  removeDir,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from "../support/server-process.js";

const SERVER_BIN = path.join(REPO_ROOT, "bin/cirrus-server.js");

/** Run `cirrus-server ARGS` to completion. */
function run(args: string[], stdin = "") {
  const result = spawnSync(process.execPath, [SERVER_BIN, ...args], {
    input: stdin,
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run `cirrus-server ARGS` to completion without blocking, so several can run at once. */
function runAsync(
  args: string[],
  stdin = "",
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVER_BIN, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("close", (status) => {
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe("cirrus-server command line", () => {
  let scratch: string;

  beforeAll(async () => {
    scratch = await tempDir("cli");
  });

  afterAll(async () => {
    await removeDir(scratch);
  });

  it("prints exactly one stdout line when listening, logs to stderr and exits 0 on SIGTERM", async () => {
    // The harness passes --log-level warn; a later --log-level wins, so info logs flow.
    const server = await startServerProcess({
      dataDir: path.join(scratch, "serve"),
      args: ["--log-level", "info"],
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // Some traffic, including a sign-in whose secrets must not reach the log.
      await addUser(server, "logger", "hunter2-secret");
      const signedIn = await login(server, "logger", "hunter2-secret");
      await signedIn.client.account();
      await signedIn.client.close();
      expect((await raw(server.url, "/health")).status).toBe(200);

      await server.stop("SIGTERM");
      expect(server.child.exitCode).toBe(0);
      const { stdout, stderr } = server.output();
      expect(stdout).toBe(`cirrus-server listening on ${server.url}\n`);
      expect(stderr).toContain('"level":30'); // info logs went to stderr
      expect(stderr).not.toContain("hunter2-secret");
      expect(stderr).not.toContain(signedIn.token);
    } finally {
      await server.stop("SIGKILL");
    }
  });

  it("refuses --host 0.0.0.0 without TLS or --insecure-http, with a clear message", () => {
    const dataDir = path.join(scratch, "exposed");
    const result = run(["--data", dataDir, "--host", "0.0.0.0", "--port", "0"]);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("refusing to serve plain HTTP on 0.0.0.0");
    expect(result.stderr).toContain("--insecure-http");
    expect(result.stderr).toContain("--tls-cert");
  });

  it("refuses a TLS certificate without its key", () => {
    const result = run(["--data", path.join(scratch, "tls"), "--tls-cert", "cert.pem"]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("--tls-cert and --tls-key go together");
  });

  it("adds a user to a --data folder that does not exist yet", async () => {
    const dataDir = path.join(scratch, "fresh", "data");
    const added = run(["user", "add", "first", "--password-stdin", "--data", dataDir], "pw\n");
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);
    expect(run(["user", "list", "--data", dataDir]).stdout).toMatch(/^first\t/m);
    const server = await startServerProcess({ dataDir });
    try {
      // The trailing newline of piped input is not part of the password.
      const signedIn = await login(server, "first", "pw");
      await signedIn.client.close();
    } finally {
      await server.stop();
    }
    expect(await readdir(path.dirname(dataDir))).toEqual(["data"]);
  });
});

describe("cirrus-server user commands against a running server", () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess();
  });

  afterAll(async () => {
    await server.stop();
    await removeDir(server.dataDir);
  });

  it("adds and lists users with their quota, and refuses duplicates and bad names", async () => {
    const admin = (args: string[], stdin = "") =>
      runAsync([...args, "--data", server.dataDir], stdin);
    const added = await Promise.all([
      admin(["user", "add", "carol", "--password-stdin"], "pw-carol"),
      admin(["user", "add", "dave", "--password-stdin", "--quota", "5000"], "pw-dave"),
    ]);
    for (const result of added) expect(result.status, result.stderr).toBe(0);
    const listed = await admin(["user", "list"]);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain("carol\tused 0\tquota unlimited\n");
    expect(listed.stdout).toContain("dave\tused 0\tquota 5000\n");

    const [duplicate, noPassword, emptyPassword, ...badNames] = await Promise.all([
      admin(["user", "add", "carol", "--password-stdin"], "other"),
      admin(["user", "add", "erin"]),
      admin(["user", "add", "erin", "--password-stdin"], ""),
      ...["../evil", "has space", "a/b", ""].map((bad) =>
        admin(["user", "add", bad, "--password-stdin"], "pw"),
      ),
    ]);
    expect(duplicate.status).not.toBe(0);
    expect(duplicate.stderr).toContain("already exists");
    expect(noPassword.status).not.toBe(0);
    expect(noPassword.stderr).toContain("--password-stdin");
    expect(emptyPassword.status).not.toBe(0);
    for (const result of badNames) {
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("user names use letters");
    }
    expect((await admin(["user", "list"])).stdout.split("\n").filter(Boolean)).toHaveLength(2);
  });

  it("changes what login accepts with user passwd", async () => {
    await addUser(server, "frank", "old password");
    const before = await login(server, "frank", "old password");
    const changed = server.admin(["user", "passwd", "frank", "--password-stdin"], "new password");
    expect(changed.status, changed.stderr).toBe(0);

    const old = await raw(server.url, "/v1/login", {
      json: { user: "frank", password: "old password", deviceName: "x" },
    });
    expectErrorResponse(old, 401, "unauthorized");
    const after = await login(server, "frank", "new password");
    await Promise.all([before.client.close(), after.client.close()]);
    expect(server.admin(["user", "passwd", "nobody", "--password-stdin"], "pw").status).not.toBe(0);
  });

  it("removes the account with user del: its login and tokens stop working", async () => {
    await addUser(server, "grace", "pw-grace");
    const signedIn = await login(server, "grace", "pw-grace");
    const deleted = server.admin(["user", "del", "grace"]);
    expect(deleted.status, deleted.stderr).toBe(0);

    await expectCode(signedIn.client.account(), "unauthorized");
    const again = await raw(server.url, "/v1/login", {
      json: { user: "grace", password: "pw-grace", deviceName: "x" },
    });
    expectErrorResponse(again, 401, "unauthorized");
    expect(server.admin(["user", "list"]).stdout).not.toContain("grace");
    expect(server.admin(["user", "del", "grace"]).status).not.toBe(0);
    await signedIn.client.close();
  });

  it("serves /openapi.json without a token: OpenAPI 3.1.0, equal to the committed openapi.json", async () => {
    const response = await raw(server.url, "/openapi.json");
    expect(response.status).toBe(200);
    const served = response.json as { openapi: string; paths: Record<string, unknown> };
    expect(served.openapi).toBe("3.1.0");
    expect(Object.keys(served.paths)).toEqual(
      expect.arrayContaining(["/v1/login", "/v1/ops", "/v1/chunks", "/v1/changes"]),
    );
    const committed: unknown = JSON.parse(
      await readFile(path.join(REPO_ROOT, "openapi.json"), "utf8"),
    );
    expect(
      served,
      "openapi.json is stale: run `npx tsc -p tsconfig.build.json && node scripts/write-openapi.mjs`",
    ).toEqual(committed);
  });
});
