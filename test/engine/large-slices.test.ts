// Rounds whose slice would hold most of the folder (slice-cost.ts):
// listing those folders again and planning over their slices costs more than a walk,
// so such a round plans over the walk it made, and such a slice's follow-up walks and
// ends at the record (converged.ts) instead of listing and planning it all again.
import { describe, expect, it, vi } from "vitest";
import type { RoundResult } from "../../src/engine/sync/sync-round.js";
import { expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";

const FOLDERS = 12;
const PER_FOLDER = 100;

describe("rounds over most of the folder", () => {
  const accounts = useAccounts(useServer());

  it("plans over the walk after most of the folder changed, and follows a big slice up with a walk", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("docs/readme.txt", "hello\n");
    await a.syncClean();
    await b.syncClean();

    // While A is stopped, 1,200 files in 12 new folders: nearly all of the folder.
    await a.close();
    for (let f = 0; f < FOLDERS; f++) {
      for (let i = 0; i < PER_FOLDER; i++) await a.write(`batch${f}/file${i}.txt`, `${f}:${i}\n`);
    }
    await a.open();
    const up = await a.folder.round();
    // It walked, found the record's folders differ in most of the folder, and planned
    // over the walk rather than over a slice of those folders.
    expect([up.slice, up.walkedAll, up.failures]).toEqual([null, true, []]);
    expect(up.done).toBe(FOLDERS * PER_FOLDER + FOLDERS);
    const loadsA = vi.spyOn(a.engine.index, "syncedNodes");
    const confirm = await a.folder.round();
    expect([confirm.slice, confirm.planned]).toEqual([null, 0]);
    expect(loadsA, "A's follow-up went past the record").not.toHaveBeenCalled();

    // B gets them through a slice of the feed's folders; its follow-up walks, finds
    // what the slice recorded, and stops there.
    const rounds = vi.spyOn(b.folder, "round");
    const loadsB = vi.spyOn(b.engine.index, "syncedNodes");
    await b.syncClean();
    const results: RoundResult[] = [];
    for (const result of rounds.mock.results)
      results.push(await (result.value as Promise<RoundResult>));
    expect(rounds.mock.calls.map((call) => call[0])).toEqual(["all", "all"]);
    const [down, follow] = results as [RoundResult, RoundResult];
    expect(down.slice?.length).toBe(FOLDERS + 1);
    expect(down.sliceEntries).toBeGreaterThan(FOLDERS * PER_FOLDER);
    expect([follow.slice, follow.walkedAll, follow.planned]).toEqual([null, true, 0]);
    expect(loadsB, "B loaded the whole Synced tree").not.toHaveBeenCalled();
    expect(await b.readText("batch11/file99.txt")).toBe("11:99\n");
    expect(await b.tree()).toEqual(await a.tree());

    // A small slice is still followed up by the same folders only.
    await a.write("batch3/file7.txt", "edited\n");
    const small = await a.folder.round(new Set(["batch3"]));
    expect(small.slice).toEqual(["batch3"]);
    const after = await a.folder.round(new Set(small.slice));
    expect([after.slice, after.planned]).toEqual([["batch3"], 0]);
    await b.syncClean();
    expect(await b.readText("batch3/file7.txt")).toBe("edited\n");
    await expectSettled([a, b]);
  });
});
