// The options of every Cirrus window and the Content-Security-Policy they all load
// under. Every window is sandboxed and context-isolated, with Node off; the preload is
// the only bridge (ARCHITECTURE.md §4: no nodeIntegration, ever).
import type { BrowserWindowConstructorOptions } from "electron";

export type WindowKind = "popup" | "conflicts" | "files" | "exclude" | "settings" | "first-run";

export const WINDOW_KINDS: readonly WindowKind[] = [
  "popup",
  "conflicts",
  "files",
  "exclude",
  "settings",
  "first-run",
];

/** The policy of every window: our own scripts and styles only, nothing remote. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface WindowContext {
  /** Absolute path of the compiled preload script. */
  preload: string;
  /** Packaged build: no devtools. */
  production: boolean;
  platform: NodeJS.Platform;
}

export interface WindowSpec {
  /** The renderer route, given to `loadFile(index, { hash })` (no leading "#"). */
  hash: string;
  options: BrowserWindowConstructorOptions;
}

interface Shape {
  title: string;
  width: number;
  height: number;
  minWidth?: number;
  minHeight?: number;
  resizable: boolean;
}

const SHAPES: Record<WindowKind, Shape> = {
  popup: { title: "Cirrus", width: 360, height: 520, resizable: false },
  conflicts: {
    title: "Cirrus: Conflicts",
    width: 760,
    height: 560,
    minWidth: 560,
    minHeight: 420,
    resizable: true,
  },
  files: {
    title: "Cirrus: Files",
    width: 900,
    height: 620,
    minWidth: 560,
    minHeight: 400,
    resizable: true,
  },
  exclude: {
    title: "Cirrus: Choose Folders",
    width: 560,
    height: 600,
    minWidth: 420,
    minHeight: 400,
    resizable: true,
  },
  settings: {
    title: "Cirrus: Settings",
    width: 640,
    height: 620,
    minWidth: 520,
    minHeight: 480,
    resizable: true,
  },
  "first-run": { title: "Welcome to Cirrus", width: 560, height: 640, resizable: false },
};

export function windowSpec(kind: WindowKind, context: WindowContext): WindowSpec {
  const shape = SHAPES[kind];
  const popup = kind === "popup";
  const options: BrowserWindowConstructorOptions = {
    title: shape.title,
    width: shape.width,
    height: shape.height,
    ...(shape.minWidth !== undefined ? { minWidth: shape.minWidth } : {}),
    ...(shape.minHeight !== undefined ? { minHeight: shape.minHeight } : {}),
    resizable: shape.resizable,
    maximizable: shape.resizable,
    fullscreenable: false,
    // Shown on ready-to-show, so a window never flashes blank.
    show: false,
    autoHideMenuBar: true,
    backgroundColor: "#ffffff",
    // The popup hangs off the tray: no frame, no taskbar entry, hides on blur.
    ...(popup
      ? { frame: false, skipTaskbar: true, minimizable: false, alwaysOnTop: true, movable: false }
      : {}),
    webPreferences: {
      preload: context.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      spellcheck: false,
      devTools: !context.production,
    },
  };
  return { hash: `/${kind}`, options };
}

/**
 * Response headers with our CSP set, replacing any policy already there (whatever the
 * header's case): for `session.webRequest.onHeadersReceived`.
 */
export function withCsp(
  headers: Record<string, string[] | string> | undefined,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === "content-security-policy") continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out["Content-Security-Policy"] = [CONTENT_SECURITY_POLICY];
  return out;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const GAP = 4;
const MARGIN = 8;

/**
 * Where the popup goes: next to the tray icon, on the side away from the taskbar or
 * menu bar, kept inside the work area. Linux trays report no bounds (all zero); then
 * the popup opens at the mouse pointer.
 */
export function popupPosition(
  trayBounds: Rect | null,
  cursor: { x: number; y: number },
  size: { width: number; height: number },
  workArea: Rect,
): { x: number; y: number } {
  const anchor: Rect =
    trayBounds && trayBounds.width > 0 && trayBounds.height > 0
      ? trayBounds
      : { x: cursor.x, y: cursor.y, width: 1, height: 1 };
  const centerX = anchor.x + anchor.width / 2;
  const centerY = anchor.y + anchor.height / 2;
  let x: number;
  let y: number;
  if (anchor.x + anchor.width <= workArea.x) {
    // Taskbar on the left.
    x = anchor.x + anchor.width + GAP;
    y = centerY - size.height / 2;
  } else if (anchor.x >= workArea.x + workArea.width) {
    // Taskbar on the right.
    x = anchor.x - size.width - GAP;
    y = centerY - size.height / 2;
  } else {
    x = centerX - size.width / 2;
    y =
      centerY < workArea.y + workArea.height / 2
        ? anchor.y + anchor.height + GAP
        : anchor.y - size.height - GAP;
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));
  return {
    x: Math.round(clamp(x, workArea.x + MARGIN, workArea.x + workArea.width - size.width - MARGIN)),
    y: Math.round(
      clamp(y, workArea.y + MARGIN, workArea.y + workArea.height - size.height - MARGIN),
    ),
  };
}
