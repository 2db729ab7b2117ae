// Byte progress of large transfers in the activity stream (sync/transfer-progress.ts),
// against a real server: a large file is reported while it goes up and while it comes
// down, its figures only grow, and each transfer ends with exactly one done event;
// small files get their done event alone. (A pause that stops a transfer mid-way is in
// test/features/user-control.test.ts.)
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SyncEvent } from "../../src/shared/status.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

const MiB = 1024 * 1024;

type Activity = Extract<SyncEvent, { type: "activity" }>;

/** Every activity event the client's folder emits from now on. */
function activities(client: TestClient): Activity[] {
  const seen: Activity[] = [];
  client.folder.onDidEvent((event) => {
    if (event.type === "activity") seen.push(event);
  });
  return seen;
}

describe("transfer progress", () => {
  const accounts = useAccounts(useServer());

  it("reports a large file's bytes on the way up and down, and ends each transfer once", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    // Limits stretch 24 MiB over ~2 s each way: several figures on the way.
    await (await a.engine.controls()).setBandwidth({ up: 12 * MiB, down: 0 });
    await (await b.engine.controls()).setBandwidth({ up: 0, down: 12 * MiB });
    const data = randomBytes(24 * MiB + 11);
    await a.write("film.mov", data);
    const note = "small files are reported once done\n";
    await a.write("note.txt", note);

    const up = activities(a);
    await a.syncClean();
    const down = activities(b);
    await b.syncClean();
    expect(sha256(await b.read("film.mov"))).toBe(sha256(data));

    for (const [events, kind] of [
      [up, "upload"],
      [down, "download"],
    ] as const) {
      const film = events.filter((e) => e.path === "film.mov");
      const running = film.filter((e) => !e.done);
      // Every 250 ms or so over ~2 s: figures as the chunks arrive, not as groups of
      // them are written (three groups fetched at once would arrive together).
      expect(running.length, kind).toBeGreaterThanOrEqual(kind === "download" ? 5 : 3);
      for (const e of running) {
        expect(e).toMatchObject({ kind, bytesTotal: data.length });
        expect(e.bytesDone).toBeLessThanOrEqual(data.length);
      }
      const figures = running.map((e) => e.bytesDone);
      expect(figures, kind).toEqual([...figures].sort((x, y) => x - y));
      expect(
        figures.some((n) => n > 0 && n < data.length),
        kind,
      ).toBe(true);
      expect(film.filter((e) => e.done)).toEqual([film.at(-1)]);
      expect(film.at(-1)).toEqual({
        type: "activity",
        kind,
        path: "film.mov",
        bytesDone: data.length,
        bytesTotal: data.length,
        done: true,
      });
      expect(events.filter((e) => e.path === "note.txt")).toEqual([
        expect.objectContaining({ kind, done: true, bytesDone: note.length }),
      ]);
    }
    await expectSettled([a, b]);
  });
});
