// Content-defined chunking for the sync engine: FastCDC cut points, chunking and
// hashing a file from disk, and a worker pool that does it off the event loop.
// Chunk boundaries are part of the sync format (see fastcdc.ts and README.md).
export {
  DEFAULT_CHUNKER_PARAMS,
  FastCdc,
  cutPoints,
  gearTable,
  validateChunkerParams,
  type ChunkerParams,
} from "./fastcdc.js";
export {
  DEFAULT_READ_SIZE,
  chunkFile,
  type ChunkFileOptions,
  type FileChunk,
  type FileChunks,
} from "./chunk-file.js";
export {
  ChunkerPool,
  type ChunkerPoolMode,
  type ChunkerPoolOptions,
  type ChunkJobOptions,
  type ChunkOutlet,
} from "./chunker-pool.js";
export { type ChunkBatch } from "./chunk-emitter.js";
export { readAllSync, SMALL_FILE_MAX } from "./chunk-small-file.js";
