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

  it("keeps every acknowledged chunk when the writing process is SIGKILLed at arbitrary moments", async () => {
    const dir = await tempDir();
    const script = await buildChildWriter(await tempDir());
    const acked = new Set<string>();
    // Several crashes on the same data, each a little later relative to the writes.
    for (const delayMs of [0, 7, 19]) {
      const run = await runChild(script, [dir, "run"], { killAfterAcks: 200, delayMs });
      for (const id of run.acked) acked.add(id);
      const store = openStore(dir);
      for (const id of acked) {
        const data = await store.get("acct", id);
        expect(data === null ? null : sha256(data)).toBe(id);
      }
      await store.close();
    }
  });

  it("drops the bytes of a batch killed between its pack write and its index commit, and nothing else", async () => {
    const dir = await tempDir();
    const script = await buildChildWriter(await tempDir());
    // The child kills itself inside the fsync of the first batch after 100 acks.
    const run = await runChild(script, [dir, "die-at-fsync", "100"], {});
    const acked = new Set(run.acked);
    const unacked = run.written.filter((id) => !acked.has(id));
    expect(unacked.length).toBeGreaterThan(0);

    const { logger, messages } = captureLogs();
    const store = openStore(dir, { logger });
    expect(messages.some((m) => m.includes("trimmed unindexed bytes"))).toBe(true);
    expect(await store.missing("acct", run.acked)).toEqual([]);
    expect(await store.missing("acct", unacked)).toEqual(unacked);
    // The repaired store takes writes, and a clean restart finds nothing to fix.
    const after = chunk("after recovery");
    await store.putMany("acct", [after]);
    await store.close();
    messages.length = 0;
    const reopened = openStore(dir, { logger });
    expect(await reopened.get("acct", after.id)).toEqual(after.data);
    expect(await reopened.missing("acct", run.acked)).toEqual([]);
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

/**
 * Four concurrent writers. "W id" is printed before putMany, "A id" once it resolved.
 * In "die-at-fsync" mode, after argv[4] acks every fsync becomes a SIGKILL of the
 * process itself: the crash lands exactly between a batch's pack write and its commit.
 */
const CHILD_WRITER = `
import { createHash, randomBytes } from "node:crypto";
import { open } from "node:fs/promises";
import { pino } from "pino";
import { LocalBlobStore } from "./src/server/blob/local-blob-store.js";

const [dir, mode, armAfter] = process.argv.slice(2);
const store = new LocalBlobStore({ dir, logger: pino({ level: "silent" }), packSizeCap: 256 * 1024 });
const probe = await open(process.argv[1], "r");
const FileHandleProto = Object.getPrototypeOf(probe);
await probe.close();
let acks = 0;

async function writeForever() {
  for (;;) {
    const chunks = Array.from({ length: 4 }, () => {
      const data = randomBytes(500 + Math.floor(Math.random() * 20000));
      return { id: createHash("sha256").update(data).digest("hex"), data };
    });
    process.stdout.write(chunks.map((c) => "W " + c.id + "\\n").join(""));
    await store.putMany("acct", chunks);
    process.stdout.write(chunks.map((c) => "A " + c.id + "\\n").join(""));
    acks += chunks.length;
    if (mode === "die-at-fsync" && acks >= Number(armAfter)) {
      FileHandleProto.datasync = FileHandleProto.sync = () => process.kill(process.pid, "SIGKILL");
    }
  }
}
await Promise.all([writeForever(), writeForever(), writeForever(), writeForever()]);
`;

interface ChildRun {
  written: string[];
  acked: string[];
}

/**
 * Runs the writer until it dies of SIGKILL: its own, or ours once it has acked
 * `killAfterAcks` chunks (plus `delayMs`). Lines still in the pipe are read to the end.
 */
function runChild(
  script: string,
  args: string[],
  { killAfterAcks, delayMs = 0 }: { killAfterAcks?: number; delayMs?: number },
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const run: ChildRun = { written: [], acked: [] };
    let partial = "";
    let stderr = "";
    let killing = false;
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines)
        (line.startsWith("A ") ? run.acked : run.written).push(line.slice(2));
      if (killAfterAcks !== undefined && run.acked.length >= killAfterAcks && !killing) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (_code, signal) => {
      if (signal === "SIGKILL") resolve(run);
      else
        reject(
          new Error(`writer exited without being killed (acked ${run.acked.length}): ${stderr}`),
        );
    });
  });
}
