// What the local disk refuses becomes a per-file failure with a clear code, tried again
// later, never a crashed round and never a loss: a full disk (a small tmpfs mounted as
// a device's sync folder) and files the engine may not replace (`chattr +i`, which
// stops even root). Both need root, as the project's machines and CI run as; elsewhere
// they fail saying so (`npm test` runs as root).
import { execFileSync } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClient, expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { removeDir, tempDir } from "../support/server-process.js";
import { sha256 } from "../support/server-api.js";

function tryRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Every name under `dir` the engine may have left behind (its temp files start so). */
async function leftovers(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((n) => /(^|\/)\.cirrus-(?!root)/.test(n) || n.includes(".tmp"));
}

describe("local errors", () => {
  const server = useServer();
  const accounts = useAccounts(server);
  let scratch: string;
  let canMount = false;
  let canLock = false;

  beforeAll(async () => {
    scratch = await tempDir("local-errors");
    const probeDir = path.join(scratch, "probe-mount");
    await mkdir(probeDir);
    canMount = tryRun("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probeDir]);
    if (canMount) tryRun("umount", [probeDir]);
    const probeFile = path.join(scratch, "probe-lock");
    await writeFile(probeFile, "");
    canLock = tryRun("chattr", ["+i", probeFile]);
    if (canLock) tryRun("chattr", ["-i", probeFile]);
  });
  afterAll(async () => {
    await removeDir(scratch);
  });

  it("reports a full disk as disk_full for that file, keeps no partial file, syncs the rest, and finishes once there is room", async () => {
    expect(canMount, "mounting a tmpfs needs root").toBe(true);
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    const big = randomBytes(3 * 1024 * 1024);
    await a.write("big.bin", big);
    await a.write("note.txt", "fits\n");
    await a.write("docs/plan.txt", "fits too\n");
    await a.syncClean();

    const root = path.join(scratch, "small-disk");
    await mkdir(root);
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", root]);
    let b: TestClient | null = null;
    try {
      b = await addClient(account, "B", path.join(scratch, "B-profile"), root);
      const result = await b.sync();
      expect(result.failures.map((f) => [f.path, f.code])).toEqual([["big.bin", "disk_full"]]);
      expect(result.failures[0]?.message).toBe("the disk is full (ENOSPC)");
      expect(await b.readText("note.txt")).toBe("fits\n");
      expect(await b.readText("docs/plan.txt")).toBe("fits too\n");
      expect(await b.exists("big.bin")).toBe(false);
      expect(await leftovers(root)).toEqual([]);
      // The file waits for its retry; nothing was given up on or deleted anywhere.
      const [issue] = b.folder.status().issues;
      expect(issue).toMatchObject({ path: "big.bin", code: "disk_full" });
      expect(issue?.retryAt).toBeGreaterThan(Date.now());
      expect(sha256(await a.read("big.bin"))).toBe(sha256(big));
      expect((await account.serverTree()).get("big.bin")?.hash).toBe(sha256(big));

      // The CLI says which file and why, and exits 2 (something could not be synced).
      await b.close();
      const cli = await b.cli(["sync", "--once", "--folder", root]);
      expect(cli.status).toBe(2);
      expect(cli.stderr).toContain("big.bin: the disk is full (ENOSPC) [disk_full]");
      expect(await leftovers(root)).toEqual([]);

      execFileSync("mount", ["-o", "remount,size=16m", root]);
      await b.open();
      await b.syncClean();
      expect(sha256(await b.read("big.bin"))).toBe(sha256(big));
      expect(b.folder.status().issues).toEqual([]);
      await expectSettled([a, b]);
    } finally {
      await b?.close(); // Before the folder goes away under it.
      execFileSync("umount", ["-l", root]);
    }
  });

  it("reports files it may not replace or create as permission_denied and syncs the rest", async () => {
    expect(canLock, "chattr +i needs root and an ext2/3/4 temp folder").toBe(true);
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("locked.txt", "v1\n");
    await a.write("other.txt", "v1\n");
    await mkdir(a.abs("sealed"));
    await a.syncClean();
    await b.syncClean();

    const locked = [b.abs("locked.txt"), b.abs("sealed")];
    execFileSync("chattr", ["+i", ...locked]);
    try {
      await a.write("locked.txt", "v2\n");
      await a.write("other.txt", "v2\n");
      await a.write("sealed/new.txt", "new\n");
      await a.syncClean();
      const result = await b.sync();
      const failures = [...result.failures].sort((x, y) => x.path.localeCompare(y.path));
      expect(failures.map((f) => [f.path, f.code])).toEqual([
        ["locked.txt", "permission_denied"],
        ["sealed/new.txt", "permission_denied"],
      ]);
      for (const f of failures) expect(f.message).toBe("the operation is not permitted (EPERM)");
      expect(await b.readText("other.txt")).toBe("v2\n");
      expect(await b.readText("locked.txt")).toBe("v1\n");
      expect(await leftovers(b.root)).toEqual([]);
      // B's old copy is no edit of its own: nothing went back to the server.
      expect((await account.serverTree()).get("locked.txt")?.hash).toBe(sha256("v2\n"));
    } finally {
      execFileSync("chattr", ["-i", ...locked]);
    }
    await b.syncClean();
    expect(await b.readText("locked.txt")).toBe("v2\n");
    expect(await b.readText("sealed/new.txt")).toBe("new\n");
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });
});
