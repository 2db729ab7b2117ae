// `cirrus restore`: files this device removed because of a remote delete wait in the
// profile's trash folder; this moves the newest copy of a path back into the root.
import { mkdir, readdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../shared/errors.js";
import type { Engine } from "../engine/index.js";

export async function restoreFromLocalTrash(engine: Engine, relPath: string): Promise<string> {
  const root = engine.profile.get().folder;
  if (!root) throw new CirrusError("bad_request", "no sync folder configured");
  const rel = relPath.replace(/^\/+/, "");
  if (rel.split("/").some((s) => s === ".." || s === "." || s === "")) {
    throw new CirrusError("outside_root", `${relPath} is not a path inside the sync root`);
  }
  const trash = engine.profile.trashDir;
  const batches = (await readdir(trash).catch(() => [] as string[])).sort().reverse();
  for (const batch of batches) {
    const candidate = path.join(trash, batch, rel);
    if (!(await stat(candidate).catch(() => null))) continue;
    const target = path.join(root, rel);
    if (await stat(target).catch(() => null)) {
      throw new CirrusError("name_conflict", `${rel} exists in the sync folder; move it first`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await rename(candidate, target);
    return rel;
  }
  throw new CirrusError("not_found", `${rel} is not in this device's trash (${trash})`);
}
