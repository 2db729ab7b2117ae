// What the engine takes from its surroundings. Engine.open(profileDir, env) fills what
// the caller leaves out from DEFAULT_ENV, the real clock, randomness, network and disk.
import type { Dispatcher } from "undici";
import { connectWebSocket, type ConnectPush } from "../remote/index.js";
import { NODE_FS, type FileSystem } from "./file-system.js";

/**
 * What the engine takes from its surroundings, so that tests, and a deterministic
 * simulator with fault injection, can drive it without changing engine code.
 */
export interface EngineEnv {
  /** Wall clock, epoch ms (conflict names, retry times, history). */
  now: () => number;
  /** Uniform in [0, 1): the jitter of every back-off. */
  random: () => number;
  /** Waits between HTTP retries. */
  sleep: (ms: number) => Promise<void>;
  /**
   * The network between this device and its server: an undici Dispatcher (requests of
   * the HTTP API; the push channel is `connectPush`). Default: a keep-alive connection
   * pool per server.
   */
  dispatcher?: Dispatcher;
  /** Opens the push channel (continuous mode). Default: a `ws` WebSocket. */
  connectPush: ConnectPush;
  /**
   * The file system of the sync folder and the local trash. Default: `node:fs`. What
   * stays on the real disk regardless (the profile's own files, the watcher, the
   * chunker's worker threads) is listed in env/file-system.ts.
   */
  fs: FileSystem;
}

export const DEFAULT_ENV: EngineEnv = {
  now: Date.now,
  random: Math.random,
  sleep: (ms) =>
    new Promise<void>((resolve) => {
      setTimeout(resolve, ms);
    }),
  connectPush: connectWebSocket,
  fs: NODE_FS,
};
