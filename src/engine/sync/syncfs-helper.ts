// syncfs(2) for batches of small downloads, through one small helper process per
// folder. Spawning `sync --file-system` for each batch forked the whole client each
// time: ~17 ms of its main thread per batch at 200 MB of memory, ~30 ms at 600 MB, so
// 0.8 s of a 100,000-file download went to fork(). The helper is a shell started once
// in the folder; for each request it forks only itself to run `sync --file-system .`,
// and says "ok" or "fail". It quits when its stdin closes (this process is gone) or
// after a few idle seconds; a helper that died is started again on the next request.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { Socket } from "node:net";
import type { Readable, Writable } from "node:stream";

/** One request per line on stdin; one answer per line on stdout. */
const SCRIPT =
  "while read -r _; do if sync --file-system .; then echo ok; else echo fail; fi; done";
/** A helper nobody asked anything for this long is stopped (it costs a process). */
const IDLE_MS = 5_000;
/** A flush taking longer than this counts as failed (the caller falls back). */
const FLUSH_TIMEOUT_MS = 120_000;

type Helper = ChildProcessByStdio<Writable, Readable, null>;

export class SyncfsHelper {
  #child: Helper | null = null;
  /** Answers awaited, oldest first. */
  readonly #waiting: ((ok: boolean) => void)[] = [];
  #buffered = "";
  #idle: NodeJS.Timeout | null = null;

  constructor(
    private readonly folder: string,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** syncfs on the folder's file system; false when it could not be done. */
  async flush(): Promise<boolean> {
    const child = this.#child ?? this.#start();
    if (child === null) return false;
    if (this.#idle) clearTimeout(this.#idle);
    this.#ref(child, true);
    const answer = new Promise<boolean>((resolve) => this.#waiting.push(resolve));
    const timer = setTimeout(() => {
      this.stop();
    }, FLUSH_TIMEOUT_MS);
    child.stdin.write("\n");
    try {
      return await answer;
    } finally {
      clearTimeout(timer);
      if (this.#waiting.length === 0 && this.#child === child) this.#rest(child);
    }
  }

  /** Stop the helper; requests waiting for it get false. */
  stop(): void {
    const child = this.#child;
    this.#child = null;
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = null;
    this.#buffered = "";
    for (const resolve of this.#waiting.splice(0)) resolve(false);
    if (child && child.exitCode === null) child.kill();
  }

  /** The running helper's process id (tests). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  #start(): Helper | null {
    let child: Helper;
    try {
      child = spawn("sh", ["-c", SCRIPT], { cwd: this.folder, stdio: ["pipe", "pipe", "ignore"] });
    } catch {
      return null;
    }
    this.#child = child;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (text: string) => {
      this.#buffered += text;
      for (let end = this.#buffered.indexOf("\n"); end >= 0; end = this.#buffered.indexOf("\n")) {
        const line = this.#buffered.slice(0, end);
        this.#buffered = this.#buffered.slice(end + 1);
        this.#waiting.shift()?.(line === "ok");
      }
    });
    // A helper that cannot start (no such folder) or dies fails what waits for it.
    const gone = () => {
      if (this.#child === child) this.stop();
    };
    child.on("error", gone);
    child.on("exit", gone);
    child.stdin.on("error", gone);
    return child;
  }

  /** Idle: let this process exit without it, and stop it after a while. */
  #rest(child: Helper): void {
    this.#ref(child, false);
    this.#idle = setTimeout(() => {
      this.stop();
    }, this.idleMs);
    this.#idle.unref();
  }

  /** Whether the helper keeps this process alive (only while a flush waits on it). */
  #ref(child: Helper, on: boolean): void {
    if (on) child.ref();
    else child.unref();
    // Its pipes are sockets (spawn's "pipe"), which can be unref'd like the process.
    for (const pipe of [child.stdin, child.stdout]) {
      if (!(pipe instanceof Socket)) continue;
      if (on) pipe.ref();
      else pipe.unref();
    }
  }
}
