import { describe, expect, it } from "vitest";
import { ActivityLog, type ActivityEvent } from "./activity-log.js";
import { activityDetail } from "./activity-text.js";

const event = (over: Partial<ActivityEvent> = {}): ActivityEvent => ({
  type: "activity",
  kind: "upload",
  path: "a.txt",
  bytesDone: 0,
  bytesTotal: 100,
  done: false,
  ...over,
});

describe("ActivityLog", () => {
  it("updates a running transfer in place and lists the newest first", () => {
    const log = new ActivityLog();
    log.apply(event({ path: "a.txt" }), 1);
    log.apply(event({ path: "b.txt" }), 2);
    log.apply(event({ path: "a.txt", bytesDone: 50 }), 3);
    expect(log.size).toBe(2);
    expect(log.newest(0)?.path).toBe("b.txt");
    expect(log.newest(1)).toMatchObject({ path: "a.txt", bytesDone: 50, updatedAt: 3 });
    expect(log.inProgress).toBe(2);
  });

  it("starts a new entry when the same file transfers again after finishing", () => {
    const log = new ActivityLog();
    log.apply(event({ bytesDone: 100, done: true }), 1);
    log.apply(event({ bytesDone: 10 }), 2);
    expect(log.size).toBe(2);
    expect(log.inProgress).toBe(1);
    expect(log.newest(1)?.done).toBe(true);
  });

  it("keeps uploads and downloads of one path apart", () => {
    const log = new ActivityLog();
    log.apply(event({ kind: "upload" }), 1);
    log.apply(event({ kind: "download" }), 2);
    expect(log.size).toBe(2);
  });

  it("keeps at most its capacity, dropping the oldest", () => {
    const log = new ActivityLog(10_000);
    for (let i = 0; i < 25_000; i++) log.apply(event({ path: `f${i}`, done: true }), i);
    expect(log.size).toBe(10_000);
    expect(log.newest(0)?.path).toBe("f24999");
    expect(log.newest(9_999)?.path).toBe("f15000");
    expect(log.newest(10_000)).toBeUndefined();
  });

  it("forgets a running transfer once it has been dropped", () => {
    const log = new ActivityLog(2);
    log.apply(event({ path: "slow" }), 1);
    log.apply(event({ path: "x", done: true }), 2);
    log.apply(event({ path: "y", done: true }), 3);
    expect(log.inProgress).toBe(0);
    log.apply(event({ path: "slow", bytesDone: 60 }), 4);
    expect(log.newest(0)).toMatchObject({ path: "slow", bytesDone: 60 });
  });

  it("bumps its version on every change", () => {
    const log = new ActivityLog();
    const before = log.version;
    log.apply(event(), 1);
    expect(log.version).toBeGreaterThan(before);
  });
});

describe("activityDetail", () => {
  const now = 10_000_000;
  it("shows byte progress while a transfer runs", () => {
    const log = new ActivityLog();
    const entry = log.apply(event({ bytesDone: 1024, bytesTotal: 4096 }), now);
    expect(activityDetail(entry, now)).toBe("Uploading · 1 KB of 4 KB");
  });

  it("says what happened and when once done", () => {
    const log = new ActivityLog();
    const entry = log.apply(event({ kind: "delete", bytesTotal: 0, done: true }), now - 120_000);
    expect(activityDetail(entry, now)).toBe("Deleted · 2 minutes ago");
    const upload = log.apply(
      event({ path: "b", bytesDone: 2048, bytesTotal: 2048, done: true }),
      now,
    );
    expect(activityDetail(upload, now)).toBe("Uploaded · 2 KB · just now");
  });

  it("says how far a transfer got and why it stopped", () => {
    const log = new ActivityLog();
    log.apply(event({ bytesDone: 1024, bytesTotal: 4096 }), now - 1000);
    const stopped = log.apply(
      event({ bytesDone: 2048, bytesTotal: 4096, done: true, error: "Paused" }),
      now,
    );
    expect(log.inProgress).toBe(0);
    expect(stopped.error).toBe("Paused");
    expect(activityDetail(stopped, now)).toBe("Upload stopped · 2 KB of 4 KB · Paused · just now");
    // The next attempt is an entry of its own, not a failed one brought back.
    const again = log.apply(event({ bytesDone: 100, bytesTotal: 4096 }), now);
    expect(again.error).toBeNull();
    expect(log.size).toBe(2);
  });
});
