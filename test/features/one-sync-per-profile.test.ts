// One sync per profile: a second `cirrus sync` (or an engine opening the folder in
// another process, as the desktop app does) on a profile that is already syncing is
// refused with `profile_busy` and changes nothing; `restore` and `resolve` hand their
// follow-up sync to the running process; a sync that crashed leaves no lock behind.
import { afterEach, describe, expect, it } from "vitest";
import { Engine } from "../../src/engine/engine.js";
import type { Version } from "../../src/shared/protocol.js";
import { eventually, type TestClient } from "../support/clients.js";
import {
  cliFails,
  cliJson,
  cliOk,
  startSyncProcess,
  type SyncProcess,
} from "../support/feature-clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";

describe("one sync per profile", () => {
  const accounts = useAccounts(useServer());
  let running: SyncProcess | null = null;
  // Registered after useAccounts, so it runs before it: the process before its profile.
  afterEach(async () => {
    await running?.stop();
    running = null;
  });

  async function runningDevice(): Promise<[TestClient, TestClient]> {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    await a.close();
    running = await startSyncProcess(a, []);
    return [a, b];
  }

  it("refuses a second `cirrus sync` on a profile that is syncing; the running one goes on", async () => {
    const [a] = await runningDevice();
    const control = running!.control;

    const second = await cliFails(a, ["sync", "--once"], "profile_busy");
    expect(second.stderr).toContain("another Cirrus process is syncing with the profile");
    await cliFails(a, ["sync"], "profile_busy");
    // An engine in another process (the desktop app's) is refused the same way.
    const engine = await Engine.open(a.profileDir);
    try {
      await expect(engine.syncFolder()).rejects.toMatchObject({ code: "profile_busy" });
    } finally {
      await engine.close();
    }

    // The refused ones took nothing from the running sync: its control API is still the
    // one the CLI finds, and it still syncs what is written on the device.
    expect(running!.control).toEqual(control);
    await cliOk(a, ["sync-now"]);
    await a.write("after.txt", "still syncing\n");
    await eventually(
      async () =>
        (await accounts.current().serverTree()).get("after.txt")?.hash ===
        sha256("still syncing\n"),
      20_000,
      "the running sync uploads a new file",
    );
  });

  it("`cirrus restore` asks the running sync to bring the old version to the folder", async () => {
    const [a, b] = await runningDevice();
    await b.write("notes.txt", "first\n");
    await b.syncClean();
    await b.write("notes.txt", "second\n");
    await b.syncClean();
    await eventually(
      async () => (await a.exists("notes.txt")) && (await a.readText("notes.txt")) === "second\n",
      20_000,
      "A has the second version",
    );

    const versions = await cliJson<Version[]>(a, ["versions", "notes.txt"]);
    const first = versions.find((v) => v.hash === sha256("first\n"));
    expect(first).toBeDefined();
    await cliOk(a, ["restore", "notes.txt", "--version", first!.id]);
    await eventually(
      async () => (await a.readText("notes.txt")) === "first\n",
      20_000,
      "the running sync applies the restored version",
    );
    expect(running!.stderr()).not.toContain("profile_busy");
  });

  it("a sync that crashed leaves no lock: the next one runs", async () => {
    const [a] = await runningDevice();
    running!.child.kill("SIGKILL");
    await new Promise((resolve) => running!.child.once("exit", resolve));
    running = null;
    await a.write("later.txt", "after the crash\n");
    await cliOk(a, ["sync", "--once"]);
    expect((await accounts.current().serverTree()).get("later.txt")?.hash).toBe(
      sha256("after the crash\n"),
    );
  });
});
