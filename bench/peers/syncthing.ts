// Syncthing: two instances (devices A and B) sharing one folder on loopback. Keys come
// from `syncthing generate`; the config is written here: no discovery, relays, NAT,
// usage or crash reporting, upgrades or browser; listen and GUI/REST on 127.0.0.1.
// Only A dials B, at the counting proxy in front of B's listener, so every byte
// between them is counted.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tool } from "../config.js";
import { reservePorts } from "../support/net.js";
import { check, run, start, type Managed } from "../support/proc.js";
import { CountingProxy } from "../support/proxy.js";
import { TimeoutError, waitFor } from "../support/wait.js";
import type { Expectation, Propagation, SyncPair } from "./types.js";

const FOLDER = "bench";
const BIN = "syncthing";

export type Side = "A" | "B";

export interface SyncthingOptions {
  /** fsWatcherEnabled; without it changes are found by a rescan the benchmark asks for. */
  watcher: boolean;
  /** fsWatcherDelayS (Syncthing's default: 10). */
  watcherDelayS: number;
  /** maxSendKbps and maxRecvKbps (KiB/s) of each side; unlimited when absent. */
  rateKiBs?: number;
}

interface SideState {
  name: Side;
  home: string;
  dir: string;
  id: string;
  listenPort: number;
  guiPort: number;
  apiKey: string;
  proc: Managed | null;
}

export interface FolderStatus {
  state: string;
  localFiles: number;
  needTotalItems: number;
  needFiles: number;
}

interface FileInfo {
  local?: { version?: unknown; size?: number; invalid?: boolean; deleted?: boolean };
}

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export async function syncthingVersion(): Promise<string | null> {
  try {
    const result = await run(BIN, ["--version"]);
    if (result.code !== 0) return null;
    // "syncthing v1.19.2-ds1 "Fermium Flea" (go1.19.8 linux-amd64) ..." -> "v1.19.2-ds1"
    return /\bv\d+\.\d+\.\d+\S*/.exec(result.stdout)?.[0] ?? result.stdout.trim();
  } catch {
    return null;
  }
}

export class SyncthingPair implements SyncPair {
  readonly tool: Tool = "syncthing";
  readonly dirA: string;
  readonly dirB: string;

  private constructor(
    readonly work: string,
    private readonly sides: Record<Side, SideState>,
    readonly proxy: CountingProxy,
    private options: SyncthingOptions,
  ) {
    this.dirA = sides.A.dir;
    this.dirB = sides.B.dir;
  }

  static async open(work: string, options: SyncthingOptions): Promise<SyncthingPair> {
    // Held until the proxy listens: it takes a port of its own, never one of these.
    const reserved = await reservePorts(4);
    const [listenA, guiA, listenB, guiB] = reserved.ports as [number, number, number, number];
    const make = async (name: Side, listenPort: number, guiPort: number): Promise<SideState> => {
      const home = path.join(work, `syncthing-${name}`);
      const dir = path.join(work, name);
      await mkdir(path.join(dir, ".stfolder"), { recursive: true });
      const generated = check(
        await run(BIN, ["generate", "--home", home, "--no-default-folder"], {
          env: syncthingEnv(),
        }),
        "syncthing generate",
      );
      const id = /Device ID:\s*([A-Z0-9-]+)/.exec(generated.stdout + generated.stderr)?.[1];
      if (!id) throw new Error(`syncthing generate printed no device ID: ${generated.stdout}`);
      return {
        name,
        home,
        dir,
        id,
        listenPort,
        guiPort,
        apiKey: `bench-${name}-${Math.random().toString(36).slice(2)}`,
        proc: null,
      };
    };
    const sides = { A: await make("A", listenA, guiA), B: await make("B", listenB, guiB) };
    const proxy = await CountingProxy.start(sides.B.listenPort);
    await reserved.release();
    const pair = new SyncthingPair(work, sides, proxy, options);
    try {
      await pair.writeConfig("A");
      await pair.writeConfig("B");
      // B first: A dials B once at start, and only retries after a minute.
      await pair.startSide("B");
      await pair.startSide("A");
      await pair.waitConnected();
      await pair.waitIdle("A");
      await pair.waitIdle("B");
    } catch (error) {
      await pair.close();
      throw error;
    }
    return pair;
  }

  private async writeConfig(name: Side): Promise<void> {
    const self = this.sides[name];
    const other = this.sides[name === "A" ? "B" : "A"];
    const otherAddress = name === "A" ? `tcp://127.0.0.1:${this.proxy.port}` : "dynamic";
    const device = (s: SideState, address: string) =>
      `  <device id="${s.id}" name="${s.name}" compression="metadata" introducer="false">\n` +
      `    <address>${address}</address>\n  </device>\n`;
    const text =
      `<configuration version="36">\n` +
      `  <folder id="${FOLDER}" label="${FOLDER}" path="${xml(self.dir)}" type="sendreceive"` +
      ` rescanIntervalS="3600" fsWatcherEnabled="${this.options.watcher}"` +
      ` fsWatcherDelayS="${this.options.watcherDelayS}" ignorePerms="false" autoNormalize="true">\n` +
      `    <filesystemType>basic</filesystemType>\n` +
      `    <device id="${self.id}" introducedBy=""></device>\n` +
      `    <device id="${other.id}" introducedBy=""></device>\n` +
      `    <minDiskFree unit="%">1</minDiskFree>\n` +
      `  </folder>\n` +
      device(self, "dynamic") +
      device(other, otherAddress) +
      `  <gui enabled="true" tls="false" debugging="false">\n` +
      `    <address>127.0.0.1:${self.guiPort}</address>\n` +
      `    <apikey>${self.apiKey}</apikey>\n  </gui>\n` +
      `  <options>\n` +
      `    <listenAddress>tcp://127.0.0.1:${self.listenPort}</listenAddress>\n` +
      `    <globalAnnounceEnabled>false</globalAnnounceEnabled>\n` +
      `    <localAnnounceEnabled>false</localAnnounceEnabled>\n` +
      `    <relaysEnabled>false</relaysEnabled>\n` +
      `    <natEnabled>false</natEnabled>\n` +
      `    <urAccepted>-1</urAccepted>\n` +
      `    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\n` +
      `    <startBrowser>false</startBrowser>\n` +
      `    <crashReportingEnabled>false</crashReportingEnabled>\n` +
      `    <restartOnWakeup>false</restartOnWakeup>\n` +
      // Syncthing lowers its own CPU and I/O priority by default; Cirrus does not.
      `    <setLowPriority>false</setLowPriority>\n` +
      (this.options.rateKiBs === undefined
        ? ""
        : `    <maxSendKbps>${this.options.rateKiBs}</maxSendKbps>\n` +
          `    <maxRecvKbps>${this.options.rateKiBs}</maxRecvKbps>\n` +
          // Loopback is a LAN address, which Syncthing exempts from its limits unless told.
          `    <limitBandwidthInLan>true</limitBandwidthInLan>\n`) +
      `  </options>\n` +
      `</configuration>\n`;
    await writeFile(path.join(self.home, "config.xml"), text);
  }

  private async startSide(name: Side): Promise<void> {
    const side = this.sides[name];
    side.proc = start(
      `syncthing ${name}`,
      BIN,
      [
        "serve",
        "--home",
        side.home,
        "--no-browser",
        "--no-restart",
        "--no-upgrade",
        "--logflags=0",
      ],
      { env: syncthingEnv() },
    );
    const proc = side.proc;
    await waitFor(
      `syncthing ${name} REST API`,
      async () => {
        if (proc.child.exitCode !== null)
          throw new Error(`syncthing ${name} exited: ${proc.stdout()}`);
        try {
          return (
            (await this.api<{ ping?: string }>(name, "GET", "/rest/system/ping")).ping === "pong"
          );
        } catch {
          return false;
        }
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
  }

  pid(name: Side): number {
    const proc = this.sides[name].proc;
    if (!proc) throw new Error(`syncthing ${name} is not running`);
    return proc.pid;
  }

  async api<T>(name: Side, method: string, pathAndQuery: string): Promise<T> {
    const side = this.sides[name];
    const response = await fetch(`http://127.0.0.1:${side.guiPort}${pathAndQuery}`, {
      method,
      headers: { "X-API-Key": side.apiKey },
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`syncthing ${name} ${method} ${pathAndQuery}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  status(name: Side): Promise<FolderStatus> {
    return this.api<FolderStatus>(name, "GET", `/rest/db/status?folder=${FOLDER}`);
  }

  private async versionOf(name: Side, rel: string): Promise<string | null> {
    try {
      const info = await this.api<FileInfo>(
        name,
        "GET",
        `/rest/db/file?folder=${FOLDER}&file=${encodeURIComponent(rel)}`,
      );
      if (!info.local || info.local.invalid || info.local.deleted) return null;
      return JSON.stringify(info.local.version ?? null);
    } catch {
      return null;
    }
  }

  private async waitConnected(): Promise<void> {
    const b = this.sides.B.id;
    await waitFor(
      "syncthing A to connect to B",
      async () => {
        const c = await this.api<{ connections: Record<string, { connected: boolean }> }>(
          "A",
          "GET",
          "/rest/system/connections",
        );
        return c.connections[b]?.connected === true;
      },
      { timeoutMs: 60_000, intervalMs: 100 },
    );
  }

  async waitIdle(name: Side, timeoutMs = 120_000): Promise<void> {
    await waitFor(
      `syncthing ${name} to be idle`,
      async () => (await this.status(name)).state === "idle",
      {
        timeoutMs,
        intervalMs: 100,
      },
    );
  }

  /**
   * Rescan A now (what Cirrus's `sync --once` is to Cirrus), then wait until B's
   * database holds A's new version of every changed file and all files.
   */
  async propagate(expect: Expectation, timeoutMs: number): Promise<Propagation> {
    const t0 = performance.now();
    await this.api("A", "POST", `/rest/db/scan?folder=${FOLDER}`);
    const scanMs = performance.now() - t0;
    const timedOut = !(await this.caughtUp(expect, Math.max(1000, timeoutMs - scanMs)));
    return { ms: performance.now() - t0, parts: { scanMs }, payload: {}, timedOut };
  }

  /**
   * Wait until B's database holds A's current version of every changed file and all
   * files (A has scanned them). False when the wait was cut off at `timeoutMs`.
   */
  async caughtUp(expect: Expectation, timeoutMs: number): Promise<boolean> {
    const want = new Map<string, string | null>();
    for (const rel of expect.changed) want.set(rel, await this.versionOf("A", rel));
    try {
      await this.waitForB(want, expect.totalFiles, timeoutMs, 50);
      return true;
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      return false;
    }
  }

  private async waitForB(
    want: ReadonlyMap<string, string | null>,
    totalFiles: number,
    timeoutMs: number,
    intervalMs: number,
  ): Promise<void> {
    await waitFor(
      "syncthing B to catch up",
      async () => {
        for (const [rel, version] of want) {
          if (version === null || (await this.versionOf("B", rel)) !== version) return false;
        }
        const status = await this.status("B");
        return status.needTotalItems === 0 && status.localFiles >= totalFiles;
      },
      { timeoutMs, intervalMs },
    );
  }

  async stopSide(name: Side): Promise<void> {
    await this.sides[name].proc?.stop(30_000);
    this.sides[name].proc = null;
  }

  /**
   * Restart one side (optionally with other folder options) and time it until its
   * first scan is done and the folder is idle. Returns that time and the process.
   */
  async restart(name: Side, options?: SyncthingOptions): Promise<{ ms: number; pid: number }> {
    await this.stopSide(name);
    if (options) {
      this.options = options;
      await this.writeConfig(name);
    }
    const since = Date.now();
    const t0 = performance.now();
    await this.startSide(name);
    await waitFor(
      `syncthing ${name} to scan and go idle`,
      async () => {
        const stats = await this.api<Record<string, { lastScan?: string }>>(
          name,
          "GET",
          "/rest/stats/folder",
        );
        const lastScan = Date.parse(stats[FOLDER]?.lastScan ?? "");
        return lastScan >= since && (await this.status(name)).state === "idle";
      },
      { timeoutMs: 600_000, intervalMs: 50 },
    );
    return { ms: performance.now() - t0, pid: this.pid(name) };
  }

  async close(): Promise<void> {
    await Promise.all([this.stopSide("A"), this.stopSide("B")]);
    await this.proxy.close();
  }
}

function syncthingEnv(): NodeJS.ProcessEnv {
  return { ...process.env, STNOUPGRADE: "1", STNORESTART: "1", STNODEFAULTFOLDER: "1" };
}
