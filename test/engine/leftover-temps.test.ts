// Temp files a crash leaves behind are removed by the next sync of the profile: a
// `cirrus sync` killed in the middle of a download leaves its temp file, and the next
// sync removes it at once (the profile's lock says that process is gone). Temp files
// of other processes go only once they have not changed for an hour; this process's
// own, symlinks and folders with temp names are never touched.
import { lstat, mkdir, readFile, stat, symlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OWN_TEMP_TAG } from "../../src/engine/paths/temp-path.js";
import { eventually, seededBytes, tempFilesIn, type TestClient } from "../support/clients.js";
import { cliOk, MiB, startSyncProcess, type SyncProcess } from "../support/feature-clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { removeDir, tempDir } from "../support/server-process.js";

describe("temp files left behind", () => {
  const accounts = useAccounts(useServer());
  let running: SyncProcess | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });

  async function pair(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    return account.clients as [TestClient, TestClient];
  }

  it("a sync killed during a download leaves a temp file; the next sync removes it and completes the file", async () => {
    const [a, b] = await pair();
    const data = seededBytes(7, 48 * MiB);
    await a.write("big.bin", data);
    await a.syncClean();
    await b.close();
    // Slow enough that the download is surely under way when the process dies.
    await cliOk(b, ["bandwidth", "--up", "0", "--down", String(4 * MiB)]);
    running = await startSyncProcess(b, []);
    let partial = "";
    await eventually(
      async () => {
        for (const name of await tempFilesIn(b.root)) {
          if ((await stat(path.join(b.root, name))).size > 0) partial = name;
        }
        return partial !== "";
      },
      20_000,
      "B's download writes its temp file",
    );
    running.child.kill("SIGKILL");
    await new Promise((resolve) => running!.child.once("exit", resolve));
    running = null;
    expect(await tempFilesIn(b.root)).toContain(partial);

    await cliOk(b, ["bandwidth", "--up", "0", "--down", "0"]);
    await cliOk(b, ["sync", "--once"]);
    expect(await tempFilesIn(b.root)).toEqual([]);
    expect((await b.read("big.bin")).equals(data)).toBe(true);
  });

  it("removes another process's temp file only once it is an hour old; never its own, a symlink or a folder", async () => {
    const [a] = await pair();
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const sub = path.join(a.root, "sub");
    await mkdir(sub, { recursive: true });
    const put = async (dir: string, name: string, age?: Date) => {
      await writeFile(path.join(dir, name), "partial download");
      if (age) await utimes(path.join(dir, name), age, age);
    };
    await put(a.root, ".cirrus-tmp-0badf00d-1", old);
    await put(sub, ".cirrus-tmp-0badf00d-2", old);
    await put(sub, ".cirrus-tmp-0badf00d-3"); // fresh: maybe a download in progress elsewhere
    await put(sub, `.cirrus-tmp-${OWN_TEMP_TAG}-zz`, old); // this process's own
    await put(sub, ".cirrus-tmp-not-a-temp", old); // not an engine temp name
    // A symlink and a folder with temp names: not the engine's files.
    const outside = await tempDir("leftover-outside");
    try {
      await writeFile(path.join(outside, "target.txt"), "keep me");
      await symlink(path.join(outside, "target.txt"), path.join(sub, ".cirrus-tmp-0badf00d-4"));
      await mkdir(path.join(a.root, ".cirrus-tmp-0badf00d-5"));

      await a.syncClean();
      expect((await tempFilesIn(a.root)).sort()).toEqual([".cirrus-tmp-0badf00d-5"]);
      expect((await tempFilesIn(sub)).sort()).toEqual([
        ".cirrus-tmp-0badf00d-3",
        ".cirrus-tmp-0badf00d-4",
        `.cirrus-tmp-${OWN_TEMP_TAG}-zz`,
        ".cirrus-tmp-not-a-temp",
      ]);
      expect((await lstat(path.join(sub, ".cirrus-tmp-0badf00d-4"))).isSymbolicLink()).toBe(true);
      expect(await readFile(path.join(outside, "target.txt"), "utf8")).toBe("keep me");
      // Nothing of it was synced.
      expect([...(await accounts.current().serverTree()).keys()]).toEqual(["sub"]);
    } finally {
      await removeDir(outside);
    }
  });
});
