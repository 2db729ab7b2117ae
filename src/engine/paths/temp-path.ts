// Names of the engine's temp files: beside their target (same folder, so the final
// rename is atomic), starting with ENGINE_NAME_PREFIX (so the scan and the watcher
// skip them), unique per process by a random tag and a counter (one random draw per
// process, not per file: thousands of small downloads each paid for one).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ENGINE_NAME_PREFIX } from "../ignore/builtin.js";

const processTag = randomBytes(4).toString("hex");
let counter = 0;

/** A fresh temp path in `dir`; open it with "wx", so an unexpected leftover is never reused. */
export function tempPathIn(dir: string): string {
  return path.join(dir, `${ENGINE_NAME_PREFIX}tmp-${processTag}-${(counter++).toString(36)}`);
}
