// Files on demand (invariant 8): with `sync --on-demand`, new remote files arrive as
// `NAME.EXT.cirrus` stubs; hydrate/dehydrate/pin/open swap stubs and real files
// byte-exact; a stub is never uploaded as content, and moving or deleting one is a
// metadata operation on the server.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { FileEntry, SyncEvent } from "../../src/shared/status.js";
import { eventually, expectSettled, type TestClient } from "../support/clients.js";
import {
  cliFails,
  cliJson,
  cliOk,
  MiB,
  readStub,
  recordingOpener,
  savedStatus,
  syncOnDemand,
} from "../support/feature-clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";
import { removeDir, tempDir } from "../support/server-process.js";

type Activity = Extract<SyncEvent, { type: "activity" }>;

describe("files on demand", () => {
  const accounts = useAccounts(useServer());

  /** A writes `files` and syncs; B then syncs on demand through the CLI. */
  async function withStubs(
    files: Record<string, Buffer | string>,
  ): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (const [rel, data] of Object.entries(files)) await a.write(rel, data);
    await a.syncClean();
    await syncOnDemand(b);
    return [a, b];
  }

  const stateOf = (entries: FileEntry[], rel: string) => entries.find((e) => e.path === rel)?.state;

  it("shows a hydration in the folder's activity: its progress, then done, or why it stopped", async () => {
    const film = randomBytes(12 * MiB);
    const [, b] = await withStubs({ "film.mov": film, "clip.mov": randomBytes(12 * MiB) });
    // 8 MiB/s: each file takes ~1.5 s, long enough to be seen on its way.
    await (await b.engine.controls()).setBandwidth({ up: 0, down: 8 * MiB });
    const seen: Activity[] = [];
    b.folder.onDidEvent((event) => {
      if (event.type === "activity") seen.push(event);
    });
    const of = (rel: string) => seen.filter((e) => e.path === rel);

    await b.engine.hydrate(["film.mov"]);
    expect((await b.read("film.mov")).equals(film)).toBe(true);
    const events = of("film.mov");
    expect(events[0]).toMatchObject({ kind: "download", done: false, bytesDone: 0 });
    expect(events.some((e) => !e.done && e.bytesDone > 0 && e.bytesDone < film.length)).toBe(true);
    expect(events.filter((e) => e.done)).toEqual([
      {
        type: "activity",
        kind: "download",
        path: "film.mov",
        bytesDone: film.length,
        bytesTotal: film.length,
        done: true,
      },
    ]);

    // The real name taken while the file comes down: the hydration stops and says why,
    // and the file made meanwhile is kept. Taken once the row shows (the download's
    // start): at 3 MiB/s the file needs ~4 s more. (The written bytes lag the network:
    // the groups of chunks fetched at once arrive together, near the end.)
    await (await b.engine.controls()).setBandwidth({ up: 0, down: 3 * MiB });
    const hydrating = b.engine.hydrate(["clip.mov"]).then(
      () => null,
      (error: unknown) => error as { code?: string },
    );
    await eventually(
      () => Promise.resolve(of("clip.mov").some((e) => !e.done)),
      10_000,
      "the clip is on its way",
    );
    await b.write("clip.mov", "made here meanwhile\n");
    expect((await hydrating)?.code).toBe("name_conflict");
    expect(of("clip.mov").at(-1)).toMatchObject({
      done: true,
      error: expect.stringContaining("appeared meanwhile") as unknown,
    });
    expect(await b.readText("clip.mov")).toBe("made here meanwhile\n");
    expect(await b.exists("clip.mov.cirrus")).toBe(true);
  });

  it("delivers new remote files as NAME.EXT.cirrus stubs without content when on demand", async () => {
    const report = randomBytes(200 * 1024);
    const [, b] = await withStubs({ "docs/report.pdf": report, "notes.txt": "hello\n" });

    expect([...(await b.tree()).keys()]).toEqual([
      "docs",
      "docs/report.pdf.cirrus",
      "notes.txt.cirrus",
    ]);
    const stub = await readStub(b, "docs/report.pdf");
    expect(stub).toMatchObject({
      cirrus: "placeholder",
      name: "report.pdf",
      size: report.length,
      hash: sha256(report),
    });
    expect((await stat(b.abs("docs/report.pdf.cirrus"))).size).toBeLessThan(4096);
    // Metadata only: nothing was downloaded.
    expect((await savedStatus(b)).bytesReceived).toBe(0);
    const listed = await cliJson<FileEntry[]>(b, ["files", "docs"]);
    expect(listed).toEqual([
      expect.objectContaining({
        name: "report.pdf",
        path: "docs/report.pdf",
        state: "placeholder",
        size: report.length,
      }),
    ]);
    await expectSettled(accounts.current().clients);
  });

  it("hydrates and dehydrates a 3 MiB file byte-exact; files --json shows placeholder -> hydrated -> pinned", async () => {
    const big = randomBytes(3 * MiB);
    const [a, b] = await withStubs({ "big.bin": big });
    const api = await accounts.current().api();
    const entryId = (await readStub(b, "big.bin")).id;
    const versionsBefore = (await api.versions(entryId)).length;
    await b.close();

    expect(stateOf(await cliJson(b, ["files"]), "big.bin")).toBe("placeholder");
    await cliOk(b, ["hydrate", "big.bin"]);
    expect(sha256(await b.read("big.bin"))).toBe(sha256(big));
    expect(await b.exists("big.bin.cirrus")).toBe(false);
    expect(stateOf(await cliJson(b, ["files"]), "big.bin")).toBe("hydrated");

    await cliOk(b, ["dehydrate", "big.bin"]);
    expect(await b.exists("big.bin")).toBe(false);
    expect(await readStub(b, "big.bin")).toMatchObject({ size: big.length, hash: sha256(big) });
    expect(stateOf(await cliJson(b, ["files"]), "big.bin")).toBe("placeholder");

    // The stub's own name works too, and the second round trip is as exact.
    await cliOk(b, ["hydrate", "big.bin.cirrus"]);
    expect((await b.read("big.bin")).equals(big)).toBe(true);
    await cliOk(b, ["pin", "big.bin"]);
    expect(stateOf(await cliJson(b, ["files"]), "big.bin")).toBe("pinned");

    // None of this was a change to sync: the server's file is as A uploaded it.
    await b.open();
    await expectSettled([a, b]);
    const entry = await api.entry(entryId);
    expect({ hash: entry.hash, size: entry.size }).toEqual({ hash: sha256(big), size: big.length });
    expect(await api.versions(entryId)).toHaveLength(versionsBefore);
  });

  it("never uploads a stub as content, also after a stub is renamed", async () => {
    const content = randomBytes(64 * 1024);
    const [a, b] = await withStubs({ "data.bin": content, "keep.txt": "kept\n" });
    const api = await accounts.current().api();
    const stub = await readStub(b, "data.bin");
    const stubBytes = await b.read("data.bin.cirrus");
    const versionsBefore = (await api.versions(stub.id)).length;

    // Rounds with stubs present change nothing on the server.
    await b.syncClean();
    await b.syncClean();
    let entry = await api.entry(stub.id);
    expect({ hash: entry.hash, size: entry.size, rev: entry.rev }).toEqual({
      hash: sha256(content),
      size: content.length,
      rev: stub.rev,
    });

    await rename(b.abs("data.bin.cirrus"), b.abs("renamed.bin.cirrus"));
    await b.syncClean();
    entry = await api.entry(stub.id);
    expect(entry.name).toBe("renamed.bin");
    expect(entry.hash).toBe(sha256(content));
    expect(entry.hash).not.toBe(sha256(stubBytes));
    expect(entry.size).toBe(content.length);
    expect(await api.versions(stub.id)).toHaveLength(versionsBefore);
    expect(b.folder.status().bytesSent).toBe(0);

    await a.syncClean();
    expect((await a.read("renamed.bin")).equals(content)).toBe(true);
    await expectSettled([a, b]);
  });

  it("never uploads a stub's metadata as the file's content when the stub loses its .cirrus suffix", async () => {
    const content = "the real text\n";
    const [a, b] = await withStubs({ "s.txt": content });
    const api = await accounts.current().api();
    const stub = await readStub(b, "s.txt");
    const versionsBefore = (await api.versions(stub.id)).length;

    // A person "restores" the file by dropping the suffix: the bytes are still the stub's.
    await rename(b.abs("s.txt.cirrus"), b.abs("s.txt"));
    const round = await b.sync();
    expect(round.failures).toEqual([
      expect.objectContaining({ path: "s.txt", code: "not_placeholder" }),
    ]);
    const entry = await api.entry(stub.id);
    expect({ hash: entry.hash, size: entry.size }).toEqual({
      hash: sha256(content),
      size: Buffer.byteLength(content),
    });
    expect(await api.versions(stub.id)).toHaveLength(versionsBefore);
    expect(b.folder.status().bytesSent).toBe(0);
    await a.syncClean();
    expect(await a.readText("s.txt")).toBe(content);
    // Nothing was removed on B, and naming it a stub again settles everything.
    expect(JSON.parse(await b.readText("s.txt"))).toEqual(stub);
    await rename(b.abs("s.txt"), b.abs("s.txt.cirrus"));
    await b.syncClean();
    await expectSettled([a, b]);
  });

  it("renames and moves a file on every device when its stub is renamed or moved, downloading nothing", async () => {
    const one = randomBytes(512 * 1024);
    const two = randomBytes(300 * 1024);
    const [a, b] = await withStubs({ "docs/one.bin": one, "docs/two.bin": two });

    await rename(b.abs("docs/one.bin.cirrus"), b.abs("docs/first.bin.cirrus"));
    await mkdir(b.abs("archive"));
    await rename(b.abs("docs/two.bin.cirrus"), b.abs("archive/two.bin.cirrus"));
    await b.syncClean();
    await a.syncClean();

    const aTree = await a.tree();
    expect([...aTree.keys()]).toEqual(["archive", "archive/two.bin", "docs", "docs/first.bin"]);
    expect(aTree.get("docs/first.bin")).toBe(sha256(one));
    expect(aTree.get("archive/two.bin")).toBe(sha256(two));
    expect([...(await b.tree()).keys()]).toEqual([
      "archive",
      "archive/two.bin.cirrus",
      "docs",
      "docs/first.bin.cirrus",
    ]);
    // A metadata operation: B fetched no content for it.
    expect(b.folder.status().bytesReceived).toBe(0);
    expect(b.folder.status().bytesSent).toBe(0);
    await expectSettled([a, b]);
  });

  it("deleting a stub moves the file to the server's trash and removes it on the other device", async () => {
    const doomed = randomBytes(100 * 1024);
    const [a, b] = await withStubs({ "doomed.bin": doomed, "stays.txt": "stays\n" });

    await rm(b.abs("doomed.bin.cirrus"));
    await b.syncClean();
    const trash = await b.engine.trash();
    expect(trash.map((t) => t.path)).toContain("doomed.bin");
    expect((await accounts.current().serverTree()).has("doomed.bin")).toBe(false);

    await a.syncClean();
    expect(await a.exists("doomed.bin")).toBe(false);
    // Nothing is lost on A either: its copy went to A's profile trash.
    const aTrash = await a.trash();
    expect([...aTrash.values()]).toContain(sha256(doomed));
    expect(b.folder.status().bytesReceived).toBe(0);
    await expectSettled([a, b]);
  });

  it("updates only the stub when a dehydrated file changes on the server", async () => {
    const [a, b] = await withStubs({ "log.txt": "first version\n" });
    const before = await readStub(b, "log.txt");

    const next = randomBytes(150 * 1024);
    await a.write("log.txt", next);
    await a.syncClean();
    await b.syncClean();

    const after = await readStub(b, "log.txt");
    expect(after.id).toBe(before.id);
    expect(after.rev).toBeGreaterThan(before.rev);
    expect({ hash: after.hash, size: after.size }).toEqual({
      hash: sha256(next),
      size: next.length,
    });
    expect(await b.exists("log.txt")).toBe(false);
    expect(b.folder.status().bytesReceived).toBe(0);
    await expectSettled([a, b]);
  });

  it("refuses to dehydrate a file with changes not uploaded yet (unsynced_changes) and loses nothing", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("draft.txt", "synced text\n");
    await a.syncClean();
    await b.syncClean();
    await b.write("draft.txt", "edited on B, not uploaded yet\n");
    await b.write("brand-new.txt", "never synced\n");
    await b.close();

    const edited = await cliFails(b, ["dehydrate", "draft.txt"], "unsynced_changes");
    expect(edited.stderr).toMatch(/draft\.txt has changes that are not uploaded yet/);
    const fresh = await cliFails(b, ["dehydrate", "brand-new.txt"], "unsynced_changes");
    expect(fresh.stderr).toMatch(/brand-new\.txt has not been uploaded yet/);

    expect(await b.readText("draft.txt")).toBe("edited on B, not uploaded yet\n");
    expect(await b.readText("brand-new.txt")).toBe("never synced\n");
    expect(await b.exists("draft.txt.cirrus")).toBe(false);
    expect(await b.exists("brand-new.txt.cirrus")).toBe(false);

    // Once uploaded, the same file may be freed up.
    await b.open();
    await b.syncClean();
    await b.engine.dehydrate(["draft.txt"]);
    expect((await readStub(b, "draft.txt")).hash).toBe(sha256("edited on B, not uploaded yet\n"));
  });

  it("pin hydrates a folder's stubs, keeps new files there hydrated, and blocks dehydrate until unpinned", async () => {
    const p1 = randomBytes(80 * 1024);
    const p2 = randomBytes(90 * 1024);
    const [a, b] = await withStubs({
      "photos/1.jpg": p1,
      "photos/2.jpg": p2,
      "other.txt": "elsewhere\n",
    });
    await b.close();

    const pinned = await cliOk(b, ["pin", "photos"]);
    expect(pinned.stdout).toContain("2 file(s) downloaded");
    expect((await b.read("photos/1.jpg")).equals(p1)).toBe(true);
    expect((await b.read("photos/2.jpg")).equals(p2)).toBe(true);
    expect(await b.exists("other.txt.cirrus")).toBe(true);
    const listed = await cliJson<FileEntry[]>(b, ["files", "photos"]);
    expect(listed.map((e) => [e.path, e.state])).toEqual([
      ["photos/1.jpg", "pinned"],
      ["photos/2.jpg", "pinned"],
    ]);

    // A new remote file under the pinned folder arrives hydrated; elsewhere, as a stub.
    const p3 = randomBytes(70 * 1024);
    await a.write("photos/3.jpg", p3);
    await a.write("later.txt", "later\n");
    await a.syncClean();
    await b.open();
    await b.syncClean();
    expect((await b.read("photos/3.jpg")).equals(p3)).toBe(true);
    expect(await b.exists("photos/3.jpg.cirrus")).toBe(false);
    expect(await b.exists("later.txt.cirrus")).toBe(true);
    await b.close();

    const refused = await cliFails(b, ["dehydrate", "photos/1.jpg"], "bad_request");
    expect(refused.stderr).toMatch(/pinned/);
    expect((await b.read("photos/1.jpg")).equals(p1)).toBe(true);

    await cliOk(b, ["unpin", "photos"]);
    await cliOk(b, ["dehydrate", "photos/1.jpg"]);
    expect(await b.exists("photos/1.jpg")).toBe(false);
    expect((await readStub(b, "photos/1.jpg")).hash).toBe(sha256(p1));
    await b.open();
    await expectSettled([a, b]);
  });

  it("open hydrates a placeholder and hands the real file to the opener", async () => {
    const text = "open me\n";
    const [, b] = await withStubs({ "read-me.txt": text });
    await b.close();
    const dir = await tempDir("opener");
    try {
      const opener = await recordingOpener(dir);
      const result = await cliOk(b, ["open", "read-me.txt"], {
        env: { CIRRUS_OPENER: opener.script },
      });
      expect(result.stdout.trim()).toBe(b.abs("read-me.txt"));
      expect(await b.readText("read-me.txt")).toBe(text);
      expect(await b.exists("read-me.txt.cirrus")).toBe(false);
      await eventually(
        async () => (await readFile(opener.out, "utf8").catch(() => "")) === b.abs("read-me.txt"),
        10_000,
        "the opener is run with the hydrated file",
      );
    } finally {
      await removeDir(dir);
    }
  });
});
