// Checks the arguments of a ClientApi call that arrived over HTTP before the engine
// sees them: the right number, and the right shapes.
import type { ClientMethod } from "../../shared/client-api.js";
import { CirrusError } from "../../shared/errors.js";

type Check = (value: unknown) => boolean;

const str: Check = (v) => typeof v === "string" && v.length <= 4096;
const bool: Check = (v) => typeof v === "boolean";
const obj: Check = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const strList: Check = (v) => Array.isArray(v) && v.length <= 10_000 && v.every(str);
const choice: Check = (v) => v === "local" || v === "remote" || v === "both" || v === "merged";

const SHAPES: Record<ClientMethod, Check[]> = {
  getStatus: [],
  signIn: [obj],
  useEmbeddedServer: [obj],
  signOut: [],
  listDevices: [],
  revokeDevice: [str],
  updateSettings: [obj],
  pause: [],
  resume: [],
  syncNow: [],
  confirmMassDelete: [],
  listConflicts: [],
  resolveConflict: [str, choice],
  listFiles: [str],
  hydrate: [strList],
  dehydrate: [strList],
  setPinned: [str, bool],
  openFile: [str],
  listFolders: [str],
  setExcluded: [str, bool],
};

export function validateClientArgs(method: ClientMethod, args: unknown): void {
  const shape = SHAPES[method];
  if (!Array.isArray(args) || args.length !== shape.length) {
    throw new CirrusError("bad_request", `${method} takes ${shape.length} argument(s)`);
  }
  shape.forEach((check, i) => {
    if (!check(args[i]))
      throw new CirrusError("bad_request", `argument ${i + 1} of ${method} is invalid`);
  });
}
