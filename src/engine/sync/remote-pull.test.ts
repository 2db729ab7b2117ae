import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BatchResponse, Entry } from "../../shared/protocol.js";
import type { IndexStore } from "../index/index-store.js";
import { TempIndex } from "../index/testing.js";
import { followOwnBatch } from "./remote-pull.js";

const entry = (rev: number): Entry => ({
  id: `e${rev}`,
  parentId: "root",
  name: `f${rev}`,
  kind: "file",
  size: 1,
  mtime: 0,
  hash: "a".repeat(64),
  rev,
  deviceId: "d",
  deleted: false,
  chunkCount: 1,
});

const ok = (rev: number) => ({ ok: true as const, entry: entry(rev) });

describe("followOwnBatch", () => {
  let temp: TempIndex;
  let index: IndexStore;
  beforeEach(async () => {
    temp = await TempIndex.open("cirrus-follow-");
    index = temp.index;
    index.setState("cursor", "10");
  });
  afterEach(() => temp.close());

  const cursor = () => index.getState("cursor");
  const follow = (response: BatchResponse) => {
    followOwnBatch(index, response);
  };

  it("moves the cursor past a batch that was the only change since this device's cursor", () => {
    follow({ since: 10, cursor: 13, results: [ok(11), ok(12), ok(13)] });
    expect(cursor()).toBe("13");
  });

  it("counts results that changed nothing (an existing folder) without needing them", () => {
    follow({ since: 10, cursor: 12, results: [ok(4), ok(11), ok(12)] });
    expect(cursor()).toBe("12");
  });

  it("keeps the cursor when another change came between (a revision no result carries)", () => {
    follow({ since: 10, cursor: 13, results: [ok(11), ok(13)] });
    expect(cursor()).toBe("10");
  });

  it("keeps the cursor when the batch did not start at this device's cursor", () => {
    follow({ since: 11, cursor: 13, results: [ok(12), ok(13)] });
    expect(cursor()).toBe("10");
  });

  it("keeps the cursor when a failed op left a gap or the server did not say where it began", () => {
    const failed = { ok: false as const, error: { code: "stale_base", message: "changed" } };
    follow({ since: 10, cursor: 12, results: [ok(11), failed] });
    expect(cursor()).toBe("10");
    follow({ cursor: 11, results: [ok(11)] });
    expect(cursor()).toBe("10");
  });
});
