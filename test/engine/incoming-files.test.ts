// A large new file fetched while its sender still uploads it (sync/incoming-files.ts),
// against a real server and real push channels: the whole flow between two running
// devices, then announcements written by hand (a third device of the account posts
// them, as a sender would) for what must never be fetched, gaps, a commit that is not
// what was announced, chunks the server lacks, a pause and an unclaimed file.
import { randomBytes } from "node:crypto";
import { closeSync } from "node:fs";
import { lstat, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chunkFile, type FileChunk } from "../../src/engine/chunking/index.js";
import { NODE_FS } from "../../src/engine/env/file-system.js";
import { IgnoreRules } from "../../src/engine/ignore/index.js";
import type { RemoteClient } from "../../src/engine/remote/index.js";
import { IncomingFiles, type IncomingFilesDeps } from "../../src/engine/sync/incoming-files.js";
import { LocalFs } from "../../src/engine/sync/local-fs.js";
import type { IncomingChunks } from "../../src/shared/protocol.js";
import type { SyncEvent } from "../../src/shared/status.js";
import { eventually, tempFilesIn, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { fileOf, putFile, sha256, type TestFile } from "../support/server-api.js";

const MiB = 1024 * 1024;

/** A file's bytes and chunks, its chunks stored on the server through `api`. */
async function storedContent(api: RemoteClient, size: number) {
  const dir = await mkdtemp(path.join(tmpdir(), "cirrus-incoming-"));
  try {
    const data = randomBytes(size);
    await writeFile(path.join(dir, "f"), data);
    const { chunks } = await chunkFile(path.join(dir, "f"));
    await api.uploadChunks(
      chunks.map((c) => ({ id: c.id, data: data.subarray(c.offset, c.offset + c.size) })),
    );
    const file: TestFile = {
      bytes: data,
      size,
      hash: sha256(data),
      refs: chunks.map(({ id, size: bytes }) => ({ id, size: bytes })),
      chunks: chunks.map((c) => {
        const bytes = data.subarray(c.offset, c.offset + c.size);
        return { id: c.id, data: bytes, ref: { id: c.id, size: c.size } };
      }),
    };
    return { data, chunks, file };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function announcement(
  upload: string,
  rel: string,
  size: number,
  chunks: readonly FileChunk[],
): IncomingChunks {
  return {
    upload,
    path: rel,
    size,
    chunks: chunks.map(({ id, size: bytes, offset }) => ({ id, size: bytes, offset })),
  };
}

/** Counts the chunk bytes a client fetches from now on. */
function countFetched(remote: RemoteClient): { bytes: number; firstAt: number | null } {
  const seen = { bytes: 0, firstAt: null as number | null };
  const fetch = remote.fetchChunks.bind(remote);
  remote.fetchChunks = async (ids, onArrived) => {
    seen.firstAt ??= performance.now();
    const got = await fetch(ids, onArrived);
    for (const chunk of got) seen.bytes += chunk.data.length;
    return got;
  };
  return seen;
}

type Activity = Extract<SyncEvent, { type: "activity" }>;

/** The activity events of `path` from now on, each with when it came. */
function activityOf(client: TestClient, path: string): (Activity & { at: number })[] {
  const seen: (Activity & { at: number })[] = [];
  client.folder.onDidEvent((event) => {
    if (event.type === "activity" && event.path === path) {
      seen.push({ ...event, at: performance.now() });
    }
  });
  return seen;
}

async function startBoth(a: TestClient, b: TestClient): Promise<void> {
  for (const client of [a, b]) client.folder.start();
  await Promise.all([a, b].map((c) => c.folder.syncUntilIdle()));
}

/** Temp file sizes in `dir` (the engine's `.cirrus-tmp-*` names). */
async function tempSizes(dir: string): Promise<number[]> {
  const names = await tempFilesIn(dir);
  const sizes = await Promise.all(names.map((n) => lstat(path.join(dir, n)).catch(() => null)));
  return sizes.flatMap((s) => (s ? [s.size] : []));
}

describe("fetching a large new file while its sender uploads it", () => {
  const accounts = useAccounts(useServer());

  it("B fetches A's new file before A commits it, once, and places it whole", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await startBoth(a, b);
    const aRemote = await a.engine.remote();
    // A's upload paced, so the overlap does not hang on how fast this machine hashes.
    aRemote.setBandwidth({ up: 16 * MiB });
    let committedAt: number | null = null;
    const ops = aRemote.ops.bind(aRemote);
    aRemote.ops = (list) => {
      committedAt ??= performance.now();
      return ops(list);
    };
    const fetched = countFetched(await b.engine.remote());
    const shown = activityOf(b, "big.bin");

    const data = randomBytes(24 * MiB + 12_345);
    await a.write("big.bin", data);
    await eventually(
      async () => (await b.exists("big.bin")) && (await b.read("big.bin")).equals(data),
      30_000,
      "A's new file on B",
    );
    expect(fetched.firstAt).not.toBeNull();
    expect(committedAt).not.toBeNull();
    expect(fetched.firstAt as number).toBeLessThan(committedAt as unknown as number);
    // Fetched once: the download took the head start over instead of starting again.
    expect(fetched.bytes).toBe(data.length);
    expect(await tempFilesIn(b.root)).toEqual([]);
    // B's tray shows the download going on before the commit, then one row done.
    const early = shown.find((e) => !e.done && e.bytesDone > 0);
    expect(early?.at).toBeLessThan(committedAt as unknown as number);
    expect(shown.filter((e) => e.done)).toEqual([
      expect.objectContaining({ bytesDone: data.length, bytesTotal: data.length }),
    ]);
    expect(shown.filter((e) => e.error !== undefined)).toEqual([]);
    expect(b.folder.status().lastError).toBeNull();
  }, 60_000);

  it("fetches nothing for names it must not write, files that exist, or ignored names", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await b.write("exists.bin", "mine");
    await b.write("sub/keep.txt", "x");
    await a.sync();
    await startBoth(a, b);
    const api = await account.api();
    const { data, chunks } = await storedContent(api, 5 * MiB);
    const refused = [
      "../outside.bin",
      "sub/../../outside.bin",
      "/abs.bin",
      "sub/a\u0000b.bin",
      "exists.bin",
      ".cirrus-root",
      "sub/.DS_Store",
      "missing-folder/new.bin",
    ];
    for (const [i, rel] of refused.entries()) {
      await api.announceIncoming(announcement(`refused-${i}-upload`, rel, data.length, chunks));
    }
    // Notes are taken in order: once this one is fetched, the ones before were weighed.
    await api.announceIncoming(announcement("accepted-upload", "sub/new.bin", data.length, chunks));
    await eventually(
      async () => (await tempSizes(b.abs("sub")))[0] === data.length,
      20_000,
      "the accepted file fetched ahead",
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await tempFilesIn(b.root)).toEqual([]);
    expect((await readdir(path.dirname(b.root))).filter((n) => n.includes("outside"))).toEqual([]);
    expect(await b.readText("exists.bin")).toBe("mine");
    expect(await b.exists("missing-folder")).toBe(false);
    // A pause drops what was fetched ahead, and ends its row with the reason.
    const shown = activityOf(b, "sub/new.bin");
    b.folder.pause();
    await eventually(async () => (await tempFilesIn(b.abs("sub"))).length === 0, 5000, "drop");
    expect(shown.at(-1)).toMatchObject({ done: true, error: "syncing is paused" });
  }, 60_000);

  it("goes on from a head start that stops at a gap, and drops one the commit does not begin", async () => {
    const account = await accounts.create(1);
    const [b] = account.clients as [TestClient];
    b.folder.start();
    await b.folder.syncUntilIdle();
    const api = await account.api();
    const { data, chunks, file } = await storedContent(api, 8 * MiB);
    const gapAt = Math.floor(chunks.length / 2);
    const gap = chunks[gapAt] as FileChunk;
    const announced = chunks.filter((_, i) => i !== gapAt);
    await api.announceIncoming(announcement("gapped-upload", "gap.bin", data.length, announced));
    await eventually(
      async () => (await tempSizes(b.root))[0] === gap.offset,
      20_000,
      "the head start up to the gap",
    );
    const fetched = countFetched(await b.engine.remote());
    // Committed by a device that announces nothing, with the chunks announced.
    await putFile(api, file, { name: "gap.bin" });
    await eventually(
      async () => (await b.exists("gap.bin")) && (await b.read("gap.bin")).equals(data),
      30_000,
      "the file on B",
    );
    // Only what the head start lacked, the gap and after, came with the download.
    expect(fetched.bytes).toBe(data.length - gap.offset);
    expect(await tempFilesIn(b.root)).toEqual([]);

    // Announced content the commit turns out not to be: dropped, the commit's placed.
    const other = await storedContent(api, 5 * MiB);
    await api.announceIncoming(
      announcement("other-upload", "other.bin", other.data.length, other.chunks),
    );
    await eventually(
      async () => (await tempSizes(b.root))[0] === other.data.length,
      20_000,
      "the announced content fetched ahead",
    );
    const committed = randomBytes(5 * MiB);
    const shown = activityOf(b, "other.bin");
    await putFile(api, fileOf(committed), { name: "other.bin" });
    await eventually(
      async () => (await b.exists("other.bin")) && (await b.read("other.bin")).equals(committed),
      30_000,
      "the committed content on B",
    );
    expect(await tempFilesIn(b.root)).toEqual([]);
    // One row, the download's, done: the content fetched ahead in vain shows no failure.
    expect(shown.filter((e) => e.error !== undefined)).toEqual([]);
    expect(shown.filter((e) => e.done)).toEqual([
      expect.objectContaining({ bytesDone: committed.length }),
    ]);
    expect(b.folder.status().lastError).toBeNull();
  }, 90_000);

  it("drops a file whose chunks the server lacks, and one nobody claims", async () => {
    const account = await accounts.create(1);
    const [b] = account.clients as [TestClient];
    const api = await account.api();
    let received = 0;
    const events: SyncEvent[] = [];
    const incoming = await incomingFilesOf(b, {
      onBytes: (n) => (received += n),
      emit: (event) => events.push(event),
      unclaimedMs: 500,
    });
    try {
      const { data, chunks } = await storedContent(api, 5 * MiB);
      const lacking = chunks.map((c, i) => (i === 3 ? { ...c, id: "0".repeat(64) } : c));
      incoming.note(announcement("lacking-upload", "lacking.bin", data.length, lacking));
      incoming.note({ upload: "malformed", path: 42, size: "big", chunks: null });
      await eventually(
        () => Promise.resolve(incoming.count === 0),
        10_000,
        "the lacking file dropped",
      );
      expect(await tempFilesIn(b.root)).toEqual([]);

      incoming.note(announcement("unclaimed-upload", "later.bin", data.length, chunks));
      await eventually(
        async () => (await tempSizes(b.root))[0] === data.length,
        10_000,
        "the file fetched ahead",
      );
      expect(received).toBeGreaterThanOrEqual(data.length);
      await eventually(
        () => Promise.resolve(incoming.count === 0),
        10_000,
        "the unclaimed file dropped",
      );
      await eventually(async () => (await tempFilesIn(b.root)).length === 0, 5000, "its temp");
      // Its row ends with the reason (a row only shows once something was fetched).
      const ended = events.filter((e) => e.type === "activity" && e.done);
      expect(ended).toContainEqual(
        expect.objectContaining({ path: "later.bin", error: "the sender did not commit the file" }),
      );
      // Its later announcements are not taken up again.
      incoming.note(announcement("unclaimed-upload", "later.bin", data.length, chunks));
      expect(incoming.count).toBe(0);
    } finally {
      await incoming.close();
    }
  }, 60_000);

  it("of two uploads of one path, hands over the one the commit begins; a third file waits", async () => {
    const account = await accounts.create(1);
    const [b] = account.clients as [TestClient];
    const api = await account.api();
    const incoming = await incomingFilesOf(b);
    try {
      const x = await storedContent(api, 5 * MiB);
      const y = await storedContent(api, 5 * MiB);
      incoming.note(announcement("first-upload", "same.bin", x.data.length, x.chunks));
      incoming.note(announcement("second-upload", "same.bin", y.data.length, y.chunks));
      // At most two files are fetched ahead at once.
      incoming.note(announcement("third-upload", "third.bin", y.data.length, y.chunks));
      expect(incoming.count).toBe(2);
      await eventually(
        async () => (await tempSizes(b.root)).filter((n) => n === 5 * MiB).length === 2,
        20_000,
        "both uploads fetched ahead",
      );
      const start = await incoming.claim(b.abs("same.bin"), "same.bin", y.file.refs);
      expect(start).not.toBeNull();
      const { temp, fd, position, chunks } = start as NonNullable<typeof start>;
      try {
        expect(position).toBe(y.data.length);
        expect(chunks).toBe(y.chunks.length);
        expect((await readFile(temp)).equals(y.data)).toBe(true);
        // The other upload's temp file went; only the one handed over is left.
        expect(await tempFilesIn(b.root)).toEqual([path.basename(temp)]);
      } finally {
        closeSync(fd);
        await rm(temp);
      }
      expect(incoming.count).toBe(0);
      expect(await incoming.claim(b.abs("same.bin"), "same.bin", y.file.refs)).toBeNull();
    } finally {
      await incoming.close();
    }
  }, 60_000);
});

/** IncomingFiles on a client's folder and connection, outside its SyncFolder. */
async function incomingFilesOf(
  client: TestClient,
  options: Partial<Pick<IncomingFilesDeps, "onBytes" | "emit" | "unclaimedMs">> = {},
): Promise<IncomingFiles> {
  return new IncomingFiles({
    fs: new LocalFs(client.root, path.join(client.profileDir, "trash"), Date.now, NODE_FS),
    remote: await client.engine.remote(),
    rules: new IgnoreRules(),
    asPlaceholder: () => false,
    onBytes: () => undefined,
    emit: () => undefined,
    now: Date.now,
    ...options,
  });
}
