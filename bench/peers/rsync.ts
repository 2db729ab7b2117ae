// rsync: one-way, no server of its own. A is pushed to an rsync daemon that serves B
// on loopback, behind the counting proxy, so its delta transfer is measured on the
// wire; a plain local `rsync -a A/ C/` is timed as well.
import { mkdir, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import type { Tool } from "../config.js";
import { freePort } from "../support/net.js";
import { check, run, start, type Managed, type RunResult } from "../support/proc.js";
import { CountingProxy } from "../support/proxy.js";
import { waitFor } from "../support/wait.js";
import type { Expectation, Propagation, SyncPair } from "./types.js";

const BIN = "rsync";

export async function rsyncVersion(): Promise<string | null> {
  try {
    const result = await run(BIN, ["--version"]);
    if (result.code !== 0) return null;
    // "rsync  version 3.2.7  protocol version 31" -> "3.2.7 (protocol 31)"
    const match = /version\s+(\S+)\s+protocol version\s+(\d+)/.exec(result.stdout);
    return match
      ? `${match[1] ?? ""} (protocol ${match[2] ?? ""})`
      : (result.stdout.split("\n")[0] ?? null);
  } catch {
    return null;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => {
      resolve(false);
    });
  });
}

export class RsyncPair implements SyncPair {
  readonly tool: Tool = "rsync";
  readonly dirA: string;
  readonly dirB: string;

  private constructor(
    readonly work: string,
    private readonly daemon: Managed,
    readonly proxy: CountingProxy,
  ) {
    this.dirA = path.join(work, "A");
    this.dirB = path.join(work, "B");
  }

  static async open(work: string): Promise<RsyncPair> {
    for (const dir of ["A", "B", "B-fsync"]) await mkdir(path.join(work, dir), { recursive: true });
    const port = await freePort();
    const owner =
      process.getuid && process.getuid() === 0
        ? `  uid = ${process.getuid()}\n  gid = ${process.getgid?.() ?? 0}\n`
        : "";
    const conf = path.join(work, "rsyncd.conf");
    await writeFile(
      conf,
      `use chroot = no\n` +
        `pid file = ${path.join(work, "rsyncd.pid")}\n` +
        `log file = ${path.join(work, "rsyncd.log")}\n` +
        `[bench]\n  path = ${path.join(work, "B")}\n  read only = no\n${owner}` +
        `[fsync]\n  path = ${path.join(work, "B-fsync")}\n  read only = no\n${owner}`,
    );
    const daemon = start("rsync --daemon", BIN, [
      "--daemon",
      "--no-detach",
      `--config=${conf}`,
      "--address=127.0.0.1",
      `--port=${port}`,
    ]);
    try {
      await waitFor(
        "rsync daemon to listen",
        async () => {
          if (daemon.child.exitCode !== null)
            throw new Error(`rsync daemon exited: ${daemon.stderr()}`);
          return canConnect(port);
        },
        { timeoutMs: 20_000, intervalMs: 50 },
      );
    } catch (error) {
      await daemon.stop();
      throw error;
    }
    return new RsyncPair(work, daemon, await CountingProxy.start(port));
  }

  /**
   * `rsync -a A/ rsync://127.0.0.1:PROXY/bench/` (delta transfer over TCP). With
   * `fsync`, every file is fsynced (as Cirrus and Syncthing do), into another folder.
   */
  push(timeoutMs?: number, fsync = false): Promise<RunResult> {
    const url = `rsync://127.0.0.1:${this.proxy.port}/${fsync ? "fsync" : "bench"}/`;
    return run(BIN, ["-a", ...(fsync ? ["--fsync"] : []), `${this.dirA}/`, url], {
      rss: true,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
  }

  /** `rsync -a A/ DEST/` on the same machine (no daemon, whole-file copies). */
  async localCopy(dest: string): Promise<RunResult> {
    await mkdir(dest, { recursive: true });
    return check(await run(BIN, ["-a", `${this.dirA}/`, `${dest}/`]), "rsync local copy");
  }

  async propagate(_expect: Expectation, timeoutMs: number): Promise<Propagation> {
    const result = await this.push(timeoutMs);
    if (!result.timedOut) check(result, "rsync push");
    return { ms: result.ms, parts: {}, payload: {}, timedOut: result.timedOut };
  }

  async close(): Promise<void> {
    await this.proxy.close();
    await this.daemon.stop();
  }
}
