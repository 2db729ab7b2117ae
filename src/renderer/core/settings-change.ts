// The settings form's values -> the minimal `updateSettings` change, with validation.
// Only fields that differ from the current settings are sent.
import type { Settings } from "../../shared/client-api.js";
import { parseKib } from "./format.js";

export interface SettingsFormValues {
  folder: string;
  ignorePatterns: string;
  onDemand: boolean;
  upKib: string;
  downKib: string;
  pauseOnBattery: boolean;
  pauseOnMetered: boolean;
  startAtLogin: boolean;
  notifications: boolean;
}

export type SettingsField = keyof SettingsFormValues;

export type SettingsChangeResult =
  { ok: true; change: Partial<Settings> } | { ok: false; field: SettingsField; message: string };

export function settingsChange(current: Settings, form: SettingsFormValues): SettingsChangeResult {
  const up = parseKib(form.upKib);
  if (up === null) {
    return { ok: false, field: "upKib", message: "Enter a whole number of KiB/s (0 = no limit)." };
  }
  const down = parseKib(form.downKib);
  if (down === null) {
    return {
      ok: false,
      field: "downKib",
      message: "Enter a whole number of KiB/s (0 = no limit).",
    };
  }
  const folder = form.folder.trim();
  if (current.folder !== null && folder === "") {
    return { ok: false, field: "folder", message: "Choose a folder to sync." };
  }

  const change: Partial<Settings> = {};
  if (folder !== "" && folder !== current.folder) change.folder = folder;
  if (form.ignorePatterns !== current.ignorePatterns) change.ignorePatterns = form.ignorePatterns;
  if (form.onDemand !== current.onDemand) change.onDemand = form.onDemand;
  // Compare in whole KiB: the form cannot express finer limits, so an untouched field
  // must not rewrite a limit that was set in bytes elsewhere.
  const kib = (bytes: number) => Math.round(bytes / 1024);
  if (kib(up) !== kib(current.bandwidth.up) || kib(down) !== kib(current.bandwidth.down)) {
    change.bandwidth = { up, down };
  }
  if (form.pauseOnBattery !== current.pauseOnBattery) change.pauseOnBattery = form.pauseOnBattery;
  if (form.pauseOnMetered !== current.pauseOnMetered) change.pauseOnMetered = form.pauseOnMetered;
  if (form.startAtLogin !== current.startAtLogin) change.startAtLogin = form.startAtLogin;
  if (form.notifications !== current.notifications) change.notifications = form.notifications;
  return { ok: true, change };
}
