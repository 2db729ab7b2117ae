// Deletes that wait: none at all after the server was restored (invariant 2), and a
// mass delete until the user confirms it (invariant 3). Everything else proceeds.
import type { Intent } from "./intents.js";
import type { Prepared } from "./model.js";
import { compareStrings, tryPathOf } from "./paths.js";
import type { Deferred, MassDeleteReport, Side } from "./types.js";

export interface Guarded {
  intents: Intent[];
  held: Deferred[];
  massDelete?: MassDeleteReport;
}

export function guardDeletes(prep: Prepared, intents: Intent[]): Guarded {
  const { options } = prep;
  if (options.fingerprintChanged) {
    const held: Deferred[] = [];
    const kept = intents.filter((i) => {
      const del = i.kind === "deleteLocal" || i.kind === "deleteRemote";
      if (del) held.push({ id: i.id, reason: "noDeletes" });
      return !del;
    });
    return { intents: kept, held };
  }

  const syncedFiles = (): number => {
    if (options.syncedFiles) return options.syncedFiles();
    let files = 0;
    for (const n of prep.synced.values()) if (n.kind === "file") files++;
    return files;
  };
  const count = (side: Side): number => {
    let files = 0;
    for (const i of intents) {
      if (i.kind === "deleteLocal" && side === "local" && prep.local.get(i.id)?.kind === "file") {
        files++;
      }
      if (
        i.kind === "deleteRemote" &&
        side === "remote" &&
        prep.remote.get(i.id)?.kind === "file"
      ) {
        files++;
      }
    }
    return files;
  };
  const localDeletes = count("local");
  const remoteDeletes = count("remote");
  const tooMany = (files: number): boolean => {
    if (options.confirmedMassDelete || files === 0) return false;
    if (files >= options.massDeleteHardCap) return true;
    if (files < options.massDeleteMinCount) return false;
    const total = syncedFiles();
    return (total === 0 ? 1 : files / total) >= options.massDeleteShare;
  };
  const holdLocal = tooMany(localDeletes);
  const holdRemote = tooMany(remoteDeletes);
  if (!holdLocal && !holdRemote) return { intents, held: [] };

  const held: Deferred[] = [];
  const paths: string[] = [];
  const kept = intents.filter((i) => {
    if (i.kind === "deleteLocal" && holdLocal) {
      paths.push(tryPathOf(prep.local, i.id) ?? i.id);
    } else if (i.kind === "deleteRemote" && holdRemote) {
      paths.push(tryPathOf(prep.remote, i.id) ?? i.id);
    } else {
      return true;
    }
    held.push({ id: i.id, reason: "massDelete" });
    return false;
  });
  const sides: Side[] = [];
  if (holdLocal) sides.push("local");
  if (holdRemote) sides.push("remote");
  paths.sort(compareStrings);
  return {
    intents: kept,
    held,
    massDelete: { localDeletes, remoteDeletes, held: sides, paths },
  };
}
