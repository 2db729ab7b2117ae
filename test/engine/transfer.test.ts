// Content travels both ways byte-exact, edits travel as a few chunks, and renames
// travel as moves (the other side's file keeps its inode, nothing is downloaded).
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectSettled, snapshot, tempFilesIn, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

const MiB = 1024 * 1024;

/** Flip one byte of `content` where the server's pack files hold it (disk damage). */
async function damageStoredCopy(dataDir: string, content: Buffer): Promise<void> {
  const probe = content.subarray(MiB, MiB + 64);
  const packs = (await readdir(dataDir, { recursive: true })).filter((f) => f.endsWith(".pack"));
  for (const pack of packs) {
    const file = path.join(dataDir, pack);
    const bytes = await readFile(file);
    const at = bytes.indexOf(probe);
    if (at < 0) continue;
    const handle = await open(file, "r+");
    await handle.write(Buffer.from([(bytes[at + 10] as number) ^ 0xff]), 0, 1, at + 10);
    await handle.close();
    return;
  }
  throw new Error("the content is in no pack file");
}

describe("transfers between devices", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  it("carries new files and folders both ways, byte-exact", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const big = randomBytes(3 * MiB + 12345);
    await a.write("empty.txt", "");
    await a.write("big.bin", big);
    await a.write("docs/notes/todo.md", "- buy milk\n");
    await a.write("docs/ünïcode name.txt", "héllo");
    await mkdir(a.abs("empty folder/inner"), { recursive: true });
    await b.write("from-b/report.csv", "a,b,c\n1,2,3\n");
    await a.syncClean();
    await b.syncClean();
    await a.syncClean();

    const treeA = await a.tree();
    expect(await b.tree()).toEqual(treeA);
    expect(treeA.get("big.bin")).toBe(sha256(big));
    expect(treeA.get("empty.txt")).toBe(sha256(""));
    expect(treeA.get("empty folder/inner")).toBe("dir/");
    expect(treeA.get("from-b/report.csv")).toBe(sha256("a,b,c\n1,2,3\n"));
    const onServer = await account.serverTree();
    expect(onServer.get("big.bin")?.size).toBe(big.length);
    expect(onServer.get("empty.txt")?.size).toBe(0);
  });

  it("writes many small files as one durable batch: new ones, replaced ones and a conflict among them", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const names = Array.from({ length: 240 }, (_, i) => `batch/d${i % 4}/f${i}.txt`);
    for (const name of names) await a.write(name, `first ${name}\n`);
    await a.write("batch/empty.txt", "");
    await a.syncClean();
    await b.syncClean();
    expect(await b.tree()).toEqual(await a.tree());

    // Edits of 120 files on A; B edits one of them too before it syncs.
    for (const name of names.slice(0, 120)) await a.write(name, `second ${name}\n`);
    await a.syncClean();
    await b.write(names[7] as string, "B's own edit\n");
    const round = await b.sync();
    expect(round.failures).toEqual([]);
    await a.syncClean();
    await b.syncClean();
    const treeB = await b.tree();
    expect(treeB).toEqual(await a.tree());
    expect(treeB.get(names[8] as string)).toBe(sha256(`second ${names[8]}\n`));
    expect(treeB.get(names[200] as string)).toBe(sha256(`first ${names[200]}\n`));
    // Both versions of the file edited on both sides are kept.
    expect(treeB.get(names[7] as string)).toBe(sha256(`second ${names[7]}\n`));
    const copies = [...treeB].filter(([p]) => p.includes("conflicted copy"));
    expect(copies.map(([, hash]) => hash)).toEqual([sha256("B's own edit\n")]);
    // No temp file is left behind (snapshot() hides the engine's own names).
    for (const dir of ["batch/d0", "batch/d1", "batch/d2", "batch/d3"]) {
      expect((await readdir(b.abs(dir))).filter((n) => n.startsWith(".cirrus-"))).toEqual([]);
    }
    await expectSettled([a, b]);
  });

  it("uploads thousands of files in several runs, content shared across runs included", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    // 4,500 files: three runs of commits (2,000 each), two of them prepared at once.
    // Every 50th file holds the same bytes, so runs being prepared together both find
    // that chunk missing and both send it.
    for (let d = 0; d < 45; d++) {
      await mkdir(a.abs(`batch-${d}`));
      for (let f = 0; f < 100; f++) {
        const n = d * 100 + f;
        const data = n % 50 === 0 ? "the same in every run" : `file ${n}`;
        await writeFile(a.abs(`batch-${d}/f${n}.txt`), data);
      }
    }
    const up = await a.syncClean();
    expect(up.failures).toEqual([]);
    // B downloads them in three parts; a part is placed while the next one is written.
    const down = await b.syncClean();
    expect(down.failures).toEqual([]);
    expect(await b.readText("batch-44/f4499.txt")).toBe("file 4499");
    expect(await b.readText("batch-0/f1.txt")).toBe("file 1");
    expect(await b.readText("batch-40/f4000.txt")).toBe("the same in every run");
    const onA = await snapshot(a.root);
    expect(onA.size).toBe(45 + 4500);
    expect(await snapshot(b.root)).toEqual(onA);
    // No temp file is left behind (snapshot() hides the engine's own names).
    for (let d = 0; d < 45; d++) {
      expect((await readdir(b.abs(`batch-${d}`))).filter((n) => n.startsWith(".cirrus-"))).toEqual(
        [],
      );
    }
    await expectSettled([a, b]);
  });

  it("uploads and downloads only the changed chunks of an edit in a 20 MiB file", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const original = randomBytes(20 * MiB);
    await a.write("video.raw", original);
    await a.syncClean();
    await b.syncClean();
    expect(sha256(await b.read("video.raw"))).toBe(sha256(original));

    const sentBefore = a.folder.status().bytesSent;
    const receivedBefore = b.folder.status().bytesReceived;
    const edited = Buffer.from(original);
    randomBytes(300).copy(edited, 10 * MiB);
    await a.overwrite("video.raw", 10 * MiB, edited.subarray(10 * MiB, 10 * MiB + 300));
    await a.syncClean();
    await b.syncClean();

    const sent = a.folder.status().bytesSent - sentBefore;
    const received = b.folder.status().bytesReceived - receivedBefore;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(512 * 1024);
    // B already holds the chunk(s) the edit replaced: it gets their difference, the
    // 300 bytes written plus a header, not whole chunks (chunk-delta.ts).
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(1024);
    expect(sha256(await b.read("video.raw"))).toBe(sha256(edited));

    // An insert shifts the rest of the file: B rebuilds it from its old copy.
    const inserted = Buffer.concat([
      edited.subarray(0, 5 * MiB),
      randomBytes(4096),
      edited.subarray(5 * MiB),
    ]);
    await a.write("video.raw", inserted);
    await a.syncClean();
    await b.syncClean();
    expect(b.folder.status().bytesReceived - receivedBefore - received).toBeLessThan(4096 + 1024);
    expect(sha256(await b.read("video.raw"))).toBe(sha256(inserted));
    expect(await tempFilesIn(b.root)).toEqual([]);
  });

  it("never puts in place a file whose chunks come back damaged from the server", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const original = randomBytes(3 * MiB);
    await a.write("scan.raw", original);
    await a.syncClean();
    await damageStoredCopy(server().dataDir, original);

    const round = await b.sync();
    expect(round.failures).toEqual([
      expect.objectContaining({ path: "scan.raw", code: "hash_mismatch" }),
    ]);
    expect(await b.exists("scan.raw")).toBe(false);
    expect(await tempFilesIn(b.root)).toEqual([]);

    // Only that file is held back: others go on arriving.
    const other = randomBytes(2 * MiB);
    await a.write("other.raw", other);
    await a.syncClean();
    await b.sync();
    expect(sha256(await b.read("other.raw"))).toBe(sha256(other));
    expect(await b.exists("scan.raw")).toBe(false);
  });

  it("builds a file from chunks of another local file, fetching only what is new", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const original = randomBytes(3 * MiB);
    await a.write("photos/original.raw", original);
    await a.syncClean();
    await b.syncClean();

    // A copy with a tail of its own: every chunk but the last ones is on B already.
    const tail = randomBytes(20_000);
    await a.write("edits/copy.raw", Buffer.concat([original, tail]));
    await a.syncClean();
    const before = b.folder.status().bytesReceived;
    await b.syncClean();
    const received = b.folder.status().bytesReceived - before;
    expect(sha256(await b.read("edits/copy.raw"))).toBe(sha256(Buffer.concat([original, tail])));
    expect(received).toBeGreaterThan(0);
    expect(received).toBeLessThan(tail.length + 2 * 64 * 1024);
    await expectSettled([a, b]);
  });

  it("moves a renamed file on the other device instead of downloading it again", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const content = randomBytes(256 * 1024);
    await a.write("draft.bin", content);
    await a.syncClean();
    await b.syncClean();
    const inoBefore = await b.ino("draft.bin");
    const receivedBefore = b.folder.status().bytesReceived;
    const sentBefore = a.folder.status().bytesSent;

    await mkdir(a.abs("final"));
    await rename(a.abs("draft.bin"), a.abs("final/report.bin"));
    const upRound = await a.folder.round();
    expect(upRound.plan.ops.map((op) => op.type).sort()).toEqual([
      "createRemoteFolder",
      "moveRemote",
    ]);
    await a.syncClean();
    const downRound = await b.folder.round();
    expect(downRound.plan.ops.map((op) => op.type).sort()).toEqual([
      "createLocalFolder",
      "moveLocal",
    ]);
    await b.syncClean();

    expect(await b.exists("draft.bin")).toBe(false);
    expect(sha256(await b.read("final/report.bin"))).toBe(sha256(content));
    expect(await b.ino("final/report.bin")).toBe(inoBefore);
    expect(b.folder.status().bytesReceived - receivedBefore).toBeLessThan(1024);
    expect(a.folder.status().bytesSent - sentBefore).toBeLessThan(1024);
    expect(await b.tree()).toEqual(await a.tree());
  });

  it("moves a renamed folder with many files as one move, keeping every inode", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    for (let i = 0; i < 40; i++) {
      await a.write(`photos/2024/img-${i}.jpg`, randomBytes(2048 + i));
    }
    await a.syncClean();
    await b.syncClean();
    const inodes = new Map<string, number>();
    for (let i = 0; i < 40; i++)
      inodes.set(`img-${i}.jpg`, await b.ino(`photos/2024/img-${i}.jpg`));
    const receivedBefore = b.folder.status().bytesReceived;

    await rename(a.abs("photos"), a.abs("Pictures"));
    const upRound = await a.folder.round();
    expect(upRound.plan.ops.map((op) => op.type)).toEqual(["moveRemote"]);
    await a.syncClean();
    const downRound = await b.folder.round();
    expect(downRound.plan.ops.map((op) => op.type)).toEqual(["moveLocal"]);
    await b.syncClean();

    expect(await b.exists("photos")).toBe(false);
    for (const [name, ino] of inodes) {
      expect(await b.ino(`Pictures/2024/${name}`)).toBe(ino);
    }
    expect(b.folder.status().bytesReceived - receivedBefore).toBeLessThan(1024);
    expect(await b.tree()).toEqual(await a.tree());
  });
  it("keeps files edited or saved over inside a renamed folder as those files, edited", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.write("projects/plan/notes.txt", "first notes\n");
    await a.write("projects/plan/budget.csv", "a,b\n1,2\n");
    await a.syncClean();
    await b.syncClean();
    const ids = () =>
      ["notes.txt", "budget.csv"].map((n) => a.engine.index.remoteIdAt(`work/plan/${n}`));
    const before = ["notes.txt", "budget.csv"].map((n) =>
      a.engine.index.remoteIdAt(`projects/plan/${n}`),
    );

    // Renamed, then one file edited in place (its inode, new content) and one saved
    // over as editors do (a new file renamed over it: a new inode).
    await rename(a.abs("projects"), a.abs("work"));
    await writeFile(a.abs("work/plan/notes.txt"), "second notes\n");
    await writeFile(a.abs("work/plan/.budget.csv.swp"), "a,b\n3,4\n");
    await rename(a.abs("work/plan/.budget.csv.swp"), a.abs("work/plan/budget.csv"));
    const up = await a.folder.round();
    // One move and two new versions: nothing deleted, nothing new.
    expect(up.plan.ops.map((op) => op.type).sort()).toEqual(["moveRemote", "upload", "upload"]);
    expect(up.plan.ops.every((op) => op.type !== "upload" || op.baseRev !== null)).toBe(true);
    await a.syncClean();
    expect(ids()).toEqual(before);

    const down = await b.folder.round();
    expect(down.plan.ops.map((op) => op.type).sort()).toEqual([
      "download",
      "download",
      "moveLocal",
    ]);
    await b.syncClean();
    expect(await b.readText("work/plan/budget.csv")).toBe("a,b\n3,4\n");
    expect((await b.trash()).size).toBe(0);
    expect(await b.tree()).toEqual(await a.tree());
  });

  it("updates files stored in NFD by their on-disk spelling, without duplicates", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    // Written by a macOS tool: decomposed (NFD) names on a Linux disk.
    const fileNfd = "cafe\u0301.txt";
    const folderNfd = "Re\u0301sume\u0301s";
    await a.write(fileNfd, "v1");
    await a.write(`${folderNfd}/cv.txt`, "cv");
    await a.write("gone\u0301.txt", "to delete");
    await a.syncClean();
    await b.syncClean();
    // Names travel in NFC.
    expect([...(await b.tree()).keys()]).toEqual(
      ["Résumés", "Résumés/cv.txt", "café.txt", "goné.txt"].map((n) => n.normalize("NFC")),
    );

    await b.write("café.txt", "v2 from B");
    await b.write("Résumés/letter.txt", "new in the folder");
    await rm(b.abs("goné.txt"));
    await b.syncClean();
    await a.syncClean();

    // A changed its NFD entries in place: no NFC twins next to them.
    expect((await readdir(a.root)).filter((n) => n !== ".cirrus-root").sort()).toEqual(
      [folderNfd, fileNfd].sort(),
    );
    expect(await a.readText(fileNfd)).toBe("v2 from B");
    expect(await a.readText(`${folderNfd}/letter.txt`)).toBe("new in the folder");
    expect([...(await a.trash()).keys()].some((p) => p.endsWith("gone\u0301.txt"))).toBe(true);
    expect(await a.exists("gone\u0301.txt")).toBe(false);
    await expectSettled([a, b]);
  });
});
