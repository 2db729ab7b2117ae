// What the tray shows for a ClientStatus: one of six states, its icon file and its
// tooltip. Pure, so the rules (what wins when several things are true) are tested.
import type { ClientStatus } from "../shared/client-api.js";

export type TrayState = "up-to-date" | "syncing" | "paused" | "offline" | "error" | "conflicts";

export const TRAY_STATES: readonly TrayState[] = [
  "up-to-date",
  "syncing",
  "paused",
  "offline",
  "error",
  "conflicts",
];

export interface TrayView {
  state: TrayState;
  /** One line, short enough for every OS (Windows cuts tooltips at 127 characters). */
  tooltip: string;
  /** The line at the top of the tray menu (same facts, no product name). */
  summary: string;
}

const TOOLTIP_MAX = 127;

/**
 * The state that wins when several are true: what needs a person first (error,
 * including a mass delete waiting for confirmation), then why nothing moves (paused,
 * offline), then work in progress, then conflicts left to resolve.
 */
export function trayView(status: ClientStatus): TrayView {
  const { account, folder } = status;
  if (!account) return view("offline", "Not signed in");
  if (!folder) return view("offline", "No folder chosen");

  const conflicts = folder.conflicts;
  const conflictText = conflicts > 0 ? plural(conflicts, "conflict") : null;

  if (folder.massDeletePending) {
    const n = folder.massDeletePending.count;
    return view("error", `Waiting for you to confirm deleting ${plural(n, "file")}`);
  }
  const stuck = folder.issues.filter((issue) => issue.retryAt === null);
  if (folder.state === "error") {
    const message = folder.lastError?.message ?? "Syncing stopped";
    return view("error", `Error: ${message}`);
  }
  if (stuck.length > 0) {
    return view("error", `${plural(stuck.length, "file")} can't sync`, conflictText);
  }
  if (status.pauseReason !== null || folder.state === "paused") {
    return view("paused", pausedText(status.pauseReason), conflictText);
  }
  if (folder.state === "offline") return view("offline", "Offline", conflictText);

  const p = folder.pending;
  const items = p.uploads + p.downloads + p.deletes + p.moves;
  const bytes = p.bytesToSend + p.bytesToReceive;
  if (folder.state === "syncing" || items > 0) {
    const left = items > 0 ? `Syncing ${plural(items, "file")}` : "Syncing";
    const text = bytes > 0 ? `${left}, ${formatBytes(bytes)} left` : left;
    return view("syncing", text, conflictText);
  }
  if (folder.state === "scanning") return view("syncing", "Looking for changes", conflictText);
  if (conflictText) return view("conflicts", `${conflictText} to resolve`);
  return view("up-to-date", "Up to date");
}

/** The engine host is not running (could not start, or restarting). */
export function engineDownView(message: string | null): TrayView {
  return message
    ? view("error", `The sync engine stopped: ${message}`)
    : view("offline", "Starting…");
}

function pausedText(reason: ClientStatus["pauseReason"]): string {
  switch (reason) {
    case "metered":
      return "Paused on a metered network";
    case "battery":
      return "Paused on battery power";
    default:
      return "Paused";
  }
}

function view(state: TrayState, text: string, extra: string | null = null): TrayView {
  const summary = extra ? `${text} · ${extra}` : text;
  const tooltip = `Cirrus: ${summary}`;
  return {
    state,
    summary,
    tooltip: tooltip.length > TOOLTIP_MAX ? `${tooltip.slice(0, TOOLTIP_MAX - 1)}…` : tooltip,
  };
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}

/** Decimal units, as Finder and most sync clients show sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ["kB", "MB", "GB", "TB", "PB"];
  let value = bytes;
  let unit = "B";
  for (const next of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  const rounded = value < 10 ? value.toFixed(1) : Math.round(value).toString();
  return `${rounded} ${unit}`;
}

export type TrayPlatform = "darwin" | "win32" | "linux";

export interface TrayIconFiles {
  /** The file to give `nativeImage.createFromPath` (it picks up `@2x` beside it). */
  file: string;
  /** Every file of this state and platform, 1x first. */
  files: string[];
  /** Edge of the 1x image in pixels. */
  size: number;
  /** macOS: a template image (black + alpha) that the menu bar tints. */
  template: boolean;
}

/**
 * Icon files under assets/tray/. macOS and Windows use 16×16 with a 32×32 `@2x`
 * beside it; macOS uses the `…Template` variants so the menu bar tints them for light
 * and dark mode. Linux uses 22×22 (the freedesktop / AppIndicator panel size; most
 * panels would blur a 16 px icon scaled up) with a 44×44 `@2x`.
 */
export function trayIconFiles(state: TrayState, platform: TrayPlatform): TrayIconFiles {
  if (platform === "darwin") {
    const base = `${state}Template`;
    return {
      file: `${base}.png`,
      files: [`${base}.png`, `${base}@2x.png`],
      size: 16,
      template: true,
    };
  }
  if (platform === "linux") {
    const base = `${state}-linux`;
    return {
      file: `${base}.png`,
      files: [`${base}.png`, `${base}@2x.png`],
      size: 22,
      template: false,
    };
  }
  return {
    file: `${state}.png`,
    files: [`${state}.png`, `${state}@2x.png`],
    size: 16,
    template: false,
  };
}

/** Every icon file the tray may ask for (what assets/tray/ must hold). */
export function allTrayIconFiles(): string[] {
  const platforms: TrayPlatform[] = ["win32", "darwin", "linux"];
  return platforms.flatMap((p) => TRAY_STATES.flatMap((s) => trayIconFiles(s, p).files));
}
