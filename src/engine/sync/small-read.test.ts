import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSmallFileSync } from "./small-read.js";
import { NODE_FS } from "../env/file-system.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cirrus-small-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readSmallFileSync", () => {
  it("reads a small file whole, with the stat of the open file", async () => {
    const file = path.join(dir, "a.txt");
    await writeFile(file, "hello");
    const read = readSmallFileSync(NODE_FS, file, 100);
    expect(read?.bytes.toString()).toBe("hello");
    expect(read?.stat.size).toBe(5);
    const empty = path.join(dir, "empty");
    await writeFile(empty, "");
    expect(readSmallFileSync(NODE_FS, empty, 100)?.bytes.length).toBe(0);
  });

  it("gives null for a larger file, a missing one, a folder and a FIFO (without blocking)", async () => {
    const big = path.join(dir, "big");
    await writeFile(big, Buffer.alloc(101));
    expect(readSmallFileSync(NODE_FS, big, 100)).toBeNull();
    expect(readSmallFileSync(NODE_FS, path.join(dir, "missing"), 100)).toBeNull();
    await mkdir(path.join(dir, "folder"));
    expect(readSmallFileSync(NODE_FS, path.join(dir, "folder"), 100)).toBeNull();
    if (process.platform !== "win32") {
      const fifo = path.join(dir, "fifo");
      execFileSync("mkfifo", [fifo]);
      expect(readSmallFileSync(NODE_FS, fifo, 100)).toBeNull();
    }
  });
});
