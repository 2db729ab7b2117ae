// One UI, two transports: Electron's preload puts a ClientApi on `window.cirrus`;
// headless, the page talks to the engine's UI server over HTTP + WebSocket.
import type { ClientApi } from "../../shared/client-api.js";
import { HttpClientApi } from "./http-client-api.js";
import { takeToken } from "./token-store.js";

export interface PickedApi {
  api: ClientApi;
  transport: "ipc" | "http";
  /** Headless only: false when the page was opened without its token. */
  hasToken: boolean;
}

export function pickApi(): PickedApi {
  const bridged = window.cirrus;
  if (bridged) return { api: bridged, transport: "ipc", hasToken: true };
  const token = takeToken();
  return {
    api: new HttpClientApi({ token: token ?? "" }),
    transport: "http",
    hasToken: token !== null,
  };
}
