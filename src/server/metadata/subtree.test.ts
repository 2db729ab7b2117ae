// The subtree a delete moves to the trash: found by (account, parent) lookups from the
// deleted entry down, never by a scan of the account's entries (which made a folder
// delete cost seconds in an account of 100,000 files), and deepest first.
import type Database from "better-sqlite3";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openMetadataDb } from "./sqlite-db.js";
import { SUBTREE_DEEPEST_FIRST } from "./sqlite-entries.js";

describe("an entry's subtree", () => {
  let dir: string;
  let db: Database.Database;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cirrus-subtree-"));
    db = openMetadataDb(path.join(dir, "metadata.db"));
    const account = db.prepare(
      "INSERT INTO accounts (name, password_hash, created_at) VALUES (?, 'x', 0)",
    );
    account.run("ada");
    account.run("bob");
    const entry = db.prepare(
      `INSERT INTO entries (account_id, id, parent_id, name, kind, size, rev, deleted)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let rev = 0;
    const put = (
      accountId: number,
      id: string,
      parent: string | null,
      kind: string,
      size = 0,
      deleted = 0,
    ) => entry.run(accountId, id, parent, id, kind, size, ++rev, deleted);
    put(1, "root", null, "folder");
    put(1, "photos", "root", "folder");
    put(1, "year", "photos", "folder");
    put(1, "beach", "year", "file", 7);
    put(1, "cover", "photos", "file", 3);
    put(1, "gone", "photos", "file", 5, 1);
    put(1, "docs", "root", "folder");
    put(1, "note", "docs", "file", 2);
    // Another account's entry under a folder id that is equal by chance.
    put(2, "intruder", "photos", "file", 9);
  });
  afterEach(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("looks children up by account and parent, and entries by their key", () => {
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${SUBTREE_DEEPEST_FIRST}`)
      .all("photos", 1, 1)
      .map((row) => (row as { detail: string }).detail);
    const onEntries = plan.filter((detail) => / e\b/.test(detail));
    expect(onEntries).toEqual([
      expect.stringMatching(
        /^SEARCH e USING INDEX entries_parent \(account_id=\? AND parent_id=\?\)/,
      ),
      expect.stringMatching(/^SEARCH e USING INDEX \w+ \(account_id=\? AND id=\?\)/),
    ]);
  });

  it("holds the live entries below, deepest first, of that account only", () => {
    const rows = db.prepare(SUBTREE_DEEPEST_FIRST).all("photos", 1, 1) as { id: string }[];
    const ids = rows.map((row) => row.id);
    expect(ids.slice(0, 1)).toEqual(["beach"]);
    expect(ids.slice(1, 3).sort()).toEqual(["cover", "year"]);
    expect(ids.slice(3)).toEqual(["photos"]);
  });
});
