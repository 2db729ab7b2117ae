// Words for the activity list: what a transfer is doing or did, and how far it is.
import type { ActivityKind } from "../../shared/status.js";
import type { ActivityEntry } from "./activity-log.js";
import { formatBytes, formatProgress, formatRelative } from "./format.js";

const VERBS: Record<ActivityKind, { running: string; done: string }> = {
  upload: { running: "Uploading", done: "Uploaded" },
  download: { running: "Downloading", done: "Downloaded" },
  delete: { running: "Deleting", done: "Deleted" },
  move: { running: "Moving", done: "Moved" },
  conflict: { running: "Saving a conflict copy of", done: "Conflict copy saved for" },
  mkdir: { running: "Creating folder", done: "Created folder" },
};

export function activityVerb(kind: ActivityKind, done: boolean): string {
  const verbs = VERBS[kind];
  return done ? verbs.done : verbs.running;
}

/** The second line of a row: "Uploading · 3.2 MB of 10 MB" or "Uploaded · 4 KB · just now". */
export function activityDetail(entry: ActivityEntry, now: number): string {
  const verb = activityVerb(entry.kind, entry.done);
  const hasBytes = entry.bytesTotal > 0 && (entry.kind === "upload" || entry.kind === "download");
  if (!entry.done) {
    return hasBytes ? `${verb} · ${formatProgress(entry.bytesDone, entry.bytesTotal)}` : `${verb}…`;
  }
  const parts = [verb];
  if (hasBytes) parts.push(formatBytes(entry.bytesTotal));
  parts.push(formatRelative(entry.updatedAt, now));
  return parts.join(" · ");
}
