// The sync root must be the folder this index was built for, mounted and readable:
// otherwise an empty or missing folder would look like "the user deleted everything"
// (invariant 2). A marker file in the root ties the two together.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";
import type { IndexStore } from "../index/index-store.js";

export const ROOT_MARKER = ".cirrus-root";

export async function checkSyncRoot(
  fs: FileSystem,
  root: string,
  index: IndexStore,
): Promise<void> {
  let info;
  try {
    info = await fs.promises.stat(root);
  } catch (error) {
    throw new CirrusError(
      "sync_root_missing",
      `the sync folder ${root} is missing or unreadable (${(error as NodeJS.ErrnoException).code ?? "error"}); ` +
        "syncing stops rather than deleting anything",
    );
  }
  if (!info.isDirectory()) throw new CirrusError("sync_root_missing", `${root} is not a folder`);
  const expected = index.getState("rootMarker");
  const marker = path.join(root, ROOT_MARKER);
  let found: string | null = null;
  try {
    found = (await fs.promises.readFile(marker, "utf8")).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      throw new CirrusError("sync_root_missing", `cannot read ${marker} (${code ?? "error"})`);
    }
  }
  if (expected === null) {
    // First sync of this folder with this index: adopt an existing marker or make one.
    const id = found ?? randomUUID();
    if (found === null) await fs.promises.writeFile(marker, id + "\n", { mode: 0o644 });
    index.setState("rootMarker", id);
    return;
  }
  if (found === null) {
    throw new CirrusError(
      "sync_root_missing",
      `${root} has lost its ${ROOT_MARKER} marker (unmounted, or replaced?); ` +
        "syncing stops rather than deleting anything. If the folder is right, run `cirrus sync` with --reset-root.",
    );
  }
  if (found !== expected) {
    throw new CirrusError(
      "sync_root_missing",
      `${root} belongs to another sync setup (marker mismatch); syncing stops`,
    );
  }
}
