// What a person needs to decide a conflict: both versions' size, time and device,
// a diff for text, and a three-way merge proposal when the edits do not overlap.
import path from "node:path";
import type { ConflictDetails, ConflictRecord, ConflictSide } from "../../shared/status.js";
import type { FileSystem } from "../env/file-system.js";
import type { RemoteClient } from "../remote/index.js";
import { fetchVersionAt } from "../sync/fetch-content.js";
import { shortDiff } from "./diff.js";
import { mergeProposal } from "./merge.js";
import { asText, MAX_TEXT_BYTES } from "./text.js";

async function side(
  fs: FileSystem,
  root: string,
  rel: string,
  device: string | null,
): Promise<ConflictSide | null> {
  const info = await fs.promises.stat(path.join(root, rel)).catch(() => null);
  if (!info?.isFile()) return null;
  return { path: rel, size: info.size, mtime: Math.floor(info.mtimeMs), device };
}

async function readText(fs: FileSystem, root: string, rel: string): Promise<string | null> {
  const info = await fs.promises.stat(path.join(root, rel)).catch(() => null);
  if (!info?.isFile() || info.size > MAX_TEXT_BYTES) return null;
  return asText(await fs.promises.readFile(path.join(root, rel)));
}

export async function conflictDetails(
  fs: FileSystem,
  root: string,
  record: ConflictRecord,
  remote: RemoteClient | null,
): Promise<ConflictDetails> {
  const deviceNames = new Map<string, string>();
  if (remote) {
    for (const d of await remote.devices().catch(() => [])) deviceNames.set(d.id, d.name);
  }
  const remoteDevice = record.remoteDevice
    ? (deviceNames.get(record.remoteDevice) ?? record.remoteDevice)
    : null;
  const details: ConflictDetails = {
    ...record,
    local: await side(fs, root, record.conflictPath, record.localDevice),
    remote: await side(fs, root, record.path, remoteDevice),
    diff: null,
    mergeProposal: null,
  };
  const localText = await readText(fs, root, record.conflictPath);
  const remoteText = await readText(fs, root, record.path);
  if (localText === null || remoteText === null) return details;
  details.diff = shortDiff(record.path, record.conflictPath, remoteText, localText);
  if (remote && record.baseRev !== null) {
    const base = await fetchVersionAt(remote, record.entryId, record.baseRev).catch(() => null);
    const baseText = base ? asText(base) : null;
    if (baseText !== null) details.mergeProposal = mergeProposal(baseText, localText, remoteText);
  }
  return details;
}
