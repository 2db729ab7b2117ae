// Runs a real `cirrus-server` process on loopback for multi-process tests. A data
// folder the helper made itself is removed when the server stops (see temp-dirs.ts for
// CIRRUS_KEEP_TEST_DIRS=1, which keeps it); one passed in belongs to the caller.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { removeDir, tempDir } from "./temp-dirs.js";

export { removeDir, tempDir };

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SERVER_BIN = path.join(REPO_ROOT, "bin/cirrus-server.js");

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the process wrote so far to stdout and stderr. */
  output(): { stdout: string; stderr: string };
  /**
   * Stop with SIGTERM (graceful) or SIGKILL (crash). Removes the data folder if the
   * helper made it: to restart on the same data, pass `dataDir` to startServerProcess.
   */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Run `cirrus-server <args> --data DIR` to completion. */
  admin(args: string[], stdin?: string): { status: number | null; stdout: string; stderr: string };
  addUser(name: string, password: string, extra?: string[]): void;
}

// A server the test never stopped would outlive it; at a normal exit, end those still
// running. (Registered before temp-dirs.ts's own exit sweep, which it installs lazily,
// so a server is gone before its folder is removed.)
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export async function startServerProcess(
  /** `cwd`: the working directory of the server and admin processes (default: inherited). */
  options: { dataDir?: string; args?: string[]; cwd?: string } = {},
): Promise<ServerProcess> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await tempDir("server"));
  const cwd = options.cwd;
  const child = spawn(
    process.execPath,
    [SERVER_BIN, "--data", dataDir, "--port", "0", "--log-level", "warn", ...(options.args ?? [])],
    { stdio: ["ignore", "pipe", "pipe"], cwd },
  );
  running.add(child);
  child.once("exit", () => running.delete(child));
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill(signal);
      await exited;
    }
    if (ownsDataDir) await removeDir(dataDir);
  };
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  child.stdout.on("data", (d: Buffer) => {
    stdout += d.toString();
  });
  const started = new Promise<string>((resolve, reject) => {
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
  // A server that dies under a test leaves only refused connections behind: say why.
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping) {
      process.stderr.write(`cirrus-server exited unexpectedly (${code ?? signal}):\n${stderr}\n`);
    }
  });
  let url: string;
  try {
    url = await started;
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
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
    stop,
  };
}
