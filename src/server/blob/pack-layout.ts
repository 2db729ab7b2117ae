// Where pack files live. Paths are built only from hashes and numeric ids, never from
// an account name or a client-supplied chunk id, so no name can escape the data dir.

import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { closeSync, fsyncSync, openSync } from "node:fs";
import path from "node:path";

export const INDEX_FILE = "index.db";
export const PACKS_DIR = "packs";
const PACK_FILE = /^(\d{1,15})\.pack$/;
const ACCOUNT_DIR = /^[0-9a-f]{64}$/;
const FANOUT_DIR = /^[0-9a-f]{2}$/;

/**
 * The directory key of an account: SHA-256 of its name's UTF-16 code units. UTF-16LE
 * is lossless for every JS string (lone surrogates included), so two distinct names
 * can never share a directory.
 */
export function accountDirKey(nameKey: Buffer): string {
  return createHash("sha256").update(nameKey).digest("hex");
}

/** The account name as stored in the index: exact UTF-16 code units. */
export function accountNameKey(name: string): Buffer {
  return Buffer.from(name, "utf16le");
}

export function accountNameFromKey(key: Buffer): string {
  return key.toString("utf16le");
}

export class PackLayout {
  readonly packsRoot: string;
  readonly indexPath: string;

  constructor(readonly root: string) {
    this.packsRoot = path.join(root, PACKS_DIR);
    this.indexPath = path.join(root, INDEX_FILE);
  }

  /** packs/<first two hex digits>/<account key>/: the fan-out keeps directories small. */
  accountDir(dirKey: string): string {
    if (!ACCOUNT_DIR.test(dirKey)) throw new Error(`bad account dir key ${dirKey}`);
    return path.join(this.packsRoot, dirKey.slice(0, 2), dirKey);
  }

  packPath(dirKey: string, packId: number): string {
    if (!Number.isSafeInteger(packId) || packId <= 0) throw new Error(`bad pack id ${packId}`);
    return path.join(this.accountDir(dirKey), `${String(packId).padStart(10, "0")}.pack`);
  }

  /** The directories whose entries must be durable once a new pack file exists in dirKey. */
  dirsToSyncForNewPack(dirKey: string): string[] {
    const accountDir = this.accountDir(dirKey);
    return [accountDir, path.dirname(accountDir), this.packsRoot, this.root];
  }
}

/** Recognise packs/<xx>/<key>/<id>.pack; anything else is not ours and is left alone. */
export function parsePackFile(fanout: string, dirKey: string, file: string): number | null {
  if (!FANOUT_DIR.test(fanout) || !ACCOUNT_DIR.test(dirKey) || !dirKey.startsWith(fanout)) {
    return null;
  }
  const match = PACK_FILE.exec(file);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/**
 * fsync a directory so a file created (or removed) in it survives power loss. Windows
 * cannot open directories for syncing and its file systems do not need it.
 */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function syncDirSync(dir: string): void {
  if (process.platform === "win32") return;
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
