// The engine of one profile (one device): sign-in, credentials, the index, and the
// sync folder. The CLI and the desktop app drive Cirrus through this class.
import os from "node:os";
import path from "node:path";
import { CirrusError } from "../shared/errors.js";
import type { TrashItem, Version } from "../shared/protocol.js";
import type {
  ConflictDetails,
  ConflictRecord,
  FileEntry,
  ResolveChoice,
} from "../shared/status.js";
import { ChunkerPool } from "./chunking/index.js";
import { DEFAULT_ENV, type EngineEnv } from "./env/engine-env.js";
import type { FileSystem } from "./env/file-system.js";
import { openIndexDb } from "./index/index-db.js";
import { IndexStore } from "./index/index-store.js";
import { credentialStore, type CredentialStore } from "./profile/credentials.js";
import { Profile } from "./profile/profile.js";
import { SyncLock } from "./profile/sync-lock.js";
import { diskSize } from "./profile/disk-size.js";
import { assertFolderOutsideProfile } from "./profile/folder-choice.js";
import { RemoteClient } from "./remote/index.js";
import { SyncFolder } from "./sync/sync-folder.js";
import { LocalFs } from "./sync/local-fs.js";
import { LeftoverTemps } from "./sync/leftover-temps.js";
import { resetSyncRoot } from "./sync/root-guard.js";
import { SuffixPlaceholders } from "./placeholders/index.js";
import { dehydrate, hydrate, type HydrationDeps } from "./placeholders/hydration.js";
import { openWithDefaultApp } from "./placeholders/open-file.js";
import { listFiles } from "./files/file-list.js";
import { IgnoreRules } from "./ignore/index.js";
import { pathsOf } from "./scan/local-tree.js";
import { FolderControls, type Conditions } from "./control/folder-controls.js";
import { ControlServer } from "./control/control-server.js";
import { pruneLocalTrash, restoreFromLocalTrash, TRASH_MAX_SHARE } from "./sync/local-trash.js";
import { conflictDetails, findConflict, resolveConflict } from "./conflicts/index.js";
import {
  restoreFromServerTrash,
  restoreVersion,
  serverTrash,
  versionsOf,
} from "./history/index.js";

export { DEFAULT_ENV, type EngineEnv };

const TRASH_PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;

export interface LoginOptions {
  server: string;
  user: string;
  password: string;
  totp?: string;
  deviceName?: string;
  credentialStore?: "keychain" | "file";
}

export class Engine {
  private remoteClient: RemoteClient | null = null;
  private chunker: ChunkerPool | null = null;
  private folder: SyncFolder | null = null;
  private readonly placeholders: SuffixPlaceholders;
  private folderControls: FolderControls | null = null;
  private control: ControlServer | null = null;
  /** Held while a sync folder is open: one sync per profile (profile/sync-lock.ts). */
  private syncLock: SyncLock | null = null;
  /** Temp files of this profile's earlier syncs: claimed with the lock. */
  private leftovers: LeftoverTemps | null = null;
  /** Pruning the profile's trash (local-trash.ts): at the start, then daily. */
  private trashPruning: Promise<void> = Promise.resolve();
  private trashTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly profile: Profile,
    readonly index: IndexStore,
    private readonly env: EngineEnv,
  ) {
    this.placeholders = new SuffixPlaceholders(env.fs);
  }

  /** The file system this engine uses on the sync folder (EngineEnv.fs). */
  get fs(): FileSystem {
    return this.env.fs;
  }

  static async open(profileDir: string, env: Partial<EngineEnv> = {}): Promise<Engine> {
    const profile = await Profile.open(profileDir);
    const index = new IndexStore(await openIndexDb(profile.indexFile));
    return new Engine(profile, index, { ...DEFAULT_ENV, ...env });
  }

  /** A client for `baseUrl` on this engine's network, clock and randomness. */
  private client(baseUrl: string, token?: string): RemoteClient {
    const { sleep, random, dispatcher } = this.env;
    return new RemoteClient({
      baseUrl,
      sleep,
      random,
      ...(token ? { token } : {}),
      ...(dispatcher ? { dispatcher } : {}),
    });
  }

  private credentials(kind = this.profile.get().credentialStore ?? "keychain"): CredentialStore {
    return credentialStore(kind, this.profile.dir);
  }

  async login(options: LoginOptions): Promise<{ deviceId: string }> {
    const kind = options.credentialStore ?? "keychain";
    const store = this.credentials(kind);
    // Fail before signing in when the token would have nowhere safe to go.
    await store.get();
    const remote = this.client(options.server);
    try {
      const deviceName = options.deviceName ?? os.hostname();
      const response = await remote.login({
        user: options.user,
        password: options.password,
        deviceName,
        ...(options.totp ? { totp: options.totp } : {}),
      });
      await store.set(response.token);
      const previous = this.profile.get();
      if (previous.server !== undefined && previous.server !== options.server) {
        // Another server: nothing in the index describes it.
        this.index.transaction(() => {
          this.index.clearRemote();
          this.index.setState("cursor", null);
          this.index.setState("fingerprint", null);
        });
      }
      await this.profile.update({
        server: remote.baseUrl,
        user: response.user,
        deviceId: response.deviceId,
        deviceName,
        credentialStore: kind,
      });
      return { deviceId: response.deviceId };
    } finally {
      await remote.close();
    }
  }

  async logout(): Promise<void> {
    const remote = await this.remote().catch(() => null);
    await remote?.logout().catch(() => undefined);
    await this.credentials().delete();
    await this.profile.update({ deviceId: undefined });
  }

  /** The signed-in client; `not_logged_in` when there is no token. */
  async remote(): Promise<RemoteClient> {
    if (this.remoteClient) return this.remoteClient;
    const { server } = this.profile.get();
    const token = server ? await this.credentials().get() : null;
    if (!server || !token) {
      throw new CirrusError("not_logged_in", "not signed in: run `cirrus login` first");
    }
    this.remoteClient = this.client(server, token);
    // The remembered limits hold for every transfer of this device (hydrate and open in
    // a separate `cirrus` process included), not only once FolderControls is set up.
    this.remoteClient.setBandwidth(this.profile.get().bandwidth ?? { up: 0, down: 0 });
    return this.remoteClient;
  }

  /** Stop and forget the sync folder (before switching folders or signing out). */
  async closeFolder(): Promise<void> {
    await this.control?.close();
    await this.folder?.close();
    await this.stopTrashPruning();
    this.syncLock?.release();
    this.syncLock = null;
    this.leftovers = null;
    this.control = null;
    this.folder = null;
    this.folderControls = null;
  }

  /** Prune the trash in the background; a failure only leaves it as it was. */
  private pruneTrash(): void {
    this.trashPruning = this.trashPruning
      .then(async () => {
        const disk = await diskSize(this.profile.dir);
        const maxBytes = disk === null ? Infinity : disk * TRASH_MAX_SHARE;
        await pruneLocalTrash(this.env.fs, this.profile.trashDir, this.env.now(), maxBytes);
      })
      .catch(() => undefined);
  }

  private async stopTrashPruning(): Promise<void> {
    if (this.trashTimer) clearInterval(this.trashTimer);
    this.trashTimer = null;
    await this.trashPruning;
  }

  /** Forget the signed-in client (after signing in again or out). */
  async resetRemote(): Promise<void> {
    await this.remoteClient?.close();
    this.remoteClient = null;
  }

  /** The sync folder of this profile (set it with `folder`, remembered in the profile). */
  async syncFolder(folder?: string): Promise<SyncFolder> {
    if (this.folder) return this.folder;
    const root = folder ? path.resolve(folder) : this.profile.get().folder;
    if (!root) throw new CirrusError("bad_request", "no sync folder: pass --folder PATH");
    await assertFolderOutsideProfile(root, this.profile.dir);
    if (root !== this.profile.get().folder) await this.profile.update({ folder: root });
    const remote = await this.remote();
    if (!this.syncLock) {
      this.syncLock = SyncLock.acquire(this.profile.dir);
      this.leftovers = LeftoverTemps.claim(this.index, this.env.now);
      this.pruneTrash();
      this.trashTimer = setInterval(() => {
        this.pruneTrash();
      }, TRASH_PRUNE_EVERY_MS).unref();
    }
    this.chunker ??= this.newChunker();
    await this.env.fs.promises.mkdir(this.profile.trashDir, { recursive: true, mode: 0o700 });
    const settings = this.profile.get();
    this.folder = new SyncFolder({
      root,
      index: this.index,
      remote,
      chunker: this.chunker,
      deviceName: settings.deviceName ?? os.hostname(),
      ...(settings.deviceId ? { deviceId: settings.deviceId } : {}),
      now: this.env.now,
      random: this.env.random,
      trashDir: this.profile.trashDir,
      io: this.env.fs,
      ...(this.leftovers ? { leftovers: this.leftovers } : {}),
      connectPush: this.env.connectPush,
      onDemand: settings.onDemand ?? false,
      token: remote.http.token ?? undefined,
      planOptions: {
        ...(settings.massDelete
          ? {
              massDeleteMinCount: settings.massDelete.minCount,
              massDeleteShare: settings.massDelete.share,
            }
          : {}),
      },
    });
    return this.folder;
  }

  /**
   * Take the sync folder as this profile's again (`sync --reset-root`): after its marker
   * was lost, or to take over another device's folder.
   */
  async resetSyncRoot(): Promise<void> {
    await this.syncFolder();
    const { folder, deviceId } = this.profile.get();
    await resetSyncRoot(this.env.fs, folder as string, this.index, deviceId);
  }

  /** The user's controls over the sync folder (open it first with `syncFolder`). */
  async controls(conditions: Conditions = {}): Promise<FolderControls> {
    if (this.folderControls) return this.folderControls;
    const folder = await this.syncFolder();
    this.folderControls = new FolderControls(folder, await this.remote(), this.profile, conditions);
    return this.folderControls;
  }

  /** Serve the control API for other local processes (the CLI). */
  async startControlServer(): Promise<ControlServer> {
    const folder = await this.syncFolder();
    const controls = await this.controls();
    this.control ??= await ControlServer.start({
      profileDir: this.profile.dir,
      target: () => ({ folder, controls }),
    });
    return this.control;
  }

  private hydration(): HydrationDeps {
    return {
      fs: this.localFs(),
      index: this.index,
      provider: this.placeholders,
      remote: () => this.remote(),
      chunker: () => (this.chunker ??= this.newChunker()),
      // Shown in the open folder's activity, as its own downloads are.
      emit: (event) => this.folder?.report(event),
      now: this.env.now,
    };
  }

  /** Download the real file of each placeholder (in place of its stub). */
  async hydrate(inputs: readonly string[]): Promise<void> {
    for (const input of inputs) await hydrate(this.hydration(), this.logicalPath(input));
  }

  /** Free up space: replace in-sync files by placeholders (refused for unsynced changes). */
  async dehydrate(inputs: readonly string[]): Promise<void> {
    for (const input of inputs) await dehydrate(this.hydration(), this.logicalPath(input));
  }

  /** Always keep a file or folder on this device: hydrates what is there now. */
  async pin(input: string): Promise<number> {
    const rel = this.logicalPath(input);
    this.index.setPinned(rel, true);
    const nodes = this.index.syncedNodes();
    const paths = pathsOf(nodes);
    let hydrated = 0;
    for (const node of nodes) {
      const p = paths.get(node.id);
      if (!node.placeholder || p === undefined || !(p === rel || p.startsWith(`${rel}/`))) continue;
      await hydrate(this.hydration(), p);
      hydrated++;
    }
    return hydrated;
  }

  unpin(input: string): void {
    this.index.setPinned(this.logicalPath(input), false);
  }

  /** Hydrate if needed, then hand the real file to the OS's default app. */
  async open(input: string): Promise<string> {
    const rel = this.logicalPath(input);
    const abs = await this.localFs().safePath(rel);
    if (!(await this.localFs().exists(abs))) await hydrate(this.hydration(), rel);
    openWithDefaultApp(abs);
    return abs;
  }

  async files(input = ""): Promise<FileEntry[]> {
    const rel = input === "" || input === "." ? "" : this.logicalPath(input);
    const saved = this.index.getState("status");
    const issues = saved
      ? ((JSON.parse(saved) as { issues?: { path: string }[] }).issues ?? [])
      : [];
    return listFiles(
      {
        fs: this.env.fs,
        root: this.root(),
        index: this.index,
        provider: this.placeholders,
        rules: new IgnoreRules(),
        errors: new Set(issues.map((i) => i.path)),
      },
      rel,
    );
  }

  /** A path as the user gave it, with a placeholder's stub name mapped to its file. */
  private logicalPath(input: string): string {
    const rel = this.relPath(input);
    return this.placeholders.logicalName(rel) ?? rel;
  }

  conflicts(): ConflictRecord[] {
    return this.index.conflicts();
  }

  /** A path given by a person (absolute, or relative to the sync root) as a root-relative key. */
  relPath(input: string): string {
    const root = this.root();
    const abs = path.isAbsolute(input) ? input : path.join(root, input);
    const rel = path.relative(root, abs).split(path.sep).join("/");
    if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) {
      throw new CirrusError("outside_root", `${input} is not inside the sync folder ${root}`);
    }
    return rel.normalize("NFC");
  }

  private root(): string {
    const root = this.profile.get().folder;
    if (!root)
      throw new CirrusError("bad_request", "no sync folder: run `cirrus sync --folder PATH` first");
    return root;
  }

  private localFs(): LocalFs {
    return new LocalFs(this.root(), this.profile.trashDir, this.env.now, this.env.fs);
  }

  /** Hashing reads through this engine's file system (in-process unless it is `node:fs`). */
  private newChunker(): ChunkerPool {
    return new ChunkerPool({ fs: this.env.fs });
  }

  /** Open conflicts with what a person needs to decide them. */
  async conflictDetails(): Promise<ConflictDetails[]> {
    const remote = await this.remote().catch(() => null);
    const out: ConflictDetails[] = [];
    for (const record of this.index.conflicts())
      out.push(await conflictDetails(this.env.fs, this.root(), record, remote));
    return out;
  }

  /** Apply a decision on the conflict at `input` (the original or the conflict copy). */
  async resolve(input: string, choice: ResolveChoice): Promise<ConflictRecord> {
    const record = findConflict(this.index, this.relPath(input));
    let mergeProposal: string | null = null;
    if (choice === "merged") {
      const remote = await this.remote();
      const details = await conflictDetails(this.env.fs, this.root(), record, remote);
      mergeProposal = details.mergeProposal;
    }
    await resolveConflict({ fs: this.localFs(), index: this.index, record, choice, mergeProposal });
    return record;
  }

  async versions(input: string): Promise<Version[]> {
    return versionsOf(this.index, await this.remote(), this.relPath(input));
  }

  async trash(): Promise<TrashItem[]> {
    return serverTrash(await this.remote());
  }

  /**
   * Bring back an old version (as a new version), or a deleted item: from the server's
   * trash when it is there (every device gets it back), else from this device's trash.
   */
  async restore(input: string, versionId?: string): Promise<string> {
    const rel = this.relPath(input);
    const remote = await this.remote();
    if (versionId) {
      await restoreVersion(this.index, remote, rel, versionId);
      return `${rel} restored to version ${versionId}`;
    }
    const entry = await restoreFromServerTrash(remote, rel);
    if (entry) return `${rel} restored from the server's trash as ${entry.name}`;
    await restoreFromLocalTrash(this.localFs(), this.profile.trashDir, rel);
    return `${rel} restored from this device's trash`;
  }

  /** Exclude a folder on this device: it stops syncing and stays where it is. */
  setExcluded(relPath: string, excluded: boolean): void {
    const clean = relPath.replace(/^\/+|\/+$/g, "").normalize("NFC");
    if (!clean || clean.split("/").some((s) => s === ".." || s === ".")) {
      throw new CirrusError("outside_root", `${relPath} is not a folder inside the sync root`);
    }
    this.index.setExcluded(clean, excluded);
  }

  /** Allow the pending mass delete once. */
  confirmMassDelete(): void {
    this.index.setState("confirmMassDelete", "1");
  }

  async close(): Promise<void> {
    await this.control?.close();
    await this.folder?.close();
    await this.stopTrashPruning();
    this.syncLock?.release();
    await this.chunker?.close();
    await this.remoteClient?.close();
    this.index.close();
  }
}
