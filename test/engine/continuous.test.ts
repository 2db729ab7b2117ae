// Continuous mode: with `start()`, a change on one device reaches the other through
// the watcher and the server's push channel, with no manual trigger.
import { describe, expect, it } from "vitest";
import type { SyncEvent } from "../../src/shared/status.js";
import { eventually, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { waitFor } from "../support/server-api.js";

describe("continuous mode", () => {
  const accounts = useAccounts(useServer());

  it("brings a new file from A to B, and an edit back, through watcher and push", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const firstRounds = [a, b].map((client) =>
      waitFor<number>(
        (done) => {
          client.folder.onDidEvent((event: SyncEvent) => {
            if (event.type === "synced") done(event.at);
          });
        },
        10_000,
        `${client.device}'s first round`,
      ),
    );
    a.folder.start();
    b.folder.start();
    await Promise.all(firstRounds);

    const kib = Buffer.alloc(1024, 0x61);
    await a.write("inbox/hello.txt", kib);
    await eventually(
      async () =>
        (await b.exists("inbox/hello.txt")) && (await b.read("inbox/hello.txt")).equals(kib),
      10_000,
      "A's new file on B",
    );

    await b.write("inbox/hello.txt", "edited on B\n");
    await eventually(
      async () => (await a.readText("inbox/hello.txt")) === "edited on B\n",
      10_000,
      "B's edit on A",
    );
    expect(a.folder.status().lastError).toBeNull();
    expect(b.folder.status().lastError).toBeNull();
  });

  it("runs no round for the push of its own commit, nor for the hello of the push channel", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    // Every round loop that finds nothing left to do ends with a "synced" event.
    const loops = new Map<TestClient, number>([
      [a, 0],
      [b, 0],
    ]);
    for (const client of [a, b]) {
      client.folder.onDidEvent((event: SyncEvent) => {
        if (event.type === "synced") loops.set(client, (loops.get(client) ?? 0) + 1);
      });
    }
    a.folder.start();
    b.folder.start();
    await eventually(
      () => Promise.resolve(loops.get(a) === 1 && loops.get(b) === 1),
      10_000,
      "first loops",
    );
    // The channel's hello (the cursor each has reached) asks for nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect([...loops.values()]).toEqual([1, 1]);

    await a.write("notes/one.txt", "written on A\n");
    await eventually(async () => b.exists("notes/one.txt"), 10_000, "A's file on B");
    // The server pushes A's commit to A as well: A's round has moved past it already.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(loops.get(a)).toBe(2);
    // (B's own download may wake its watcher for one more look: that is not a push.)
    expect(loops.get(b)).toBeGreaterThanOrEqual(2);
    expect(a.folder.status().lastError).toBeNull();
    expect(b.folder.status().lastError).toBeNull();
  });
});
