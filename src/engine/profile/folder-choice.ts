// A sync folder must not hold its own profile, nor lie inside it. A home folder chosen
// as the sync folder holds the default profile (~/.config/cirrus): its index would
// change with every round and sync without end, the token file (with the file store)
// would be uploaded, the embedded endpoint's chunk store would be synced into itself,
// and files deleted here would come back from the profile's trash. A folder inside the
// profile would mix user files with the engine's.
//
// Both paths are resolved on the real disk, where the profile lives (env/file-system.ts).
import { realpath } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import { isStrictlyInside } from "../paths/index.js";

/** Throws `bad_request` when `root` and `profileDir` are one folder or one holds the other. */
export async function assertFolderOutsideProfile(root: string, profileDir: string): Promise<void> {
  const [folder, profile] = await Promise.all([canonical(root), canonical(profileDir)]);
  if (folder === profile || isStrictlyInside(folder, profile)) {
    throw new CirrusError(
      "bad_request",
      `the sync folder ${root} holds this device's profile (${profileDir}): ` +
        "choose a folder that does not, or keep the profile elsewhere with --profile",
    );
  }
  if (isStrictlyInside(profile, folder)) {
    throw new CirrusError(
      "bad_request",
      `the sync folder ${root} is inside this device's profile (${profileDir}): choose another folder`,
    );
  }
}

/** The path through any links, in one case where the file system ignores case. */
async function canonical(dir: string): Promise<string> {
  const real = await realpath(dir).catch(() => path.resolve(dir));
  return process.platform === "darwin" || process.platform === "win32" ? real.toLowerCase() : real;
}
