// The engine's writes to the sync root, each checked first: the path is built from
// names the server sent (validated, strictly inside the root, no symlinked folder on
// the way), and nothing is replaced or removed unless it is what the scan saw.
import { randomBytes } from "node:crypto";
import { copyFile, lstat, mkdir, readdir, rename, rm, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import { CirrusError } from "../../shared/errors.js";
import { assertNoSymlinkEscape, localPathFor } from "../paths/index.js";

export class LocalFs {
  constructor(
    readonly root: string,
    private readonly trashDir: string,
    private readonly now: () => number,
  ) {}

  /** Absolute path for a "/"-separated relative path, refusing anything unsafe. */
  async safePath(rel: string): Promise<string> {
    const abs = localPathFor(this.root, rel.split("/"));
    await assertNoSymlinkEscape(this.root, abs);
    return abs;
  }

  async exists(abs: string): Promise<boolean> {
    try {
      await lstat(abs);
      return true;
    } catch {
      return false;
    }
  }

  async createFolder(rel: string): Promise<number> {
    const abs = await this.safePath(rel);
    try {
      await mkdir(abs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const stat = await lstat(abs);
      if (!stat.isDirectory())
        throw new CirrusError("name_conflict", `${rel} exists and is not a folder`);
    }
    return (await lstat(abs)).ino;
  }

  /** Rename within the root; never over an existing entry (a case-only rename excepted). */
  async move(fromRel: string, toRel: string): Promise<void> {
    const from = await this.safePath(fromRel);
    const to = await this.safePath(toRel);
    const caseOnly = from.toLowerCase() === to.toLowerCase() && from !== to;
    if (!caseOnly && (await this.exists(to))) {
      throw new CirrusError("name_conflict", `${toRel} already exists locally`);
    }
    await rename(from, to);
  }

  /**
   * Move a file or folder out of the root into the profile's trash (restorable with
   * `cirrus restore`), instead of unlinking: a remote delete never destroys local bytes.
   */
  async moveToTrash(rel: string): Promise<string> {
    const abs = await this.safePath(rel);
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, "-");
    const dest = path.join(this.trashDir, `${stamp}-${randomBytes(3).toString("hex")}`, rel);
    await mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
    try {
      await rename(abs, dest);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
      // The profile is on another file system: copy, then remove the original.
      const stat = await lstat(abs);
      if (stat.isDirectory()) await this.copyTree(abs, dest);
      else await copyFile(abs, dest);
      await rm(abs, { recursive: true });
    }
    return dest;
  }

  private async copyTree(from: string, to: string): Promise<void> {
    await mkdir(to, { recursive: true });
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name);
      const dst = path.join(to, entry.name);
      if (entry.isDirectory()) await this.copyTree(src, dst);
      else if (entry.isFile()) await copyFile(src, dst);
    }
  }

  /** Remove an empty folder; one holding only ignored files goes to the trash whole. */
  async removeFolder(
    rel: string,
    onlyIgnoredInside: (names: string[]) => boolean,
  ): Promise<boolean> {
    const abs = await this.safePath(rel);
    const names = await readdir(abs);
    if (names.length === 0) {
      await rmdir(abs);
      return true;
    }
    if (onlyIgnoredInside(names)) {
      await this.moveToTrash(rel);
      return true;
    }
    return false;
  }

  async removeFile(rel: string): Promise<void> {
    await unlink(await this.safePath(rel));
  }
}
