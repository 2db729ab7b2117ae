// The engine's side of the wire: HTTP calls to the cloud endpoint and its push channel.
export { RemoteClient, type ChunkData } from "./remote-client.js";
export { HttpTransport, type TransportOptions } from "./http-transport.js";
export { Agent, request } from "./undici-core.js";
export {
  connectWebSocket,
  PushClient,
  type ConnectPush,
  type PushClientOptions,
  type PushSocket,
} from "./push-client.js";
