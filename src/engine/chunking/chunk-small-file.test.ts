import { execFileSync } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { chunkFile, CONTENT_BACK_MAX } from "./chunk-file.js";
import { chunkSmallFileSync, SMALL_FILE_MAX } from "./chunk-small-file.js";
import { DEFAULT_CHUNKER_PARAMS } from "./fastcdc.js";
import { seededBytes } from "./seeded-bytes.js";
import { NODE_FS } from "../env/file-system.js";
import { useScratchFiles } from "../../../test/support/scratch-files.js";

const scratch = useScratchFiles("chunk-small");
const { fileWith } = scratch;

describe("chunkSmallFileSync", () => {
  it("gives exactly what chunkFile gives, and the bytes it hashed, for sizes up to the limit", async () => {
    for (const size of [0, 1, 4095, 4096, 4097, 20_000, 300_000, SMALL_FILE_MAX]) {
      const content = seededBytes(size + 1, size);
      const path = await fileWith(content);
      for (const part of ["all", "chunks"] as const) {
        const streamed = await chunkFile(path, { part });
        const chunked = chunkSmallFileSync(NODE_FS, path, DEFAULT_CHUNKER_PARAMS, part);
        expect(chunked, `${size} ${part}`).toEqual(streamed);
        // Both hand back the bytes they hashed, for a whole small file only.
        const whole = part === "all" && size > 0 && size <= CONTENT_BACK_MAX;
        expect(chunked?.bytes, `${size} ${part} bytes`).toEqual(
          whole ? Buffer.from(content) : undefined,
        );
      }
    }
  });

  it("leaves a file over the limit to the streaming chunker", async () => {
    const path = await fileWith(seededBytes(7, SMALL_FILE_MAX + 1));
    expect(chunkSmallFileSync(NODE_FS, path, DEFAULT_CHUNKER_PARAMS)).toBeNull();
  });

  it("passes fs errors through with their code", () => {
    expect(() =>
      chunkSmallFileSync(NODE_FS, scratch.path("missing"), DEFAULT_CHUNKER_PARAMS),
    ).toThrow(expect.objectContaining({ code: "ENOENT" }) as Error);
  });

  it("rejects a directory as not a regular file", async () => {
    const sub = scratch.path("a-directory");
    await mkdir(sub);
    let code: string | undefined;
    try {
      chunkSmallFileSync(NODE_FS, sub, DEFAULT_CHUNKER_PARAMS);
    } catch (err) {
      code = (err as { code?: string }).code;
    }
    expect(code).toMatch(/^(bad_request|EISDIR)$/);
  });

  it.skipIf(process.platform === "win32")("does not hang on a FIFO", () => {
    const fifo = scratch.path("a-fifo");
    execFileSync("mkfifo", [fifo]);
    expect(() => chunkSmallFileSync(NODE_FS, fifo, DEFAULT_CHUNKER_PARAMS)).toThrow(
      expect.objectContaining({ code: "bad_request" }) as Error,
    );
  });

  it("rejects parameters the protocol does not allow", async () => {
    const path = await fileWith(seededBytes(28, 10));
    const params = { minSize: 1024 * 1024, avgSize: 4 * 1024 * 1024, maxSize: 16 * 1024 * 1024 };
    expect(() => chunkSmallFileSync(NODE_FS, path, params)).toThrow(RangeError);
  });
});
