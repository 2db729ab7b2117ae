// Checks every IPC call before the engine sees it: who sent it (only our own app page)
// and what it carries (the argument schemas of src/shared/client-api-schema.ts).
// The main process is the trust boundary: a compromised renderer must not get further.
import { Value } from "@sinclair/typebox/value";
import { pathToFileURL } from "node:url";
import { CLIENT_METHODS, type ClientMethod } from "../shared/client-api.js";
import { CLIENT_API_ARGS } from "../shared/client-api-schema.js";
import { CirrusError, isErrorCode, type ErrorBody } from "../shared/errors.js";

export type ArgsCheck = { ok: true; args: unknown[] } | { ok: false; error: ErrorBody };

export function isClientMethod(name: unknown): name is ClientMethod {
  return typeof name === "string" && (CLIENT_METHODS as readonly string[]).includes(name);
}

/**
 * Check the argument list of a ClientApi call. The message names the argument and what
 * was expected, never the value (it may be a password).
 */
export function validateArgs(method: string, args: unknown): ArgsCheck {
  if (!isClientMethod(method)) {
    return { ok: false, error: { code: "bad_request", message: `unknown method ${method}` } };
  }
  const schema = CLIENT_API_ARGS[method];
  if (!Array.isArray(args)) {
    return { ok: false, error: { code: "bad_request", message: `${method}: arguments missing` } };
  }
  if (Value.Check(schema, args)) return { ok: true, args };
  const expected: number = schema.maxItems;
  if (args.length !== expected) {
    return {
      ok: false,
      error: {
        code: "bad_request",
        message: `${method} takes ${expected} argument(s), got ${args.length}`,
      },
    };
  }
  const first = Value.Errors(schema, args).First();
  const where = first ? describePath(first.path) : "";
  const what = first ? first.message.toLowerCase() : "invalid value";
  return { ok: false, error: { code: "bad_request", message: `${method}: ${where}${what}` } };
}

/** "/0/server" → "argument 1, server: " */
function describePath(pointer: string): string {
  const [index = "", ...rest] = pointer.split("/").filter((s) => s !== "");
  if (index === "") return "";
  const arg = `argument ${Number(index) + 1}`;
  return rest.length ? `${arg}, ${rest.join(".")}: ` : `${arg}: `;
}

/** Any thrown value as the `{ code, message }` that crosses the process boundary. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof CirrusError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: "internal", message: error.message };
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as Record<string, unknown>;
    if (typeof message === "string") {
      return { code: isErrorCode(code) ? code : "internal", message };
    }
  }
  return { code: "internal", message: String(error) };
}

export interface SenderFrame {
  /** `event.senderFrame.url`; null/undefined when the frame is gone. */
  url: string | null | undefined;
  /** True for a window's top frame (`senderFrame.parent === null`). */
  isMainFrame: boolean;
}

export interface TrustedPages {
  /** Absolute path of the bundled renderer's index.html. */
  rendererIndexFile: string;
  /** Host of our `app://` scheme, when the renderer is served through it. */
  appHost?: string;
}

/**
 * Only the top frame of our own bundled page may call: `file://…/index.html` (any hash
 * route), or `app://<appHost>/…`. Anything else (another file, an iframe, a page that
 * navigated away, http(s)) is refused.
 */
export function isTrustedSender(frame: SenderFrame, pages: TrustedPages): boolean {
  if (!frame.isMainFrame || !frame.url) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (url.protocol === "app:") {
    return pages.appHost !== undefined && url.host === pages.appHost && url.username === "";
  }
  if (url.protocol !== "file:" || url.host !== "") return false;
  url.hash = "";
  url.search = "";
  return url.href === pathToFileURL(pages.rendererIndexFile).href;
}
