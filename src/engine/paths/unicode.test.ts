import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { caseFoldCollisions, isCaseInsensitiveFs, normalizeDiskName } from "./index.js";
import { NODE_FS } from "../env/file-system.js";

const NFC = "Caf\u00e9.txt";
const NFD = "Cafe\u0301.txt";

describe("normalizeDiskName", () => {
  it("turns an NFD name from disk into the NFC key", () => {
    expect(NFD).not.toBe(NFC);
    expect(normalizeDiskName(NFD)).toBe(NFC);
  });

  it("leaves NFC and ASCII names alone", () => {
    expect(normalizeDiskName(NFC)).toBe(NFC);
    expect(normalizeDiskName("plain.txt")).toBe("plain.txt");
  });
});

describe("caseFoldCollisions", () => {
  it("groups names that differ only in case", () => {
    expect(caseFoldCollisions(["Readme.md", "other.txt", "README.md", "readme.md"])).toEqual([
      ["Readme.md", "README.md", "readme.md"],
    ]);
  });

  it("groups NFC and NFD spellings of one name", () => {
    expect(caseFoldCollisions([NFC, NFD])).toEqual([[NFC, NFD]]);
  });

  it("groups names that differ in both case and Unicode form", () => {
    expect(caseFoldCollisions(["CAFE\u0301.TXT", NFC])).toEqual([["CAFE\u0301.TXT", NFC]]);
  });

  it("reports nothing for distinct names, or for one name listed twice", () => {
    expect(caseFoldCollisions(["a", "b", "a.txt", "a.TXT.bak"])).toEqual([]);
    expect(caseFoldCollisions(["same", "same"])).toEqual([]);
  });

  it("keeps separate groups apart", () => {
    expect(caseFoldCollisions(["A", "B", "a", "b", "c"])).toEqual([
      ["A", "a"],
      ["B", "b"],
    ]);
  });
});

describe("isCaseInsensitiveFs", () => {
  it("answers for the temp folder and leaves no probe behind", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "cirrus-case-"));
    try {
      const insensitive = await isCaseInsensitiveFs(NODE_FS, dir);
      // Default installs: Linux file systems are case-sensitive, macOS and Windows are not.
      if (process.platform === "linux") expect(insensitive).toBe(false);
      if (process.platform === "darwin" || process.platform === "win32") {
        expect(insensitive).toBe(true);
      }
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("fails loudly for a folder that does not exist", async () => {
    await expect(
      isCaseInsensitiveFs(NODE_FS, path.join(os.tmpdir(), "cirrus-no-such-dir-x")),
    ).rejects.toThrow();
  });
});
