// The engine's writes to the sync root, each checked first: the path is built from
// names the server sent (validated, strictly inside the root, no symlinked folder on
// the way), and nothing is replaced or removed unless it is what the scan saw.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import type { FileSystem } from "../env/file-system.js";
import { assertNoSymlinkEscape, localPathFor } from "../paths/index.js";
import { moveAcrossDevices } from "./cross-device-move.js";

export class LocalFs {
  /** Folders found to be real folders, not links (see assertNoSymlinkEscape). */
  private readonly checkedFolders = new Set<string>();
  /**
   * The checked absolute path of folders, by the relative path safePath was given, for
   * as long as checkedFolders holds: the other files of a folder then only need their
   * own name checked. (A download of 10,000 files in 100 folders checked every folder
   * of every path again: ~15 µs a file.)
   */
  private readonly folderPaths = new Map<string, string>();

  constructor(
    readonly root: string,
    private readonly trashDir: string,
    private readonly now: () => number,
    /** The file system calls themselves (EngineEnv.fs), for the root and the trash. */
    readonly io: FileSystem,
  ) {}

  /**
   * Absolute path for a "/"-separated relative path, refusing anything unsafe. `rel` may
   * be made of NFC keys (the planner's paths) or of on-disk spellings (the scan's
   * diskPath); existing entries are addressed by their on-disk spelling (diskSpelling).
   */
  async safePath(rel: string): Promise<string> {
    const cut = rel.lastIndexOf("/");
    const folder = cut > 0 ? rel.slice(0, cut) : null;
    const folderAbs = folder === null ? undefined : this.folderPaths.get(folder);
    if (folderAbs !== undefined) return this.inCheckedFolder(folderAbs, rel.slice(cut + 1));
    const segments = rel.split("/");
    // Check the names as keys (nameProblem insists on NFC; NFC never makes or removes a
    // "/", "..", NUL or control character), then address what is on disk. The joined
    // path is checked again to be strictly inside the root by assertNoSymlinkEscape.
    localPathFor(
      this.root,
      segments.map((s) => s.normalize("NFC")),
    );
    const abs = path.resolve(this.root, ...(await this.diskSpelling(segments, this.root)));
    await assertNoSymlinkEscape(this.io, this.root, abs, this.checkedFolders);
    // Every folder on the way was found to be a real one (the check goes top down and
    // stops at the first that is missing): the folder's siblings may skip the walk.
    const parent = path.dirname(abs);
    if (folder !== null && this.checkedFolders.has(parent)) this.folderPaths.set(folder, parent);
    return abs;
  }

  /** safePath of a name in a folder whose whole path was checked (folderPaths). */
  private async inCheckedFolder(folderAbs: string, name: string): Promise<string> {
    // The name alone, as safePath checks each name; the result is strictly inside the
    // folder, which is strictly inside the root.
    localPathFor(folderAbs, [name.normalize("NFC")]);
    const [onDisk] = await this.diskSpelling([name], folderAbs);
    return path.join(folderAbs, onDisk ?? name);
  }

  /**
   * Forget which folders were checked: called at the start of every round, and after
   * this class moves or removes anything (a folder may then be something else).
   */
  forgetCheckedFolders(): void {
    this.checkedFolders.clear();
    this.folderPaths.clear();
  }

  /**
   * The on-disk spelling of NFC names (paths/unicode.ts): an existing entry may be
   * stored in another Unicode form (NFD, as macOS writes it, synced here by another
   * tool), and I/O on the NFC spelling would miss it on Linux: a download could never
   * replace it and a file in an NFD folder could never arrive. Names that exist as
   * given, ASCII names (one form only) and names not on disk (new entries, created in
   * NFC) are kept.
   */
  private async diskSpelling(segments: readonly string[], from: string): Promise<string[]> {
    const spelled: string[] = [];
    let dir = from;
    for (const name of segments) {
      let onDisk = name;
      if (/[\u0080-\uffff]/.test(name) && !(await this.exists(path.join(dir, name)))) {
        const key = name.normalize("NFC");
        const names = await this.io.promises.readdir(dir).catch(() => [] as string[]);
        onDisk = names.find((n) => n.normalize("NFC") === key) ?? name;
      }
      spelled.push(onDisk);
      dir = path.join(dir, onDisk);
    }
    return spelled;
  }

  async exists(abs: string): Promise<boolean> {
    try {
      await this.io.promises.lstat(abs);
      return true;
    } catch {
      return false;
    }
  }

  async createFolder(rel: string): Promise<number> {
    const abs = await this.safePath(rel);
    try {
      await this.io.promises.mkdir(abs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const stat = await this.io.promises.lstat(abs);
      if (!stat.isDirectory())
        throw new CirrusError("name_conflict", `${rel} exists and is not a folder`);
    }
    return (await this.io.promises.lstat(abs)).ino;
  }

  /** Rename within the root; never over an existing entry (a case-only rename excepted). */
  async move(fromRel: string, toRel: string): Promise<void> {
    const from = await this.safePath(fromRel);
    const to = await this.safePath(toRel);
    const caseOnly = from.toLowerCase() === to.toLowerCase() && from !== to;
    if (!caseOnly && (await this.exists(to))) {
      throw new CirrusError("name_conflict", `${toRel} already exists locally`);
    }
    this.forgetCheckedFolders();
    await this.io.promises.rename(from, to);
  }

  /**
   * Move a file or folder out of the root into the profile's trash (restorable with
   * `cirrus restore`), instead of unlinking: a remote delete never destroys local bytes.
   */
  async moveToTrash(rel: string): Promise<string> {
    const abs = await this.safePath(rel);
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, "-");
    const batch = path.join(this.trashDir, `${stamp}-${randomBytes(3).toString("hex")}`);
    const dest = path.join(batch, rel);
    this.forgetCheckedFolders();
    await this.io.promises.mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
    try {
      await moveAcrossDevices(this.io, abs, dest);
    } catch (error) {
      // Nothing moved: no empty batch folder left behind for each failed try.
      await this.io.promises.rm(batch, { recursive: true, force: true }).catch(() => undefined);
      throw error;
    }
    return dest;
  }

  /** Remove an empty folder; one holding only ignored files goes to the trash whole. */
  async removeFolder(
    rel: string,
    onlyIgnoredInside: (names: string[]) => boolean,
  ): Promise<boolean> {
    const abs = await this.safePath(rel);
    const names = await this.io.promises.readdir(abs);
    this.forgetCheckedFolders();
    if (names.length === 0) {
      await this.io.promises.rmdir(abs);
      return true;
    }
    if (onlyIgnoredInside(names)) {
      await this.moveToTrash(rel);
      return true;
    }
    return false;
  }

  async removeFile(rel: string): Promise<void> {
    await this.io.promises.unlink(await this.safePath(rel));
  }
}
