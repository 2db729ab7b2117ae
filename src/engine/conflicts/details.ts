// What a person needs to decide a conflict: both versions' size, time and device,
// a diff for text, and a three-way merge proposal when the edits do not overlap.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { ConflictDetails, ConflictRecord, ConflictSide } from "../../shared/status.js";
import type { RemoteClient } from "../remote/index.js";
import { fetchVersionAt } from "../sync/fetch-content.js";
import { shortDiff } from "./diff.js";
import { mergeProposal } from "./merge.js";
import { asText, MAX_TEXT_BYTES } from "./text.js";

async function side(
  root: string,
  rel: string,
  device: string | null,
): Promise<ConflictSide | null> {
  const info = await stat(path.join(root, rel)).catch(() => null);
  if (!info?.isFile()) return null;
  return { path: rel, size: info.size, mtime: Math.floor(info.mtimeMs), device };
}

async function readText(root: string, rel: string): Promise<string | null> {
  const info = await stat(path.join(root, rel)).catch(() => null);
  if (!info?.isFile() || info.size > MAX_TEXT_BYTES) return null;
  return asText(await readFile(path.join(root, rel)));
}

export async function conflictDetails(
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
    local: await side(root, record.conflictPath, record.localDevice),
    remote: await side(root, record.path, remoteDevice),
    diff: null,
    mergeProposal: null,
  };
  const localText = await readText(root, record.conflictPath);
  const remoteText = await readText(root, record.path);
  if (localText === null || remoteText === null) return details;
  details.diff = shortDiff(record.path, record.conflictPath, remoteText, localText);
  if (remote && record.baseRev !== null) {
    const base = await fetchVersionAt(remote, record.entryId, record.baseRev).catch(() => null);
    const baseText = base ? asText(base) : null;
    if (baseText !== null) details.mergeProposal = mergeProposal(baseText, localText, remoteText);
  }
  return details;
}
