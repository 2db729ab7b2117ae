// Checks every IPC call before the engine sees it: who sent it (only our own app page)
// and what it carries (the argument schemas of src/shared/client-api-schema.ts).
// The main process is the trust boundary: a compromised renderer must not get further.
import { pathToFileURL } from "node:url";
import { CirrusError, isErrorCode, type ErrorBody } from "../shared/errors.js";

export { isClientMethod, validateArgs, type ArgsCheck } from "../shared/client-api-validate.js";

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
