// Helpers for the feature scenarios (on-demand files, conflict resolution, user
// control), on top of clients.ts: the real CLI with JSON output, a long-running
// `cirrus sync` child process and its control API, and small file fixtures.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { request } from "undici";
import { expect } from "vitest";
import type { ControlInfo } from "../../src/engine/control/control-server.js";
import type { FolderStatus } from "../../src/shared/status.js";
import { eventually, type CliOptions, type CliResult, type TestClient } from "./clients.js";
import { REPO_ROOT } from "./server-process.js";

const CLI_BIN = path.join(REPO_ROOT, "bin/cirrus.js");

export const MiB = 1024 * 1024;

/** Run the CLI on the client's profile and expect success. */
export async function cliOk(
  client: TestClient,
  args: string[],
  options?: CliOptions,
): Promise<CliResult> {
  const result = await client.cli(args, options);
  expect(result.status, `cirrus ${args.join(" ")}\n${result.stderr}`).toBe(0);
  return result;
}

/** Run a `--json` CLI command on the client's profile and parse its output. */
export async function cliJson<T>(client: TestClient, args: string[]): Promise<T> {
  return JSON.parse((await cliOk(client, [...args, "--json"])).stdout) as T;
}

/** Run the CLI and expect it to fail with a `[code]` on stderr. */
export async function cliFails(
  client: TestClient,
  args: string[],
  code: string,
  options?: CliOptions,
): Promise<CliResult> {
  const result = await client.cli(args, options);
  expect(result.status, `cirrus ${args.join(" ")} should fail\n${result.stdout}`).toBe(1);
  expect(result.stderr).toContain(`[${code}]`);
  return result;
}

/**
 * Turn files on demand on for a client through the real CLI (`sync --on-demand --once`,
 * which remembers the choice and syncs once), then reopen its in-process engine.
 */
export async function syncOnDemand(client: TestClient): Promise<CliResult> {
  await client.close();
  const result = await cliOk(client, ["sync", "--on-demand", "--once"]);
  await client.open();
  return result;
}

/** The status `cirrus sync --once` saved in the profile (read by `cirrus status --json`). */
export async function savedStatus(client: TestClient): Promise<FolderStatus> {
  return cliJson<FolderStatus>(client, ["status"]);
}

/** A placeholder stub's parsed content. */
export interface StubContent {
  cirrus: "placeholder";
  version: number;
  id: string;
  name: string;
  size: number;
  mtime: number;
  hash: string;
  rev: number;
}

export async function readStub(client: TestClient, rel: string): Promise<StubContent> {
  return JSON.parse(await client.readText(`${rel}.cirrus`)) as StubContent;
}

/** A running `cirrus sync` (continuous) child process and its control API. */
export interface SyncProcess {
  child: ChildProcess;
  control: ControlInfo;
  stderr(): string;
  /** Call the control API the way the CLI does (with the token). */
  call<T>(method: "GET" | "POST" | "PUT", route: string, body?: unknown): Promise<T>;
  /** SIGTERM and wait for the exit (the process removes control.json). */
  stop(): Promise<void>;
}

/** Start `cirrus --profile P sync ARGS` for a client (close its in-process engine first). */
export async function startSyncProcess(client: TestClient, args: string[]): Promise<SyncProcess> {
  const child = spawn(
    process.execPath,
    [CLI_BIN, "--profile", client.profileDir, "sync", ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", () => undefined);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => {
      resolve();
    });
  });
  const file = path.join(client.profileDir, "control.json");
  let control: ControlInfo | null = null;
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`cirrus sync exited: ${stderr}`);
        const text = await readFile(file, "utf8").catch(() => null);
        const info = text ? (JSON.parse(text) as ControlInfo) : null;
        if (info?.pid !== child.pid) return false;
        control = info;
        return true;
      },
      20_000,
      "cirrus sync writes control.json",
    );
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const info = control as unknown as ControlInfo;
  return {
    child,
    control: info,
    stderr: () => stderr,
    async call<T>(method: "GET" | "POST" | "PUT", route: string, body?: unknown): Promise<T> {
      const response = await controlRequest(info, method, route, {
        token: info.token,
        ...(body === undefined ? {} : { body }),
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body as T;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

/** A raw request to a control API: `token` null sends no authorization at all. */
export async function controlRequest(
  info: Pick<ControlInfo, "url">,
  method: "GET" | "POST" | "PUT",
  route: string,
  options: { token: string | null; body?: unknown },
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (options.token !== null) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await request(info.url + route, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.body.text();
  return { status: response.statusCode, body: text ? (JSON.parse(text) as unknown) : null };
}

/** A shell script that records the path it was asked to open (CIRRUS_OPENER). */
export async function recordingOpener(dir: string): Promise<{ script: string; out: string }> {
  const script = path.join(dir, "opener.sh");
  const out = path.join(dir, "opened.txt");
  await writeFile(script, `#!/bin/sh\nprintf '%s' "$1" > '${out}.tmp'\nmv '${out}.tmp' '${out}'\n`);
  await chmod(script, 0o755);
  return { script, out };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
