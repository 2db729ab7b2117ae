// Files this device removed because of a remote delete wait in the profile's trash
// folder; this moves the newest copy of a path back into the sync root.
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";

export async function restoreFromLocalTrash(
  fs: FileSystem,
  root: string,
  trashDir: string,
  rel: string,
): Promise<void> {
  if (rel.split("/").some((s) => s === ".." || s === "." || s === "")) {
    throw new CirrusError("outside_root", `${rel} is not a path inside the sync root`);
  }
  const batches = (await fs.promises.readdir(trashDir).catch(() => [] as string[]))
    .sort()
    .reverse();
  for (const batch of batches) {
    const candidate = path.join(trashDir, batch, rel);
    if (!(await fs.promises.stat(candidate).catch(() => null))) continue;
    const target = path.join(root, rel);
    if (await fs.promises.stat(target).catch(() => null)) {
      throw new CirrusError("name_conflict", `${rel} exists in the sync folder; move it first`);
    }
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.rename(candidate, target);
    return;
  }
  throw new CirrusError(
    "not_found",
    `${rel} is neither in the server's trash nor in this device's (${trashDir})`,
  );
}
