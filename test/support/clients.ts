// Scenario-test clients: one account on a real `cirrus-server` and N devices, each with
// its own profile folder and sync folder, driven in-process through the Engine (fast)
// or through the real `cirrus` CLI (a child process on the same profile).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { lstat, mkdir, open, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import { Engine, type RoundResult, type SyncFolder } from "../../src/engine/index.js";
import { RemoteClient } from "../../src/engine/remote/index.js";
import type { Entry } from "../../src/shared/protocol.js";
import { sha256, uniqueName } from "./server-api.js";
import { REPO_ROOT, removeDir, tempDir, type ServerProcess } from "./server-process.js";

const CLI_BIN = path.join(REPO_ROOT, "bin/cirrus.js");

export interface ClientOptions {
  /**
   * Where the device token goes: "file" unless a test is about the keychain;
   * "default" signs in without choosing (the engine's default, the OS keychain).
   */
  credentialStore?: "file" | "keychain" | "default";
  /** Held-back deletes: at least this many files... */
  massDelete?: { minCount: number; share: number };
}

/** One device: a profile folder, a sync folder and (while open) an Engine on them. */
export class TestClient {
  private openEngine: Engine | null = null;
  private openFolder: SyncFolder | null = null;

  constructor(
    readonly device: string,
    readonly profileDir: string,
    readonly root: string,
    readonly account: TestAccount,
  ) {}

  get engine(): Engine {
    if (!this.openEngine) throw new Error(`client ${this.device} is closed`);
    return this.openEngine;
  }

  get folder(): SyncFolder {
    if (!this.openFolder) throw new Error(`client ${this.device} is closed`);
    return this.openFolder;
  }

  get isOpen(): boolean {
    return this.openEngine !== null;
  }

  /** Open the Engine on the profile and its sync folder (after `close`, or a CLI run). */
  async open(): Promise<void> {
    if (this.openEngine) return;
    const engine = await Engine.open(this.profileDir);
    try {
      this.openFolder = await engine.syncFolder(this.root);
    } catch (error) {
      await engine.close();
      throw error;
    }
    this.openEngine = engine;
  }

  async close(): Promise<void> {
    const engine = this.openEngine;
    this.openEngine = null;
    this.openFolder = null;
    await engine?.close();
  }

  /** Sync until idle in both directions; returns the last round. */
  sync(): Promise<RoundResult> {
    return this.folder.syncUntilIdle();
  }

  /** Sync, and fail the test if anything could not be synced. */
  async syncClean(): Promise<RoundResult> {
    const result = await this.sync();
    if (result.failures.length > 0) {
      throw new Error(`${this.device}: sync failures ${JSON.stringify(result.failures)}`);
    }
    return result;
  }

  abs(rel: string): string {
    return path.join(this.root, ...rel.split("/"));
  }

  async write(rel: string, data: string | Buffer): Promise<void> {
    await mkdir(path.dirname(this.abs(rel)), { recursive: true });
    await writeFile(this.abs(rel), data);
  }

  /** Write `bytes` over the file's own at `at`, in place (same inode, as an app that edits). */
  async overwrite(rel: string, at: number, bytes: Buffer): Promise<void> {
    const handle = await open(this.abs(rel), "r+");
    try {
      await handle.write(bytes, 0, bytes.length, at);
    } finally {
      await handle.close();
    }
  }

  read(rel: string): Promise<Buffer> {
    return readFile(this.abs(rel));
  }

  async readText(rel: string): Promise<string> {
    return (await this.read(rel)).toString("utf8");
  }

  async exists(rel: string): Promise<boolean> {
    return (await lstat(this.abs(rel)).catch(() => null)) !== null;
  }

  async ino(rel: string): Promise<number> {
    return (await lstat(this.abs(rel))).ino;
  }

  /** Everything in the sync folder except the engine's own names: path -> sha256 ("dir/" for folders). */
  tree(): Promise<Map<string, string>> {
    return snapshot(this.root);
  }

  /** Every file under the profile's trash folder: relative path -> sha256. */
  async trash(): Promise<Map<string, string>> {
    const dir = path.join(this.profileDir, "trash");
    if (!(await lstat(dir).catch(() => null))) return new Map();
    return snapshot(dir);
  }

  /** Run the real CLI on this profile (close the in-process engine first when it writes). */
  cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
    return runCli(["--profile", this.profileDir, ...args], options);
  }
}

export interface TestAccount {
  server: ServerProcess;
  user: string;
  password: string;
  clients: TestClient[];
  /** A signed-in API client of its own (a separate device), for looking at the server. */
  api(): Promise<RemoteClient>;
  /** The server's live entries by path ("" = root excluded). */
  serverTree(): Promise<Map<string, Entry>>;
  close(): Promise<void>;
}

/**
 * Make an account on `server` and `count` devices named A, B, C... Each is signed in
 * (through Engine.login) and has its sync folder open, so `client.sync()` works at once.
 */
export async function createClients(
  server: ServerProcess,
  count: number,
  options: ClientOptions = {},
): Promise<TestAccount> {
  const user = uniqueName("engine");
  const password = `pw-${randomBytes(6).toString("hex")}`;
  server.addUser(user, password);
  const base = await tempDir("clients");
  let apiClient: RemoteClient | null = null;
  const account: TestAccount = {
    server,
    user,
    password,
    clients: [],
    async api() {
      if (!apiClient) {
        apiClient = new RemoteClient({ baseUrl: server.url, retries: 0 });
        await apiClient.login({ user, password, deviceName: "test api" });
      }
      return apiClient;
    },
    async serverTree() {
      const api = await account.api();
      return liveTree(api);
    },
    async close() {
      for (const client of account.clients) await client.close();
      await apiClient?.close();
      await removeDir(base);
    },
  };
  for (let i = 0; i < count; i++) {
    const device = String.fromCharCode(65 + i);
    const root = path.join(base, `${device}-root`);
    await mkdir(root, { recursive: true });
    await addClient(account, device, path.join(base, `${device}-profile`), root, options);
  }
  return account;
}

/**
 * Sign in one more device of `account` with its profile in `profileDir`, syncing the
 * existing folder `root` (which may be anywhere: a small file system, say), and open it.
 * The account's close() closes it too; the caller removes its folders.
 */
export async function addClient(
  account: TestAccount,
  device: string,
  profileDir: string,
  root: string,
  options: ClientOptions = {},
): Promise<TestClient> {
  const client = new TestClient(device, profileDir, root, account);
  const engine = await Engine.open(profileDir);
  const store = options.credentialStore ?? "file";
  await engine.login({
    server: account.server.url,
    user: account.user,
    password: account.password,
    deviceName: device,
    ...(store === "default" ? {} : { credentialStore: store }),
  });
  if (options.massDelete) await engine.profile.update({ massDelete: options.massDelete });
  await engine.close();
  await client.open();
  account.clients.push(client);
  return client;
}

/** The server's live tree, read from the change feed: path -> entry. */
export async function liveTree(api: RemoteClient): Promise<Map<string, Entry>> {
  const byId = new Map<string, Entry>();
  let cursor = 0;
  for (;;) {
    const page = await api.changes(cursor, 5000);
    for (const entry of page.entries) {
      if (entry.deleted) byId.delete(entry.id);
      else byId.set(entry.id, entry);
    }
    cursor = page.cursor;
    if (!page.more) break;
  }
  const out = new Map<string, Entry>();
  const pathOf = (entry: Entry): string | null => {
    if (entry.parentId === null) return null;
    if (entry.parentId === "root") return entry.name;
    const parent = byId.get(entry.parentId);
    const parentPath = parent ? pathOf(parent) : null;
    return parentPath === null ? null : `${parentPath}/${entry.name}`;
  };
  for (const entry of byId.values()) {
    const p = pathOf(entry);
    if (p !== null) out.set(p, entry);
  }
  return out;
}

/** A folder's content: relative path -> sha256 of the bytes, or "dir/" for folders. */
/** The engine's temp files left in a folder (downloads leave none behind). */
export async function tempFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(".cirrus-tmp"));
}

export async function snapshot(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const visit = async (dir: string, prefix: string) => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      if (dirent.name.startsWith(".cirrus-")) continue;
      const rel = prefix ? `${prefix}/${dirent.name}` : dirent.name;
      const abs = path.join(dir, dirent.name);
      if (dirent.isDirectory()) {
        out.set(rel, "dir/");
        await visit(abs, rel);
      } else if (dirent.isFile()) {
        out.set(rel, sha256(await readFile(abs)));
      } else if (dirent.isSymbolicLink()) {
        out.set(rel, "symlink");
      }
    }
  };
  await visit(root, "");
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Sync every client in turn (alternating the order) until a whole pass finds nothing
 * to do on any of them, for at most `passes` passes.
 */
export async function syncAll(clients: readonly TestClient[], passes = 8): Promise<void> {
  for (let pass = 0; pass < passes; pass++) {
    let quiet = true;
    for (const client of pass % 2 === 0 ? clients : [...clients].reverse()) {
      const first = await client.folder.round();
      if (first.planned > 0) {
        quiet = false;
        await client.sync();
      }
    }
    if (quiet) return;
  }
}

/**
 * Every client is settled: one more round plans nothing (no ping-pong, no leftovers).
 * `context`: what led there, shown when one is not.
 */
export async function expectSettled(clients: readonly TestClient[], context = ""): Promise<void> {
  for (const client of clients) {
    const round = await client.folder.round();
    expect(
      { device: client.device, ops: round.plan.ops, failures: round.failures },
      `a settled client plans nothing more${context ? `; ${context}` : ""}`,
    ).toEqual({ device: client.device, ops: [], failures: [] });
  }
}

export interface CliOptions {
  /** Standard input (a password, say). */
  input?: string;
  /** Extra environment variables (merged over this process's). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `cirrus --profile PROFILE login` as `account`'s user, the password on stdin. */
export function cliLogin(
  profile: string,
  account: Pick<TestAccount, "server" | "user" | "password">,
  options: { store: "file" | "keychain"; deviceName?: string; env?: Record<string, string> },
): Promise<CliResult> {
  const args = ["--profile", profile, "login", "--server", account.server.url];
  args.push("--user", account.user, "--password-stdin", "--credential-store", options.store);
  if (options.deviceName !== undefined) args.push("--device-name", options.deviceName);
  return runCli(args, { input: account.password, ...(options.env ? { env: options.env } : {}) });
}

/** Run `node bin/cirrus.js ARGS` (the compiled dist/) to completion. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`cirrus ${args.join(" ")} timed out; stderr: ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}

/** Wait until `check` holds, looking every `everyMs`, for at most `timeoutMs`. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  everyMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Deterministic bytes from a seed (xorshift32), so failures reproduce. */
export function seededBytes(seed: number, size: number): Buffer {
  const out = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
    if (i + 1 < size) out[i + 1] = (x >>> 8) & 0xff;
    if (i + 2 < size) out[i + 2] = (x >>> 16) & 0xff;
    if (i + 3 < size) out[i + 3] = (x >>> 24) & 0xff;
  }
  return out;
}
