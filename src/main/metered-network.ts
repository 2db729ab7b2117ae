// Asks NetworkManager (Linux) whether the connection is metered, and follows its
// changes; the parsing lives in power.ts, tested. Elsewhere "not known" (null).
import { execFile, spawn, type ChildProcess } from "node:child_process";
import {
  NETWORK_MANAGER_METERED_COMMAND,
  NETWORK_MANAGER_MONITOR_COMMAND,
  isMeteredChange,
  parseNetworkManagerMetered,
} from "./power.js";

/** Whether the connection is metered, or null when NetworkManager cannot say. */
export function readMetered(): Promise<boolean | null> {
  if (process.platform !== "linux") return Promise.resolve(null);
  const [command, ...args] = NETWORK_MANAGER_METERED_COMMAND;
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 2_000 }, (error, stdout) => {
      resolve(error ? null : parseNetworkManagerMetered(stdout));
    });
  });
}

/**
 * Follow NetworkManager's PropertiesChanged signals, calling `onChange` on a metered
 * change; kill the returned process to stop. Without gdbus the process exits at once
 * and the caller reads the state at its other events only.
 */
export function watchMetered(onChange: () => void): ChildProcess {
  const [command, ...args] = NETWORK_MANAGER_MONITOR_COMMAND;
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"] });
  child.on("error", () => undefined); // No gdbus: nothing to follow.
  let buffered = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    if (lines.some(isMeteredChange)) onChange();
  });
  return child;
}
