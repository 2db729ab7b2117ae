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
});
