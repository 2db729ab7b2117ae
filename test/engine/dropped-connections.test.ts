// Connections that drop in the middle of a transfer (a real TCP proxy between a device
// and a real server cuts them): the upload goes on without sending again the chunks the
// server already stored, the download leaves no partial file, and both complete.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { expectSettled, tempFilesIn, type TestClient } from "../support/clients.js";
import { CountingProxy } from "../../bench/support/proxy.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

const MiB = 1024 * 1024;

describe("dropped connections", () => {
  const server = useServer();
  const accounts = useAccounts(server);
  let proxy: CountingProxy | null = null;

  afterEach(async () => {
    await proxy?.close();
    proxy = null;
  });

  /** Point a device at the server through a new proxy (the profile keeps the URL). */
  async function throughProxy(client: TestClient): Promise<CountingProxy> {
    const made = await CountingProxy.start(Number(new URL(server().url).port));
    proxy = made;
    await client.engine.profile.update({ server: `http://127.0.0.1:${made.port}` });
    await client.close();
    await client.open();
    return made;
  }

  it("goes on with an upload cut mid-way, without sending the stored chunks again", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const cut = await throughProxy(a);
    const data = randomBytes(32 * MiB);
    await a.write("video.mov", data);
    // Three quarters in: most chunks are stored, some requests are in flight.
    cut.cutAfter("up", 24 * MiB);
    await a.syncClean();

    expect(cut.dropped).toBeGreaterThan(0);
    expect((await account.serverTree()).get("video.mov")?.hash).toBe(sha256(data));
    // Starting over would send 24 MiB + 32 MiB; going on sends the file once more only
    // what was in flight when the connections dropped (at most three 4 MiB requests).
    expect(cut.up).toBeLessThan(32 * MiB + 3 * 4 * MiB + MiB);
    expect(cut.up).toBeGreaterThan(32 * MiB);
    await b.syncClean();
    expect(sha256(await b.read("video.mov"))).toBe(sha256(data));
    await expectSettled([a, b]);
  });

  it("finishes a download cut mid-way and never shows a partial file", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const data = randomBytes(24 * MiB);
    await a.write("archive.zip", data);
    await a.syncClean();

    const cut = await throughProxy(b);
    cut.cutAfter("down", 10 * MiB);
    const seen: string[] = [];
    b.folder.onDidEvent((event) => {
      if (event.type === "activity" && event.path === "archive.zip") seen.push(event.kind);
    });
    const round = await b.sync();
    expect(round.failures).toEqual([]);
    expect(cut.dropped).toBeGreaterThan(0);
    expect(sha256(await b.read("archive.zip"))).toBe(sha256(data));
    expect(seen).toContain("download");
    // Only the requests the cut broke were made again (at most three of ~4 MiB).
    expect(cut.down).toBeLessThan(24 * MiB + 3 * 4 * MiB + MiB);
    expect(await tempFilesIn(b.root)).toEqual([]);
    await expectSettled([a, b]);
  });

  it("reports a server that stays unreachable as offline, and syncs once it is back", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const cut = await throughProxy(a);
    await a.write("notes.txt", "written while the line is bad\n");
    await cut.close(); // Nothing listens there any more: every attempt fails at once.
    const error = await a.sync().then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).toBe("offline");
    expect(a.folder.status().state).toBe("offline");
    expect(await a.readText("notes.txt")).toBe("written while the line is bad\n");

    await a.engine.profile.update({ server: server().url });
    await a.close();
    await a.open();
    await a.syncClean();
    await b.syncClean();
    expect(await b.readText("notes.txt")).toBe("written while the line is bad\n");
    await expectSettled([a, b]);
  });
});
