// Small downloads written to temp files and renamed into place, on this thread (the
// sources under Vitest have no compiled worker beside them) and on the worker thread
// (a compiled tree, as dist/ has it, driven by a plain Node process).
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { transpileTree } from "../../../test/support/compiled-tree.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cirrus-temp-files-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const MTIME = Date.UTC(2024, 0, 2, 3, 4, 5);

interface Result {
  kind: string;
  written: string[];
  placed: string[];
  inode: { ino: number; ctimeMs: number; mtimeMs: number } | null;
}

/**
 * Run by a plain Node process on the compiled tree, with the worker (the production
 * path) or, given "in-process", with no worker file to start. Three files for folder
 * `root`: one whole, one in two parts, one in a folder that is missing; then each of
 * the first two renamed to a name that is free, or taken meanwhile.
 */
const DRIVER = `
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { NODE_FS } from "./src/engine/env/file-system.js";
import { localFailure } from "./src/engine/paths/local-errors.js";
import { openTempFiles } from "./src/engine/sync/temp-files.js";
const [root, how] = process.argv.slice(2);
const MTIME = ${MTIME};
const temps = how === "in-process"
  ? openTempFiles(NODE_FS, new URL("./no-such-worker.js", import.meta.url))
  : openTempFiles(NODE_FS);
await mkdir(join(root, "a"), { recursive: true });
const written = await temps.write([
  { dir: join(root, "a"), parts: [Buffer.from("one")], size: 3, mtime: MTIME },
  { dir: join(root, "a"), parts: [Buffer.from("tw"), Buffer.from("o!")], size: 4, mtime: MTIME },
  { dir: join(root, "missing"), parts: [Buffer.from("x")], size: 1, mtime: MTIME },
]);
await writeFile(join(root, "a", "taken.txt"), "mine");
const temp = (o) => (o.ok ? o.value : "");
const placed = await temps.placeNew([
  { temp: temp(written[0]), file: join(root, "a", "one.txt"), rel: "a/one.txt" },
  { temp: temp(written[1]), file: join(root, "a", "taken.txt"), rel: "a/taken.txt" },
]);
const kind = temps.constructor.name;
await temps.close();
const plain = (o) => (o.ok ? "ok" : localFailure(o.error).code);
console.log(JSON.stringify({
  kind,
  written: written.map(plain),
  placed: placed.map(plain),
  inode: placed[0].ok ? placed[0].value : null,
}));
`;

async function expectScenario(result: Result, root: string): Promise<void> {
  expect(result.written).toEqual(["ok", "ok", "ENOENT"]);
  expect(result.placed).toEqual(["ok", "name_conflict"]);
  const placedFile = join(root, "a", "one.txt");
  expect(await readFile(placedFile, "utf8")).toBe("one");
  const s = await stat(placedFile);
  expect(s.mtimeMs).toBe(MTIME);
  expect(result.inode).toEqual({ ino: s.ino, ctimeMs: s.ctimeMs, mtimeMs: MTIME });
  // The name that was taken keeps its file; the refused temp file is the caller's.
  expect(await readFile(join(root, "a", "taken.txt"), "utf8")).toBe("mine");
  const left = (await readdir(join(root, "a"))).filter((n) => n !== "one.txt" && n !== "taken.txt");
  expect(left).toHaveLength(1);
  expect(await readFile(join(root, "a", left[0]!), "utf8")).toBe("two!");
}

describe("TempFiles from compiled JavaScript", () => {
  let out: Promise<string> | null = null;
  function compiledTree(): Promise<string> {
    const tree = join(dir, "compiled");
    out ??= transpileTree(tree, [
      "src/engine/sync",
      "src/engine/env",
      "src/engine/chunking",
      "src/engine/paths",
      "src/engine/ignore",
      "src/shared",
    ]).then(async () => {
      await writeFile(join(tree, "driver.mjs"), DRIVER);
      return tree;
    });
    return out;
  }

  async function run(how: "worker" | "in-process"): Promise<{ result: Result; root: string }> {
    const tree = await compiledTree();
    const root = join(dir, how);
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(tree, "driver.mjs"),
      root,
      how,
    ]);
    return { result: JSON.parse(stdout) as Result, root };
  }

  it("on its worker thread: writes whole files with their mtime, renames only to free names", async () => {
    const { result, root } = await run("worker");
    expect(result.kind).toBe("WorkerTempFiles");
    await expectScenario(result, root);
  });

  it("on the calling thread where no worker can start: the same outcomes", async () => {
    const { result, root } = await run("in-process");
    expect(result.kind).toBe("InProcessTempFiles");
    await expectScenario(result, root);
  });
});
