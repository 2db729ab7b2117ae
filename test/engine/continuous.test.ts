// Continuous mode: with `start()`, a change on one device reaches the other through
// the watcher and the server's push channel, with no manual trigger.
import { appendFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { FREE_UPLOADS, SPACING_MS } from "../../src/engine/sync/upload-pace.js";
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

  it("runs no round for the push of its own commit, the channel's hello, or a hint already answered", async () => {
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

    // As the round for A's new file begins, another ask for a round comes in (as a
    // watcher's hint of a change made just then would), from inside the round's own
    // event: no second loop starts beside the running one, and the round after the
    // upload, which checks that nothing is left, begins after the ask and answers it.
    let asked = false;
    const askOnce = a.folder.onDidEvent((event: SyncEvent) => {
      if (asked || event.type !== "state" || event.state !== "syncing") return;
      asked = true;
      a.folder.requestSync();
    });
    await a.write("notes/one.txt", "written on A\n");
    await eventually(async () => b.exists("notes/one.txt"), 10_000, "A's file on B");
    askOnce.dispose();
    // The server pushes A's commit to A as well: A's round has moved past it already.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(asked).toBe(true);
    expect(loops.get(a)).toBe(2);
    // (B's download may wake its watcher after B's next round began: one more look.)
    expect(loops.get(b)).toBeGreaterThanOrEqual(2);
    expect(a.folder.status().lastError).toBeNull();
    expect(b.folder.status().lastError).toBeNull();
  });

  it("uploads a file that keeps changing at a measured pace, ending with its last content", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("app.log", "start\n");
    await a.syncClean();
    await b.syncClean();
    const api = await account.api();
    const id = (await account.serverTree()).get("app.log")!.id;
    a.folder.start();
    b.folder.start();
    // A log written every 100 ms for 5 s, as an app that keeps it open does.
    let text = "start\n";
    for (let line = 0; line < 50; line++) {
      text += `line ${line}\n`;
      await appendFile(a.abs("app.log"), `line ${line}\n`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const whileWriting = (await api.versions(id)).length;
    // The first version, a few at once, then one per SPACING_MS at most.
    expect(whileWriting).toBeLessThanOrEqual(1 + FREE_UPLOADS + 1);
    // Once it stops, its last content goes up within the spacing, and reaches B.
    await eventually(
      async () => (await b.readText("app.log")) === text,
      SPACING_MS + 10_000,
      "the log's last content on B",
    );
    expect((await api.versions(id)).length).toBeLessThanOrEqual(whileWriting + 2);
    expect(a.folder.status().lastError).toBeNull();
  });
});
