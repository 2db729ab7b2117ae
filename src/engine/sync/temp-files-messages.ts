// The messages between TempFiles (temp-files.ts) and its worker thread.
import type { WireError } from "../chunking/worker-messages.js";

/**
 * Write these files into temp files: their bytes back to back in `data` (one buffer,
 * transferred), or rename these temp files to their names, which must be free.
 */
export type TempFilesRequest =
  | {
      kind: "write";
      id: number;
      data: ArrayBuffer;
      files: { dir: string; start: number; size: number; mtime: number }[];
    }
  | { kind: "place"; id: number; moves: { temp: string; file: string; rel: string }[] };

/** Per file, in order: the temp path (write) or the placed file's stat (place). */
export type TempOutcome = { ok: true; value: unknown } | { ok: false; error: WireError };

export interface TempFilesResponse {
  id: number;
  outcomes: TempOutcome[];
}
