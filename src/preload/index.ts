// The contextBridge: window.cirrus implements ClientApi, one IPC message per method,
// and window.cirrusHost offers what only the desktop app can (the native folder
// picker). It runs in a sandboxed renderer, so it is compiled to one CommonJS file
// that requires nothing but "electron" (tsconfig.preload.json); from src/shared it
// takes types only.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import type { ClientApi, ClientMethod } from "../shared/client-api.js";
import type {
  CirrusHost,
  EventChannel,
  IpcResult,
  MethodChannel,
  PickFolderChannel,
} from "../shared/client-api-schema.js";
import type { ErrorBody } from "../shared/errors.js";
import type { SyncEvent } from "../shared/status.js";

/**
 * Every request/response method. The `satisfies` makes the compiler list the ones
 * missing here (and refuse extra ones) whenever ClientApi changes.
 */
const METHODS = {
  getStatus: true,
  signIn: true,
  useEmbeddedServer: true,
  signOut: true,
  listDevices: true,
  revokeDevice: true,
  updateSettings: true,
  pause: true,
  resume: true,
  syncNow: true,
  confirmMassDelete: true,
  listConflicts: true,
  resolveConflict: true,
  listFiles: true,
  hydrate: true,
  dehydrate: true,
  setPinned: true,
  openFile: true,
  listFolders: true,
  setExcluded: true,
} satisfies Record<ClientMethod, true>;

const EVENT_CHANNEL: EventChannel = "cirrus:event";
const PICK_FOLDER_CHANNEL: PickFolderChannel = "cirrus:pickFolder";

/**
 * Unwrap the main process's `{ ok, result | error }`. The rejection is a plain
 * `{ name, code, message }` object, not an Error: the contextBridge copies an Error's
 * message only and drops its other properties (the code), but copies plain objects
 * whole. `errorFromBody` in src/shared/errors.ts turns it back into a CirrusError.
 */
async function call(channel: string, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(channel, ...args)) as IpcResult;
  if (reply.ok) return reply.result;
  const body: ErrorBody & { name: string } = {
    name: "CirrusError",
    code: reply.error.code,
    message: reply.error.message,
  };
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
  return Promise.reject(body);
}

function methodChannel(method: ClientMethod): MethodChannel {
  return `cirrus:${method}`;
}

function buildApi(): ClientApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(METHODS) as ClientMethod[]) {
    const channel = methodChannel(method);
    api[method] = (...args: unknown[]) => call(channel, args);
  }
  api.onEvent = (listener: (event: SyncEvent) => void): (() => void) => {
    const handler = (_event: IpcRendererEvent, payload: SyncEvent) => {
      listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  };
  return api as unknown as ClientApi;
}

const host: CirrusHost = {
  pickFolder: () => call(PICK_FOLDER_CHANNEL, []) as Promise<string | null>,
};

contextBridge.exposeInMainWorld("cirrus", buildApi());
contextBridge.exposeInMainWorld("cirrusHost", host);
