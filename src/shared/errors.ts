// Errors that cross a process boundary (HTTP, IPC) carry a stable `code` from this
// closed union and a human message, never a bare thrown string.

export const ERROR_CODES = {
  bad_request: 400,
  invalid_name: 400,
  hash_mismatch: 400,
  missing_chunks: 400,
  unauthorized: 401,
  totp_required: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  stale_base: 409,
  name_conflict: 409,
  not_a_folder: 409,
  folder_not_empty: 409,
  cycle: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  quota_exceeded: 507,
  /** The server's own disk is full: nothing was stored; try again once it has room. */
  server_full: 507,
  internal: 500,
  unavailable: 503,
  // Client-side codes: never sent by the server.
  offline: 503,
  sync_root_missing: 500,
  mass_delete_pending: 409,
  not_placeholder: 400,
  outside_root: 400,
  unsynced_changes: 409,
  keychain_unavailable: 500,
  not_logged_in: 401,
  permission_denied: 500,
  disk_full: 507,
  file_busy: 500,
  paused: 503,
  profile_busy: 409,
  folder_taken: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The wire form of every error: HTTP bodies and IPC results. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Optional structured detail, e.g. the current entry on a stale base. */
  detail?: unknown;
}

export class CirrusError extends Error {
  readonly code: ErrorCode;
  readonly detail: unknown;

  constructor(code: ErrorCode, message: string, detail?: unknown) {
    super(message);
    this.name = "CirrusError";
    this.code = code;
    this.detail = detail;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message };
    if (this.detail !== undefined) body.detail = this.detail;
    return body;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CODES, value);
}

/** Rebuild a CirrusError from a wire body; unknown shapes become `internal`. */
export function errorFromBody(body: unknown, fallbackMessage: string): CirrusError {
  if (typeof body === "object" && body !== null) {
    const { code, message, detail } = body as Record<string, unknown>;
    if (isErrorCode(code)) {
      return new CirrusError(code, typeof message === "string" ? message : fallbackMessage, detail);
    }
  }
  return new CirrusError("internal", fallbackMessage);
}
