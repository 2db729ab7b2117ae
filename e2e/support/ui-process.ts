// `cirrus ui` as a child process: the real engine with its headless UI server on
// 127.0.0.1, for one fresh profile. The address (with the token in the fragment) is
// the last line the command prints on stdout.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../../test/support/server-process.js";

const CLI_BIN = path.join(REPO_ROOT, "bin/cirrus.js");
const UI_URL = /^(http:\/\/127\.0\.0\.1:\d+)\/ui\/renderer\/index\.html#token=([\w-]+)$/;

export interface UiProcess {
  /** The address to open: `http://127.0.0.1:PORT/ui/renderer/index.html#token=…`. */
  url: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  token: string;
  profileDir: string;
  child: ChildProcess;
  /** What the process wrote so far (for failure messages). */
  output(): string;
  /** `POST /api/call/<method>` with the token; resolves with `result` or throws. */
  call<T = unknown>(method: string, args?: unknown[]): Promise<T>;
  /** GET one of the control routes (`/api/status`, …) with the token. */
  control<T = unknown>(route: string): Promise<T>;
  /** The profile's saved settings (profile.json). */
  profile(): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export async function startUi(profileDir: string, extraArgs: string[] = []): Promise<UiProcess> {
  const child = spawn(
    process.execPath,
    [CLI_BIN, "--profile", profileDir, "ui", "--credential-store", "file", ...extraArgs],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  const output = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`cirrus ui did not print its address in time\n${output()}`));
    }, 30_000);
    const onData = () => {
      const last = stdout.trimEnd().split("\n").at(-1) ?? "";
      const found = UI_URL.exec(last);
      if (found) {
        clearTimeout(timer);
        child.stdout.off("data", onData);
        resolve(found);
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`cirrus ui exited (${code ?? signal ?? "?"})\n${output()}`));
    });
  });
  const [url = "", origin = "", token = ""] = match;

  const request = async <T>(route: string, init: RequestInit): Promise<T> => {
    const response = await fetch(`${origin}${route}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    });
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`${route}: HTTP ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  };

  return {
    url,
    origin,
    token,
    profileDir,
    child,
    output,
    async call<T>(method: string, args: unknown[] = []) {
      const body = await request<{ result: T }>(`/api/call/${method}`, {
        method: "POST",
        body: JSON.stringify({ args }),
      });
      return body.result;
    },
    control: <T>(route: string) => request<T>(route, { method: "GET" }),
    async profile() {
      return JSON.parse(await readFile(path.join(profileDir, "profile.json"), "utf8")) as Record<
        string,
        unknown
      >;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => {
        child.once("exit", () => {
          resolve();
        });
      });
      child.kill("SIGTERM");
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
      }, 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
