// Hydrate (download the real file in place of its placeholder) and dehydrate ("free
// up space": replace an in-sync file by its placeholder). Both swap atomically and
// never lose bytes: a file with changes not yet uploaded is refused.
import { CirrusError } from "../../shared/errors.js";
import type { ChunkerPool } from "../chunking/index.js";
import type { IndexStore } from "../index/index-store.js";
import type { RemoteClient } from "../remote/index.js";
import { doneActivity, type SyncEvent } from "../../shared/status.js";
import { downloadFile } from "../sync/download.js";
import { TransferProgress } from "../sync/transfer-progress.js";
import type { LocalFs } from "../sync/local-fs.js";
import type { PlaceholderProvider } from "./placeholder-provider.js";

export interface HydrationDeps {
  fs: LocalFs;
  index: IndexStore;
  provider: PlaceholderProvider;
  remote: () => Promise<RemoteClient>;
  chunker: () => ChunkerPool;
  /** Where a hydration is reported as a download (the open folder's event stream). */
  emit?: (event: SyncEvent) => void;
  now?: () => number;
}

export async function hydrate(deps: HydrationDeps, rel: string): Promise<void> {
  const { fs, index, provider } = deps;
  const stubRel = provider.diskName(rel);
  const stubAbs = await fs.safePath(stubRel);
  const meta = await provider.read(stubAbs);
  const realAbs = await fs.safePath(rel);
  if (!meta) {
    if (await fs.exists(realAbs)) {
      throw new CirrusError("not_placeholder", `${rel} is already on this device`);
    }
    throw new CirrusError("not_found", `${rel} is neither a file nor a placeholder here`);
  }
  const remote = await deps.remote();
  const entry = await remote.entry(meta.id);
  if (entry.deleted || entry.kind !== "file" || !entry.hash) {
    throw new CirrusError("not_found", `${rel} is no longer on the server`);
  }
  const chunks = entry.chunks ?? [];
  // A large file shows in the activity from its start, with its progress.
  const progress = new TransferProgress(deps.emit ?? (() => undefined), deps.now ?? Date.now);
  progress.atLeast("download", rel, entry.size, 0);
  let result: { ino: number; ctimeMs: number; mtimeMs: number };
  try {
    result = await downloadFile(
      fs.io,
      {
        root: fs.root,
        file: realAbs,
        hash: entry.hash,
        size: entry.size,
        mtime: entry.mtime,
        chunks,
        beforeReplace: async () => {
          if (await fs.exists(realAbs))
            throw new CirrusError("name_conflict", `${rel} appeared meanwhile`);
        },
        onProgress: (bytes) => {
          progress.atLeast("download", rel, entry.size, bytes);
        },
      },
      index,
      remote,
    );
  } catch (error) {
    progress.fail(error);
    throw error;
  }
  await fs.io.promises.rm(stubAbs, { force: true });
  const old = index.syncedNode(meta.id);
  const node = {
    id: meta.id,
    parentId: old?.parentId ?? entry.parentId,
    name: old?.name ?? entry.name,
    kind: "file" as const,
    hash: entry.hash,
    size: entry.size,
    mtime: entry.mtime,
    rev: entry.rev,
  };
  index.transaction(() => {
    index.putSynced(node, result.ino, chunks, false);
    index.putCachedFile({
      path: rel,
      ino: result.ino,
      size: entry.size,
      mtimeMs: result.mtimeMs,
      ctimeMs: result.ctimeMs,
      hash: entry.hash as string,
      chunks,
    });
  });
  progress.emit(doneActivity("download", rel, entry.size));
}

export async function dehydrate(deps: HydrationDeps, rel: string): Promise<void> {
  const { fs, index, provider } = deps;
  if (index.isPinned(rel)) {
    throw new CirrusError("bad_request", `${rel} is pinned to this device; unpin it first`);
  }
  const realAbs = await fs.safePath(rel);
  const before = await fs.io.promises.lstat(realAbs).catch(() => null);
  if (!before?.isFile()) throw new CirrusError("not_found", `${rel} is not a file on this device`);
  const synced = index.syncedAt(rel);
  if (!synced || synced.kind !== "file" || synced.placeholder) {
    throw new CirrusError("unsynced_changes", `${rel} has not been uploaded yet`);
  }
  const cached = index.cachedFile(rel);
  const fresh =
    cached &&
    cached.ino === before.ino &&
    cached.size === before.size &&
    cached.mtimeMs === Math.floor(before.mtimeMs) &&
    cached.ctimeMs === before.ctimeMs;
  const hash = fresh ? cached.hash : (await deps.chunker().chunk(realAbs)).hash;
  if (hash !== synced.hash) {
    throw new CirrusError("unsynced_changes", `${rel} has changes that are not uploaded yet`);
  }
  const stubAbs = await fs.safePath(provider.diskName(rel));
  await provider.write(stubAbs, {
    id: synced.id,
    name: synced.name,
    size: synced.size,
    mtime: synced.mtime,
    hash: synced.hash,
    rev: synced.rev,
  });
  const after = await fs.io.promises.lstat(realAbs);
  if (after.ino !== before.ino || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
    await fs.io.promises.rm(stubAbs, { force: true });
    throw new CirrusError(
      "file_busy",
      `${rel} changed while freeing up space; nothing was removed`,
    );
  }
  await fs.io.promises.rm(realAbs);
  const stubIno = (await fs.io.promises.lstat(stubAbs)).ino;
  index.transaction(() => {
    index.putSynced(synced, stubIno, index.syncedChunks(synced.id, synced.rev), true);
    index.dropCachedFile(rel);
  });
}
