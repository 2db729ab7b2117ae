// Makes a batch of freshly written temp files durable at once, before any of them is
// renamed into place. One fsync per small file was most of the cost of a download of
// many files: measured here, 100,000 files of 1 KiB took 12-15 s with an fsync each
// (whatever the thread count: the kernel spent ~120 µs of CPU per fsync) and 5.9 s
// written plainly with one syncfs(2) per 1,000 files. The guarantee is the same: no
// file is visible under its name before its bytes are on disk (invariant 5).
//
// On Linux the batch is flushed with syncfs(2) through coreutils' `sync -f`, run by a
// helper process (syncfs-helper.ts). It flushes the whole file system the folder is on
// (other programs' dirty data too, so it is used for batches of small files only).
// Elsewhere, if that fails, or when the engine's FileSystem is not the real one (syncfs
// would flush a disk it does not see), each file gets its own fsync through the
// FileSystem, several at once.
import { isNodeFs, type FileSystem } from "../env/file-system.js";
import { forEachConcurrent } from "./concurrent.js";
import { fsync } from "./fd-io.js";
import { SyncfsHelper } from "./syncfs-helper.js";

/** fsyncs at once when each file is flushed on its own (their waits overlap). */
const FSYNCS_AT_ONCE = 16;

/** One helper per folder, started on its first batch. */
const helpers = new Map<string, SyncfsHelper>();

export async function makeDurable(
  fs: FileSystem,
  folder: string,
  files: readonly string[],
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (files.length === 0) return;
  if (platform === "linux" && isNodeFs(fs) && (await syncFileSystem(folder))) return;
  await forEachConcurrent(files, FSYNCS_AT_ONCE, async (file) => {
    const fd = fs.openSync(file, "r");
    try {
      await fsync(fs, fd);
    } finally {
      fs.closeSync(fd);
    }
  });
}

/** syncfs(2) on the file system holding `folder`; false when it could not be run. */
function syncFileSystem(folder: string): Promise<boolean> {
  let helper = helpers.get(folder);
  if (!helper) helpers.set(folder, (helper = new SyncfsHelper(folder)));
  return helper.flush();
}
