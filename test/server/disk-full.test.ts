// The server's disk fills up: uploads are answered with server_full (507), nothing half
// stored is served, and once there is room again the same uploads go through.
//
// The data folder is a small tmpfs, which needs root and a kernel that lets this process
// mount one; elsewhere the test says so and skips.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClients, type TestAccount, type TestClient } from "../support/clients.js";
import { chunkOf, loginAsNewUser, type SignedIn } from "../support/server-api.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const MiB = 1024 * 1024;
const mountPoint = mkdtempSync(path.join(tmpdir(), "cirrus-full-"));
const mounted =
  spawnSync("mount", ["-t", "tmpfs", "-o", "size=12m", "tmpfs", mountPoint]).status === 0;
if (!mounted) rmSync(mountPoint, { recursive: true, force: true });

function chunkData(chunks: readonly { id: string; data: Buffer }[], id: string): Buffer {
  return chunks.find((c) => c.id === id)?.data ?? Buffer.alloc(0);
}

function resize(megabytes: number): void {
  const result = spawnSync("mount", ["-o", `remount,size=${megabytes}m`, mountPoint]);
  if (result.status !== 0) throw new Error(`remount failed: ${String(result.stderr)}`);
}

describe.skipIf(!mounted)("a server whose disk is full (tmpfs: needs root)", () => {
  let server: ServerProcess | null = null;
  let user: SignedIn | null = null;
  let account: TestAccount | null = null;

  afterAll(async () => {
    await account?.close();
    await server?.stop();
    await user?.client.close();
    spawnSync("umount", [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it("answers uploads with server_full, stores nothing half, and takes them once there is room", async () => {
    server = await startServerProcess({ dataDir: path.join(mountPoint, "data") });
    user = await loginAsNewUser(server);
    const { client } = user;
    const small = chunkOf(randomBytes(64 * 1024));
    await client.uploadChunks([small]);
    // More than the disk holds, in one framed batch.
    const big = Array.from({ length: 4 }, () => chunkOf(randomBytes(4 * MiB)));
    const ids = big.map((c) => c.id);
    const refused = await client.uploadChunks(big).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toMatchObject({ code: "server_full" });
    expect((refused as Error).message).toMatch(/out of disk space/);
    // Batches are stored whole or not at all: what is not missing is served intact.
    const missing = await client.missing(ids);
    expect(missing.length).toBeGreaterThan(0);
    const stored = [small, ...big.filter((c) => !missing.includes(c.id))];
    const back = await client.fetchChunks(stored.map((c) => c.id));
    expect(back.map((c) => c.data.equals(chunkData(stored, c.id)))).toEqual(stored.map(() => true));
    expect(server.output().stderr + server.output().stdout).toMatch(/disk|full/i);

    resize(64);
    await client.uploadChunks(big);
    expect(await client.missing(ids)).toEqual([]);
    const fetched = await client.fetchChunks(ids);
    expect(fetched.map((c) => c.data.equals(chunkData(big, c.id)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
  }, 60_000);

  it("reports every file of an upload the full server refused, and syncs them once it has room", async () => {
    if (!server) throw new Error("the first test starts the server");
    account = await createClients(server, 2);
    const [a, b] = account.clients as [TestClient, TestClient];
    // 60 MiB for the ~48 MiB left on the server's disk.
    const names = Array.from({ length: 6 }, (_, i) => `clip-${i}.mp4`);
    for (const name of names) await a.write(name, randomBytes(10 * MiB));
    const refused = await a.sync();
    // The upload of all six failed at once, and each file says so.
    expect(refused.failures.map((f) => f.path).sort()).toEqual(names);
    expect(new Set(refused.failures.map((f) => f.code))).toEqual(new Set(["server_full"]));
    // Nothing of them was committed: the other device finds none (reads still work).
    await b.syncClean();
    expect([...(await b.tree()).keys()].filter((p) => p.endsWith(".mp4"))).toEqual([]);

    resize(200);
    await a.syncClean();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());
  }, 120_000);
});
