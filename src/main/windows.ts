// The app's windows: at most one of each kind, built from window-options.ts, loading
// the bundled renderer at a hash route. The popup hangs off the tray and hides when it
// loses focus.
import { BrowserWindow, screen, type Tray, type WebContents } from "electron";
import { popupPosition, windowSpec, type WindowKind } from "./window-options.js";

export interface WindowPaths {
  rendererIndex: string;
  preload: string;
}

export class WindowManager {
  private readonly windows = new Map<WindowKind, BrowserWindow>();

  constructor(
    private readonly paths: WindowPaths,
    private readonly production: boolean,
  ) {}

  /** Show (creating it if needed) the window of `kind`, at `route` if given. */
  open(kind: WindowKind, route?: string): BrowserWindow {
    const existing = this.windows.get(kind);
    if (existing && !existing.isDestroyed()) {
      if (route !== undefined) void this.load(existing, route);
      existing.show();
      existing.focus();
      return existing;
    }
    const spec = windowSpec(kind, {
      preload: this.paths.preload,
      production: this.production,
      platform: process.platform,
    });
    const win = new BrowserWindow(spec.options);
    this.windows.set(kind, win);
    win.once("closed", () => {
      if (this.windows.get(kind) === win) this.windows.delete(kind);
    });
    win.once("ready-to-show", () => {
      win.show();
      win.focus();
    });
    if (kind === "popup") {
      win.on("blur", () => {
        if (!win.webContents.isDevToolsOpened()) win.hide();
      });
    }
    void this.load(win, route ?? spec.hash);
    return win;
  }

  /** Tray click: show the popup next to the icon, or hide it when it is showing. */
  togglePopup(tray: Tray | null): void {
    const current = this.windows.get("popup");
    if (current && !current.isDestroyed() && current.isVisible()) {
      current.hide();
      return;
    }
    // A hidden popup is moved before it shows again; a new one shows on ready-to-show,
    // after it has been placed here.
    const hidden = current && !current.isDestroyed() ? current : null;
    const win = hidden ?? this.open("popup");
    const bounds = tray?.getBounds() ?? null;
    const cursor = screen.getCursorScreenPoint();
    const anchor = bounds && bounds.width > 0 ? { x: bounds.x, y: bounds.y } : cursor;
    const { workArea } = screen.getDisplayNearestPoint(anchor);
    const [width = 360, height = 520] = win.getSize();
    const { x, y } = popupPosition(bounds, cursor, { width, height }, workArea);
    win.setPosition(x, y, false);
    if (hidden) {
      hidden.show();
      hidden.focus();
    }
  }

  /** Is this one of our windows (IPC from anything else is refused)? */
  owns(contents: WebContents): boolean {
    for (const win of this.windows.values()) {
      if (!win.isDestroyed() && win.webContents.id === contents.id) return true;
    }
    return false;
  }

  /** Send to every open window (sync events). */
  broadcast(channel: string, payload: unknown): void {
    for (const win of this.windows.values()) {
      if (!win.isDestroyed() && !win.webContents.isDestroyed())
        win.webContents.send(channel, payload);
    }
  }

  /** The kinds of window that exist now (shown or hidden). */
  kinds(): WindowKind[] {
    return [...this.windows].filter(([, win]) => !win.isDestroyed()).map(([kind]) => kind);
  }

  closeAll(): void {
    for (const win of this.windows.values()) if (!win.isDestroyed()) win.destroy();
    this.windows.clear();
  }

  private async load(win: BrowserWindow, route: string): Promise<void> {
    const hash = route.startsWith("/") ? route : `/${route}`;
    await win.loadFile(this.paths.rendererIndex, { hash }).catch(() => undefined);
  }
}
