// Checks the first-run forms before anything is sent, so mistakes are reported at the
// field where they are, in words.
import type { SignInRequest } from "../../shared/client-api.js";

export interface SignInValues {
  server: string;
  user: string;
  password: string;
  totp: string;
  deviceName: string;
  folder: string;
}

export type SignInField = keyof SignInValues;

export type SignInCheck =
  | { ok: true; request: SignInRequest; folder: string }
  | { ok: false; field: SignInField; message: string };

/** "https://host[:port][/path]" with no trailing slash; null when not an http(s) URL. */
export function normalizeServerUrl(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "")
    return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export function checkSignIn(values: SignInValues, folderRequired: boolean): SignInCheck {
  const server = normalizeServerUrl(values.server);
  if (server === null) {
    return {
      ok: false,
      field: "server",
      message:
        "Enter the server's address, starting with https:// (for example https://cirrus.example.com).",
    };
  }
  const user = values.user.trim();
  if (user === "") return { ok: false, field: "user", message: "Enter your user name." };
  if (values.password === "")
    return { ok: false, field: "password", message: "Enter your password." };
  const totp = values.totp.replace(/\s+/g, "");
  if (totp !== "" && !/^\d{6,8}$/.test(totp)) {
    return {
      ok: false,
      field: "totp",
      message: "The code is the 6 digits shown in your authenticator app.",
    };
  }
  const folder = values.folder.trim();
  if (folderRequired && folder === "") {
    return { ok: false, field: "folder", message: "Choose the folder to keep in sync." };
  }
  const request: SignInRequest = { server, user, password: values.password };
  if (totp !== "") request.totp = totp;
  const deviceName = values.deviceName.trim();
  if (deviceName !== "") request.deviceName = deviceName;
  return { ok: true, request, folder };
}
