// Runs a real `cirrus-server` process on loopback for multi-process tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SERVER_BIN = path.join(REPO_ROOT, "bin/cirrus-server.js");

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote so far to stdout and stderr. */
  output(): { stdout: string; stderr: string };
  /** Stop with SIGTERM (graceful) or SIGKILL (crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Run `cirrus-server <args> --data DIR` to completion. */
  admin(args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string };
  addUser(name: string, password: string, extra?: string[]): void;
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `cirrus-${prefix}-`));
}

export async function startServerProcess(
  /** `cwd`: the working directory of the server and admin processes (default: inherited). */
  options: { dataDir?: string; args?: string[]; cwd?: string } = {},
): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await tempDir("server"));
  const cwd = options.cwd;
  const child = spawn(
    process.execPath,
    [SERVER_BIN, "--data", dataDir, "--port", "0", "--log-level", "warn", ...(options.args ?? [])],
    { stdio: ["ignore", "pipe", "pipe"], cwd },
  );
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start: ${stderr}`));
    }, 20_000);
    child.stdout.on("data", () => {
      const match = /^cirrus-server listening on (\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${stderr}`));
    });
  });
  const admin = (args: string[], stdin?: string) => {
    const result = spawnSync(process.execPath, [SERVER_BIN, ...args, "--data", dataDir], {
      input: stdin ?? "",
      encoding: "utf8",
      cwd,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  return {
    url,
    dataDir,
    child,
    output: () => ({ stdout, stderr }),
    admin,
    addUser(name, password, extra = []) {
      const result = admin(["user", "add", name, "--password-stdin", ...extra], password);
      if (result.status !== 0) throw new Error(`user add failed: ${result.stderr}`);
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await exited;
    },
  };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
