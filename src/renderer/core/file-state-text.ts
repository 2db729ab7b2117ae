// How the files view names each file state.
import type { FileState } from "../../shared/status.js";

export const FILE_STATE_TEXT: Record<FileState, string> = {
  hydrated: "On this computer",
  placeholder: "Online only",
  pinned: "Always kept here",
  syncing: "Syncing",
  conflicted: "Conflict",
  excluded: "Not synced here",
  error: "Couldn't sync",
};

export interface FileActions {
  download: boolean;
  freeUp: boolean;
  pin: boolean;
  open: boolean;
}

/** Which per-file actions make sense in a state (folders only open). */
export function fileActions(kind: "file" | "folder", state: FileState): FileActions {
  if (kind === "folder")
    return { download: false, freeUp: false, pin: false, open: state !== "excluded" };
  return {
    download: state === "placeholder",
    freeUp: state === "hydrated",
    pin: state === "hydrated" || state === "placeholder" || state === "pinned",
    open: state !== "excluded",
  };
}
