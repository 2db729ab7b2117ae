// The sync root must be the folder this index was built for, mounted and readable:
// otherwise an empty or missing folder would look like "the user deleted everything"
// (invariant 2). A marker file in the root ties the two together.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";
import type { IndexStore } from "../index/index-store.js";

export const ROOT_MARKER = ".cirrus-root";

/** What a marker says: its id, and the device that made it (older markers lack one). */
interface Marker {
  id: string;
  device: string | null;
}

function parseMarker(text: string): Marker {
  const [first = "", second = ""] = text.split("\n");
  const device = /^device (\S+)$/.exec(second.trim());
  return { id: first.trim(), device: device ? (device[1] as string) : null };
}

function markerText(marker: Marker): string {
  return `${marker.id}\n${marker.device ? `device ${marker.device}\n` : ""}`;
}

export async function checkSyncRoot(
  fs: FileSystem,
  root: string,
  index: IndexStore,
  deviceId?: string,
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
  let found: Marker | null = null;
  try {
    found = parseMarker(await fs.promises.readFile(marker, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") {
      throw new CirrusError("sync_root_missing", `cannot read ${marker} (${code ?? "error"})`);
    }
  }
  if (expected === null) {
    // First sync of this folder with this index: adopt this device's own marker (an
    // index rebuilt after it was lost), or make one. Another device's folder is never
    // adopted: its files would go to this account, and this account's into it.
    if (found?.device && deviceId && found.device !== deviceId) {
      throw new CirrusError(
        "folder_taken",
        `${root} is the sync folder of another Cirrus device (${found.device}): choose another ` +
          "folder, or run `cirrus sync --reset-root` if this device is to take it over",
      );
    }
    const id = found?.id || randomUUID();
    if (found?.id !== id) await writeMarker(fs, root, { id, device: deviceId ?? null });
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
  if (found.id !== expected) {
    throw new CirrusError(
      "sync_root_missing",
      `${root} belongs to another sync setup (marker mismatch); syncing stops. ` +
        "If the folder is right, run `cirrus sync` with --reset-root.",
    );
  }
}

/**
 * Make `root` this index's sync folder again, as the user asked (`--reset-root`): a new
 * marker of this device. What the folder holds is then compared with the Synced tree
 * as after any restart; a folder emptier than it was still meets the mass-delete guard.
 */
export async function resetSyncRoot(
  fs: FileSystem,
  root: string,
  index: IndexStore,
  deviceId?: string,
): Promise<void> {
  const info = await fs.promises.stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    throw new CirrusError(
      "sync_root_missing",
      `the sync folder ${root} is missing or not a folder`,
    );
  }
  const id = randomUUID();
  await writeMarker(fs, root, { id, device: deviceId ?? null });
  index.setState("rootMarker", id);
}

async function writeMarker(fs: FileSystem, root: string, marker: Marker): Promise<void> {
  await fs.promises.writeFile(path.join(root, ROOT_MARKER), markerText(marker), { mode: 0o644 });
}
