// The sync engine: index, scanner, watcher, chunker, planner, transfers, conflicts and
// ignore rules, in plain Node (no Electron). `Engine` is its public face.
export { DEFAULT_ENV, Engine, type EngineEnv, type LoginOptions } from "./engine.js";
export { NODE_FS, type FileSystem, type OpenFile } from "./env/file-system.js";
export { SyncFolder, type Disposable } from "./sync/sync-folder.js";
export type { RoundResult } from "./sync/sync-round.js";
export { defaultProfileDir } from "./profile/profile.js";
export {
  Agent,
  request,
  RemoteClient,
  PushClient,
  type ChunkData,
  type ConnectPush,
  type PushSocket,
} from "./remote/index.js";
export { ROOT_MARKER } from "./sync/root-guard.js";
export { ClientService, type ClientServiceOptions } from "./client/client-service.js";
export type { EmbeddedEndpoint, RunningEndpoint } from "./client/embedded-endpoint.js";
export { ControlServer, CONTROL_FILE, type ControlInfo } from "./control/control-server.js";
