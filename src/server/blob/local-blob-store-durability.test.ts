import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  appendFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pino, type Logger } from "pino";
import ts from "typescript";
import { afterEach, describe, expect, it } from "vitest";
import type { IncomingChunk } from "./blob-store.js";
import { LocalBlobStore, type LocalBlobStoreOptions } from "./local-blob-store.js";

const silent = pino({ level: "silent" });
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cirrus-blob-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

function openStore(dir: string, options: Partial<LocalBlobStoreOptions> = {}): LocalBlobStore {
  const store = new LocalBlobStore({ dir, logger: silent, ...options });
  cleanups.push(() => store.close());
  return store;
}

function chunk(content: string | Buffer): IncomingChunk {
  const data = typeof content === "string" ? Buffer.from(content) : content;
  return { id: sha256(data), data };
}

function sha256(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

function captureLogs(): { logger: Logger; messages: string[] } {
  const messages: string[] = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => messages.push(line) });
  return { logger, messages };
}

/** Every pack file under dir, sorted by path. */
async function packFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, "packs"), { recursive: true });
  return entries
    .filter((e) => e.endsWith(".pack"))
    .map((e) => path.join(dir, "packs", e))
    .sort();
}

describe("LocalBlobStore durability", () => {
  it("keeps stored chunks across close and reopen", async () => {
    const dir = await tempDir();
    const chunks = Array.from({ length: 50 }, (_, i) => chunk(`persisted ${i}`));
    const first = openStore(dir);
    await first.putMany("alice", chunks);
    await first.close();

    const second = openStore(dir);
    expect(
      await second.missing(
        "alice",
        chunks.map((c) => c.id),
      ),
    ).toEqual([]);
    for (const c of chunks) expect(await second.get("alice", c.id)).toEqual(c.data);
    expect(await second.accounts()).toEqual(["alice"]);
  });

  it("trims garbage that a crash left past a pack's indexed end, then appends after the last good chunk", async () => {
    const dir = await tempDir();
    const [a, b] = [chunk("before the crash"), chunk("after the crash")];
    const first = openStore(dir);
    await first.putMany("alice", [a]);
    await first.close();
    const [pack] = await packFiles(dir);
    if (pack === undefined) throw new Error("no pack file written");
    const indexedSize = (await stat(pack)).size;
    // What a batch killed between its pack write and its index commit leaves behind.
    await appendFile(pack, randomBytes(777));

    const { logger, messages } = captureLogs();
    const second = openStore(dir, { logger });
    expect((await stat(pack)).size).toBe(indexedSize);
    expect(messages.some((m) => m.includes("trimmed unindexed bytes"))).toBe(true);
    expect(await second.get("alice", a.id)).toEqual(a.data);
    await second.putMany("alice", [b]);
    await second.close();

    const third = openStore(dir);
    expect(await third.get("alice", a.id)).toEqual(a.data);
    expect(await third.get("alice", b.id)).toEqual(b.data);
    expect(await packFiles(dir)).toEqual([pack]);
  });

  it("removes a pack file the index no longer lists (a compaction that crashed before its unlink)", async () => {
    const dir = await tempDir();
    const first = openStore(dir, { packSizeCap: 100 });
    const [gone, kept] = [chunk(randomBytes(80)), chunk(randomBytes(80))];
    await first.putMany("alice", [gone, kept]); // one pack each: the cap is 100 bytes
    const [oldPack] = await packFiles(dir);
    if (oldPack === undefined) throw new Error("no pack file written");
    await first.delete("alice", [gone.id]);
    await first.compact();
    expect(await packFiles(dir)).not.toContain(oldPack);
    await first.close();
    await writeFile(oldPack, gone.data);

    const second = openStore(dir);
    expect(await packFiles(dir)).not.toContain(oldPack);
    expect(await second.get("alice", kept.id)).toEqual(kept.data);
    expect(await second.get("alice", gone.id)).toBeNull();
  });

  it("refuses to start, deleting nothing, when the packs are newer than index.db (index lost or replaced)", async () => {
    const dir = await tempDir();
    const first = openStore(dir);
    await first.putMany("alice", [chunk("precious")]);
    await first.close();
    const packs = await packFiles(dir);
    for (const suffix of ["", "-wal", "-shm"])
      await rm(path.join(dir, `index.db${suffix}`), { force: true });

    expect(() => new LocalBlobStore({ dir, logger: silent })).toThrow(
      expect.objectContaining({ code: "internal" }) as Error,
    );
    expect(await packFiles(dir)).toEqual(packs);
  });

  it("keeps every acknowledged chunk when the writing process is killed with SIGKILL mid-stream", async () => {
    const dir = await tempDir();
    const script = await buildChildWriter(await tempDir());
    const acked = await runAndKill(script, dir, 400);

    const { logger, messages } = captureLogs();
    const store = openStore(dir, { logger });
    console.log(
      "RECOVERY",
      acked.length,
      messages.filter((m) => m.includes("trimmed") || m.includes("removed")).length,
    );
    for (const id of acked) {
      const data = await store.get("acct", id);
      expect(data === null ? null : sha256(data)).toBe(id);
    }
    // The store still takes writes, and a clean restart finds nothing left to repair.
    const after = chunk("after recovery");
    await store.putMany("acct", [after]);
    await store.close();
    messages.length = 0;
    const reopened = openStore(dir, { logger });
    expect(await reopened.get("acct", after.id)).toEqual(after.data);
    expect(messages.filter((m) => m.includes("trimmed") || m.includes("pack file"))).toEqual([]);
  });
});

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The child must run the real store, but Node 20 cannot load TypeScript, so the
 * store's sources are transpiled (no bundling, same module graph) into a temp dir
 * that borrows the repo's node_modules.
 */
async function buildChildWriter(outDir: string): Promise<string> {
  const blobDir = path.join(repoRoot, "src/server/blob");
  const sources = (await readdir(blobDir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => `src/server/blob/${f}`)
    .concat("src/shared/errors.ts");
  for (const rel of sources) {
    const { outputText } = ts.transpileModule(await readFile(path.join(repoRoot, rel), "utf8"), {
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    const out = path.join(outDir, rel.replace(/\.ts$/, ".js"));
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, outputText);
  }
  await writeFile(path.join(outDir, "package.json"), '{ "type": "module" }');
  await symlink(path.join(repoRoot, "node_modules"), path.join(outDir, "node_modules"), "junction");
  const script = path.join(outDir, "writer.js");
  await writeFile(script, CHILD_WRITER);
  return script;
}

/** Four concurrent writers; each id is printed only after putMany resolved. */
const CHILD_WRITER = `
import { createHash, randomBytes } from "node:crypto";
import { pino } from "pino";
import { LocalBlobStore } from "./src/server/blob/local-blob-store.js";

const store = new LocalBlobStore({
  dir: process.argv[2],
  logger: pino({ level: "silent" }),
  packSizeCap: 256 * 1024,
});
async function writeForever() {
  for (;;) {
    const chunks = Array.from({ length: 4 }, () => {
      const data = randomBytes(500 + Math.floor(Math.random() * 20000));
      return { id: createHash("sha256").update(data).digest("hex"), data };
    });
    await store.putMany("acct", chunks);
    process.stdout.write(chunks.map((c) => c.id).join("\\n") + "\\n");
  }
}
await Promise.all([writeForever(), writeForever(), writeForever(), writeForever()]);
`;

/** Runs the writer until it has acknowledged `count` chunks, then SIGKILLs it. */
function runAndKill(script: string, dataDir: string, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
    const acked: string[] = [];
    let partial = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      acked.push(...lines);
      if (acked.length >= count) child.kill("SIGKILL");
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL") resolve(acked);
      else reject(new Error(`writer exited early (acked ${acked.length}): ${stderr}`));
    });
  });
}
