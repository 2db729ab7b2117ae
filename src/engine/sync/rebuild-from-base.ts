// The fast way to rebuild a file that replaces a local one (an edit made elsewhere):
// let the kernel copy the old file to the temp file (a reflink where the file system
// can), then write only what differs: chunks that moved (an insert shifts the rest of
// the file) are copied over from the old file in long runs, and chunks the old file
// lacks come from other local files or the server. The old file is not trusted: the
// whole temp file is hashed before it may replace anything, and a mismatch sends the
// caller back to the careful rebuild (download.ts) that verifies chunk by chunk. A run
// of new chunks that replaced a run of old ones (an edit) is asked for as a delta
// against them first (delta-run.ts).
import { createHash } from "node:crypto";
import { CirrusError } from "../../shared/errors.js";
import { constants, type FileSystem, type OpenFile } from "../env/file-system.js";
import { LIMITS, type ChunkRef } from "../../shared/protocol.js";
import { runSize } from "../../shared/manifest-codec.js";
import { deltaFits } from "./delta-run.js";
import { chunkGroups } from "./chunk-groups.js";
import { readExactly } from "./read-chunks.js";

/**
 * Where the bytes of one run of the new file come from. A run of chunks the base
 * lacks carries the run of base chunks it replaced, when there is one: the endpoint
 * can then send the difference (delta-run.ts) instead of the chunks.
 */
export type Piece =
  | { kind: "copy"; at: number; from: number; size: number }
  | { kind: "chunks"; at: number; chunks: ChunkRef[]; base?: BaseRun };

/** A run of the base's chunks, starting at offset `from` of the base file. */
export interface BaseRun {
  from: number;
  chunks: ChunkRef[];
}

/** Longest run copied with one read and one write. */
const COPY_BLOCK = 8 * 1024 * 1024;
/** Bytes per read when the finished file is hashed. */
const HASH_BLOCK = 4 * 1024 * 1024;

/**
 * What must be written over a copy of the base to turn it into `target`: a chunk at
 * the same offset in both stays put; a chunk found elsewhere in the base is a copy
 * (neighbours merged into one run); any other chunk must be found or fetched.
 */
export function planPieces(
  base: readonly ChunkRef[],
  baseSize: number,
  target: readonly ChunkRef[],
): Piece[] {
  // Offsets in arrays, not maps: offsets past 2^31 are not small integers, and maps
  // keyed by them made this ~30 ms for a 256 MiB file, on the way to every edit.
  const starts = new Float64Array(base.length + 1);
  const offsetOf = new Map<string, number>();
  let offset = 0;
  for (const [i, chunk] of base.entries()) {
    starts[i] = offset;
    if (!offsetOf.has(chunk.id)) offsetOf.set(chunk.id, offset);
    offset += chunk.size;
  }
  starts[base.length] = offset;
  const pieces: Piece[] = [];
  /** The run of new chunks the previous target chunk went into, and its base start. */
  let open: { piece: Extract<Piece, { kind: "chunks" }>; baseFrom: number } | null = null;
  /** Where in the base the last chunk placed from it ends. */
  let baseEnd = 0;
  /** The first base chunk that starts at or after `at`. */
  let b = 0;
  let at = 0;
  for (const chunk of target) {
    while (b < base.length && (starts[b] as number) < at) b++;
    const inPlace = starts[b] === at && base[b]?.id === chunk.id && at + chunk.size <= baseSize;
    const from = inPlace ? at : offsetOf.get(chunk.id);
    if (from === undefined) {
      if (open) open.piece.chunks.push(chunk);
      else {
        open = { piece: { kind: "chunks", at, chunks: [chunk] }, baseFrom: baseEnd };
        pieces.push(open.piece);
      }
    } else {
      if (open) setReplaced(open.piece, base, starts, open.baseFrom, from);
      open = null;
      const last = pieces.at(-1);
      if (inPlace) {
        // Nothing to write.
      } else if (
        last?.kind === "copy" &&
        last.at + last.size === at &&
        last.from + last.size === from
      ) {
        last.size += chunk.size;
      } else pieces.push({ kind: "copy", at, from, size: chunk.size });
      baseEnd = from + chunk.size;
    }
    at += chunk.size;
  }
  if (open) setReplaced(open.piece, base, starts, open.baseFrom, baseSize);
  return pieces;
}

/**
 * Record the base chunks a run of new ones replaced: those from `from` up to `end`,
 * when both are chunk boundaries of the base (not so around repeated chunks) and the
 * run is one a delta may cover.
 */
function setReplaced(
  piece: Extract<Piece, { kind: "chunks" }>,
  base: readonly ChunkRef[],
  starts: Float64Array,
  from: number,
  end: number,
): void {
  if (end <= from || end - from > LIMITS.maxDeltaRunBytes) return;
  let i = firstAtOrAfter(starts, from);
  if (starts[i] !== from) return;
  const chunks: ChunkRef[] = [];
  for (; i < base.length && (starts[i] as number) < end; i++) chunks.push(base[i] as ChunkRef);
  if (starts[i] === end) piece.base = { from, chunks };
}

/** Index of the first value >= `value` in ascending `sorted` (its length if none). */
function firstAtOrAfter(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Reading and resolving chunk bytes, supplied by the caller (local files, server). */
export type ResolveChunks = (group: readonly ChunkRef[]) => Promise<Map<string, Buffer>>;

/**
 * A run of chunks from the endpoint as its difference from the base run it replaced
 * (`baseBytes`, read from the old file): the run's verified bytes, or null.
 */
export type FetchByDelta = (
  chunks: readonly ChunkRef[],
  base: readonly ChunkRef[],
  baseBytes: Buffer,
) => Promise<Buffer | null>;

/**
 * Build `temp` from a copy of `baseFile` plus `pieces`, fsync it, and return whether
 * its content hashes to `hash` (false: the base was not what the index said).
 */
export async function rebuildFromBase(options: {
  fs: FileSystem;
  baseFile: string;
  temp: string;
  pieces: readonly Piece[];
  size: number;
  hash: string;
  mtime: Date;
  resolve: ResolveChunks;
  fetchByDelta?: FetchByDelta;
  /** Bytes of the new version in place so far (the copy, then each run written). */
  onProgress?: (bytesDone: number) => void;
}): Promise<boolean> {
  const { fs, baseFile, temp, pieces, size, hash, mtime, resolve, fetchByDelta } = options;
  await fs.promises.copyFile(baseFile, temp, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  let inPlace = size - runSize(pieces.flatMap((p) => (p.kind === "chunks" ? p.chunks : [])));
  options.onProgress?.(inPlace);
  const out = await fs.promises.open(temp, "r+");
  try {
    const source = await fs.promises.open(baseFile, "r");
    try {
      for (const piece of pieces) {
        if (piece.kind === "copy") await copyRun(source, out, piece);
        else {
          if (!(await writeByDelta(source, out, piece, fetchByDelta))) {
            await writeChunks(out, piece, resolve);
          }
          inPlace += runSize(piece.chunks);
          options.onProgress?.(inPlace);
        }
      }
    } finally {
      await source.close();
    }
    await out.truncate(size);
    await out.utimes(mtime, mtime);
    // The check reads the file back (from the page cache) while fsync writes it out.
    const [actual] = await Promise.all([hashFile(fs, temp, size), out.sync()]);
    return actual === hash;
  } finally {
    await out.close();
  }
}

async function copyRun(
  source: OpenFile,
  out: OpenFile,
  piece: Extract<Piece, { kind: "copy" }>,
): Promise<void> {
  const buffer = Buffer.allocUnsafe(Math.min(COPY_BLOCK, piece.size));
  for (let done = 0; done < piece.size;) {
    const want = Math.min(buffer.length, piece.size - done);
    const { bytesRead } = await source.read(buffer, 0, want, piece.from + done);
    if (bytesRead === 0) return; // The base shrank: the final hash will say so.
    await writeAll(out, buffer.subarray(0, bytesRead), piece.at + done);
    done += bytesRead;
  }
}

/** Write a run of chunks rebuilt from a delta against the base; false if it cannot be. */
async function writeByDelta(
  source: OpenFile,
  out: OpenFile,
  piece: Extract<Piece, { kind: "chunks" }>,
  fetchByDelta: FetchByDelta | undefined,
): Promise<boolean> {
  const { base } = piece;
  if (!fetchByDelta || !base || !deltaFits(piece.chunks) || !deltaFits(base.chunks)) return false;
  const baseBytes = await readExactly(source, base.from, runSize(base.chunks));
  const run = baseBytes && (await fetchByDelta(piece.chunks, base.chunks, baseBytes));
  if (!run) return false;
  await writeAll(out, run, piece.at);
  return true;
}

async function writeChunks(
  out: OpenFile,
  piece: Extract<Piece, { kind: "chunks" }>,
  resolve: ResolveChunks,
): Promise<void> {
  let at = piece.at;
  // A group at a time: resolved from local files or by one server request.
  for (const group of chunkGroups(piece.chunks)) {
    const found = await resolve(group);
    const block = Buffer.concat(group.map((c) => found.get(c.id) ?? Buffer.alloc(0)));
    if (block.length !== runSize(group)) {
      throw new CirrusError("not_found", "a chunk of the new version is not available");
    }
    await writeAll(out, block, at);
    at += block.length;
  }
}

export async function writeAll(handle: OpenFile, data: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(
      data,
      written,
      data.length - written,
      position + written,
    );
    written += bytesWritten;
  }
}

/** SHA-256 of a file expected to hold `size` bytes (one read buffer, reused). */
async function hashFile(fs: FileSystem, file: string, size: number): Promise<string> {
  const whole = createHash("sha256");
  const handle = await fs.promises.open(file, "r");
  try {
    const buffer = Buffer.allocUnsafe(Math.min(HASH_BLOCK, size + 1));
    for (let position = 0; ;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      whole.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return whole.digest("hex");
}
