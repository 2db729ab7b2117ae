import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDurable } from "./durable-batch.js";
import { NODE_FS } from "../env/file-system.js";

describe("makeDurable", () => {
  let dir: string;
  const files: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-durable-"));
    for (let i = 0; i < 20; i++) {
      const file = path.join(dir, `f${i}`);
      await writeFile(file, `file ${i}`);
      files.push(file);
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("flushes a batch with one syncfs on Linux, or each file on its own elsewhere", async () => {
    await expect(makeDurable(NODE_FS, dir, files, "linux")).resolves.toBeUndefined();
    await expect(makeDurable(NODE_FS, dir, files, "darwin")).resolves.toBeUndefined();
    await expect(makeDurable(NODE_FS, dir, [], "win32")).resolves.toBeUndefined();
  });

  it("fails when a file of the batch is gone, so none of the batch is renamed", async () => {
    const gone = path.join(dir, "not-there");
    await expect(makeDurable(NODE_FS, dir, [...files, gone], "darwin")).rejects.toMatchObject({
      code: "ENOENT",
    });
  });

  it("falls back to one fsync per file when syncfs cannot run (a folder that is gone)", async () => {
    const missing = path.join(dir, "no-such-folder");
    await expect(makeDurable(NODE_FS, missing, files, "linux")).resolves.toBeUndefined();
  });
});
