// The user's controls over a running folder: bandwidth limits hold the set rate,
// pause stops transfers at once and resume completes them byte-exact (in-process and
// through `cirrus pause`/`resume` against a running `cirrus sync`), and the
// pause-on-metered policy follows `cirrus conditions`.
import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ChunkerPool } from "../../src/engine/chunking/index.js";
import type { RemoteClient } from "../../src/engine/remote/index.js";
import type { FolderStatus, SyncEvent } from "../../src/shared/status.js";
import { parseFrames } from "../../src/shared/chunk-framing.js";
import { LIMITS } from "../../src/shared/protocol.js";
import { eventually, expectSettled, type TestClient } from "../support/clients.js";
import {
  cliOk,
  MiB,
  sleep,
  startSyncProcess,
  syncOnDemand,
  type SyncProcess,
} from "../support/feature-clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

/** Chunk bytes moved and when the first transfer started and the last ended. */
interface Span {
  bytes: number;
  first: number;
  last: number;
}

type Activity = Extract<SyncEvent, { type: "activity" }>;

type RunningStatus = FolderStatus & {
  pauseReason: string | null;
  bandwidth: { up: number; down: number };
};

describe("user control", () => {
  const accounts = useAccounts(useServer());
  let running: SyncProcess | null = null;
  let chunker: ChunkerPool;

  beforeAll(() => {
    chunker = new ChunkerPool();
  });
  // Registered after useAccounts, so it runs before it: the sync process goes before
  // the profile it runs on.
  afterEach(async () => {
    await running?.stop();
    running = null;
  });
  afterAll(async () => {
    await chunker.close();
  });

  /** The activity events of one file on a client, from now on. */
  function transfersOf(client: TestClient, rel: string): Activity[] {
    const seen: Activity[] = [];
    client.folder.onDidEvent((event) => {
      if (event.type === "activity" && event.path === rel) seen.push(event);
    });
    return seen;
  }

  const finished = (kind: Activity["kind"], path: string, size: number): Activity => ({
    type: "activity",
    kind,
    path,
    bytesDone: size,
    bytesTotal: size,
    done: true,
  });

  async function pair(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    return account.clients as [TestClient, TestClient];
  }

  /** How many of a local file's chunks the server does not hold yet. */
  async function missingOf(client: TestClient, rel: string): Promise<() => Promise<number>> {
    const { chunks } = await chunker.chunk(client.abs(rel));
    const ids = chunks.map((c) => c.id);
    const api = await accounts.current().api();
    return async () => (await api.missing(ids)).length;
  }

  /**
   * Times the chunk transfers of a client's RemoteClient (the upload or download part
   * of a round, without scanning, hashing and commits): from the first call's start to
   * the last call's end, with the chunk bytes they carried.
   */
  function timeTransfers(remote: RemoteClient): () => { up: Span; down: Span } {
    const up: Span = { bytes: 0, first: Infinity, last: 0 };
    const down: Span = { bytes: 0, first: Infinity, last: 0 };
    // Every chunk upload goes through uploadFramed (uploadChunks frames, then calls it).
    const uploadFramed = remote.uploadFramed.bind(remote);
    const fetchChunks = remote.fetchChunks.bind(remote);
    remote.uploadFramed = async (body) => {
      up.first = Math.min(up.first, performance.now());
      await uploadFramed(body);
      up.last = performance.now();
      up.bytes += parseFrames(body, LIMITS.maxChunkSize).reduce((n, c) => n + c.data.length, 0);
    };
    remote.fetchChunks = async (ids) => {
      down.first = Math.min(down.first, performance.now());
      const chunks = await fetchChunks(ids);
      down.last = performance.now();
      down.bytes += chunks.reduce((sum, c) => sum + c.data.length, 0);
      return chunks;
    };
    return () => ({ up, down });
  }

  /** The measured rate as a share of `limit` (1 = exact), within 10% of it. */
  function expectRate(span: Span, limit: number): void {
    const ms = span.last - span.first;
    const share = span.bytes / (ms / 1000) / limit;
    const what = `measured ${(share * 100).toFixed(1)}% of the limit: ${span.bytes} bytes in ${ms.toFixed(0)} ms`;
    expect(ms, what).toBeGreaterThan(3000);
    expect(share, what).toBeGreaterThan(0.9);
    expect(share, what).toBeLessThan(1.1);
  }

  it("holds an upload limit of 1 MiB/s within 10% over a 4 MiB transfer", async () => {
    const [a] = await pair();
    const controls = await a.engine.controls();
    await controls.setBandwidth({ up: MiB, down: 0 });
    expect(controls.bandwidth()).toEqual({ up: MiB, down: 0 });
    const measured = timeTransfers(await a.engine.remote());
    const data = randomBytes(4 * MiB);
    await a.write("up.bin", data);

    await a.syncClean();
    expect(a.folder.status().bytesSent).toBe(data.length);
    expect(measured().up.bytes).toBe(data.length);
    expectRate(measured().up, MiB);
    // The limit is remembered in the profile.
    expect(a.engine.profile.get().bandwidth).toEqual({ up: MiB, down: 0 });
  });

  it("holds a download limit of 1 MiB/s within 10% over a 4 MiB transfer", async () => {
    const [a, b] = await pair();
    const data = randomBytes(4 * MiB);
    await a.write("down.bin", data);
    await a.syncClean();
    await (await b.engine.controls()).setBandwidth({ up: 0, down: MiB });
    const measured = timeTransfers(await b.engine.remote());

    await b.syncClean();
    expect(b.folder.status().bytesReceived).toBe(data.length);
    expect((await b.read("down.bin")).equals(data)).toBe(true);
    expect(measured().down.bytes).toBe(data.length);
    expectRate(measured().down, MiB);
  });

  it("applies a changed limit to a transfer already running", async () => {
    const [a] = await pair();
    const controls = await a.engine.controls();
    await controls.setBandwidth({ up: 256 * 1024, down: 0 });
    await a.write("slow.bin", randomBytes(3 * MiB));
    const started = performance.now();
    const upload = a.syncClean();
    await sleep(1000);
    // At 256 KiB/s this upload would take 12 s; lifting the limit finishes it at once.
    await controls.setBandwidth({ up: 0, down: 0 });
    await upload;
    expect(performance.now() - started).toBeLessThan(4000);
  });

  it("applies the remembered download limit to `cirrus hydrate` too, not only to the sync loop", async () => {
    const [a, b] = await pair();
    const data = randomBytes(3 * MiB);
    await a.write("h.bin", data);
    await a.syncClean();
    await syncOnDemand(b);
    await b.close();
    // No sync is running: the limit goes to the profile, for every later command.
    await cliOk(b, ["bandwidth", "--up", "0", "--down", String(MiB)]);

    const started = performance.now();
    await cliOk(b, ["hydrate", "h.bin"]);
    const elapsed = performance.now() - started;
    expect((await b.read("h.bin")).equals(data)).toBe(true);
    // 3 MiB at 1 MiB/s, less a quarter-second burst: at least 2.75 s (unlimited: < 1 s).
    expect(elapsed).toBeGreaterThan(2600);
    expect(elapsed).toBeLessThan(8000);
  });

  it("pause stops an upload at once (nothing more reaches the server) and resume completes it", async () => {
    const [a, b] = await pair();
    const controls = await a.engine.controls();
    await controls.setBandwidth({ up: 2 * MiB, down: 0 });
    const data = randomBytes(8 * MiB);
    await a.write("big.bin", data);
    const missing = await missingOf(a, "big.bin");
    const total = await missing();

    const activity = transfersOf(a, "big.bin");
    const first = a.sync();
    // Chunks travel in batches of ~4 MiB: wait until the first has landed (mid-way).
    await eventually(async () => (await missing()) < total, 15_000, "the first batch lands");
    expect(await controls.setPaused(true)).toBe("user");
    const atPause = await missing();
    expect(atPause).toBeGreaterThan(0);
    const round = await first;
    expect(round.failures.map((f) => f.code)).toContain("paused");
    expect(a.folder.status().state).toBe("paused");
    // The activity shows how far the upload got, then that the pause stopped it.
    expect(activity.some((e) => !e.done && e.bytesDone > 0)).toBe(true);
    const why = round.failures.find((f) => f.path === "big.bin")?.message;
    expect(why).toBeTruthy();
    expect(activity.at(-1)).toMatchObject({ kind: "upload", done: true, error: why });
    expect(activity.at(-1)?.bytesDone).toBeLessThan(data.length);
    // Longer than the next ~4 MiB batch takes at 2 MiB/s: had the transfer gone on, it
    // would have landed.
    await sleep(2500);
    expect(await missing()).toBe(atPause);
    expect((await accounts.current().serverTree()).has("big.bin")).toBe(false);

    expect(await controls.setPaused(false)).toBeNull();
    await eventually(
      async () => (await accounts.current().serverTree()).get("big.bin")?.hash === sha256(data),
      20_000,
      "the upload completes after resume",
    );
    await a.close(); // waits for the resumed loop to finish
    expect(activity.at(-1)).toEqual(finished("upload", "big.bin", data.length));
    await a.open();
    await b.syncClean();
    expect((await b.read("big.bin")).equals(data)).toBe(true);
    await expectSettled([a, b]);
  });

  it("pause stops a download at once without a half-written file, and resume completes it", async () => {
    const [a, b] = await pair();
    const data = randomBytes(6 * MiB);
    await a.write("big.bin", data);
    await a.syncClean();
    const controls = await b.engine.controls();
    await controls.setBandwidth({ up: 0, down: 2 * MiB });

    const activity = transfersOf(b, "big.bin");
    const first = b.sync();
    await sleep(1200);
    await controls.setPaused(true);
    const { failures } = await first;
    expect(failures.map((f) => f.code)).toContain("paused");
    // Shown from its start, then as stopped by the pause.
    const why = failures.find((f) => f.path === "big.bin")?.message;
    expect(why).toBeTruthy();
    expect(activity[0]).toMatchObject({ kind: "download", done: false, bytesDone: 0 });
    expect(activity.at(-1)).toMatchObject({ done: true, error: why });
    const received = b.folder.status().bytesReceived;
    expect(received).toBeLessThan(data.length);
    await sleep(1500);
    expect(b.folder.status().bytesReceived).toBe(received);
    // Invariant 5: nothing half-written is visible, and no temp file is left behind.
    expect((await readdir(b.root)).filter((n) => n !== ".cirrus-root")).toEqual([]);

    await controls.setPaused(false);
    await eventually(() => b.exists("big.bin"), 20_000, "the download completes after resume");
    expect((await b.read("big.bin")).equals(data)).toBe(true);
    await eventually(
      () => Promise.resolve(activity.at(-1)?.done === true && activity.at(-1)?.error === undefined),
      5_000,
      "the resumed download is reported done",
    );
    expect(activity.at(-1)).toEqual(finished("download", "big.bin", data.length));
    await b.close();
    await b.open();
    await expectSettled([a, b]);
  });

  it("cirrus pause/resume/bandwidth/sync-now drive a running `cirrus sync`", async () => {
    const [a, b] = await pair();
    await a.close();
    running = await startSyncProcess(a, []);
    expect(await running.call<RunningStatus>("GET", "/api/status")).toMatchObject({
      folder: a.root,
      pauseReason: null,
    });

    const limited = await cliOk(a, ["bandwidth", "--up", String(2 * MiB), "--down", "0"]);
    expect(limited.stdout).toContain(`up ${2 * MiB} B/s`);
    expect((await running.call<RunningStatus>("GET", "/api/status")).bandwidth).toEqual({
      up: 2 * MiB,
      down: 0,
    });

    const data = randomBytes(8 * MiB);
    await a.write("big.bin", data);
    const missing = await missingOf(a, "big.bin");
    const total = await missing();
    await cliOk(a, ["sync-now"]);
    await eventually(async () => (await missing()) < total, 20_000, "the first batch lands");

    const paused = await cliOk(a, ["pause"]);
    expect(paused.stdout).toContain("paused");
    const status = await running.call<RunningStatus>("GET", "/api/status");
    expect(status).toMatchObject({ state: "paused", pauseReason: "user" });
    const atPause = await missing();
    expect(atPause).toBeGreaterThan(0);
    await sleep(2500);
    expect(await missing()).toBe(atPause);

    await cliOk(a, ["resume"]);
    await eventually(
      async () => (await accounts.current().serverTree()).get("big.bin")?.hash === sha256(data),
      20_000,
      "the upload completes after `cirrus resume`",
    );
    await running.stop();
    running = null;
    await b.syncClean();
    expect((await b.read("big.bin")).equals(data)).toBe(true);
  });

  it("pauses on a metered network when asked to, and `cirrus conditions --metered no` resumes", async () => {
    const [a, b] = await pair();
    await a.close();
    running = await startSyncProcess(a, ["--pause-on-metered", "yes", "--metered"]);
    await eventually(
      () => Promise.resolve(running!.stderr().includes("paused (metered)")),
      5000,
      "the sync says it is paused",
    );
    expect(await running.call<RunningStatus>("GET", "/api/status")).toMatchObject({
      state: "paused",
      pauseReason: "metered",
    });
    // Nothing syncs while paused.
    await b.write("from-b.txt", "hello A\n");
    await b.syncClean();
    await sleep(1000);
    expect(await a.exists("from-b.txt")).toBe(false);

    const resumed = await cliOk(a, ["conditions", "--metered", "no"]);
    const after = JSON.parse(resumed.stdout) as RunningStatus;
    expect(after.pauseReason).toBeNull();
    expect(after.state).not.toBe("paused");
    await eventually(
      async () =>
        (await a.exists("from-b.txt")) && (await a.readText("from-b.txt")) === "hello A\n",
      10_000,
      "the resumed sync brings B's file",
    );
    // Metered again: the remembered policy pauses it once more.
    const again = JSON.parse(
      (await cliOk(a, ["conditions", "--metered", "yes"])).stdout,
    ) as RunningStatus;
    expect(again).toMatchObject({ state: "paused", pauseReason: "metered" });
  });
});
