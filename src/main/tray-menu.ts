// The tray menu as plain data: main.ts turns it into an Electron Menu and maps each
// action to what it does. Labels and enabled states follow the ClientStatus.
import type { ClientStatus } from "../shared/client-api.js";
import { trayView } from "./tray-state.js";

export type TrayAction =
  "openFolder" | "openPopup" | "togglePause" | "syncNow" | "settings" | "quit";

export type TrayMenuItem =
  | { kind: "status"; label: string }
  | { kind: "separator" }
  | { kind: "action"; action: TrayAction; label: string; enabled: boolean };

/** The menu for the latest status (null while the engine is still starting). */
export function trayMenu(status: ClientStatus | null): TrayMenuItem[] {
  const signedIn = status?.account != null;
  const folder = status?.folder ?? null;
  const hasFolder = signedIn && folder !== null;
  // "Resume" only undoes the user's own pause; a metered or battery pause lifts when the
  // condition does (or when its policy is turned off in Settings).
  const userPaused = status?.pauseReason === "user";
  const paused = status?.pauseReason != null;
  const summary = status ? trayView(status).summary : "Starting…";

  return [
    { kind: "status", label: summary },
    { kind: "separator" },
    {
      kind: "action",
      action: "openFolder",
      label: "Open Cirrus Folder",
      enabled: status?.settings.folder != null,
    },
    { kind: "action", action: "openPopup", label: "Show Cirrus", enabled: true },
    { kind: "separator" },
    {
      kind: "action",
      action: "togglePause",
      label: userPaused ? "Resume Syncing" : "Pause Syncing",
      enabled: hasFolder,
    },
    { kind: "action", action: "syncNow", label: "Sync Now", enabled: hasFolder && !paused },
    { kind: "separator" },
    { kind: "action", action: "settings", label: "Settings…", enabled: true },
    { kind: "action", action: "quit", label: "Quit Cirrus", enabled: true },
  ];
}
