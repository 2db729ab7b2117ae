// The desktop app: wires the engine host to Electron. Tray, windows, IPC (sender and
// arguments checked on every call), notifications, power conditions, start at login.
// Thin on purpose: every decision lives in a pure, tested module beside it.
import {
  app,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  session,
  shell,
  Tray,
  BrowserWindow,
  type IpcMainInvokeEvent,
  type MenuItemConstructorOptions,
} from "electron";
import type { ChildProcess } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Logger } from "pino";
import { CLIENT_METHODS, type ClientMethod, type ClientStatus } from "../shared/client-api.js";
import type {
  EventChannel,
  IpcResult,
  MethodChannel,
  PickFolderChannel,
} from "../shared/client-api-schema.js";
import type { ErrorBody } from "../shared/errors.js";
import type { SyncEvent } from "../shared/status.js";
import { EngineHostProcess } from "./host-process.js";
import { isTrustedSender, toErrorBody, validateArgs } from "./ipc-validation.js";
import { loginItemPlan } from "./login-item.js";
import { NotificationGate, notificationFor, type NotificationTarget } from "./notifications.js";
import { readMetered, watchMetered } from "./metered-network.js";
import { conditionsFrom, sameConditions, type EngineConditions } from "./power.js";
import type { LaunchRequest } from "./single-instance.js";
import { trayMenu, type TrayAction, type TrayMenuItem } from "./tray-menu.js";
import { engineDownView, trayIconFiles, trayView, type TrayPlatform } from "./tray-state.js";
import { withCsp, type WindowKind } from "./window-options.js";
import { WindowManager } from "./windows.js";

const EVENT_CHANNEL: EventChannel = "cirrus:event";
const PICK_FOLDER_CHANNEL: PickFolderChannel = "cirrus:pickFolder";
const FORBIDDEN: IpcResult = {
  ok: false,
  error: { code: "forbidden", message: "this page may not use Cirrus" },
};
/** Calls that change nothing: no status refresh after them. */
const READ_ONLY = new Set<ClientMethod>([
  "getStatus",
  "listDevices",
  "listConflicts",
  "listFiles",
  "listFolders",
]);
/** Status refreshes (tray icon, tooltip, menu) at most this often during activity. */
const REFRESH_MS = 500;

export interface AppPaths {
  rendererIndex: string;
  preload: string;
  engineHost: string;
  trayIcons: string;
}

/** Where the build puts each piece, under app.getAppPath() (the app root or app.asar). */
export function appPaths(appRoot: string): AppPaths {
  return {
    rendererIndex: path.join(appRoot, "dist/ui/renderer/index.html"),
    preload: path.join(appRoot, "dist/cjs/preload/index.js"),
    engineHost: path.join(appRoot, "dist/src/main/engine-host.js"),
    trayIcons: path.join(appRoot, "assets/tray"),
  };
}

export interface CirrusAppOptions {
  paths: AppPaths;
  /** Packaged build: no devtools, login items may be registered. */
  production: boolean;
  profileDir: string | null;
  log: Logger;
}

export class CirrusApp {
  private readonly windows: WindowManager;
  private readonly host: EngineHostProcess;
  private readonly gate = new NotificationGate();
  private readonly notifications = new Set<Notification>();
  private tray: Tray | null = null;
  private trayIcon: string | null = null;
  private trayTooltip = "";
  private status: ClientStatus | null = null;
  private hostError: ErrorBody | null = null;
  private refreshTimer: NodeJS.Timeout | null = null;
  private conditions: EngineConditions | null = null;
  private meteredWatch: ChildProcess | null = null;
  private readonly onPowerChange = (): void => {
    void this.pushConditions();
  };
  private loginItem: boolean | null = null;
  private started = false;
  /** A launch asked to show the app before the first status said which window. */
  private showOnStatus = false;
  private readonly early: { requests: LaunchRequest[]; quiet: boolean }[] = [];
  private readonly log: Logger;

  constructor(private readonly options: CirrusAppOptions) {
    this.log = options.log;
    this.windows = new WindowManager(
      { rendererIndex: options.paths.rendererIndex, preload: options.paths.preload },
      options.production,
    );
    this.host = new EngineHostProcess({
      entry: options.paths.engineHost,
      profileDir: options.profileDir,
      log: options.log.child({ component: "engine-host" }),
      onFatal: (error) => {
        this.hostError = error;
        this.updateTray();
      },
      onReady: () => {
        this.hostError = null;
        // A new host knows nothing yet: give it the conditions again.
        this.conditions = null;
        void this.pushConditions();
        this.scheduleRefresh(0);
      },
    });
    this.host.client.onEvent((event) => {
      this.onSyncEvent(event);
    });
    // Before any window exists: every web contents, ours or not, is locked down.
    app.on("web-contents-created", (_event, contents) => {
      contents.on("will-navigate", (event) => {
        event.preventDefault();
      });
      contents.on("will-redirect", (event) => {
        event.preventDefault();
      });
      contents.on("will-attach-webview", (event) => {
        event.preventDefault();
      });
      contents.setWindowOpenHandler(() => ({ action: "deny" }));
    });
  }

  /** After app "ready". */
  start(): void {
    this.secureSession();
    this.registerIpc();
    this.createTray();
    this.host.start();
    this.watchPower();
    this.started = true;
    for (const { requests, quiet } of this.early.splice(0)) this.handleLaunch(requests, quiet);
  }

  /** A launch (this one, a second instance, a macOS open-file): open files or show up. */
  handleLaunch(requests: LaunchRequest[], quiet = false): void {
    if (!this.started) {
      this.early.push({ requests, quiet });
      return;
    }
    for (const request of requests) {
      if (request.kind === "open-file") void this.openPlaceholder(request.path);
      else if (quiet) continue;
      else if (this.status) this.showMain();
      else this.showOnStatus = true;
    }
  }

  async stop(): Promise<void> {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    powerMonitor.off("on-battery", this.onPowerChange);
    powerMonitor.off("on-ac", this.onPowerChange);
    powerMonitor.off("resume", this.onPowerChange);
    this.meteredWatch?.kill();
    this.meteredWatch = null;
    for (const method of CLIENT_METHODS) ipcMain.removeHandler(`cirrus:${method}`);
    ipcMain.removeHandler(PICK_FOLDER_CHANNEL);
    this.windows.closeAll();
    await this.host.stop();
    this.tray?.destroy();
    this.tray = null;
  }

  /** What end-to-end tests read (main.ts exposes it only under CIRRUS_TEST_HOOKS=1). */
  testState(): { tray: { state: string; tooltip: string } | null; windows: WindowKind[] } {
    return {
      tray: this.tray && this.trayIcon ? { state: this.trayIcon, tooltip: this.trayTooltip } : null,
      windows: this.windows.kinds(),
    };
  }

  // --- security -------------------------------------------------------------------

  private secureSession(): void {
    const ses = session.defaultSession;
    ses.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: withCsp(details.responseHeaders) });
    });
    // Cirrus asks for no permission (camera, notifications from pages, …): refuse all.
    ses.setPermissionRequestHandler((_contents, _permission, callback) => {
      callback(false);
    });
    ses.setPermissionCheckHandler(() => false);
  }

  /** Only our own windows, top frame, on our own bundled page (ARCHITECTURE.md §4). */
  private trusted(event: IpcMainInvokeEvent): boolean {
    const frame = event.senderFrame;
    if (!frame || !this.windows.owns(event.sender)) return false;
    return isTrustedSender(
      { url: frame.url, isMainFrame: frame.parent === null },
      { rendererIndexFile: this.options.paths.rendererIndex },
    );
  }

  // --- IPC ------------------------------------------------------------------------

  private registerIpc(): void {
    for (const method of CLIENT_METHODS) {
      const channel: MethodChannel = `cirrus:${method}`;
      ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<IpcResult> => {
        if (!this.trusted(event)) {
          this.log.warn(
            { channel, url: event.senderFrame?.url },
            "refused IPC from untrusted sender",
          );
          return FORBIDDEN;
        }
        const checked = validateArgs(method, args);
        if (!checked.ok) return { ok: false, error: checked.error };
        const reply = await this.host.client.call(method, checked.args);
        if (reply.ok && method === "getStatus") this.setStatus(reply.result as ClientStatus);
        else if (reply.ok && !READ_ONLY.has(method)) this.scheduleRefresh(0);
        return reply;
      });
    }
    ipcMain.handle(PICK_FOLDER_CHANNEL, async (event): Promise<IpcResult<string | null>> => {
      if (!this.trusted(event)) return FORBIDDEN as IpcResult<string | null>;
      try {
        const owner = BrowserWindow.fromWebContents(event.sender);
        const options: Electron.OpenDialogOptions = {
          title: "Choose your Cirrus folder",
          buttonLabel: "Choose",
          properties: ["openDirectory", "createDirectory"],
        };
        const picked = owner
          ? await dialog.showOpenDialog(owner, options)
          : await dialog.showOpenDialog(options);
        return { ok: true, result: picked.canceled ? null : (picked.filePaths[0] ?? null) };
      } catch (error) {
        return { ok: false, error: toErrorBody(error) };
      }
    });
  }

  // --- status, tray ---------------------------------------------------------------

  private scheduleRefresh(delay = REFRESH_MS): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refresh();
    }, delay);
  }

  private async refresh(): Promise<void> {
    const reply = await this.host.client.call("getStatus", []);
    if (reply.ok) this.setStatus(reply.result as ClientStatus);
  }

  private setStatus(status: ClientStatus): void {
    this.status = status;
    this.updateTray();
    if (this.showOnStatus) {
      this.showOnStatus = false;
      this.showMain();
    }
    if (status.settings.startAtLogin !== this.loginItem) {
      this.loginItem = status.settings.startAtLogin;
      void this.applyLoginItem(status.settings.startAtLogin);
    }
  }

  private createTray(): void {
    this.tray = new Tray(this.trayImage("offline"));
    this.tray.on("click", () => {
      // macOS opens the menu on click; Windows (and Linux trays that report clicks) the popup.
      if (process.platform !== "darwin") this.windows.togglePopup(this.tray);
    });
    this.updateTray();
  }

  private trayImage(state: Parameters<typeof trayIconFiles>[0]): Electron.NativeImage {
    const platform = (
      ["darwin", "win32"].includes(process.platform) ? process.platform : "linux"
    ) as TrayPlatform;
    const icon = trayIconFiles(state, platform);
    // createFromPath picks up the `@2x` file beside it for high-DPI screens.
    const image = nativeImage.createFromPath(path.join(this.options.paths.trayIcons, icon.file));
    if (icon.template) image.setTemplateImage(true);
    return image;
  }

  private updateTray(): void {
    const tray = this.tray;
    if (!tray) return;
    const view =
      this.hostError || !this.status
        ? engineDownView(this.hostError?.message ?? null)
        : trayView(this.status);
    if (this.trayIcon !== view.state) {
      tray.setImage(this.trayImage(view.state));
      this.trayIcon = view.state;
    }
    tray.setToolTip(view.tooltip);
    this.trayTooltip = view.tooltip;
    const items = trayMenu(this.hostError ? null : this.status);
    tray.setContextMenu(Menu.buildFromTemplate(items.map((item) => this.menuItem(item))));
  }

  private menuItem(item: TrayMenuItem): MenuItemConstructorOptions {
    switch (item.kind) {
      case "status":
        return { label: item.label, enabled: false };
      case "separator":
        return { type: "separator" };
      case "action":
        return {
          label: item.label,
          enabled: item.enabled,
          click: () => {
            void this.runTrayAction(item.action);
          },
        };
    }
  }

  private async runTrayAction(action: TrayAction): Promise<void> {
    try {
      switch (action) {
        case "openFolder": {
          const folder = this.status?.settings.folder;
          if (folder) {
            const failure = await shell.openPath(folder);
            if (failure) this.log.warn({ failure }, "could not open the Cirrus folder");
          }
          return;
        }
        case "openPopup":
          this.showMain();
          return;
        case "togglePause":
          await this.host.client.invoke(this.status?.pauseReason === "user" ? "resume" : "pause");
          this.scheduleRefresh(0);
          return;
        case "syncNow":
          await this.host.client.invoke("syncNow");
          return;
        case "settings":
          this.windows.open("settings");
          return;
        case "quit":
          app.quit();
          return;
      }
    } catch (error) {
      this.log.warn({ action, error: toErrorBody(error) }, "tray action failed");
    }
  }

  /** The popup when signed in, the first-run window when not. */
  private showMain(): void {
    if (this.status && !this.status.account) this.windows.open("first-run");
    else this.windows.togglePopup(this.tray);
  }

  // --- events, notifications -------------------------------------------------------

  private onSyncEvent(event: SyncEvent): void {
    this.windows.broadcast(EVENT_CHANNEL, event);
    this.scheduleRefresh(event.type === "activity" ? REFRESH_MS : 0);
    const spec = notificationFor(event);
    if (!spec) return;
    const enabled = this.status?.settings.notifications ?? true;
    if (!this.gate.admit(spec, enabled)) return;
    this.showNotification(spec.title, spec.body, spec.target);
  }

  private showNotification(title: string, body: string, target: NotificationTarget): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title, body });
    // Held until closed: a collected notification loses its click handler.
    this.notifications.add(notification);
    notification.on("click", () => {
      this.openTarget(target);
    });
    notification.on("close", () => this.notifications.delete(notification));
    notification.show();
  }

  private openTarget(target: NotificationTarget): void {
    if (target === "conflicts") this.windows.open("conflicts");
    else if (target === "sign-in") this.windows.open("first-run");
    else this.showMain();
  }

  private async openPlaceholder(file: string): Promise<void> {
    try {
      // The engine hydrates the placeholder, then hands the real file to its default app.
      await this.host.client.invoke("openFile", file);
    } catch (error) {
      const body = toErrorBody(error);
      this.log.warn({ error: body }, "could not open a placeholder");
      this.showNotification(`Can't open ${path.basename(file)}`, body.message, "popup");
    }
  }

  // --- power, network, login item --------------------------------------------------

  private watchPower(): void {
    powerMonitor.on("on-battery", this.onPowerChange);
    powerMonitor.on("on-ac", this.onPowerChange);
    powerMonitor.on("resume", this.onPowerChange);
    if (process.platform === "linux") this.meteredWatch = watchMetered(this.onPowerChange);
    this.onPowerChange();
  }

  private async pushConditions(): Promise<void> {
    const next = conditionsFrom({
      onBatteryPower: powerMonitor.isOnBatteryPower(),
      metered: await readMetered(),
    });
    if (sameConditions(this.conditions, next)) return;
    this.conditions = next;
    this.host.client.setConditions(next);
  }

  private async applyLoginItem(enabled: boolean): Promise<void> {
    // A development run would register the bare Electron binary: only packaged builds.
    if (!this.options.production) return;
    const plan = loginItemPlan(enabled, {
      platform: process.platform,
      execPath: process.execPath,
      env: process.env,
      home: os.homedir(),
    });
    try {
      if (plan.kind === "electron") {
        app.setLoginItemSettings({ openAtLogin: plan.openAtLogin, args: plan.args });
      } else if (plan.contents === null) {
        await rm(plan.file, { force: true });
      } else {
        await mkdir(path.dirname(plan.file), { recursive: true });
        await writeFile(plan.file, plan.contents, { mode: 0o644 });
      }
    } catch (error) {
      this.log.warn({ error: toErrorBody(error) }, "could not change start at login");
    }
  }
}
