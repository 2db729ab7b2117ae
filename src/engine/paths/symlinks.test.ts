import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { assertNoSymlinkEscape } from "./index.js";
import { NODE_FS } from "../env/file-system.js";

let tmp: string;
let root: string;
let outside: string;

beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), "cirrus-paths-")));
  root = path.join(tmp, "root");
  outside = path.join(tmp, "outside");
  await mkdir(path.join(root, "real", "sub"), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(outside, "secret.txt"), "not yours");
  // A folder link inside the root that points out of it ("junction" is for Windows).
  await symlink(outside, path.join(root, "escape"), "junction");
  await symlink(outside, path.join(root, "real", "deep-escape"), "junction");
  await symlink(path.join(root, "real"), path.join(root, "inner-link"), "junction");
  await symlink(path.join(outside, "secret.txt"), path.join(root, "file-link"));
});

afterEach(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function rejection(promise: Promise<void>): Promise<CirrusError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CirrusError);
  expect((error as CirrusError).code).toBe("outside_root");
  return error as CirrusError;
}

describe("assertNoSymlinkEscape", () => {
  it("remembers real folders it checked, and sees a link again once they are forgotten", async () => {
    const checked = new Set<string>();
    await assertNoSymlinkEscape(NODE_FS, root, path.join(root, "real", "sub", "new.txt"), checked);
    expect([...checked].sort()).toEqual([path.join(root, "real"), path.join(root, "real", "sub")]);
    await rejection(
      assertNoSymlinkEscape(NODE_FS, root, path.join(root, "escape", "x.txt"), checked),
    );
    expect(checked.has(path.join(root, "escape"))).toBe(false);

    // The folder is swapped for a link: the caller forgets what it checked, and the
    // next check refuses the link.
    await rm(path.join(root, "real"), { recursive: true });
    await symlink(outside, path.join(root, "real"), "junction");
    checked.clear();
    await rejection(
      assertNoSymlinkEscape(NODE_FS, root, path.join(root, "real", "sub", "x.txt"), checked),
    );
  });

  it("allows writes below real folders, existing or not", async () => {
    await assertNoSymlinkEscape(NODE_FS, root, path.join(root, "new.txt"));
    await assertNoSymlinkEscape(NODE_FS, root, path.join(root, "real", "sub", "new.txt"));
    await assertNoSymlinkEscape(
      NODE_FS,
      root,
      path.join(root, "real", "missing", "deeper", "x.txt"),
    );
  });

  it("refuses a write through a folder link that points outside the root", async () => {
    const error = await rejection(
      assertNoSymlinkEscape(NODE_FS, root, path.join(root, "escape", "secret.txt")),
    );
    expect(error.detail).toEqual({ path: "escape" });
  });

  it("refuses a link found deeper down, and paths further below it", async () => {
    await rejection(
      assertNoSymlinkEscape(NODE_FS, root, path.join(root, "real", "deep-escape", "x")),
    );
    await rejection(assertNoSymlinkEscape(NODE_FS, root, path.join(root, "escape", "a", "b", "c")));
  });

  it("refuses a link even when it points back inside the root", async () => {
    // Writes through it would land in two places of the tree at once.
    await rejection(assertNoSymlinkEscape(NODE_FS, root, path.join(root, "inner-link", "x")));
  });

  it("lets the entry itself be a link, since the engine renames over it", async () => {
    await assertNoSymlinkEscape(NODE_FS, root, path.join(root, "file-link"));
    await assertNoSymlinkEscape(NODE_FS, root, path.join(root, "escape"));
  });

  it("refuses paths outside the root without touching the disk", async () => {
    await rejection(assertNoSymlinkEscape(NODE_FS, root, path.join(outside, "secret.txt")));
    await rejection(assertNoSymlinkEscape(NODE_FS, root, path.join(root, "..", "outside", "x")));
    await rejection(assertNoSymlinkEscape(NODE_FS, root, root));
    await rejection(assertNoSymlinkEscape(NODE_FS, root, `${root}-evil${path.sep}x`));
    await rejection(assertNoSymlinkEscape(NODE_FS, root, "relative/x"));
  });

  it("trusts a sync root that is itself a link", async () => {
    const linkedRoot = path.join(tmp, "linked-root");
    await symlink(root, linkedRoot, "junction");
    await assertNoSymlinkEscape(NODE_FS, linkedRoot, path.join(linkedRoot, "real", "x.txt"));
    await rejection(
      assertNoSymlinkEscape(NODE_FS, linkedRoot, path.join(linkedRoot, "escape", "x")),
    );
  });

  it("stops at a file where a folder would be: nothing can lead out below it", async () => {
    await writeFile(path.join(root, "plain.txt"), "x");
    await assertNoSymlinkEscape(NODE_FS, root, path.join(root, "plain.txt", "below"));
  });
});
