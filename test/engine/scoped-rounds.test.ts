// Rounds that look only where something changed (src/engine/sync/scoped-inputs.ts):
// the folders the watcher named and those of the entries the feed brought. Here the
// folders are named by hand (`round(new Set([...]))`, as the watcher's hints would be),
// and one test runs the real watcher. Each change must sync exactly as a round that
// looks everywhere would sync it, and whatever a slice cannot judge falls back to one.
import { rename, rm, writeFile } from "node:fs/promises";
import { describe, expect, it, vi, type MockInstance } from "vitest";
import type { SyncFolder } from "../../src/engine/sync/sync-folder.js";
import type { RoundResult } from "../../src/engine/sync/sync-round.js";
import type { SyncEvent } from "../../src/shared/status.js";
import { eventually, expectSettled, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";

const only = (...folders: string[]) => new Set(folders);

/** The first round after a restart walks, finds what was recorded, and plans nothing. */
async function expectRestartOnlyWalks(client: TestClient): Promise<void> {
  await client.close();
  await client.open();
  const loads = vi.spyOn(client.engine.index, "syncedNodes");
  const round = await client.folder.round();
  expect([round.slice, round.planned], client.device).toEqual([null, 0]);
  expect(loads, `${client.device} loaded the Synced tree`).not.toHaveBeenCalled();
}

describe("rounds that look only where something changed", () => {
  const accounts = useAccounts(useServer());

  /** Two devices in sync (full rounds) on a few folders. */
  async function syncedPair(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("docs/report.txt", "first draft\n");
    await a.write("docs/move-me.txt", "travelling\n");
    await a.write("photos/beach.jpg", Buffer.alloc(40_000, 7));
    await a.write("archive/deep/old.txt", "old notes\n");
    await a.write("archive/deep/keep.txt", "kept\n");
    await a.syncClean();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());
    return [a, b];
  }

  it("syncs new, edited, deleted and moved files through slices on both devices", async () => {
    const [a, b] = await syncedPair();
    const movedIno = await b.ino("docs/move-me.txt");
    await a.write("docs/new.txt", "brand new\n");
    await a.write("photos/beach.jpg", Buffer.alloc(40_000, 9));
    await rm(a.abs("archive/deep/old.txt"));
    await rename(a.abs("docs/move-me.txt"), a.abs("photos/moved.txt"));

    const up = await a.folder.round(only("docs", "photos", "archive/deep"));
    expect(up.slice).not.toBeNull();
    expect(up.failures).toEqual([]);
    expect(up.plan.ops.map((op) => op.type).sort()).toEqual([
      "deleteRemote",
      "moveRemote",
      "upload",
      "upload",
    ]);
    // The next round over the same folders finds nothing left.
    const again = await a.folder.round(only("docs", "photos", "archive/deep"));
    expect([again.slice?.length, again.planned]).toEqual([3, 0]);

    // The other device names no folder: the feed's entries name them.
    const down = await b.folder.round(only());
    expect(down.slice?.sort()).toEqual(["archive/deep", "docs", "photos"]);
    expect(down.failures).toEqual([]);
    // Its follow-up looks in the same folders (a move records what it wrote there).
    await b.folder.round(new Set(down.slice));
    expect(await b.tree()).toEqual(await a.tree());
    // A move, not a new download; the delete went to the trash first.
    expect(await b.ino("photos/moved.txt")).toBe(movedIno);
    expect([...(await b.trash()).keys()].some((p) => p.endsWith("old.txt"))).toBe(true);
    // Counts are the whole folder's, not the slice's.
    expect(down.counts).toEqual({ files: 5, folders: 4, bytes: 40_000 + 11 + 10 + 12 + 5 });
    await expectSettled([a, b]);
  });

  it("makes a conflicted copy when both devices changed a file, looking only in its folder", async () => {
    const [a, b] = await syncedPair();
    await a.write("docs/report.txt", "edited on A\n");
    expect((await a.folder.round(only("docs"))).slice).not.toBeNull();
    await b.write("docs/report.txt", "edited on B\n");
    const round = await b.folder.round(only("docs"));
    expect(round.slice).not.toBeNull();
    expect(round.plan.conflicts.length).toBe(1);
    await b.sync();
    await a.sync();
    expect(await a.readText("docs/report.txt")).toBe("edited on A\n");
    const copies = [...(await a.tree()).keys()].filter((p) => p.includes("conflicted copy"));
    expect(copies.length).toBe(1);
    expect(await a.readText(copies[0] ?? "")).toBe("edited on B\n");
    expect(b.engine.index.conflicts().length).toBe(1);
    expect(await b.tree()).toEqual(await a.tree());
  });

  it("takes a new folder in whole on either side, subfolders and all", async () => {
    const [a, b] = await syncedPair();
    await a.write("music/song.txt", "la la\n");
    await a.write("music/albums/one/track.txt", "track one\n");
    await a.write("docs/drafts/idea.txt", "an idea\n");
    // The watcher names the folders the new ones appeared in and the new ones.
    const hints = only("", "music", "music/albums", "music/albums/one", "docs", "docs/drafts");
    const up = await a.folder.round(hints);
    expect(up.slice?.sort()).toEqual([
      "",
      "docs",
      "docs/drafts",
      "music",
      "music/albums",
      "music/albums/one",
    ]);
    expect(up.failures).toEqual([]);
    const types = (r: RoundResult) => r.plan.ops.map((op) => op.type).sort();
    expect(types(up)).toEqual([
      ...Array<string>(4).fill("createRemoteFolder"),
      ...Array<string>(3).fill("upload"),
    ]);
    expect((await a.folder.round(hints)).planned).toBe(0);

    // The other device: the feed brings the new folders and their files.
    const down = await b.folder.round(only());
    // The folders it listed, and the new ones it made (its follow-up looks there).
    expect(down.slice?.sort()).toEqual([
      "",
      "docs",
      "docs/drafts",
      "music",
      "music/albums",
      "music/albums/one",
    ]);
    expect(down.failures).toEqual([]);
    expect(types(down)).toEqual([
      ...Array<string>(4).fill("createLocalFolder"),
      ...Array<string>(3).fill("download"),
    ]);
    expect((await b.folder.round(new Set(down.slice))).planned).toBe(0);
    expect(await b.tree()).toEqual(await a.tree());
    // Each recorded what the next full walk should see: a restart only walks.
    for (const client of [a, b]) {
      expect(client.engine.index.clean(), client.device).not.toBeNull();
      await expectRestartOnlyWalks(client);
    }
    await expectSettled([a, b]);

    // A new folder inside one this device excludes: nothing to do, and nothing read.
    b.engine.index.setExcluded("archive", true);
    await b.syncClean();
    await a.write("archive/boxes/box.txt", "in a box\n");
    expect((await a.folder.round(only("archive", "archive/boxes"))).slice).not.toBeNull();
    const reads = vi.spyOn(b.engine.index, "remoteChildren");
    const outside = await b.folder.round(only());
    expect([outside.slice, outside.planned]).toEqual([[], 0]);
    const boxes = b.engine.index.remoteIdAt("archive/boxes");
    expect(boxes).not.toBeNull();
    expect(reads.mock.calls.flatMap(([ids]) => ids)).not.toContain(boxes);
    expect(await b.exists("archive/boxes")).toBe(false);
  });

  it("moves a file the server moved into a new folder, and its follow-up looks there", async () => {
    const [a, b] = await syncedPair();
    const ino = await b.ino("docs/report.txt");
    await a.write("shelf/label.txt", "shelf\n");
    await rename(a.abs("docs/report.txt"), a.abs("shelf/report.txt"));
    await a.sync();
    const down = await b.folder.round(only());
    expect(down.slice?.sort()).toEqual(["", "docs", "shelf"]);
    expect(down.plan.ops.map((op) => op.type).sort()).toEqual([
      "createLocalFolder",
      "download",
      "moveLocal",
    ]);
    // What the move left to record is in the new folder, where the follow-up looks.
    const follow = await b.folder.round(new Set(down.slice));
    expect(follow.slice).not.toBeNull();
    expect(await b.ino("shelf/report.txt")).toBe(ino);
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });

  it("looks everywhere when a new folder is not new to every tree", async () => {
    const [a, b] = await syncedPair();
    // Moved into a new folder from one no hint named: the inode is a Synced folder's,
    // and its old place is not in the slice. The round walks everything, then plans
    // over the folders whose entries changed, the old place among them.
    const movedIno = await a.ino("archive/deep");
    await a.write("shelf/label.txt", "shelf\n");
    await rename(a.abs("archive/deep"), a.abs("shelf/deep"));
    const unnamed = await a.folder.round(only("", "shelf", "shelf/deep"));
    expect([unnamed.walkedAll, unnamed.slice?.includes("archive/deep")]).toEqual([true, true]);
    expect(await a.ino("shelf/deep")).toBe(movedIno);
    await a.sync();
    await b.sync();
    expect(await b.readText("shelf/deep/keep.txt")).toBe("kept\n");
    expect(await b.exists("archive/deep")).toBe(false);

    // Both devices made a folder of the same name: the one that syncs second merges.
    await a.write("shared/from-a.txt", "A\n");
    await b.write("Shared/from-b.txt", "B\n");
    expect((await a.folder.round(only("", "shared"))).slice).not.toBeNull();
    expect((await b.folder.round(only("", "Shared"))).slice).toBeNull();
    await b.sync();
    await a.sync();
    expect(await b.tree()).toEqual(await a.tree());

    // A new folder with its own rules changes the rules: the round looks everywhere.
    await a.write("notes/.cirrusignore", "*.tmp\n");
    await a.write("notes/keep.md", "kept\n");
    await a.write("notes/skip.tmp", "skipped\n");
    expect((await a.folder.round(only("", "notes"))).slice).toBeNull();
    await a.sync();
    await b.sync();
    expect(await b.exists("notes/keep.md")).toBe(true);
    expect(await b.exists("notes/skip.tmp")).toBe(false);
    await expectSettled([a, b]);
  });

  it("deletes a folder over slices, on disk and from the server, without a walk", async () => {
    const [a, b] = await syncedPair();
    const types = (round: RoundResult) => round.plan.ops.map((op) => op.type).sort();
    // A folder deleted on disk: from its parent's hint alone it might have moved where
    // no hint reached, but no folder on disk has its inode (gone-folders.ts lists the
    // folders, and stats no file): it was deleted, and the slice plans it.
    await rm(a.abs("archive/deep"), { recursive: true });
    const gone = await a.folder.round(only("archive"));
    // The folder and its two files, as a round over everything plans them.
    expect([gone.walkedAll, gone.slice === null, types(gone)]).toEqual([
      false,
      false,
      Array<string>(3).fill("deleteRemote"),
    ]);
    // The other device: the feed brings the folder and its files deleted; the folder
    // is walked where it is, its files go to the profile's trash.
    const down = await b.folder.round(only());
    expect([down.walkedAll, down.slice === null, types(down)]).toEqual([
      false,
      false,
      Array<string>(3).fill("deleteLocal"),
    ]);
    expect(await b.exists("archive/deep")).toBe(false);
    const trashed = [...(await b.trash()).keys()].map((p) => p.replace(/^[^/]+\//, ""));
    expect(trashed.filter((p) => p.endsWith(".txt")).sort()).toEqual([
      "archive/deep/keep.txt",
      "archive/deep/old.txt",
    ]);
    expect(await b.tree()).toEqual(await a.tree());
    // What B removed is in its record: a restart only walks.
    expect((await b.folder.round(new Set(down.slice))).planned).toBe(0);
    await expectRestartOnlyWalks(b);
    await expectSettled([a, b]);
  });

  it("looks everywhere for a .cirrusignore, and keeps what B changed in a folder A deleted", async () => {
    const [a, b] = await syncedPair();
    // Rules changed in the folder.
    await a.write("docs/.cirrusignore", "*.tmp\n");
    expect((await a.folder.round(only("docs"))).slice).toBeNull();
    await a.sync();
    await b.sync();
    // Edit against delete keeps the edit, in a slice as in a full round.
    await rm(a.abs("archive"), { recursive: true });
    await a.sync();
    await b.write("archive/deep/keep.txt", "kept, and edited on B\n");
    const down = await b.folder.round(only("archive/deep"));
    expect(down.slice).not.toBeNull();
    await b.sync();
    await a.sync();
    expect(await a.readText("archive/deep/keep.txt")).toBe("kept, and edited on B\n");
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });

  it("syncs a renamed or moved folder through slices on both sides, as one move", async () => {
    const [a, b] = await syncedPair();
    const types = (round: RoundResult) => round.plan.ops.map((op) => op.type).sort();
    /** A round on `a` over `hints`, then one on `b` over the feed: each one move. */
    const moveBoth = async (hints: Set<string>) => {
      const up = await a.folder.round(hints);
      expect([up.walkedAll, up.slice === null, types(up)]).toEqual([false, false, ["moveRemote"]]);
      const down = await b.folder.round(only());
      expect([down.slice === null, types(down)]).toEqual([false, ["moveLocal"]]);
      expect(await b.tree()).toEqual(await a.tree());
      // B's follow-up looks at both places and finds nothing left: the move recorded
      // the server's revision of the folder (no recordSynced to follow).
      const follow = await b.folder.round(new Set(down.slice));
      expect([follow.slice === null, follow.planned]).toEqual([false, 0]);
      return down;
    };
    const beach = await b.ino("photos/beach.jpg");
    const kept = await b.ino("archive/deep/keep.txt");

    // Renamed in place: the watcher names the folder it is in.
    await rename(a.abs("photos"), a.abs("pictures"));
    const renamed = await moveBoth(only(""));
    expect(await b.ino("pictures/beach.jpg")).toBe(beach);
    expect(renamed.slice).toEqual(expect.arrayContaining(["", "pictures"]));
    // What B moved is in its record: a restart only walks.
    await expectRestartOnlyWalks(b);

    // Moved with its files into another folder, one level down.
    await rename(a.abs("archive/deep"), a.abs("docs/deep"));
    await moveBoth(only("archive", "docs", "docs/deep"));
    expect(await b.ino("docs/deep/keep.txt")).toBe(kept);

    // Renamed, with a folder inside it and a file edited in the same burst.
    await rename(a.abs("docs"), a.abs("papers"));
    await a.write("papers/deep/keep.txt", "kept, edited\n");
    const up = await a.folder.round(only("", "papers", "papers/deep"));
    expect([up.slice === null, types(up)]).toEqual([false, ["moveRemote", "upload"]]);
    const down = await b.folder.round(only());
    expect([down.slice === null, types(down)]).toEqual([false, ["download", "moveLocal"]]);
    expect(await b.readText("papers/deep/keep.txt")).toBe("kept, edited\n");
    expect(await b.tree()).toEqual(await a.tree());

    for (const client of [a, b]) await client.syncClean();
    for (const client of [a, b]) await expectRestartOnlyWalks(client);
    await expectSettled([a, b]);
  });

  it("looks everywhere for a folder moved on both sides, or gone from where no hint named", async () => {
    const [a, b] = await syncedPair();
    await rename(a.abs("photos"), a.abs("pictures"));
    await a.sync();
    // B renamed it too, elsewhere: the slice cannot judge two moves of one folder.
    await rename(b.abs("photos"), b.abs("images"));
    expect((await b.folder.round(only(""))).slice).toBeNull();
    await b.sync();
    await a.sync();
    expect(await b.tree()).toEqual(await a.tree());
    // Renamed where the hints do not reach: its new place was not named.
    await rename(a.abs("archive/deep"), a.abs("docs/deep"));
    const partial = await a.folder.round(only("archive"));
    expect(partial.walkedAll).toBe(true);
    await b.sync();
    expect(await b.readText("docs/deep/keep.txt")).toBe("kept\n");
    await expectSettled([a, b]);
  });

  it("looks everywhere after a round that left something behind", async () => {
    const [a] = await syncedPair();
    expect(a.engine.index.clean()).not.toBeNull();
    // Any write to the trees from elsewhere (an exclusion here) drops the clean record.
    a.engine.index.setExcluded("archive", true);
    expect(a.engine.index.clean()).toBeNull();
    await a.write("docs/new.txt", "brand new\n");
    const round = await a.folder.round(only("docs"));
    expect(round.slice).toBeNull();
    expect(a.engine.index.clean()).not.toBeNull();
    // A hint inside an excluded folder asks for nothing, and the slice stays small.
    await a.write("archive/deep/more.txt", "not synced\n");
    const skipped = await a.folder.round(only("archive/deep"));
    expect([skipped.slice, skipped.planned]).toEqual([[], 0]);
  });

  it("weighs a slice's deletes against the whole folder for the mass-delete guard", async () => {
    const account = await accounts.create(2, { massDelete: { minCount: 50, share: 0.5 } });
    const [a, b] = account.clients as [TestClient, TestClient];
    for (let i = 0; i < 60; i++) await a.write(`batch/f${i}.txt`, `file ${i}\n`);
    for (let i = 0; i < 100; i++) await a.write(`rest/r${i}.txt`, `rest ${i}\n`);
    await a.syncClean();
    await b.syncClean();
    // 60 of 160 files: under half the folder, so not held, although all of `batch`.
    for (let i = 0; i < 60; i++) await rm(a.abs(`batch/f${i}.txt`));
    const round = await a.folder.round(only("batch"));
    expect(round.slice).not.toBeNull();
    expect(round.plan.massDelete).toBeUndefined();
    expect(round.plan.ops.filter((op) => op.type === "deleteRemote").length).toBe(60);
    // 60 of the remaining 100: over half, held in a slice too.
    for (let i = 0; i < 60; i++) await rm(a.abs(`rest/r${i}.txt`));
    const held = await a.folder.round(only("rest"));
    expect(held.slice).not.toBeNull();
    expect(held.plan.massDelete?.localDeletes ?? 0).toBe(0);
    expect(held.plan.massDelete?.remoteDeletes).toBe(60);
    await b.sync();
    expect((await b.tree()).size).toBe(100 + 2);
  });

  it("looks only in the folders touched even when there are many of them", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const folders = Array.from({ length: 80 }, (_, i) => `box${i}`);
    for (const folder of folders) await a.write(`${folder}/item.txt`, `${folder}\n`);
    await a.syncClean();
    await b.syncClean();
    // An edit in each of 80 folders: listing them is still cheaper than a look everywhere.
    for (const folder of folders) await a.write(`${folder}/item.txt`, `${folder} edited\n`);
    const up = await a.folder.round(new Set(folders));
    expect([up.slice?.length, up.done, up.failures]).toEqual([80, 80, []]);
    const down = await b.folder.round(only());
    expect([down.slice?.length, down.done, down.failures]).toEqual([80, 80, []]);
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });

  it("records what the next full walk should see, so a restart only walks", async () => {
    const [a, b] = await syncedPair();
    await a.write("docs/new.txt", "brand new\n");
    await a.write("photos/beach.jpg", Buffer.alloc(40_000, 9));
    expect((await a.folder.round(only("docs", "photos"))).slice).not.toBeNull();
    expect((await a.folder.round(only("docs", "photos"))).planned).toBe(0);
    // B downloads through a slice: its own writes are part of the record.
    const down = await b.folder.round(only());
    expect([down.slice?.length, down.done]).toEqual([2, 2]);
    await b.folder.round(new Set(down.slice));
    for (const client of [a, b]) {
      expect(client.engine.index.converged(), client.device).not.toBeNull();
      await expectRestartOnlyWalks(client);
    }
    // And a change made while it was not running is still seen.
    await b.write("docs/offline.txt", "written while stopped\n");
    await b.close();
    await b.open();
    await b.syncClean();
    await a.syncClean();
    expect(await a.readText("docs/offline.txt")).toBe("written while stopped\n");
  });

  it("after changes made while stopped, walks and then looks only in the folders that differ", async () => {
    const [a, b] = await syncedPair();
    await a.close();
    // While A is stopped: edits on its disk in three folders, and one from B.
    await a.write("docs/report.txt", "second draft\n");
    await a.write("photos/new.jpg", Buffer.alloc(30_000, 3));
    await rm(a.abs("archive/deep/old.txt"));
    await b.write("docs/move-me.txt", "edited on B\n");
    await b.syncClean();
    await a.open();
    const loads = vi.spyOn(a.engine.index, "syncedNodes");
    const round = await a.folder.round();
    expect(round.slice?.sort()).toEqual(["archive/deep", "docs", "photos"]);
    expect(round.walkedAll).toBe(true);
    expect(round.failures).toEqual([]);
    expect(loads, "the whole Synced tree was loaded").not.toHaveBeenCalled();
    expect(round.plan.ops.map((op) => op.type).sort()).toEqual([
      "deleteRemote",
      "download",
      "upload",
      "upload",
    ]);
    expect(round.counts).toEqual({ files: 5, folders: 4, bytes: 40_000 + 30_000 + 13 + 12 + 5 });
    // It walked everything: its follow-up checks the same folders only.
    const follow = await a.folder.round(new Set(round.slice));
    expect([follow.slice?.length, follow.walkedAll, follow.planned]).toEqual([3, false, 0]);
    await a.syncClean();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());
    expect(await a.readText("docs/move-me.txt")).toBe("edited on B\n");
    expect(await b.readText("docs/report.txt")).toBe("second draft\n");

    // A folder made while stopped: where it appeared, and the folder itself.
    await a.close();
    await a.write("music/song.txt", "la la\n");
    await a.open();
    expect((await a.folder.round()).slice?.sort()).toEqual(["", "music"]);
    await a.syncClean();
    await b.syncClean();
    expect(await b.readText("music/song.txt")).toBe("la la\n");

    // So is anything written to the trees since the record (it goes with the writes).
    await a.close();
    await a.write("docs/report.txt", "third draft\n");
    await a.open();
    a.engine.index.setExcluded("archive", true);
    a.engine.index.setExcluded("archive", false);
    expect((await a.folder.round()).slice).toBeNull();
    await a.syncClean();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());
    await expectSettled([a, b]);
  });

  it("runs slices from the watcher's hints in continuous mode", async () => {
    const [a, b] = await syncedPair();
    await a.write("archive/note.txt", "stays in archive\n");
    await a.syncClean();
    await b.syncClean();
    const spies: MockInstance<SyncFolder["round"]>[] = [];
    for (const client of [a, b]) {
      const spy = vi.spyOn(client.folder, "round");
      const synced = new Promise<void>((resolve) => {
        const listener = client.folder.onDidEvent((event: SyncEvent) => {
          if (event.type !== "synced") return;
          listener.dispose();
          resolve();
        });
      });
      client.folder.start();
      await synced;
      // The first round of each looks everywhere; those that follow, only where hinted.
      spy.mockClear();
      spies.push(spy);
    }
    await a.write("docs/live.txt", "through the watcher\n");
    await eventually(
      async () => (await b.exists("docs/live.txt")) && (await b.readText("docs/live.txt")) !== "",
      10_000,
      "A's new file on B",
    );
    await writeFile(b.abs("photos/beach.jpg"), Buffer.alloc(40_000, 1));
    await eventually(
      async () => (await a.read("photos/beach.jpg")).equals(Buffer.alloc(40_000, 1)),
      10_000,
      "B's edit on A",
    );
    // A new folder, two deep, with a file: the hints name it, the slice takes it in.
    await a.write("music/live/song.txt", "new folder through the watcher\n");
    await eventually(
      async () =>
        (await b.exists("music/live/song.txt")) && (await b.readText("music/live/song.txt")) !== "",
      10_000,
      "A's new folder on B",
    );
    // A folder renamed, then one moved out of it into another: each one move, through
    // slices. (Both in one burst of hints would be a move inside a moved folder: a
    // look everywhere judges that.)
    const kept = await b.ino("archive/deep/keep.txt");
    await rename(a.abs("archive"), a.abs("stored"));
    await eventually(
      async () => (await b.exists("stored/deep/keep.txt")) && !(await b.exists("archive")),
      10_000,
      "A's renamed folder on B",
    );
    await rename(a.abs("stored/deep"), a.abs("docs/deep"));
    await eventually(
      async () => (await b.exists("docs/deep/keep.txt")) && !(await b.exists("stored/deep")),
      10_000,
      "A's moved folder on B",
    );
    expect(await b.ino("docs/deep/keep.txt")).toBe(kept);
    expect(await b.readText("stored/note.txt")).toBe("stays in archive\n");
    for (const spy of spies) {
      const results = await Promise.all(
        spy.mock.results.map((r) => r.value as Promise<RoundResult>),
      );
      expect(results.length).toBeGreaterThan(0);
      expect(results.map((r) => r.slice)).not.toContain(null);
    }
  });
});
