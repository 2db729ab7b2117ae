// What the page may find on `window`: Electron's preload sets `cirrus` (the ClientApi)
// and, later, `cirrusHost` with native helpers such as a folder picker.
import type { ClientApi } from "../shared/client-api.js";

export interface CirrusHost {
  /** A native folder picker; resolves null when the person cancels. */
  pickFolder?: () => Promise<string | null>;
}

declare global {
  interface Window {
    cirrus?: ClientApi;
    cirrusHost?: CirrusHost;
  }
}

export function nativeHost(): CirrusHost | undefined {
  return window.cirrusHost;
}
