// An unreachable server is a clear `offline` state, not a crash and not a loss: local
// changes wait on disk, and arrive once a server on the same data is back (here a new
// process, on a new port, which the profile is pointed at).
import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CirrusError } from "../../src/shared/errors.js";
import type { SyncEvent } from "../../src/shared/status.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts } from "../support/hooks.js";
import {
  removeDir,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from "../support/server-process.js";

describe("offline", () => {
  let dataDir: string;
  const servers: ServerProcess[] = [];
  const accounts = useAccounts();

  beforeAll(async () => {
    dataDir = await tempDir("offline-data");
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await removeDir(dataDir);
  });

  it("reports offline while the server is down and syncs the changes when it is back", async () => {
    const first = await startServerProcess({ dataDir });
    servers.push(first);
    const account = await accounts.create(2, {}, first);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("stay.txt", "stay\n");
    await a.write("gone.txt", "to be deleted\n");
    await a.syncClean();
    await b.syncClean();

    await first.stop();
    await a.write("written offline.txt", "new while offline\n");
    await a.write("stay.txt", "edited while offline\n");
    await rm(a.abs("gone.txt"));
    const states: string[] = [];
    a.folder.onDidEvent((event: SyncEvent) => {
      if (event.type === "state") states.push(event.state);
    });
    const error = await a.sync().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CirrusError);
    expect((error as CirrusError).code).toBe("offline");
    expect(a.folder.status().state).toBe("offline");
    expect(a.folder.status().lastError?.code).toBe("offline");
    expect(states).toContain("offline");
    // Nothing was lost or touched on disk.
    expect(await a.readText("written offline.txt")).toBe("new while offline\n");
    expect(await a.readText("stay.txt")).toBe("edited while offline\n");

    const second = await startServerProcess({ dataDir });
    servers.push(second);
    for (const client of [a, b]) {
      await client.engine.profile.update({ server: second.url });
      await client.close();
      await client.open();
    }
    await a.syncClean();
    await b.syncClean();
    expect(a.folder.status().state).toBe("idle");
    expect(a.folder.status().lastError).toBeNull();
    expect(await b.readText("written offline.txt")).toBe("new while offline\n");
    expect(await b.readText("stay.txt")).toBe("edited while offline\n");
    expect(await b.exists("gone.txt")).toBe(false);
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });
});
