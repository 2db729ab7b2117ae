// Reads a whole (small) file version from the server into memory, verifying every
// chunk: for diffs and merges, never for writing files (downloads stream to disk).
import { CirrusError } from "../../shared/errors.js";
import type { ChunkRef } from "../../shared/protocol.js";
import type { RemoteClient } from "../remote/index.js";
import { sha256Hex } from "../chunking/sha256.js";

export async function fetchContent(
  remote: RemoteClient,
  chunks: readonly ChunkRef[],
): Promise<Buffer> {
  const unique = [...new Set(chunks.map((c) => c.id))];
  const got = new Map<string, Buffer>();
  for (const chunk of await remote.fetchChunks(unique)) {
    if (sha256Hex(chunk.data) !== chunk.id) {
      throw new CirrusError("hash_mismatch", "the server sent a corrupt chunk");
    }
    got.set(chunk.id, chunk.data);
  }
  return Buffer.concat(
    chunks.map((c) => {
      const data = got.get(c.id);
      if (!data) throw new CirrusError("not_found", `chunk ${c.id} is not available`);
      return data;
    }),
  );
}

/** The content of the version of `entryId` at revision `rev`, or null when it is gone. */
export async function fetchVersionAt(
  remote: RemoteClient,
  entryId: string,
  rev: number,
): Promise<Buffer | null> {
  const versions = await remote.versions(entryId).catch(() => []);
  const version = versions.find((v) => v.rev === rev);
  if (!version) return null;
  const manifest = await remote.versionManifest(entryId, version.id);
  return fetchContent(remote, manifest.chunks ?? []);
}
