// What the status heading says: one clear sentence for the folder's state, in the
// order a person needs it (a pending mass delete beats everything, then errors, ...).
import type { ClientStatus } from "../../shared/client-api.js";
import type { FolderStatus } from "../../shared/status.js";
import { formatBytes, formatRelative, plural } from "./format.js";

export type Tone = "ok" | "busy" | "paused" | "offline" | "error" | "attention" | "setup";

export interface StateText {
  tone: Tone;
  heading: string;
  detail: string;
}

export function pendingFiles(folder: FolderStatus): number {
  const p = folder.pending;
  return p.uploads + p.downloads + p.deletes + p.moves;
}

export function pendingBytes(folder: FolderStatus): number {
  return folder.pending.bytesToSend + folder.pending.bytesToReceive;
}

function lastSynced(folder: FolderStatus, now: number): string {
  return folder.lastSyncAt === null
    ? "Not synced yet."
    : `Last synced ${formatRelative(folder.lastSyncAt, now)}.`;
}

/** "12 files left · 34 MB" (or just the bytes when only they are known). */
export function workLeft(folder: FolderStatus): string {
  const files = pendingFiles(folder);
  const bytes = pendingBytes(folder);
  if (files === 0 && bytes === 0) return "Preparing changes…";
  const parts = [`${plural(files, "file")} left`];
  if (bytes > 0) parts.push(formatBytes(bytes));
  return parts.join(" · ");
}

function pausedDetail(status: ClientStatus, folder: FolderStatus): string {
  const why =
    status.pauseReason === "metered"
      ? "Paused on a metered network."
      : status.pauseReason === "battery"
        ? "Paused while on battery power."
        : "You paused syncing.";
  const files = pendingFiles(folder);
  return files > 0 ? `${why} ${plural(files, "change")} waiting.` : why;
}

export function describeStatus(status: ClientStatus, now: number): StateText {
  if (status.account === null) {
    return { tone: "setup", heading: "Not set up", detail: "Sign in to start syncing." };
  }
  const folder = status.folder;
  if (folder === null) {
    return {
      tone: "setup",
      heading: "No folder to sync",
      detail: "Choose a folder in Settings to start syncing.",
    };
  }
  if (folder.massDeletePending) {
    const count = folder.massDeletePending.count;
    return {
      tone: "attention",
      heading: "Waiting for your confirmation",
      detail: `${plural(count, "file")} would be deleted everywhere. Nothing is deleted until you confirm.`,
    };
  }
  switch (folder.state) {
    case "error":
      return {
        tone: "error",
        heading: "Sync stopped",
        detail: folder.lastError?.message ?? "Something went wrong. Cirrus will try again.",
      };
    case "offline":
      return {
        tone: "offline",
        heading: "Offline",
        detail: `Cirrus will sync when the connection is back. ${lastSynced(folder, now)}`,
      };
    case "paused":
      return { tone: "paused", heading: "Paused", detail: pausedDetail(status, folder) };
    case "syncing":
      return { tone: "busy", heading: "Syncing", detail: workLeft(folder) };
    case "scanning":
      return { tone: "busy", heading: "Checking for changes", detail: "Looking at your files…" };
    case "idle":
      break;
  }
  if (folder.conflicts > 0) {
    return {
      tone: "attention",
      heading: folder.conflicts === 1 ? "A conflict is waiting" : "Conflicts are waiting",
      detail: `${plural(folder.conflicts, "file")} changed in two places. Both versions are kept until you choose.`,
    };
  }
  if (folder.issues.length > 0) {
    const waiting = folder.issues.some((issue) => issue.retryAt === null);
    return {
      tone: "attention",
      heading: `${plural(folder.issues.length, "file")} couldn't sync`,
      detail: waiting ? "Some need your attention." : "Cirrus will try again.",
    };
  }
  return { tone: "ok", heading: "Up to date", detail: lastSynced(folder, now) };
}

export type PauseControl = "pause" | "resume" | "none";

/** Which of Pause / Resume the status card offers. */
export function pauseControl(status: ClientStatus): PauseControl {
  if (status.account === null || status.folder === null) return "none";
  if (status.pauseReason === "user") return "resume";
  if (status.folder.state === "paused" && status.pauseReason === null) return "resume";
  return "pause";
}
