import { appendFile, mkdir, mkdtemp, realpath, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { FSWatcher } from "chokidar";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FolderWatcher } from "./watcher.js";

// Real folders and real file-system events: each step waits for the hint it causes.
const SETTLE_MS = 20;
const HINT_TIMEOUT_MS = 5_000;
const QUIET_MS = 250;

let tmp: string;
let root: string;
let outside: string;
let watcher: FolderWatcher | null = null;
let hints: (string[] | undefined)[] = [];
let errors: Error[] = [];
let waiting: ((paths: string[] | undefined) => void) | null = null;

const at = (...segments: string[]): string => path.join(root, ...segments);
const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

beforeEach(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), "cirrus-watch-")));
  root = path.join(tmp, "root");
  outside = path.join(tmp, "outside");
  await mkdir(path.join(root, "docs", "deep", "er", "and", "deeper"), { recursive: true });
  await mkdir(outside);
  await writeFile(at("top.txt"), "top");
  await writeFile(at("docs", "a.txt"), "a");
  await writeFile(at("docs", "b.txt"), "b");
  await writeFile(at("docs", "deep", "er", "and", "deeper", "bottom.txt"), "bottom");
  hints = [];
  errors = [];
});

afterEach(async () => {
  await watcher?.close();
  watcher = null;
  waiting = null;
  await rm(tmp, { recursive: true, force: true });
});

async function start(): Promise<FolderWatcher> {
  watcher = new FolderWatcher({
    root,
    settleMs: SETTLE_MS,
    onChange: (paths) => {
      hints.push(paths);
      const resolve = waiting;
      waiting = null;
      resolve?.(paths);
    },
    onError: (error) => errors.push(error),
  });
  await watcher.ready();
  return watcher;
}

/** Waits until no hint has come for QUIET_MS, so the next hint is the next step's. */
async function quiet(): Promise<void> {
  let seen = -1;
  while (seen !== hints.length) {
    seen = hints.length;
    await sleep(QUIET_MS);
  }
}

/** Runs `step` and returns what the hint it causes says changed. */
async function nextHint(step: () => Promise<unknown>): Promise<string[] | undefined> {
  await quiet();
  const hint = new Promise<string[] | undefined>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no hint after ${step.toString()}`));
    }, HINT_TIMEOUT_MS);
    waiting = (paths) => {
      clearTimeout(timer);
      resolve(paths);
    };
  });
  await step();
  return hint;
}

/** Runs `step` and returns the changed folders of the hint it causes. */
async function hintAfter(step: () => Promise<unknown>): Promise<string[]> {
  const paths = await nextHint(step);
  expect(paths).toBeDefined();
  return paths ?? [];
}

/** Runs `step` and checks that no hint follows. */
async function noHintAfter(step: () => Promise<unknown>): Promise<void> {
  await quiet();
  const before = hints.length;
  await step();
  await sleep(QUIET_MS * 2);
  expect(hints.slice(before)).toEqual([]);
}

describe("FolderWatcher", () => {
  it("stays quiet on an unchanged tree", async () => {
    await start();
    await sleep(QUIET_MS * 2);
    expect(hints).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("hints on creating, modifying, deleting and renaming files, naming their folder", async () => {
    await start();
    expect(await hintAfter(() => writeFile(at("docs", "new.txt"), "new"))).toContain("docs");
    expect(await hintAfter(() => appendFile(at("docs", "a.txt"), "more"))).toContain("docs");
    expect(await hintAfter(() => rm(at("docs", "b.txt")))).toContain("docs");
    expect(await hintAfter(() => rename(at("docs", "a.txt"), at("docs", "c.txt")))).toContain(
      "docs",
    );
    expect(await hintAfter(() => appendFile(at("top.txt"), "more"))).toContain("");
    expect(errors).toEqual([]);
  });

  it("hints in deeply nested folders", async () => {
    await start();
    const deepest = path.join("docs", "deep", "er", "and", "deeper");
    expect(await hintAfter(() => appendFile(at(deepest, "bottom.txt"), "more"))).toContain(
      "docs/deep/er/and/deeper",
    );
    expect(await hintAfter(() => writeFile(at(deepest, "next.txt"), "next"))).toContain(
      "docs/deep/er/and/deeper",
    );
  });

  it("watches a folder created later, and folders created inside it", async () => {
    await start();
    expect(await hintAfter(() => mkdir(at("fresh")))).toContain("");
    expect(await hintAfter(() => writeFile(at("fresh", "inside.txt"), "x"))).toContain("fresh");
    expect(await hintAfter(() => appendFile(at("fresh", "inside.txt"), "y"))).toContain("fresh");

    await hintAfter(() => mkdir(at("fresh", "a", "b", "c"), { recursive: true }));
    expect(await hintAfter(() => writeFile(at("fresh", "a", "b", "c", "leaf.txt"), "x"))).toContain(
      "fresh/a/b/c",
    );
  });

  it("watches folders created and filled in one burst", async () => {
    await start();
    await hintAfter(async () => {
      await mkdir(at("burst", "x", "y"), { recursive: true });
      await writeFile(at("burst", "x", "y", "file.txt"), "x");
    });
    expect(await hintAfter(() => appendFile(at("burst", "x", "y", "file.txt"), "y"))).toContain(
      "burst/x/y",
    );
  });

  it("follows renamed, moved-in, deleted and replaced folders", async () => {
    await start();
    const renamed = await hintAfter(() => rename(at("docs"), at("papers")));
    expect(renamed).toContain("");
    expect(await hintAfter(() => writeFile(at("papers", "deep", "x.txt"), "x"))).toContain(
      "papers/deep",
    );

    await mkdir(path.join(outside, "tree", "sub"), { recursive: true });
    await hintAfter(() => rename(path.join(outside, "tree"), at("moved-in")));
    expect(await hintAfter(() => writeFile(at("moved-in", "sub", "x.txt"), "x"))).toContain(
      "moved-in/sub",
    );

    await hintAfter(() => rm(at("moved-in"), { recursive: true }));
    await hintAfter(async () => {
      await rm(at("papers", "deep"), { recursive: true });
      await mkdir(at("papers", "deep"));
    });
    expect(await hintAfter(() => writeFile(at("papers", "deep", "again.txt"), "x"))).toContain(
      "papers/deep",
    );
    expect(errors).toEqual([]);
  });

  it("is not woken by the engine's own temp files and folders", async () => {
    await start();
    await noHintAfter(async () => {
      await writeFile(at(".cirrus-tmp-1"), "x");
      await writeFile(at("docs", ".cirrus-tmp-2"), "x");
      await appendFile(at("docs", ".cirrus-tmp-2"), "y");
      await rm(at(".cirrus-tmp-1"));
      await mkdir(at("docs", ".cirrus-staging"));
      await writeFile(at("docs", ".cirrus-staging", "part"), "x");
    });
    // Renaming a temp file into place is a change, like any other.
    expect(
      await hintAfter(() => rename(at("docs", ".cirrus-tmp-2"), at("docs", "done.txt"))),
    ).toContain("docs");
  });

  it("ignores editor swap files but watches folders named like them", async () => {
    await start();
    await noHintAfter(() => writeFile(at("docs", ".a.txt.swp"), "swap"));
    await hintAfter(() => mkdir(at("old~")));
    expect(await hintAfter(() => writeFile(at("old~", "kept.txt"), "x"))).toContain("old~");
  });

  it("watches a root that is missing at start once it appears, and again after it is replaced", async () => {
    await rm(root, { recursive: true });
    await start();
    // The root is looked for every 2 s while it is missing.
    expect(await hintAfter(() => mkdir(root))).toEqual([""]);
    expect(await hintAfter(() => writeFile(at("first.txt"), "x"))).toContain("");

    await hintAfter(async () => {
      await rm(root, { recursive: true });
      await mkdir(root);
    });
    await quiet();
    expect(await hintAfter(() => writeFile(at("second.txt"), "x"))).toContain("");
  });

  it("restarts after a watch error, asks for a full rescan, and keeps watching", async () => {
    const running = await start();
    // White box: fail one folder's chokidar instance the way a broken fs.watch would.
    const folders = (running as unknown as { folders: Map<string, { watcher: FSWatcher }> })
      .folders;
    const docs = folders.get(at("docs"));
    expect(docs).toBeDefined();
    const restarted = await nextHint(() => {
      docs?.watcher.emit("error", new Error("watch broke"));
      return Promise.resolve();
    });
    expect(restarted).toBeUndefined();
    expect(errors.map((error) => error.message)).toEqual(["watch broke"]);
    await running.ready();
    expect(await hintAfter(() => writeFile(at("docs", "after.txt"), "x"))).toContain("docs");
  });

  it("past its restarts, rescans everything on a timer instead, says so once, and stops when closed", async () => {
    const rescans: (string[] | undefined)[] = [];
    watcher = new FolderWatcher({
      root,
      settleMs: SETTLE_MS,
      maxRestarts: 0,
      rescanMs: 150,
      onChange: (paths) => rescans.push(paths),
      onError: (error) => errors.push(error),
    });
    await watcher.ready();
    const folders = (watcher as unknown as { folders: Map<string, { watcher: FSWatcher }> })
      .folders;
    folders.get(at("docs"))?.watcher.emit("error", new Error("out of watches"));
    await sleep(700);
    expect(errors.map((error) => error.message)).toEqual([
      "out of watches",
      "the folder can no longer be watched: changes are found by a rescan every 150 ms",
    ]);
    expect(rescans.length).toBeGreaterThanOrEqual(3);
    expect(rescans.every((paths) => paths === undefined)).toBe(true);
    await watcher.close();
    const seen = rescans.length;
    await sleep(400);
    expect(rescans).toHaveLength(seen);
  });

  it("is quiet while suspended, and after resume watches folders made meanwhile", async () => {
    const running = await start();
    await running.suspend();
    await noHintAfter(async () => {
      await writeFile(at("docs", "during.txt"), "x");
      await mkdir(at("made-while-suspended"));
    });
    await running.resume();
    expect(await hintAfter(() => writeFile(at("docs", "after.txt"), "x"))).toContain("docs");
    expect(
      await hintAfter(() => writeFile(at("made-while-suspended", "inside.txt"), "x")),
    ).toContain("made-while-suspended");
  });

  it("stops hinting once closed", async () => {
    const running = await start();
    await running.close();
    await noHintAfter(async () => {
      await writeFile(at("docs", "after.txt"), "x");
      await mkdir(at("later"));
    });
  });
});
