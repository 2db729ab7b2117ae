// An optional extra a transport may offer next to ClientApi: whether its event stream
// is connected. The HTTP transport has one (a WebSocket that can drop); Electron's IPC
// does not, and the UI then simply never shows a "reconnecting" notice.

export interface ConnectionAware {
  /** Called with false when the event stream drops and true when it is back. */
  onConnectionChange(listener: (connected: boolean) => void): () => void;
}

export function isConnectionAware(api: object): api is ConnectionAware {
  return typeof (api as Partial<ConnectionAware>).onConnectionChange === "function";
}
