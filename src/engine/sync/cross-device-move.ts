// A rename that also works across file systems: the profile's trash may live on another
// disk than the sync folder (a sync folder on a data drive). Across disks the file or
// folder is copied, then the original removed; a copy that fails (the other disk full)
// is removed again, so it leaves neither junk nor a half copy, and the original stays.
import path from "node:path";
import type { FileSystem } from "../env/file-system.js";

export async function moveAcrossDevices(io: FileSystem, from: string, to: string): Promise<void> {
  try {
    await io.promises.rename(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  try {
    const stat = await io.promises.lstat(from);
    if (stat.isDirectory()) await copyTree(io, from, to);
    else await io.promises.copyFile(from, to);
  } catch (error) {
    await io.promises.rm(to, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  await io.promises.rm(from, { recursive: true });
}

async function copyTree(io: FileSystem, from: string, to: string): Promise<void> {
  await io.promises.mkdir(to, { recursive: true });
  for (const entry of await io.promises.readdir(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(io, src, dst);
    else if (entry.isFile()) await io.promises.copyFile(src, dst);
  }
}
