// Words for the activity list: what a transfer is doing or did, and how far it is.
import type { ActivityKind } from "../../shared/status.js";
import type { ActivityEntry } from "./activity-log.js";
import { formatBytes, formatProgress, formatRelative } from "./format.js";

const VERBS: Record<ActivityKind, { running: string; done: string; failed: string }> = {
  upload: { running: "Uploading", done: "Uploaded", failed: "Upload stopped" },
  download: { running: "Downloading", done: "Downloaded", failed: "Download stopped" },
  delete: { running: "Deleting", done: "Deleted", failed: "Not deleted" },
  move: { running: "Moving", done: "Moved", failed: "Not moved" },
  conflict: {
    running: "Saving a conflict copy of",
    done: "Conflict copy saved for",
    failed: "No conflict copy saved for",
  },
  mkdir: { running: "Creating folder", done: "Created folder", failed: "Folder not created" },
};

export function activityVerb(kind: ActivityKind, done: boolean): string {
  const verbs = VERBS[kind];
  return done ? verbs.done : verbs.running;
}

/**
 * The second line of a row: "Uploading · 3.2 MB of 10 MB", "Uploaded · 4 KB · just now",
 * or "Upload stopped · 3.2 MB of 10 MB · Paused · just now" (it is tried again).
 */
export function activityDetail(entry: ActivityEntry, now: number): string {
  const verb = activityVerb(entry.kind, entry.done);
  const hasBytes = entry.bytesTotal > 0 && (entry.kind === "upload" || entry.kind === "download");
  if (!entry.done) {
    return hasBytes ? `${verb} · ${formatProgress(entry.bytesDone, entry.bytesTotal)}` : `${verb}…`;
  }
  if (entry.error !== null) {
    const parts = [VERBS[entry.kind].failed];
    if (hasBytes) parts.push(formatProgress(entry.bytesDone, entry.bytesTotal));
    parts.push(entry.error, formatRelative(entry.updatedAt, now));
    return parts.join(" · ");
  }
  const parts = [verb];
  if (hasBytes) parts.push(formatBytes(entry.bytesTotal));
  parts.push(formatRelative(entry.updatedAt, now));
  return parts.join(" · ");
}
