// The engine reaches the sync folder and the push channel through its environment
// (EngineEnv.fs, EngineEnv.connectPush): here a file system over the real disk that
// records every call and fails the ones a test picks, and a push socket that counts
// the server's messages and drops some. A real server on loopback, real folders.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { Engine, type ConnectPush, type PushSocket } from "../../src/engine/index.js";
import type { SyncEvent } from "../../src/shared/status.js";
import { eventually, seededBytes, snapshot, type TestClient } from "../support/clients.js";
import { FaultyFs } from "../support/faulty-fs.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256, waitFor } from "../support/server-api.js";

/** The engine's temp files left in `dir` (its own names start so; the root marker stays). */
async function leftovers(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((n) => /(^|\/)\.cirrus-(?!root)/.test(n));
}

const failuresOf = (round: { failures: { path: string; code: string }[] }) =>
  round.failures.map((f) => [f.path, f.code]).sort((x, y) => String(x).localeCompare(String(y)));

describe("the engine's file system and push channel", () => {
  const accounts = useAccounts(useServer());

  it("reports a failed rename and a full disk for their files only, leaves no temp file, and finishes once the faults are gone", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const big = seededBytes(7, 3 * 1024 * 1024);
    await a.write("docs/report.txt", "quarterly\n");
    await a.write("docs/notes.txt", "notes\n");
    await a.write("video/big.bin", big);
    await a.write("readme.txt", "hello\n");
    await a.syncClean();
    await b.close();

    // B's disk: renaming the finished download into docs/report.txt fails once (EIO),
    // and the first write of a file in video/ finds the disk full (ENOSPC).
    const disk = new FaultyFs();
    const report = path.join(b.root, "docs", "report.txt");
    disk.fail("renameSync", "EIO", (paths) => paths[1] === report);
    const video = b.abs("video") + path.sep;
    disk.fail("writev", "ENOSPC", (paths) => paths[0]?.startsWith(video) === true);
    const engine = await Engine.open(b.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(b.root);
      const first = await folder.round();
      expect(disk.pendingFaults).toBe(0);
      expect(failuresOf(first)).toEqual([
        ["docs/report.txt", "EIO"],
        ["video/big.bin", "disk_full"],
      ]);
      expect(first.failures.find((f) => f.code === "disk_full")?.message).toBe(
        "the disk is full (ENOSPC)",
      );
      // The rest arrived; neither failed file exists, half-written or under a temp name.
      const tree = await snapshot(b.root);
      expect(tree.get("docs/notes.txt")).toBe(sha256("notes\n"));
      expect(tree.get("readme.txt")).toBe(sha256("hello\n"));
      expect(tree.has("docs/report.txt")).toBe(false);
      expect(tree.has("video/big.bin")).toBe(false);
      expect(await leftovers(b.root)).toEqual([]);
      // Both wait for their retry, as the CLI's --once and the app report them.
      const issues = folder.status().issues.map((i) => [i.path, i.code, i.retryAt !== null]);
      expect(issues.sort()).toEqual([
        ["docs/report.txt", "EIO", true],
        ["video/big.bin", "disk_full", true],
      ]);

      const last = await folder.syncUntilIdle();
      expect(last.failures).toEqual([]);
      expect(await snapshot(b.root)).toEqual(await a.tree());
      expect(folder.status().issues).toEqual([]);
      expect(await leftovers(b.root)).toEqual([]);
    } finally {
      await engine.close();
    }
  });

  it("reads every file it uploads through the given file system, and uploads one it could not open once it can", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.close();
    const files = new Map<string, Buffer>([
      ["a.txt", Buffer.from("alpha\n")],
      ["sub/b.txt", Buffer.from("beta\n")],
      ["sub/deep/c.bin", seededBytes(3, 2 * 1024 * 1024)],
      ["locked.txt", Buffer.from("later\n")],
    ]);
    for (const [rel, data] of files) await a.write(rel, data);

    const disk = new FaultyFs();
    disk.fail("promises.open", "EACCES", (paths) => paths[0] === a.abs("locked.txt"));
    const engine = await Engine.open(a.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(a.root);
      const first = await folder.round();
      expect(failuresOf(first)).toEqual([["locked.txt", "permission_denied"]]);
      const server = await account.serverTree();
      for (const [rel, data] of files) {
        expect(server.get(rel)?.hash, rel).toBe(rel === "locked.txt" ? undefined : sha256(data));
      }
      const last = await folder.syncUntilIdle();
      expect(last.failures).toEqual([]);
      expect((await account.serverTree()).get("locked.txt")?.hash).toBe(sha256("later\n"));
      // Each file was found, stat'ed and read through it: a small one once (the bytes
      // hashed are the bytes sent), a large one again to be sent.
      for (const rel of files.keys()) {
        const abs = a.abs(rel);
        expect(disk.count(abs, "lstatSync"), rel).toBeGreaterThan(0);
        const opens = disk.count(abs, "openSync", "promises.open");
        if (rel === "sub/deep/c.bin") expect(opens, rel).toBeGreaterThanOrEqual(2);
        else if (rel === "locked.txt")
          expect(opens, rel).toBe(2); // refused once, then read
        else expect(opens, rel).toBe(1);
      }
      // The root's marker too (read every round), and the profile's trash folder.
      expect(disk.count(path.join(a.root, ".cirrus-root"), "promises.readFile")).toBeGreaterThan(0);
      expect(disk.count(path.join(a.profileDir, "trash"), "promises.mkdir")).toBe(1);
    } finally {
      await engine.close();
    }
  });

  it("does not commit the bytes hashed of a small file changed since, and sends its new content next", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.close();
    const draft = Buffer.from("first draft\n");
    const final = Buffer.from("final draft\n"); // Same size: only the stat's times differ.
    await a.write("note.txt", draft);
    await a.write("other.txt", "unrelated\n");

    // Another program saves the file again right after the chunker's last stat of it:
    // the scan holds the first draft's bytes, the disk the final one.
    const disk = new FaultyFs();
    disk.after(
      "promises.stat",
      (paths) => paths[0] === a.abs("note.txt"),
      () => writeFile(a.abs("note.txt"), final),
    );
    const engine = await Engine.open(a.profileDir, { fs: disk.fs });
    try {
      const folder = await engine.syncFolder(a.root);
      const first = await folder.round();
      expect(failuresOf(first)).toEqual([["note.txt", "file_busy"]]);
      expect((await account.serverTree()).has("note.txt")).toBe(false);
      expect((await account.serverTree()).get("other.txt")?.hash).toBe(sha256("unrelated\n"));
      expect((await folder.syncUntilIdle()).failures).toEqual([]);
    } finally {
      await engine.close();
    }
    const entry = (await account.serverTree()).get("note.txt");
    expect(entry?.hash).toBe(sha256(final));
    // The draft was never a version of the file.
    const versions = await (await account.api()).versions(entry?.id as string);
    expect(versions.map((v) => v.hash)).toEqual([sha256(final)]);
    await b.syncClean();
    expect(await b.read("note.txt")).toEqual(final);
  });

  it("listens for pushes through the given socket, which can drop them", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await b.close();
    const connects: { url: string; headers: Record<string, string> }[] = [];
    let open = false;
    let dropping = false;
    let seen = 0;
    let dropped = 0;
    // The real `ws` socket, its messages passed on unless dropping.
    const connectPush: ConnectPush = (url, headers) => {
      connects.push({ url, headers });
      const socket = new WebSocket(url, { headers });
      socket.on("open", () => (open = true));
      const wrapped: PushSocket = {
        on: (event: string, listener: (...args: never[]) => void) => {
          if (event !== "message")
            return socket.on(event, listener as (...args: unknown[]) => void);
          const deliver = listener as (data: WebSocket.RawData) => void;
          return socket.on("message", (data: WebSocket.RawData) => {
            if (dropping) dropped++;
            else {
              seen++;
              deliver(data);
            }
          });
        },
        close: (code, reason) => {
          socket.close(code, reason);
        },
      };
      return wrapped;
    };
    const engine = await Engine.open(b.profileDir, { connectPush });
    try {
      const folder = await engine.syncFolder(b.root);
      const firstRound = waitFor<number>(
        (done) => {
          folder.onDidEvent((event: SyncEvent) => {
            if (event.type === "synced") done(event.at);
          });
        },
        10_000,
        "B's first round",
      );
      folder.start();
      await firstRound;
      await eventually(() => Promise.resolve(open), 10_000, "B's push channel open");
      expect(connects).toEqual([
        {
          url: `${account.server.url.replace(/^http/, "ws")}/v1/push?incoming=1`,
          headers: { authorization: expect.stringMatching(/^Bearer \S+$/) as unknown },
        },
      ]);

      // A push that never arrives: B has no reason to look, and does not.
      dropping = true;
      await a.write("first.txt", "one\n");
      await a.syncClean();
      await eventually(() => Promise.resolve(dropped > 0), 10_000, "a push to drop");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await b.exists("first.txt")).toBe(false);

      // The next one arrives, and B fetches both changes.
      dropping = false;
      await a.write("second.txt", "two\n");
      await a.syncClean();
      await eventually(
        async () => (await b.exists("first.txt")) && (await b.exists("second.txt")),
        10_000,
        "both files on B after the second push",
      );
      expect(seen).toBeGreaterThan(0);
      expect(connects).toHaveLength(1);
    } finally {
      await engine.close();
    }
  });
});
