// Cirrus: one `cirrus-server` and two profiles (devices A and B) of one account, all
// through the real CLI binaries; the clients reach the server through the proxy.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { request } from "undici";
import type { Tool } from "../config.js";
import { check, run, start, type Managed, type RunResult } from "../support/proc.js";
import { CIRRUS_BIN, CIRRUS_NODE_FLAGS, CIRRUS_SERVER_BIN } from "../support/paths.js";
import { CountingProxy } from "../support/proxy.js";
import { waitFor } from "../support/wait.js";
import type { Expectation, Propagation, SyncPair } from "./types.js";

const USER = "bench";
const PASSWORD = "bench-password-not-secret";
const node = process.execPath;

export type Side = "A" | "B";

export class CirrusPair implements SyncPair {
  readonly tool: Tool = "cirrus";
  readonly dirA: string;
  readonly dirB: string;
  private readonly continuous = new Set<Managed>();

  private constructor(
    readonly work: string,
    private readonly server: Managed,
    readonly proxy: CountingProxy,
  ) {
    this.dirA = path.join(work, "A");
    this.dirB = path.join(work, "B");
  }

  static async open(work: string): Promise<CirrusPair> {
    const dataDir = path.join(work, "server");
    await mkdir(dataDir, { recursive: true });
    const server = start("cirrus-server", node, [
      CIRRUS_SERVER_BIN,
      "--data",
      dataDir,
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      "--log-level",
      "warn",
    ]);
    const port = await waitFor(
      "cirrus-server to listen",
      () => {
        if (server.child.exitCode !== null)
          throw new Error(`cirrus-server exited: ${server.stderr()}`);
        const match = /^cirrus-server listening on http:\/\/127\.0\.0\.1:(\d+)/m.exec(
          server.stdout(),
        );
        return match ? Number(match[1]) : undefined;
      },
      { timeoutMs: 30_000 },
    );
    const proxy = await CountingProxy.start(port);
    const pair = new CirrusPair(work, server, proxy);
    try {
      check(
        await run(
          node,
          [CIRRUS_SERVER_BIN, "user", "add", USER, "--data", dataDir, "--password-stdin"],
          {
            input: PASSWORD,
          },
        ),
        "cirrus-server user add",
      );
      for (const side of ["A", "B"] as const) {
        await mkdir(pair.dir(side), { recursive: true });
        check(
          await run(
            node,
            [
              ...CIRRUS_NODE_FLAGS,
              CIRRUS_BIN,
              "--profile",
              pair.profile(side),
              "login",
              "--server",
              `http://127.0.0.1:${proxy.port}`,
              "--user",
              USER,
              "--password-stdin",
              "--credential-store",
              "file",
              "--device-name",
              `bench-${side.toLowerCase()}`,
            ],
            { input: PASSWORD },
          ),
          `cirrus login (${side})`,
        );
        // Remembers the folder in the profile and lays down the root marker.
        check(await pair.syncOnce(side), `cirrus sync --once (${side}, first)`);
      }
    } catch (error) {
      await pair.close();
      throw error;
    }
    return pair;
  }

  dir(side: Side): string {
    return side === "A" ? this.dirA : this.dirB;
  }

  profile(side: Side): string {
    return path.join(this.work, `profile-${side}`);
  }

  /** `cirrus sync --once` on one side, timed, with its peak RSS. */
  syncOnce(side: Side, timeoutMs?: number): Promise<RunResult> {
    return run(
      node,
      [
        ...CIRRUS_NODE_FLAGS,
        CIRRUS_BIN,
        "--profile",
        this.profile(side),
        "sync",
        "--once",
        "--folder",
        this.dir(side),
      ],
      { rss: true, ...(timeoutMs === undefined ? {} : { timeoutMs }) },
    );
  }

  /** What the last `sync --once` of this side reported (bytes of chunk payload). */
  async lastStatus(side: Side): Promise<{ bytesSent: number; bytesReceived: number }> {
    const result = check(
      await run(node, [
        ...CIRRUS_NODE_FLAGS,
        CIRRUS_BIN,
        "--profile",
        this.profile(side),
        "status",
        "--json",
      ]),
      "cirrus status",
    );
    const status = JSON.parse(result.stdout) as { bytesSent?: number; bytesReceived?: number };
    return { bytesSent: status.bytesSent ?? 0, bytesReceived: status.bytesReceived ?? 0 };
  }

  /** A then B, each `sync --once`: B has A's change when its run ends. */
  async propagate(_expect: Expectation, timeoutMs: number): Promise<Propagation> {
    const before = this.proxy.total;
    const up = await this.syncOnce("A", timeoutMs);
    const upBytes = this.proxy.total - before;
    if (up.timedOut) {
      return { ms: up.ms, parts: { uploadMs: up.ms }, payload: {}, timedOut: true };
    }
    check(up, "cirrus sync --once (A)");
    const down = await this.syncOnce("B", Math.max(1000, timeoutMs - up.ms));
    const parts = { uploadMs: up.ms, downloadMs: down.ms };
    if (down.timedOut) return { ms: up.ms + down.ms, parts, payload: {}, timedOut: true };
    check(down, "cirrus sync --once (B)");
    const [a, b] = await Promise.all([this.lastStatus("A"), this.lastStatus("B")]);
    return {
      ms: up.ms + down.ms,
      parts,
      payload: {
        sentByA: a.bytesSent,
        receivedByB: b.bytesReceived,
        wireA: upBytes,
        wireB: this.proxy.total - before - upBytes,
      },
      timedOut: false,
    };
  }

  /** `cirrus sync` (continuous: watcher + push channel) on one side. */
  startContinuous(side: Side): Managed {
    const child = start(`cirrus sync ${side}`, node, [
      ...CIRRUS_NODE_FLAGS,
      CIRRUS_BIN,
      "--profile",
      this.profile(side),
      "sync",
      "--folder",
      this.dir(side),
    ]);
    this.continuous.add(child);
    void child.exited.then(() => this.continuous.delete(child));
    return child;
  }

  /** Limit one side's upload and download (`cirrus bandwidth`, bytes per second). */
  async limit(side: Side, bytesPerSecond: number): Promise<void> {
    const rate = String(bytesPerSecond);
    check(
      await run(node, [
        ...CIRRUS_NODE_FLAGS,
        CIRRUS_BIN,
        "--profile",
        this.profile(side),
        "bandwidth",
        "--up",
        rate,
        "--down",
        rate,
      ]),
      `cirrus bandwidth (${side})`,
    );
  }

  /** Stop every `cirrus sync` this pair started (startContinuous). */
  async stopContinuous(): Promise<void> {
    for (const child of [...this.continuous]) await child.stop();
  }

  /** POST to the running `cirrus sync` of a side (what `cirrus pause`/`resume` do). */
  async control(side: Side, route: "pause" | "resume"): Promise<void> {
    const info = JSON.parse(
      await readFile(path.join(this.profile(side), "control.json"), "utf8"),
    ) as {
      url: string;
      token: string;
    };
    const response = await request(`${info.url}/api/${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${info.token}` },
    });
    await response.body.text();
    if (response.statusCode >= 400)
      throw new Error(`control ${route}: HTTP ${response.statusCode}`);
  }

  /** Until the running `cirrus sync` of a side serves its control API. */
  async controlReady(side: Side): Promise<void> {
    const file = path.join(this.profile(side), "control.json");
    await waitFor(
      "the control API of " + side,
      () =>
        readFile(file).then(
          () => true,
          () => false,
        ),
      {
        timeoutMs: 30_000,
      },
    );
  }

  async close(): Promise<void> {
    await this.stopContinuous();
    await this.proxy.close();
    await this.server.stop();
  }
}
