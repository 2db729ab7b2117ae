import { describe, expect, it } from "vitest";
import type { SyncEvent } from "../shared/status.js";
import { NotificationGate, notificationFor } from "./notifications.js";

const conflict: SyncEvent = {
  type: "conflict",
  conflict: {
    id: 1,
    entryId: "e1",
    baseRev: 3,
    path: "reports/q3.docx",
    conflictPath: "reports/q3 (conflict).docx",
    localDevice: "laptop",
    remoteDevice: "desktop",
    createdAt: 1,
  },
};

describe("notificationFor", () => {
  it("announces a new conflict and opens the conflicts window", () => {
    expect(notificationFor(conflict)).toMatchObject({
      title: "Conflict in q3.docx",
      body: expect.stringContaining("desktop") as unknown,
      target: "conflicts",
      critical: false,
    });
  });

  it("asks to sign in again when the token expired, even with notifications off", () => {
    const spec = notificationFor({
      type: "issue",
      issue: { path: "", code: "unauthorized", message: "token revoked", retryAt: null },
    });
    expect(spec).toMatchObject({
      title: "Sign in to Cirrus again",
      target: "sign-in",
      critical: true,
    });
  });

  it("reports errors that wait for a person, not the ones retried", () => {
    const stuck = notificationFor({
      type: "issue",
      issue: {
        path: "a/b.txt",
        code: "permission_denied",
        message: "permission denied",
        retryAt: null,
      },
    });
    expect(stuck).toMatchObject({ title: "Can't sync b.txt", body: "permission denied" });
    const retried = notificationFor({
      type: "issue",
      issue: { path: "a/b.txt", code: "file_busy", message: "busy", retryAt: 10 },
    });
    expect(retried).toBeNull();
  });

  it("asks to confirm a mass delete", () => {
    const spec = notificationFor({
      type: "massDelete",
      count: 2500,
      paths: [],
      where: "elsewhere",
    });
    expect(spec).toMatchObject({ title: "Delete 2,500 files?", target: "popup", critical: true });
  });

  it("stays quiet for progress and routine events", () => {
    const quiet: SyncEvent[] = [
      { type: "state", state: "syncing" },
      { type: "activity", kind: "upload", path: "a", bytesDone: 1, bytesTotal: 2, done: false },
      { type: "synced", at: 1 },
      { type: "symlink", path: "link" },
    ];
    for (const event of quiet) expect(notificationFor(event)).toBeNull();
  });
});

describe("NotificationGate", () => {
  it("drops a repeat of the same notification within the quiet period", () => {
    let now = 0;
    const gate = new NotificationGate(() => now, 60_000);
    const spec = notificationFor(conflict)!;
    expect(gate.admit(spec, true)).toBe(true);
    now = 30_000;
    expect(gate.admit(spec, true)).toBe(false);
    now = 61_000;
    expect(gate.admit(spec, true)).toBe(true);
  });

  it("lets only critical notifications through when the user turned them off", () => {
    const gate = new NotificationGate(() => 0);
    expect(gate.admit(notificationFor(conflict)!, false)).toBe(false);
    expect(
      gate.admit(
        notificationFor({ type: "massDelete", count: 9, paths: [], where: "here" })!,
        false,
      ),
    ).toBe(true);
  });
});
