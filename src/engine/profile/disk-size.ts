// The size of the disk the profile lives on (the real disk, env/file-system.ts): what
// the profile's trash may take a share of (sync/local-trash.ts).
import { statfs } from "node:fs/promises";

/** Bytes of the file system holding `dir`, or null when the OS cannot tell. */
export async function diskSize(dir: string): Promise<number | null> {
  const disk = await statfs(dir).catch(() => null);
  return disk ? disk.blocks * disk.bsize : null;
}
