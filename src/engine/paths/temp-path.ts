// Names of the engine's temp files: beside their target (same folder, so the final
// rename is atomic), starting with ENGINE_NAME_PREFIX (so the scan and the watcher
// skip them), unique per process by a random tag and a counter (one random draw per
// process, not per file: thousands of small downloads each paid for one). The tag
// also tells whose a temp file is when one is left behind (sync/leftover-temps.ts).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ENGINE_NAME_PREFIX } from "../ignore/builtin.js";

export const TEMP_NAME_PREFIX = `${ENGINE_NAME_PREFIX}tmp-`;

/** This process's tag, in the name of every temp file it writes. */
export const OWN_TEMP_TAG = randomBytes(4).toString("hex");
let counter = 0;

/** A fresh temp path in `dir`; open it with "wx", so an unexpected leftover is never reused. */
export function tempPathIn(dir: string): string {
  return path.join(dir, `${TEMP_NAME_PREFIX}${OWN_TEMP_TAG}-${(counter++).toString(36)}`);
}

/** The process tag of a temp file's name, or null for any other name. */
export function tempTagOf(name: string): string | null {
  if (!name.startsWith(TEMP_NAME_PREFIX)) return null;
  const match = /^([0-9a-f]{8})-[0-9a-z]+$/.exec(name.slice(TEMP_NAME_PREFIX.length));
  return match ? (match[1] as string) : null;
}
