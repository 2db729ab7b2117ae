import { mkdir, mkdtemp, realpath, rename, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { NODE_FS } from "../env/file-system.js";
import { LocalFs } from "./local-fs.js";

let tmp: string;
let root: string;
let outside: string;
let local: LocalFs;

beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), "cirrus-localfs-")));
  root = path.join(tmp, "root");
  outside = path.join(tmp, "outside");
  await mkdir(path.join(root, "a", "b"), { recursive: true });
  await mkdir(outside);
  local = new LocalFs(root, path.join(tmp, "trash"), () => 0, NODE_FS);
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function refused(rel: string): Promise<CirrusError> {
  const error: unknown = await local.safePath(rel).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CirrusError);
  expect((error as CirrusError).code).toBe("outside_root");
  return error as CirrusError;
}

describe("LocalFs.safePath for the files of one folder", () => {
  it("gives the same paths once the folder is known, and still checks each name", async () => {
    expect(await local.safePath("a/b/one.txt")).toBe(path.join(root, "a", "b", "one.txt"));
    // The folder's path is remembered: its other files only have their name checked.
    expect(await local.safePath("a/b/two.txt")).toBe(path.join(root, "a", "b", "two.txt"));
    expect(await local.safePath("a/b/café.txt")).toBe(path.join(root, "a", "b", "café.txt"));
    for (const name of ["..", ".", "", "x\u0000y"]) await refused(`a/b/${name}`);
    await refused("a/b/../../../outside/secret.txt");
  });

  it("checks the folder again once the checks are forgotten (a new round, a move)", async () => {
    await local.safePath("a/b/one.txt");
    // Between rounds the folder becomes a link out of the root.
    await rename(path.join(root, "a", "b"), path.join(tmp, "b-moved"));
    await symlink(outside, path.join(root, "a", "b"), "junction");
    local.forgetCheckedFolders();
    const error = await refused("a/b/two.txt");
    expect(error.message).toContain("symbolic link");
  });

  it("remembers no folder that was missing when checked", async () => {
    // Nothing on disk yet: the check stops at the missing folder and vouches for nothing.
    expect(await local.safePath("new/deeper/file.txt")).toBe(
      path.join(root, "new", "deeper", "file.txt"),
    );
    await mkdir(path.join(root, "new"));
    await symlink(outside, path.join(root, "new", "deeper"), "junction");
    await refused("new/deeper/other.txt");
  });
});
