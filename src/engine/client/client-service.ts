// The engine side of ClientApi: what the UI asks for, answered from the Engine. The
// headless UI server and the Electron engine host both serve this one class.
import os from "node:os";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type {
  ClientStatus,
  DeviceInfo,
  FolderNode,
  Settings,
  SignInRequest,
} from "../../shared/client-api.js";
import type { ConflictDetails, FileEntry, ResolveChoice, SyncEvent } from "../../shared/status.js";
import type { FolderControls } from "../control/folder-controls.js";
import type { ControlTarget } from "../control/control-routes.js";
import { Engine } from "../engine.js";
import { CIRRUSIGNORE_FILE, IgnoreRules } from "../ignore/index.js";
import type { SyncFolder } from "../sync/sync-folder.js";
import type { EmbeddedEndpoint, RunningEndpoint } from "./embedded-endpoint.js";
import { folderChildren } from "./folder-tree.js";
import { assertFolderOutsideProfile } from "../profile/folder-choice.js";

export interface ClientServiceOptions {
  profileDir: string;
  /** Where sign-in keeps the device token (default: the OS keychain). */
  credentialStore?: "keychain" | "file";
  embedded?: EmbeddedEndpoint;
}

const EMBEDDED_USER = "me";
const STORAGE_TTL_MS = 5_000;

export class ClientService {
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private folder: SyncFolder | null = null;
  private controls: FolderControls | null = null;
  private endpoint: RunningEndpoint | null = null;
  private storage: { at: number; value: ClientStatus["storage"] } | null = null;

  private constructor(
    readonly engine: Engine,
    private readonly options: ClientServiceOptions,
  ) {}

  static async open(options: ClientServiceOptions): Promise<ClientService> {
    const service = new ClientService(await Engine.open(options.profileDir), options);
    await service.start();
    return service;
  }

  private get profile() {
    return this.engine.profile;
  }

  /** Bring up what the profile says: the embedded endpoint, then the sync folder. */
  private async start(): Promise<void> {
    const settings = this.profile.get();
    if (settings.embedded && this.options.embedded) {
      this.endpoint = await this.options.embedded.start(
        path.join(this.profile.dir, "server"),
        settings.embeddedPort ?? null,
      );
      if (this.endpoint.url !== settings.server) {
        await this.profile.update({ server: this.endpoint.url, embeddedPort: this.endpoint.port });
        await this.engine.resetRemote();
      }
    }
    if (settings.deviceId && settings.folder) await this.startFolder();
  }

  private async startFolder(): Promise<void> {
    // Signed in but no folder chosen yet (the UI signs in, then sets the folder).
    if (this.folder || !this.profile.get().folder) return;
    try {
      this.folder = await this.engine.syncFolder();
    } catch (error) {
      if (error instanceof CirrusError && error.code === "not_logged_in") return;
      throw error;
    }
    this.controls = await this.engine.controls();
    this.folder.onDidEvent((event) => {
      if (event.type === "synced") this.storage = null;
      for (const listener of this.listeners) listener(event);
    });
    this.folder.start();
    this.controls.apply();
  }

  private async stopFolder(): Promise<void> {
    await this.engine.closeFolder();
    this.folder = null;
    this.controls = null;
  }

  /** The running folder and its controls, for the control routes (null before sign-in). */
  controlTarget(): ControlTarget | null {
    return this.folder && this.controls ? { folder: this.folder, controls: this.controls } : null;
  }

  onEvent(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private requireFolder(): { folder: SyncFolder; controls: FolderControls } {
    if (!this.folder || !this.controls) {
      throw new CirrusError("not_logged_in", "sign in and choose a folder first");
    }
    return { folder: this.folder, controls: this.controls };
  }

  async getStatus(): Promise<ClientStatus> {
    const s = this.profile.get();
    return {
      account:
        s.server && s.user && s.deviceId
          ? {
              server: s.server,
              user: s.user,
              deviceId: s.deviceId,
              deviceName: s.deviceName ?? os.hostname(),
              embedded: s.embedded ?? false,
            }
          : null,
      folder: this.folder?.status() ?? null,
      pauseReason: this.controls?.reason ?? null,
      storage: await this.storageUsed(),
      settings: await this.settings(),
    };
  }

  private async storageUsed(): Promise<ClientStatus["storage"]> {
    if (!this.profile.get().deviceId) return null;
    if (this.storage && Date.now() - this.storage.at < STORAGE_TTL_MS) return this.storage.value;
    const remote = await this.engine.remote().catch(() => null);
    const info = await remote?.account().catch(() => null);
    const value = info ? { usedBytes: info.usedBytes, quotaBytes: info.quotaBytes } : null;
    this.storage = { at: Date.now(), value };
    return value;
  }

  private async settings(): Promise<Settings> {
    const s = this.profile.get();
    const ignoreFile = s.folder ? path.join(s.folder, CIRRUSIGNORE_FILE) : null;
    const ignorePatterns = ignoreFile
      ? await this.engine.fs.promises.readFile(ignoreFile, "utf8").catch(() => "")
      : "";
    return {
      folder: s.folder ?? null,
      onDemand: s.onDemand ?? false,
      bandwidth: s.bandwidth ?? { up: 0, down: 0 },
      pauseOnMetered: s.pauseOnMetered ?? false,
      pauseOnBattery: s.pauseOnBattery ?? false,
      startAtLogin: s.startAtLogin ?? false,
      notifications: s.notifications ?? true,
      ignorePatterns,
    };
  }

  async signIn(request: SignInRequest & { folder?: string }): Promise<void> {
    // Refused before anything changes: a folder the profile cannot sync.
    if (request.folder) await assertFolderOutsideProfile(request.folder, this.profile.dir);
    await this.stopFolder();
    await this.engine.login({
      server: request.server,
      user: request.user,
      password: request.password,
      ...(request.totp ? { totp: request.totp } : {}),
      ...(request.deviceName ? { deviceName: request.deviceName } : {}),
      credentialStore: this.options.credentialStore ?? "keychain",
    });
    await this.engine.resetRemote();
    if (request.folder) await this.useFolder(request.folder);
    await this.startFolder();
  }

  async useEmbeddedServer(request: { folder: string }): Promise<void> {
    const embedded = this.options.embedded;
    if (!embedded) throw new CirrusError("unavailable", "this app cannot run an embedded endpoint");
    await assertFolderOutsideProfile(request.folder, this.profile.dir);
    await this.stopFolder();
    const dataDir = path.join(this.profile.dir, "server");
    this.endpoint ??= await embedded.start(dataDir, null);
    const password = await embedded.createAccount(dataDir, EMBEDDED_USER);
    await this.profile.update({ embedded: true, embeddedPort: this.endpoint.port });
    await this.signIn({
      server: this.endpoint.url,
      user: EMBEDDED_USER,
      password,
      folder: request.folder,
    });
  }

  private async useFolder(folder: string): Promise<void> {
    const root = path.resolve(folder);
    await this.engine.fs.promises.mkdir(root, { recursive: true });
    await this.profile.update({ folder: root });
  }

  async signOut(): Promise<void> {
    await this.stopFolder();
    await this.engine.logout();
    await this.engine.resetRemote();
  }

  async listDevices(): Promise<DeviceInfo[]> {
    return (await this.engine.remote()).devices();
  }

  async revokeDevice(id: string): Promise<void> {
    await (await this.engine.remote()).revokeDevice(id);
  }

  async updateSettings(change: Partial<Settings>): Promise<void> {
    if (
      change.folder !== undefined &&
      change.folder !== null &&
      change.folder !== this.profile.get().folder
    ) {
      await this.stopFolder();
      await this.useFolder(change.folder);
      await this.startFolder();
    }
    if (
      change.onDemand !== undefined &&
      change.onDemand !== (this.profile.get().onDemand ?? false)
    ) {
      await this.profile.update({ onDemand: change.onDemand });
      // The sync folder reads the mode when it starts: restart a running one.
      if (this.folder) {
        await this.stopFolder();
        await this.startFolder();
      }
    }
    if (change.startAtLogin !== undefined)
      await this.profile.update({ startAtLogin: change.startAtLogin });
    if (change.notifications !== undefined)
      await this.profile.update({ notifications: change.notifications });
    if (change.bandwidth) {
      if (this.controls) await this.controls.setBandwidth(change.bandwidth);
      else await this.profile.update({ bandwidth: change.bandwidth });
    }
    if (change.pauseOnMetered !== undefined || change.pauseOnBattery !== undefined) {
      const policies = {
        ...(change.pauseOnMetered !== undefined ? { pauseOnMetered: change.pauseOnMetered } : {}),
        ...(change.pauseOnBattery !== undefined ? { pauseOnBattery: change.pauseOnBattery } : {}),
      };
      if (this.controls) await this.controls.setPolicies(policies);
      else await this.profile.update(policies);
    }
    if (change.ignorePatterns !== undefined) {
      const root = this.profile.get().folder;
      if (!root) throw new CirrusError("bad_request", "choose a sync folder first");
      await this.engine.fs.promises.writeFile(
        path.join(root, CIRRUSIGNORE_FILE),
        change.ignorePatterns,
      );
    }
    this.folder?.requestSync();
  }

  async pause(): Promise<void> {
    await this.requireFolder().controls.setPaused(true);
  }

  async resume(): Promise<void> {
    await this.requireFolder().controls.setPaused(false);
  }

  /** Host facts (metered network, battery) from the desktop app's power monitor. */
  setConditions(conditions: { metered?: boolean; onBattery?: boolean }): void {
    this.controls?.setConditions(conditions);
  }

  syncNow(): Promise<void> {
    this.requireFolder().folder.requestSync();
    return Promise.resolve();
  }

  confirmMassDelete(): Promise<void> {
    this.engine.confirmMassDelete();
    return this.syncNow();
  }

  listConflicts(): Promise<ConflictDetails[]> {
    return this.engine.conflictDetails();
  }

  async resolveConflict(target: string, choice: ResolveChoice): Promise<void> {
    await this.engine.resolve(target, choice);
    this.folder?.requestSync();
  }

  listFiles(target: string): Promise<FileEntry[]> {
    return this.engine.files(target);
  }

  async hydrate(paths: string[]): Promise<void> {
    await this.engine.hydrate(paths);
  }

  async dehydrate(paths: string[]): Promise<void> {
    await this.engine.dehydrate(paths);
  }

  async setPinned(target: string, pinned: boolean): Promise<void> {
    if (pinned) await this.engine.pin(target);
    else this.engine.unpin(target);
  }

  async openFile(target: string): Promise<void> {
    await this.engine.open(target);
  }

  listFolders(target: string): Promise<FolderNode[]> {
    const rules = new IgnoreRules();
    rules.setExcluded(this.engine.index.excluded());
    const rel = target === "" ? "" : this.engine.relPath(target);
    return Promise.resolve(folderChildren(this.engine.index, rules, rel));
  }

  setExcluded(target: string, excluded: boolean): Promise<void> {
    const rel = target === "" ? target : this.engine.relPath(target);
    this.engine.setExcluded(rel, excluded);
    this.folder?.requestSync();
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.engine.close();
    await this.endpoint?.close();
  }
}
