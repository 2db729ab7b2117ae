// Applies a person's decision on a conflict to the sync folder; the next sync carries
// it to the other devices. Every choice is reversible: replaced content stays in the
// server's version history, and removed copies go to a trash.
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { ConflictRecord, ResolveChoice } from "../../shared/status.js";
import type { IndexStore } from "../index/index-store.js";
import type { LocalFs } from "../sync/local-fs.js";
import { tempPathIn } from "../paths/index.js";

export async function resolveConflict(options: {
  fs: LocalFs;
  index: IndexStore;
  record: ConflictRecord;
  choice: ResolveChoice;
  mergeProposal?: string | null;
}): Promise<void> {
  const { fs, index, record, choice } = options;
  const copy = await fs.safePath(record.conflictPath);
  const original = await fs.safePath(record.path);
  const copyExists = await fs.exists(copy);
  switch (choice) {
    case "both":
      // The conflict copy simply stays, as an ordinary file.
      break;
    case "local":
      if (!copyExists) throw new CirrusError("not_found", `${record.conflictPath} is gone`);
      // This device's version takes the name; the server keeps the other as a version.
      await fs.io.promises.rename(copy, original);
      break;
    case "remote":
      if (copyExists) await fs.moveToTrash(record.conflictPath);
      break;
    case "merged": {
      const merged = options.mergeProposal;
      if (merged === null || merged === undefined) {
        throw new CirrusError("bad_request", "there is no merge proposal for this conflict");
      }
      const temp = tempPathIn(path.dirname(original));
      try {
        await fs.io.promises.writeFile(temp, merged);
        await fs.io.promises.rename(temp, original);
      } finally {
        await fs.io.promises.rm(temp, { force: true });
      }
      if (copyExists) await fs.moveToTrash(record.conflictPath);
      break;
    }
  }
  index.resolveConflict(record.id);
}

/** The open conflict a path names: the original or the conflict copy. */
export function findConflict(index: IndexStore, rel: string): ConflictRecord {
  const record = index.conflicts().find((c) => c.path === rel || c.conflictPath === rel);
  if (!record) throw new CirrusError("not_found", `no open conflict for ${rel}`);
  return record;
}
