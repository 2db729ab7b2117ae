// Turns what the local file system threw into a per-file failure a person can act on:
// the closed codes of src/shared/errors.ts (the UI has words for them) and a message
// naming the file, instead of a bare errno such as "ENOSPC: no space left on device".
import { CirrusError, type ErrorCode } from "../../shared/errors.js";

/** Errno codes with a code of their own; anything else keeps its errno code. */
const BY_ERRNO: Readonly<Record<string, { code: ErrorCode; what: string }>> = {
  ENOSPC: { code: "disk_full", what: "the disk is full" },
  EDQUOT: { code: "disk_full", what: "the disk quota is used up" },
  EFBIG: { code: "disk_full", what: "the file is too large for this file system" },
  EACCES: { code: "permission_denied", what: "permission denied" },
  EPERM: { code: "permission_denied", what: "the operation is not permitted" },
  EROFS: { code: "permission_denied", what: "the file system is read-only" },
  EBUSY: { code: "file_busy", what: "the file is in use" },
  ETXTBSY: { code: "file_busy", what: "the file is in use" },
};

export interface LocalFailure {
  code: string;
  message: string;
}

/** The failure to report when `error` stopped an operation on a file. */
export function localFailure(error: unknown): LocalFailure {
  if (error instanceof CirrusError) return { code: error.code, message: error.message };
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  const known = errno === undefined ? undefined : BY_ERRNO[errno];
  if (known) return { code: known.code, message: `${known.what} (${errno})` };
  const message = error instanceof Error ? error.message : String(error);
  return { code: errno ?? "internal", message };
}
