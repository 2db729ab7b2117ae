// A scratch folder for the tests of one file: made before them, removed after. For
// tests that write files straight to disk (the chunker's), not through a client.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";

export interface ScratchFiles {
  /** A path in the folder (nothing is made there). */
  path: (name: string) => string;
  /** A new file holding `data`, under a name of its own. */
  fileWith: (data: Uint8Array) => Promise<string>;
}

export function useScratchFiles(prefix: string): ScratchFiles {
  let dir = "";
  let counter = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `cirrus-${prefix}-`));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const path = (name: string) => join(dir, name);
  return {
    path,
    fileWith: async (data) => {
      const file = path(`file-${++counter}.bin`);
      await writeFile(file, data);
      return file;
    },
  };
}
