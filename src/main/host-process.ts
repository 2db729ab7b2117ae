// Runs the engine host (engine-host.ts) in an Electron utilityProcess and keeps it
// running: a host that dies is restarted with back-off, and calls made meanwhile fail
// with `unavailable` instead of hanging. The protocol itself is engine-protocol.ts.
import { utilityProcess, type UtilityProcess } from "electron";
import type { Logger } from "pino";
import type { ErrorBody } from "../shared/errors.js";
import { HostClient, restartDelayMs } from "./engine-protocol.js";

export interface HostProcessOptions {
  /** Compiled engine-host.js. */
  entry: string;
  /** Profile folder override (CIRRUS_PROFILE_DIR); the host's default otherwise. */
  profileDir: string | null;
  log: Logger;
  /** The host could not start (bad profile, no keychain…): shown in the tray. */
  onFatal: (error: ErrorBody) => void;
  /** The host is up (again): main refreshes what it shows. */
  onReady: () => void;
}

const STOP_TIMEOUT_MS = 5_000;

export class EngineHostProcess {
  readonly client = new HostClient(() => undefined);
  private child: UtilityProcess | null = null;
  private attempt = 0;
  private restartTimer: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(private readonly options: HostProcessOptions) {}

  start(): void {
    if (this.stopping || this.child) return;
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env))
      if (value !== undefined) env[key] = value;
    if (this.options.profileDir) env.CIRRUS_PROFILE_DIR = this.options.profileDir;
    // As bin/cirrus.js: more I/O threads, so the fsyncs of many small files overlap.
    env.UV_THREADPOOL_SIZE = process.env.UV_THREADPOOL_SIZE ?? "32";
    const child = utilityProcess.fork(this.options.entry, [], {
      serviceName: "Cirrus Sync Engine",
      // As bin/cirrus.js: an idle engine collects what its last round left behind.
      execArgv: ["--expose-gc"],
      stdio: "inherit",
      env,
    });
    this.child = child;
    this.client.reconnect((message) => {
      child.postMessage(message);
    });
    child.on("message", (raw: unknown) => {
      const message = this.client.receive(raw);
      if (message?.type === "ready") {
        this.attempt = 0;
        this.options.onReady();
      } else if (message?.type === "fatal") {
        this.options.log.error({ error: message.error }, "engine host could not start");
        this.options.onFatal(message.error);
      }
    });
    child.once("exit", (code) => {
      this.child = null;
      this.client.disconnected();
      if (this.stopping) return;
      const delay = restartDelayMs(this.attempt++);
      this.options.log.warn({ code, delay }, "engine host exited; restarting");
      this.restartTimer = setTimeout(() => {
        this.restartTimer = null;
        this.start();
      }, delay);
    });
  }

  /** Ask the host to close the engine (index, watchers, transfers), then make sure. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child) {
      this.client.close();
      return;
    }
    const exited = new Promise<void>((resolve) => {
      child.once("exit", () => {
        resolve();
      });
    });
    child.postMessage({ type: "shutdown" });
    const timer = setTimeout(() => child.kill(), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    this.client.close();
  }
}
