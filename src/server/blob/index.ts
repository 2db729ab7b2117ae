// Chunk storage for cirrus-server: the BlobStore seam and its default, pack-file
// implementation. Other folders import from here only.

export type { BlobStore, IncomingChunk } from "./blob-store.js";
export {
  LocalBlobStore,
  DEFAULT_PACK_SIZE_CAP,
  type LocalBlobStoreOptions,
} from "./local-blob-store.js";
