import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SyncfsHelper } from "./syncfs-helper.js";

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.skipIf(process.platform !== "linux")("SyncfsHelper", () => {
  let dir: string;
  const helpers: SyncfsHelper[] = [];
  const helperIn = (folder: string, idleMs?: number) => {
    const helper = new SyncfsHelper(folder, idleMs);
    helpers.push(helper);
    return helper;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-syncfs-"));
  });
  afterEach(() => {
    for (const helper of helpers.splice(0)) helper.stop();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("flushes with one process that serves request after request, several at once too", async () => {
    await writeFile(path.join(dir, "a"), "written before the flush");
    const helper = helperIn(dir);
    expect(await helper.flush()).toBe(true);
    const pid = helper.pid;
    expect(pid).toBeGreaterThan(0);
    expect(await Promise.all([helper.flush(), helper.flush(), helper.flush()])).toEqual([
      true,
      true,
      true,
    ]);
    expect(helper.pid).toBe(pid);
    expect(await readFile(path.join(dir, "a"), "utf8")).toBe("written before the flush");
  });

  it("starts a new process when the old one died or was stopped", async () => {
    const helper = helperIn(dir);
    expect(await helper.flush()).toBe(true);
    const first = helper.pid as number;
    process.kill(first, "SIGKILL");
    for (let i = 0; i < 100 && helper.pid === first; i++) await sleep(10);
    expect(helper.pid).toBeUndefined();
    expect(await helper.flush()).toBe(true);
    const second = helper.pid as number;
    expect(second).not.toBe(first);
    helper.stop();
    expect(await helper.flush()).toBe(true);
    expect(helper.pid).not.toBe(second);
  });

  it("stops its process once idle", async () => {
    const helper = helperIn(dir, 50);
    expect(await helper.flush()).toBe(true);
    const pid = helper.pid as number;
    for (let i = 0; i < 200 && alive(pid); i++) await sleep(10);
    expect(alive(pid)).toBe(false);
    expect(helper.pid).toBeUndefined();
  });

  it("answers false, without throwing, for a folder that is not there", async () => {
    const helper = helperIn(path.join(dir, "no-such-folder"));
    expect(await helper.flush()).toBe(false);
    expect(await helper.flush()).toBe(false);
  });
});
