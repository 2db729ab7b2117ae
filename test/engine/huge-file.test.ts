// A file of more than 4 GiB of content that does not repeat, from one device to the
// other: offsets past 2^32 in the chunker, the upload and the rebuild, and a manifest of
// ~220,000 chunks (~20 MB of JSON) in its commit. Writes ~13 GiB to the temp disk and
// takes one to two minutes, so it runs only with CIRRUS_SLOW_TESTS=1.
//
// And a 20 GiB file, past what the default chunks allow in one commit (~19 GiB): cut
// with the large-file chunks (chunking/size-tiers.ts). Its content is a 64 MiB random
// block over and over, so the server stores one block's chunks; the devices still
// write, read and hash all of it. ~40 GiB of temp disk and a few minutes, also only
// with CIRRUS_SLOW_TESTS=1.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";

const MiB = 1024 * 1024;
const SIZE = 4300 * MiB;

async function writeRandom(file: string, size: number): Promise<void> {
  const handle = await open(file, "w");
  try {
    for (let at = 0; at < size; at += 64 * MiB) {
      await handle.write(randomBytes(Math.min(64 * MiB, size - at)));
    }
  } finally {
    await handle.close();
  }
}

/** `size` bytes of one random block written over and over. */
async function writeRepeated(file: string, size: number, block: Buffer): Promise<void> {
  const handle = await open(file, "w");
  try {
    for (let at = 0; at < size; at += block.length) {
      await handle.write(block, 0, Math.min(block.length, size - at));
    }
  } finally {
    await handle.close();
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const piece of createReadStream(file, { highWaterMark: 4 * MiB })) {
    hash.update(piece as Buffer);
  }
  return hash.digest("hex");
}

describe("a file over 4 GiB", () => {
  const server = useServer();
  const accounts = useAccounts(server);

  it.skipIf(process.env.CIRRUS_SLOW_TESTS !== "1")(
    "goes from one device to the other byte-exact (CIRRUS_SLOW_TESTS=1)",
    async () => {
      const account = await accounts.create(2);
      const [a, b] = account.clients as [TestClient, TestClient];
      await writeRandom(a.abs("disk.img"), SIZE);
      await a.syncClean();
      const onServer = await account.serverTree();
      expect(onServer.get("disk.img")?.size).toBe(SIZE);
      await b.syncClean();
      expect((await stat(b.abs("disk.img"))).size).toBe(SIZE);
      expect(await sha256Of(b.abs("disk.img"))).toBe(await sha256Of(a.abs("disk.img")));
    },
    900_000,
  );

  it.skipIf(process.env.CIRRUS_SLOW_TESTS !== "1")(
    "a 20 GiB file goes across in chunks eight times larger (CIRRUS_SLOW_TESTS=1)",
    async () => {
      const big = 20 * 1024 * MiB;
      const account = await accounts.create(2);
      const [a, b] = account.clients as [TestClient, TestClient];
      await writeRepeated(a.abs("vm.img"), big, randomBytes(64 * MiB));
      await a.syncClean();
      const entry = (await account.serverTree()).get("vm.img");
      expect(entry?.size).toBe(big);
      // The default chunks would be ~1,070,000, more than a commit may name.
      expect(entry?.chunkCount).toBeLessThan(200_000);
      expect(entry?.chunkCount).toBeGreaterThan(big / (512 * 1024));
      await b.syncClean();
      expect((await stat(b.abs("vm.img"))).size).toBe(big);
      expect(await sha256Of(b.abs("vm.img"))).toBe(await sha256Of(a.abs("vm.img")));
    },
    1_800_000,
  );
});
