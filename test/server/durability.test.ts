// What the server acknowledged survives `kill -9`: entries, versions, chunks and
// tokens are there, byte for byte, when a new server opens the same --data.
import { randomBytes } from "node:crypto";
import { appendFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RemoteClient } from "../../src/engine/remote/index.js";
import {
  chunkOf,
  expectSameBytes,
  fileOf,
  login,
  loginAsNewUser,
  mkdir,
  okEntry,
  putFile,
  randomFile,
  type SignedIn,
  type TestChunk,
} from "../support/server-api.js";
import {
  removeDir,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from "../support/server-process.js";

/** Every file under `dir` whose name ends with `suffix`. */
async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (item.isFile() && item.name.endsWith(suffix)) {
      found.push(path.join(item.parentPath, item.name));
    }
  }
  return found;
}

describe("durability across kill -9", () => {
  const servers: ServerProcess[] = [];
  const clients: SignedIn[] = [];
  let dataDir: string | undefined;

  async function start(): Promise<ServerProcess> {
    dataDir ??= path.join(await tempDir("durability"), "data");
    const server = await startServerProcess({ dataDir });
    servers.push(server);
    return server;
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.client.close()));
    for (const server of servers.splice(0)) await server.stop("SIGKILL");
    if (dataDir) await removeDir(path.dirname(dataDir));
    dataDir = undefined;
  });

  it("keeps a committed file, its history and its chunks byte-exact after kill -9", async () => {
    const first = await start();
    const user = await loginAsNewUser(first);
    clients.push(user);
    const dir = await mkdir(user.client, "Documents");
    const v1File = randomFile(700_000, 64 * 1024);
    const v1 = await putFile(user.client, v1File, { parentId: dir.id, name: "thesis.pdf" });
    const v2File = randomFile(900_000, 64 * 1024);
    const v2 = await putFile(user.client, v2File, {
      parentId: dir.id,
      name: "thesis.pdf",
      id: v1.id,
      baseRev: v1.rev,
    });
    const doomed = await putFile(user.client, fileOf("deleted before the crash"), {
      name: "old.txt",
    });
    okEntry(
      (await user.client.ops([{ op: "delete", id: doomed.id, baseRev: doomed.rev }])).results[0],
    );
    const account = await user.client.account();
    const feed = await user.client.changes(0);

    await first.stop("SIGKILL");
    expect(first.child.signalCode).toBe("SIGKILL");

    const second = await start();
    // The device's token survived too: it goes on where it was, against the new port.
    const again = {
      ...user,
      client: new RemoteClient({ baseUrl: second.url, token: user.token, retries: 0 }),
    };
    clients.push(again);
    const resumed = await again.client.account();
    expect(resumed).toMatchObject({
      user: user.user,
      deviceId: user.deviceId,
      cursor: account.cursor,
      fingerprint: account.fingerprint,
      usedBytes: account.usedBytes,
    });
    expect(await again.client.changes(0)).toEqual(feed);
    expect(await again.client.entry(v1.id)).toMatchObject({ rev: v2.rev, hash: v2File.hash });
    expect((await again.client.versions(v1.id)).map((v) => v.rev)).toEqual([v2.rev, v1.rev]);
    expect((await again.client.trash()).map((t) => t.id)).toEqual([doomed.id]);

    const { chunks } = await again.client.manifest(v1.id);
    expect(chunks).toEqual(v2File.refs);
    const fetched = await again.client.fetchChunks(v2File.refs.map((r) => r.id));
    expectSameBytes(Buffer.concat(fetched.map((c) => c.data)), v2File.bytes);
    const old = await again.client.fetchChunks(v1File.refs.map((r) => r.id));
    expectSameBytes(Buffer.concat(old.map((c) => c.data)), v1File.bytes);
  });

  it("keeps every chunk it acknowledged when killed in the middle of uploads", async () => {
    const first = await start();
    const user = await loginAsNewUser(first);
    clients.push(user);
    const acknowledged: TestChunk[] = [];
    const uploads = { stopped: false };
    const uploading = (async () => {
      while (!uploads.stopped) {
        const batch = Array.from({ length: 20 }, () => chunkOf(randomBytes(20_000)));
        try {
          await user.client.uploadChunks(batch);
        } catch {
          return; // the server died under this batch: it was never acknowledged
        }
        acknowledged.push(...batch);
      }
    })();
    while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 10));
    await first.stop("SIGKILL");
    uploads.stopped = true;
    await uploading;

    const second = await start();
    const again = await login(second, user.user, user.password);
    clients.push(again);
    const ids = acknowledged.map((c) => c.id);
    expect(await again.client.missing(ids)).toEqual([]);
    const fetched = await again.client.fetchChunks(ids);
    expectSameBytes(
      Buffer.concat(fetched.map((c) => c.data)),
      Buffer.concat(acknowledged.map((c) => c.data)),
    );
  });

  it("trims a torn pack write at start-up, logging to stderr and keeping stdout to one line", async () => {
    const first = await start();
    const user = await loginAsNewUser(first);
    clients.push(user);
    const kept = chunkOf(randomBytes(10_000));
    await user.client.uploadChunks([kept]);
    await first.stop("SIGKILL");

    // Bytes past a pack's indexed end: a batch the crash cut before its commit.
    const packs = await filesUnder(path.join(dataDir!, "chunks"), ".pack");
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs) await appendFile(pack, randomBytes(5000));

    const second = await start();
    const again = await login(second, user.user, user.password);
    clients.push(again);
    expectSameBytes(await again.client.getChunk(kept.id), kept.data);
    const after = chunkOf(randomBytes(3000));
    await again.client.uploadChunks([after]);
    expectSameBytes(await again.client.getChunk(after.id), after.data);

    const { stdout, stderr } = second.output();
    expect(stdout).toBe(`cirrus-server listening on ${second.url}\n`);
    expect(stderr).toContain("trimmed unindexed bytes");
  });
});
