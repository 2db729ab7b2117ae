// "Another device" of the same account: an in-process Engine with its own profile and
// sync folder, synced on demand (`sync()`), so a test decides exactly when it uploads
// and when it looks at what the UI client sent.
import { lstat, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Engine, type RoundResult, type SyncFolder } from "../../src/engine/index.js";

export interface DeviceOptions {
  server: string;
  user: string;
  password: string;
  name: string;
  /** Where the profile and the sync folder go (two subfolders are made). */
  baseDir: string;
  /** Held-back deletes on this device: at least this many files and this share. */
  massDelete?: { minCount: number; share: number };
}

export class Device {
  private constructor(
    readonly name: string,
    readonly root: string,
    private readonly engine: Engine,
    private readonly folder: SyncFolder,
  ) {}

  static async signIn(options: DeviceOptions): Promise<Device> {
    const profileDir = path.join(options.baseDir, `${options.name}-profile`);
    const root = path.join(options.baseDir, `${options.name}-folder`);
    await mkdir(root, { recursive: true });
    const engine = await Engine.open(profileDir);
    try {
      await engine.login({
        server: options.server,
        user: options.user,
        password: options.password,
        deviceName: options.name,
        credentialStore: "file",
      });
      if (options.massDelete) await engine.profile.update({ massDelete: options.massDelete });
      const folder = await engine.syncFolder(root);
      return new Device(options.name, root, engine, folder);
    } catch (error) {
      await engine.close();
      throw error;
    }
  }

  /** Sync until idle in both directions; fails on anything that could not sync. */
  async sync(): Promise<RoundResult> {
    const result = await this.folder.syncUntilIdle();
    if (result.failures.length > 0) {
      throw new Error(`${this.name}: sync failures ${JSON.stringify(result.failures)}`);
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

  async readText(rel: string): Promise<string | null> {
    return readFile(this.abs(rel), "utf8").catch(() => null);
  }

  async exists(rel: string): Promise<boolean> {
    return (await lstat(this.abs(rel)).catch(() => null)) !== null;
  }

  async remove(rel: string): Promise<void> {
    await rm(this.abs(rel), { recursive: true, force: true });
  }

  /** File names in a folder of the sync root (engine files left out). */
  async list(rel = ""): Promise<string[]> {
    const names = await readdir(this.abs(rel)).catch(() => []);
    return names.filter((n) => !n.startsWith(".cirrus")).sort();
  }

  async close(): Promise<void> {
    await this.engine.close();
  }
}
