// A file being written is never uploaded half-written (invariant 5): while another
// process rewrites a file in place, every version the server accepts is one the writer
// completed, and once the writer stops the other device gets exactly the final bytes.
// And a download never overwrites what the user saved meanwhile (invariant 1).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectSettled, syncAll, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { sha256 } from "../support/server-api.js";
import { removeDir, tempDir } from "../support/server-process.js";

const SIZE = 4 * 1024 * 1024;
const GENERATIONS = 16;

// Overwrites the target in place with each generation file in turn, 64 KiB at a time,
// pausing now and then, so that a reader sees the file half old, half new.
const WRITER = `
const fs = require("node:fs");
const [target, ...generations] = process.argv.slice(1);
const pause = new Int32Array(new SharedArrayBuffer(4));
const fd = fs.openSync(target, "r+");
for (const file of generations) {
  const data = fs.readFileSync(file);
  for (let at = 0, n = 0; at < data.length; at += 65536, n++) {
    fs.writeSync(fd, data, at, Math.min(65536, data.length - at), at);
    if (n % 4 === 3) Atomics.wait(pause, 0, 0, 2);
  }
}
fs.closeSync(fd);
`;

describe("a file that changes while it is read", () => {
  const accounts = useAccounts(useServer());
  let scratch: string;

  beforeAll(async () => {
    scratch = await tempDir("generations");
  });
  afterAll(async () => {
    await removeDir(scratch);
  });

  it("is not uploaded half-written, and the final bytes arrive once it settles", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const generations = Array.from({ length: GENERATIONS + 1 }, () => randomBytes(SIZE));
    const files: string[] = [];
    for (const [n, data] of generations.entries()) {
      const file = path.join(scratch, `gen-${n}`);
      await writeFile(file, data);
      files.push(file);
    }
    const complete = new Set(generations.map((g) => sha256(g)));
    await a.write("recording.wav", generations[0]!);
    await a.syncClean();
    await b.syncClean();

    const writer = spawn(
      process.execPath,
      ["-e", WRITER, a.abs("recording.wav"), ...files.slice(1)],
      {
        stdio: "ignore",
      },
    );
    const exited = new Promise<number | null>((resolve) => writer.once("exit", resolve));
    const state = { running: true };
    void exited.then(() => (state.running = false));
    let rounds = 0;
    const busyCodes = new Set<string>();
    while (state.running) {
      const round = await a.folder.round();
      rounds++;
      for (const f of [...round.failures, ...round.busy]) busyCodes.add(f.code);
      await b.folder.round();
    }
    expect(await exited).toBe(0);
    // The race was real: rounds ran while the file was being written, and saw it.
    expect(busyCodes).toContain("file_busy");
    expect(rounds).toBeGreaterThan(1);

    await a.syncClean();
    await b.syncClean();
    const final = generations[GENERATIONS]!;
    expect(sha256(await b.read("recording.wav"))).toBe(sha256(final));
    expect(sha256(await a.read("recording.wav"))).toBe(sha256(final));

    // Every version the server ever accepted is a whole generation, never a mix.
    const api = await account.api();
    const entry = (await account.serverTree()).get("recording.wav")!;
    const versions = await api.versions(entry.id);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const version of versions) expect(complete.has(version.hash), version.id).toBe(true);
    expect(entry.hash).toBe(sha256(final));
    await expectSettled([a, b]);
  });
  for (const existing of [false, true]) {
    it(`keeps a local write made while the same file ${existing ? "is being updated" : "is arriving"}`, async () => {
      const account = await accounts.create(2);
      const [a, b] = account.clients as [TestClient, TestClient];
      if (existing) {
        await a.write("big.bin", "small v1");
        await a.syncClean();
        await b.syncClean();
      }
      const big = randomBytes(16 * 1024 * 1024);
      await a.write("big.bin", big);
      await a.syncClean();

      // While B rebuilds the file in its temp file, the user saves over that path.
      const mine = "written by the user on B during the download\n";
      const syncing = b.sync();
      let wrote = false;
      for (let i = 0; i < 5000 && !wrote; i++) {
        if ((await readdir(b.root)).some((n) => n.startsWith(".cirrus-tmp-"))) {
          await b.write("big.bin", mine);
          wrote = true;
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await syncing;
      expect(wrote, "the download was seen in progress").toBe(true);
      await syncAll([a, b]);

      const tree = await a.tree();
      expect(await b.tree()).toEqual(tree);
      const hashes = [...tree.values()];
      expect(hashes).toContain(sha256(big));
      expect(hashes).toContain(sha256(mine));
      await expectSettled([a, b]);
    });
  }
});
