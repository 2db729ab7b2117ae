// Turns a rejected ClientApi call into a sentence for a person. The API rejects with
// `{ code, message }`-shaped errors; anything else is shown by its message.

export interface ErrorLike {
  code: string | null;
  message: string;
}

export function describeError(error: unknown): ErrorLike {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return {
      code: typeof code === "string" ? code : null,
      message: typeof message === "string" && message !== "" ? message : "Something went wrong.",
    };
  }
  if (typeof error === "string" && error !== "") return { code: null, message: error };
  return { code: null, message: "Something went wrong." };
}

const FRIENDLY: Record<string, string> = {
  totp_required: "Enter the code from your authenticator app.",
  offline: "Cirrus is offline. Try again when the connection is back.",
  unavailable: "Cirrus is not reachable right now. Try again in a moment.",
  not_logged_in: "You are signed out. Sign in again to continue.",
  rate_limited: "Too many attempts. Wait a minute and try again.",
  quota_exceeded: "Your storage is full.",
  server_full: "The server is out of disk space. Cirrus will try again.",
  disk_full: "This computer's disk is full.",
  permission_denied: "Cirrus is not allowed to change that file.",
  file_busy: "The file is open in another app. Close it and try again.",
  folder_taken:
    "This folder is already synced by another Cirrus device or account. Choose another folder.",
  profile_busy: "Cirrus is already syncing with this profile in another process. Quit it first.",
};

/** A user-facing sentence: a friendly text for codes people hit, else the server's message. */
export function errorText(error: unknown): string {
  const { code, message } = describeError(error);
  return (code !== null ? FRIENDLY[code] : undefined) ?? message;
}

/** Error text for the sign-in form, where `unauthorized` means the credentials. */
export function signInErrorText(error: unknown): string {
  const { code } = describeError(error);
  if (code === "unauthorized") return "The user name or password is not right.";
  if (code === "forbidden") return "This account can't sign in here.";
  return errorText(error);
}
