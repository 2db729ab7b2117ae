// Nothing is written outside the sync root, whatever the server sends (invariant 6).
// The real server refuses bad names itself, so the client's own defences are tested
// here directly: LocalFs and the Executor given hostile paths, a hostile Remote tree
// planned and run for real, and symlinks inside the root that point outside it.
import { sha256 } from "../support/server-api.js";
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openIndexDb } from "../../src/engine/index/index-db.js";
import { IndexStore } from "../../src/engine/index/index-store.js";
import type { PlannedOp } from "../../src/engine/planner/index.js";
import { RemoteClient } from "../../src/engine/remote/index.js";
import { IgnoreRules } from "../../src/engine/ignore/index.js";
import { SuffixPlaceholders } from "../../src/engine/placeholders/index.js";
import { Executor } from "../../src/engine/sync/executor.js";
import { LocalFs } from "../../src/engine/sync/local-fs.js";
import { CirrusError } from "../../src/shared/errors.js";
import type { Entry } from "../../src/shared/protocol.js";
import type { SyncEvent } from "../../src/shared/status.js";
import { snapshot, type TestClient } from "../support/clients.js";
import { useAccounts, useServer } from "../support/hooks.js";
import { removeDir, tempDir } from "../support/server-process.js";
import { NODE_FS } from "../../src/engine/env/file-system.js";

const HOSTILE_PATHS = [
  "..",
  "../escape.txt",
  "a/../../escape.txt",
  "/etc/passwd",
  "a//b",
  "nul\0byte.txt",
  "ctrl\u0007.txt",
  "back\\..\\slash.txt",
  ".",
  "",
];

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  return promise.then(
    () => null,
    (e: unknown) => (e instanceof CirrusError ? e.code : `not a CirrusError: ${String(e)}`),
  );
}

describe("LocalFs and the Executor refuse paths that leave the root", () => {
  let base: string;
  let root: string;
  let outside: string;
  let fs: LocalFs;

  beforeEach(async () => {
    base = await tempDir("defences");
    root = path.join(base, "root");
    outside = path.join(base, "outside");
    await mkdir(root);
    await mkdir(outside);
    await writeFile(path.join(outside, "secret.txt"), "secret");
    fs = new LocalFs(root, path.join(base, "trash"), Date.now, NODE_FS);
  });
  afterEach(async () => {
    await removeDir(base);
  });

  it("refuses every unsafe relative path with outside_root", async () => {
    for (const rel of HOSTILE_PATHS) {
      expect(await codeOf(fs.safePath(rel)), JSON.stringify(rel)).toBe("outside_root");
    }
    await expect(fs.safePath("docs/ok.txt")).resolves.toBe(path.join(root, "docs", "ok.txt"));
  });

  it("refuses to create, move, trash or remove anything through a hostile path", async () => {
    await writeFile(path.join(root, "inside.txt"), "inside");
    expect(await codeOf(fs.createFolder(".."))).toBe("outside_root");
    expect(await codeOf(fs.createFolder("../made-outside"))).toBe("outside_root");
    expect(await codeOf(fs.move("inside.txt", "../moved.txt"))).toBe("outside_root");
    expect(await codeOf(fs.move("../outside/secret.txt", "stolen.txt"))).toBe("outside_root");
    expect(await codeOf(fs.moveToTrash("../outside/secret.txt"))).toBe("outside_root");
    expect(await codeOf(fs.removeFile("../outside/secret.txt"))).toBe("outside_root");
    expect(await snapshot(base)).toEqual(
      new Map([
        ["outside", "dir/"],
        ["outside/secret.txt", sha256("secret")],
        ["root", "dir/"],
        ["root/inside.txt", sha256("inside")],
      ]),
    );
  });

  it("refuses to write through a symlinked folder inside the root", async () => {
    await symlink(outside, path.join(root, "link"));
    expect(await codeOf(fs.safePath("link/secret.txt"))).toBe("outside_root");
    expect(await codeOf(fs.createFolder("link/sub"))).toBe("outside_root");
    expect(await codeOf(fs.moveToTrash("link/secret.txt"))).toBe("outside_root");
    expect(await readFile(path.join(outside, "secret.txt"), "utf8")).toBe("secret");
  });

  it("turns hostile operations into outside_root failures and writes nothing", async () => {
    const index = new IndexStore(await openIndexDb(path.join(base, "index.db")));
    // Never contacted: every hostile op must fail before any network call.
    const remote = new RemoteClient({ baseUrl: "http://127.0.0.1:9", retries: 0 });
    try {
      const emptyHash = sha256("");
      const entry = (id: string, name: string): Entry => ({
        id,
        parentId: "root",
        name,
        kind: "file",
        size: 0,
        mtime: 1_700_000_000_000,
        hash: emptyHash,
        rev: 3,
        deleted: false,
        deviceId: "evil",
        chunkCount: 0,
        chunks: [],
      });
      index.applyRemoteChanges([entry("e1", ".."), entry("e2", "x")]);
      const content = { hash: emptyHash, size: 0, mtime: 1_700_000_000_000 };
      const ops: PlannedOp[] = [
        {
          type: "download",
          id: "e1",
          parentId: "root",
          name: "..",
          localPath: "../pwned.txt",
          content,
          rev: 3,
          replaces: null,
        },
        {
          type: "download",
          id: "e2",
          parentId: "root",
          name: "x",
          localPath: "link/pwned.txt",
          content,
          rev: 3,
          replaces: null,
        },
        { type: "createLocalFolder", id: "f1", parentId: "root", name: "..", localPath: ".." },
        {
          type: "createLocalFolder",
          id: "f2",
          parentId: "root",
          name: "x",
          localPath: "../made-outside",
        },
        {
          type: "moveLocal",
          id: "m1",
          parentId: "root",
          name: "x",
          fromPath: "../outside/secret.txt",
          toPath: "stolen.txt",
        },
        {
          type: "deleteLocal",
          id: "d1",
          kind: "file",
          localPath: "../outside/secret.txt",
          expected: null,
        },
      ];
      await symlink(outside, path.join(root, "link"));
      const executor = new Executor({
        index,
        remote,
        fs,
        scan: {
          tree: new Map(),
          diskPath: new Map(),
          stat: new Map(),
          busy: [],
          content: new Map(),
        },
        synced: new Map(),
        remoteTree: new Map(),
        rules: new IgnoreRules(),
        deviceName: "test",
        now: Date.now,
        emit: () => undefined,
        onBytesSent: () => undefined,
        onBytesReceived: () => undefined,
        onDemand: {
          enabled: false,
          provider: new SuffixPlaceholders(NODE_FS),
          isPinned: () => false,
        },
      });
      await executor.run(ops);
      expect(executor.done).toBe(0);
      expect(executor.failures.map((f) => f.code)).toEqual(ops.map(() => "outside_root"));
      expect(await snapshot(base)).toEqual(
        new Map([
          ["index.db", expect.any(String)],
          ["index.db-shm", expect.any(String)],
          ["index.db-wal", expect.any(String)],
          ["outside", "dir/"],
          ["outside/secret.txt", sha256("secret")],
          ["root", "dir/"],
          ["root/link", "symlink"],
        ]),
      );
    } finally {
      index.close();
      await remote.close();
    }
  });
});

describe("a hostile server and symlinks, in real sync rounds", () => {
  let outside: string;

  beforeEach(async () => {
    outside = await tempDir("outside");
    await writeFile(path.join(outside, "secret.txt"), "secret");
  });
  afterEach(async () => {
    await removeDir(outside);
  });
  // After the hooks above, so the accounts close before `outside` is removed.
  const accounts = useAccounts(useServer());

  it("leaves hostile names in the remote feed alone and writes nothing outside the root", async () => {
    const account = await accounts.create(1);
    const [a] = account.clients as [TestClient];
    await a.write("fine.txt", "fine");
    await a.syncClean();
    // As if the server's change feed had carried these (the real server refuses them).
    const bad = (id: string, parentId: string, name: string, kind: "file" | "folder"): Entry => ({
      id,
      parentId,
      name,
      kind,
      size: 0,
      mtime: 1_700_000_000_000,
      hash: kind === "file" ? sha256("") : null,
      rev: 1,
      deleted: false,
      deviceId: "evil",
      chunkCount: 0,
      ...(kind === "file" ? { chunks: [] } : {}),
    });
    const hostile = [
      bad("evil-dotdot", "root", "..", "folder"),
      bad("evil-child", "evil-dotdot", "pwned.txt", "file"),
      bad("evil-slash", "root", "../../escape.txt", "file"),
      bad("evil-nul", "root", "nul\0.txt", "file"),
      bad("evil-dot", "root", ".", "folder"),
      bad("evil-abs", "root", "/tmp/abs.txt", "file"),
    ];
    a.engine.index.applyRemoteChanges(hostile);
    const round = await a.folder.round();
    for (const entry of hostile) {
      expect(
        round.plan.deferred.map((d) => d.id),
        entry.name,
      ).toContain(entry.id);
    }
    expect(round.plan.ops).toEqual([]);
    expect(await a.tree()).toEqual(new Map([["fine.txt", sha256("fine")]]));
    const parent = path.dirname(a.root);
    expect(await lstat(path.join(parent, "pwned.txt")).catch(() => null)).toBeNull();
    expect(await lstat(path.join(parent, "escape.txt")).catch(() => null)).toBeNull();
  });

  it("reports a symlink inside the root, does not follow it, and writes nothing through it", async () => {
    const account = await accounts.create(2);
    const [a, b] = account.clients as [TestClient, TestClient];
    const outsideFile = path.join(outside, "secret.txt");
    await symlink(outside, a.abs("link"));
    await symlink(outsideFile, a.abs("filelink"));
    await a.write("real.txt", "real");
    const links: string[] = [];
    a.folder.onDidEvent((event: SyncEvent) => {
      if (event.type === "symlink") links.push(event.path);
    });
    const first = await a.syncClean();
    expect(first.symlinks.sort()).toEqual(["filelink", "link"]);
    expect(links.sort()).toEqual(expect.arrayContaining(["filelink", "link"]));
    expect([...(await account.serverTree()).keys()]).toEqual(["real.txt"]);

    // Another device makes a real folder "link" and a real file "filelink": syncing them
    // to A must not write into the folder the link points to, nor replace its target.
    await b.syncClean();
    await b.write("link/new.txt", "through the link?");
    await b.write("filelink", "over the target?");
    await b.syncClean();
    const round = await a.sync();
    // Each write that would go through a link is refused and reported, every round.
    const failed = new Map(round.failures.map((f) => [f.path, f.code]));
    expect(failed.get("link/new.txt")).toBe("outside_root");
    expect(failed.get("link")).toBe("name_conflict");
    expect(failed.get("filelink")).toBe("name_conflict");
    expect(await snapshot(outside)).toEqual(new Map([["secret.txt", sha256("secret")]]));
    expect(await readlink(a.abs("link"))).toBe(outside);
    expect(await readlink(a.abs("filelink"))).toBe(outsideFile);
    expect(await readFile(outsideFile, "utf8")).toBe("secret");
  });
});
