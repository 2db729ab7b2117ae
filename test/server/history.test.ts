// Version history and the trash: listing, restoring, retention and purging.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../src/shared/protocol.js";
import {
  expectCode,
  fileOf,
  loginAsNewUser,
  mkdir,
  okEntry,
  putFile,
  type SignedIn,
} from "../support/server-api.js";
import { removeDir, startServerProcess, type ServerProcess } from "../support/server-process.js";

describe("versions and trash (--keep-versions 3)", () => {
  let server: ServerProcess;
  let user: SignedIn;

  beforeAll(async () => {
    server = await startServerProcess({ args: ["--keep-versions", "3"] });
    user = await loginAsNewUser(server);
  });

  afterAll(async () => {
    // Stop the server first, so that it is never left running if setup failed half-way.
    await server.stop();
    await removeDir(server.dataDir);
    await user.client.close();
  });

  /** Commit `texts` as successive versions of one new file; returns every entry. */
  async function saveVersions(parentId: string, name: string, texts: string[]): Promise<Entry[]> {
    const entries: Entry[] = [];
    for (const text of texts) {
      const last = entries.at(-1);
      entries.push(
        await putFile(user.client, fileOf(text), {
          parentId,
          name,
          ...(last ? { id: last.id, baseRev: last.rev } : {}),
        }),
      );
    }
    return entries;
  }

  async function contentOf(id: string): Promise<string> {
    const { chunks } = await user.client.manifest(id);
    const data = await user.client.fetchChunks((chunks ?? []).map((c) => c.id));
    return Buffer.concat(data.map((c) => c.data)).toString();
  }

  it("lists a file's versions newest first, marking the current one", async () => {
    const dir = await mkdir(user.client, "list");
    const saved = await saveVersions(dir.id, "notes.txt", ["one", "two!"]);
    const versions = await user.client.versions(saved[0]!.id);
    expect(versions.map((v) => [v.rev, v.size, v.current, v.deviceId])).toEqual([
      [saved[1]!.rev, 4, true, user.deviceId],
      [saved[0]!.rev, 3, false, user.deviceId],
    ]);
    expect(versions[0]!.hash).toBe(fileOf("two!").hash);
  });

  it("restores an old version as a new current version with the old content", async () => {
    const dir = await mkdir(user.client, "restore");
    const saved = await saveVersions(dir.id, "essay.txt", ["good draft", "ruined draft"]);
    const id = saved[0]!.id;
    const old = (await user.client.versions(id)).find((v) => v.rev === saved[0]!.rev)!;

    const restored = await user.client.restoreVersion(id, old.id);
    expect(restored).toMatchObject({ id, name: "essay.txt", size: old.size, hash: old.hash });
    expect(restored.rev).toBeGreaterThan(saved[1]!.rev);
    expect(await contentOf(id)).toBe("good draft");

    // History is not rewritten: the ruined draft is still a version, behind the restore.
    const versions = await user.client.versions(id);
    expect(versions.map((v) => v.size)).toEqual([10, 12, 10]);
    expect(versions[0]).toMatchObject({ current: true, rev: restored.rev });

    // And the restore is a change other devices see.
    const feed = await user.client.changes(saved[1]!.rev);
    expect(feed.entries.map((e) => [e.id, e.rev])).toEqual([[id, restored.rev]]);
    await expectCode(user.client.restoreVersion(id, "no-such-version"), "not_found");
  });

  it("keeps only the newest 3 versions of a file", async () => {
    const dir = await mkdir(user.client, "retention");
    const saved = await saveVersions(dir.id, "busy.txt", ["v1", "v2", "v3", "v4", "v5"]);
    const versions = await user.client.versions(saved[0]!.id);
    expect(versions.map((v) => v.rev)).toEqual(
      saved
        .slice(2)
        .map((e) => e.rev)
        .reverse(),
    );
    expect(versions[0]!.current).toBe(true);
    // A manifest patch against a dropped version falls back to the full list.
    const manifest = await user.client.manifest(saved[0]!.id, saved[0]!.rev);
    expect(manifest.patch).toBeUndefined();
    expect(manifest.chunks).toEqual(fileOf("v5").refs);
  });

  it("lists deleted entries in the trash with where they were", async () => {
    const dir = await mkdir(user.client, "trash-list");
    const file = await putFile(user.client, fileOf("to be deleted"), {
      parentId: dir.id,
      name: "gone.txt",
    });
    const deleted = okEntry(
      (await user.client.ops([{ op: "delete", id: file.id, baseRev: file.rev }])).results[0],
    );
    expect(deleted.deleted).toBe(true);
    const item = (await user.client.trash()).find((t) => t.id === file.id);
    expect(item).toMatchObject({
      name: "gone.txt",
      kind: "file",
      size: 13,
      parentId: dir.id,
      path: "trash-list/gone.txt",
    });
    expect(item!.deletedAt).toBeGreaterThan(Date.now() - 60_000);
  });

  it("restores a trashed file, renamed ' (restored)' when its name is taken", async () => {
    const dir = await mkdir(user.client, "trash-restore");
    const first = await putFile(user.client, fileOf("original"), {
      parentId: dir.id,
      name: "plan.txt",
    });
    await user.client.ops([{ op: "delete", id: first.id, baseRev: first.rev }]);
    await putFile(user.client, fileOf("replacement"), { parentId: dir.id, name: "plan.txt" });

    const restored = await user.client.restoreTrash(first.id);
    expect(restored).toMatchObject({
      id: first.id,
      parentId: dir.id,
      name: "plan (restored).txt",
      deleted: false,
    });
    expect(await contentOf(first.id)).toBe("original");
    expect((await user.client.trash()).map((t) => t.id)).not.toContain(first.id);
    await expectCode(user.client.restoreTrash(first.id), "not_found");
  });

  it("restores a trashed folder with its contents, parents before children in the feed", async () => {
    const dir = await mkdir(user.client, "trash-folder");
    const top = await mkdir(user.client, "album", dir.id);
    const inner = await mkdir(user.client, "2024", top.id);
    const photo = await putFile(user.client, fileOf("jpeg bytes"), {
      parentId: inner.id,
      name: "a.jpg",
    });
    await user.client.ops([{ op: "delete", id: top.id, baseRev: top.rev }]);
    await mkdir(user.client, "album", dir.id); // the name is taken meanwhile
    const before = (await user.client.account()).cursor;

    const restored = await user.client.restoreTrash(top.id);
    expect(restored).toMatchObject({ name: "album (restored)", parentId: dir.id, deleted: false });
    const feed = await user.client.changes(before);
    expect(feed.entries.map((e) => [e.id, e.deleted])).toEqual([
      [top.id, false],
      [inner.id, false],
      [photo.id, false],
    ]);
    expect(await contentOf(photo.id)).toBe("jpeg bytes");
  });

  it("purges a trashed entry for good", async () => {
    const dir = await mkdir(user.client, "purge");
    const file = await putFile(user.client, fileOf("secret"), { parentId: dir.id, name: "s.txt" });
    await user.client.ops([{ op: "delete", id: file.id, baseRev: file.rev }]);
    await user.client.purgeTrash(file.id);

    expect((await user.client.trash()).map((t) => t.id)).not.toContain(file.id);
    await expectCode(user.client.restoreTrash(file.id), "not_found");
    await expectCode(user.client.versions(file.id), "not_found");
    await expectCode(user.client.entry(file.id), "not_found");
    await expectCode(user.client.purgeTrash(file.id), "not_found");
  });

  it("refuses to purge or restore an entry that is not in the trash", async () => {
    const dir = await mkdir(user.client, "not-trashed");
    await expectCode(user.client.purgeTrash(dir.id), "not_found");
    await expectCode(user.client.restoreTrash(dir.id), "not_found");
    expect(await user.client.entry(dir.id)).toMatchObject({ deleted: false });
  });
});
