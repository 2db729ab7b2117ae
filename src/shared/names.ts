// Entry-name rules shared by the server (which rejects bad names) and the client
// (which must never write outside the sync root, whatever the server sends).

export const MAX_NAME_BYTES = 255;

/** Why a name is invalid, or null when it is fine. Names travel in NFC. */
export function nameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "name must be a string";
  if (name.length === 0) return "name must not be empty";
  if (name === "." || name === "..") return "name must not be . or ..";
  if (name.includes("/")) return "name must not contain /";
  if (name.includes("\\")) return "name must not contain a backslash";
  if (name.includes("\0")) return "name must not contain NUL";
  // Control characters make names unreadable and break tools; none of the peers allow them.
  if (hasControlChar(name)) return "name must not contain control characters";
  if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) {
    return `name must be at most ${MAX_NAME_BYTES} bytes of UTF-8`;
  }
  if (name.normalize("NFC") !== name) return "name must be in Unicode NFC";
  return null;
}

function hasControlChar(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

export function isValidName(name: unknown): name is string {
  return nameProblem(name) === null;
}

// Names Windows refuses to create; a client on any OS avoids writing them locally
// so that a folder stays portable, and reports them instead.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function isWindowsReservedName(name: string): boolean {
  return WINDOWS_RESERVED.test(name) || /[<>:"|?*]/.test(name) || /[. ]$/.test(name);
}

/** A key that treats names equal when they differ only in case or Unicode form. */
export function foldName(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
