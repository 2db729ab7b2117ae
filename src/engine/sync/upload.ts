// Uploads a file's content: ask which chunks the server lacks, send only those
// (verified against the file as they are read), then commit the manifest (a patch
// against the synced version when there is one) against the base revision.
import { lstat } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import { diffManifests } from "../../shared/manifest-patch.js";
import type { ChunkRef, CommitOp } from "../../shared/protocol.js";
import type { CachedFile, IndexStore } from "../index/index-store.js";
import type { ChunkData, RemoteClient } from "../remote/index.js";
import { openForRead, readVerifiedChunk } from "./read-chunks.js";

export interface UploadItem {
  /** Path relative to the root, as on disk. */
  diskRel: string;
  /** Path key of the hash cache (NFC). */
  rel: string;
  hash: string;
  size: number;
  /** The commit op to send once chunks are up (chunks/patch filled in here). */
  commit: Omit<CommitOp, "chunks" | "patch">;
}

export interface PreparedUpload {
  item: UploadItem;
  chunks: ChunkRef[];
  op: CommitOp;
}

/** Send every missing chunk of these files, then return their commit ops. */
export async function uploadContent(options: {
  root: string;
  items: readonly UploadItem[];
  index: IndexStore;
  remote: RemoteClient;
  onBytes?: (bytes: number) => void;
}): Promise<{ ready: PreparedUpload[]; failed: { item: UploadItem; error: CirrusError }[] }> {
  const { root, items, index, remote } = options;
  const ready: PreparedUpload[] = [];
  const failed: { item: UploadItem; error: CirrusError }[] = [];
  const withChunks: { item: UploadItem; chunks: ChunkRef[]; cached: CachedFile }[] = [];
  for (const item of items) {
    const cached = index.cachedFile(item.rel);
    if (!cached || cached.hash !== item.hash) {
      failed.push({
        item,
        error: new CirrusError("file_busy", `${item.rel} changed since it was scanned`),
      });
      continue;
    }
    withChunks.push({ item, chunks: cached.chunks, cached });
  }
  // Chunks of the synced version a commit replaces are on the server: that version
  // (the commit's base revision) references them. Asking about them anyway sent every
  // chunk id of the file, ~900 KB for a 1-byte edit of a 256 MiB file.
  const onServer = new Set<string>();
  for (const { item } of withChunks) {
    const { id, baseRev } = item.commit;
    if (id === undefined || baseRev === null) continue;
    for (const chunk of index.syncedChunks(id, baseRev) ?? []) onServer.add(chunk.id);
  }
  const missing = new Set(
    await remote.missing(
      withChunks.flatMap((w) => w.chunks.map((c) => c.id)).filter((id) => !onServer.has(id)),
    ),
  );
  let batch: ChunkData[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const sending = batch;
    batch = [];
    batchBytes = 0;
    await remote.uploadChunks(sending);
    options.onBytes?.(sending.reduce((sum, c) => sum + c.data.length, 0));
  };
  for (const { item, chunks, cached } of withChunks) {
    const needed = chunks.some((c) => missing.has(c.id));
    if (needed) {
      const handle = await openForRead(path.join(root, item.diskRel));
      if (!handle) {
        failed.push({
          item,
          error: new CirrusError("file_busy", `${item.rel} could not be opened`),
        });
        continue;
      }
      let ok = true;
      try {
        let offset = 0;
        for (const chunk of chunks) {
          if (missing.has(chunk.id)) {
            const data = await readVerifiedChunk(handle, offset, chunk.size, chunk.id);
            if (!data) {
              ok = false;
              break;
            }
            missing.delete(chunk.id);
            batch.push({ id: chunk.id, data });
            batchBytes += data.length;
            if (batchBytes >= 4 * 1024 * 1024) await flush();
          }
          offset += chunk.size;
        }
      } finally {
        await handle.close();
      }
      if (!ok) {
        // Invariant 5: a file that changes while read is not uploaded; rescan, retry.
        index.dropCachedFile(item.rel);
        failed.push({
          item,
          error: new CirrusError("file_busy", `${item.rel} changed while it was read`),
        });
        continue;
      }
    }
    // Invariant 5: commit only if the file is still what was hashed. Chunks the server
    // already has are not read back, so a file a writer was still changing (read while
    // it paused half-way, say) would otherwise be committed as a mix of two versions.
    if (!(await unchangedSince(path.join(root, item.diskRel), cached))) {
      index.dropCachedFile(item.rel);
      failed.push({
        item,
        error: new CirrusError("file_busy", `${item.rel} changed since it was hashed`),
      });
      continue;
    }
    ready.push({ item, chunks, op: commitOp(item, chunks, index) });
  }
  await flush();
  return { ready, failed };
}

/** Whether the file's stat is still the one its hash was cached with. */
async function unchangedSince(file: string, cached: CachedFile): Promise<boolean> {
  const now = await lstat(file).catch(() => null);
  return (
    now !== null &&
    now.ino === cached.ino &&
    now.size === cached.size &&
    Math.floor(now.mtimeMs) === cached.mtimeMs &&
    now.ctimeMs === cached.ctimeMs
  );
}

function commitOp(item: UploadItem, chunks: ChunkRef[], index: IndexStore): CommitOp {
  const { commit } = item;
  if (commit.id !== undefined && commit.baseRev !== null) {
    const base = index.syncedChunks(commit.id, commit.baseRev);
    if (base) {
      const patch = diffManifests(commit.baseRev, base, chunks);
      if (patch.ops.length < chunks.length) return { ...commit, patch };
    }
  }
  return { ...commit, chunks };
}
