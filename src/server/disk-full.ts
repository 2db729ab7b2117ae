// Whether a failure is the server's disk being full: Node's ENOSPC and EDQUOT, and
// SQLite's SQLITE_FULL. Requests meeting it answer 507 server_full (http/error-handler.ts);
// bookkeeping that is not worth failing a request for skips its write instead.
const DISK_FULL_CODES = new Set(["ENOSPC", "EDQUOT", "SQLITE_FULL"]);

export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && DISK_FULL_CODES.has(code);
}
