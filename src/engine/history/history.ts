// Version history and the server's trash, addressed by path in the sync folder.
import { CirrusError } from "../../shared/errors.js";
import type { Entry, TrashItem, Version } from "../../shared/protocol.js";
import type { IndexStore } from "../index/index-store.js";
import type { RemoteClient } from "../remote/index.js";

/** The server id of the file or folder at `rel`, from the Remote tree. */
export function entryIdAt(index: IndexStore, rel: string): string {
  const id = index.remoteIdAt(rel);
  if (id === null) throw new CirrusError("not_found", `${rel} is not on the server`);
  return id;
}

export async function versionsOf(
  index: IndexStore,
  remote: RemoteClient,
  rel: string,
): Promise<Version[]> {
  return remote.versions(entryIdAt(index, rel));
}

export async function restoreVersion(
  index: IndexStore,
  remote: RemoteClient,
  rel: string,
  versionId: string,
): Promise<Entry> {
  return remote.restoreVersion(entryIdAt(index, rel), versionId);
}

export function serverTrash(remote: RemoteClient): Promise<TrashItem[]> {
  return remote.trash();
}

/** Restore the most recently trashed item that had this path; null when there is none. */
export async function restoreFromServerTrash(
  remote: RemoteClient,
  rel: string,
): Promise<Entry | null> {
  const item = (await remote.trash()).find((t) => t.path === rel);
  return item ? remote.restoreTrash(item.id) : null;
}
