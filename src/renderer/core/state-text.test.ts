import { describe, expect, it } from "vitest";
import type { ClientStatus } from "../../shared/client-api.js";
import type { FolderStatus } from "../../shared/status.js";
import { describeStatus, pauseControl, workLeft } from "./state-text.js";

const now = Date.UTC(2025, 0, 10, 12, 0, 0);

function folder(over: Partial<FolderStatus> = {}): FolderStatus {
  return {
    folder: "/home/a/Cirrus",
    state: "idle",
    counts: { files: 10, folders: 2, bytes: 1000 },
    pending: { uploads: 0, downloads: 0, deletes: 0, moves: 0, bytesToSend: 0, bytesToReceive: 0 },
    lastError: null,
    lastSyncAt: now - 120_000,
    bytesSent: 0,
    bytesReceived: 0,
    issues: [],
    conflicts: 0,
    massDeletePending: null,
    ...over,
  };
}

function status(over: Partial<ClientStatus> = {}, f: Partial<FolderStatus> = {}): ClientStatus {
  return {
    account: {
      server: "https://c.example",
      user: "ann",
      deviceId: "d1",
      deviceName: "Laptop",
      embedded: false,
    },
    folder: folder(f),
    pauseReason: null,
    storage: null,
    settings: {
      folder: "/home/a/Cirrus",
      onDemand: false,
      bandwidth: { up: 0, down: 0 },
      pauseOnMetered: false,
      pauseOnBattery: false,
      startAtLogin: false,
      notifications: true,
      ignorePatterns: "",
    },
    ...over,
  };
}

describe("describeStatus", () => {
  it("says up to date with the last sync time when idle", () => {
    expect(describeStatus(status(), now)).toEqual({
      tone: "ok",
      heading: "Up to date",
      detail: "Last synced 2 minutes ago.",
    });
  });

  it("counts files and bytes left while syncing", () => {
    const text = describeStatus(
      status(
        {},
        {
          state: "syncing",
          pending: {
            uploads: 3,
            downloads: 2,
            deletes: 1,
            moves: 0,
            bytesToSend: 2 * 1024 * 1024,
            bytesToReceive: 1024 * 1024,
          },
        },
      ),
      now,
    );
    expect(text.tone).toBe("busy");
    expect(text.heading).toBe("Syncing");
    expect(text.detail).toBe("6 files left · 3 MB");
  });

  it("explains why it is paused", () => {
    expect(describeStatus(status({ pauseReason: "user" }, { state: "paused" }), now).detail).toBe(
      "You paused syncing.",
    );
    expect(
      describeStatus(status({ pauseReason: "metered" }, { state: "paused" }), now).detail,
    ).toBe("Paused on a metered network.");
    expect(
      describeStatus(status({ pauseReason: "battery" }, { state: "paused" }), now).heading,
    ).toBe("Paused");
  });

  it("shows offline and error states with the engine's message", () => {
    expect(describeStatus(status({}, { state: "offline" }), now).heading).toBe("Offline");
    const error = describeStatus(
      status(
        {},
        {
          state: "error",
          lastError: { code: "sync_root_missing", message: "The folder is missing." },
        },
      ),
      now,
    );
    expect(error).toMatchObject({
      tone: "error",
      heading: "Sync stopped",
      detail: "The folder is missing.",
    });
  });

  it("puts waiting conflicts and problems first once idle", () => {
    expect(describeStatus(status({}, { conflicts: 2 }), now).heading).toBe("Conflicts are waiting");
    expect(describeStatus(status({}, { conflicts: 1 }), now).heading).toBe("A conflict is waiting");
    const issues = describeStatus(
      status({}, { issues: [{ path: "a", code: "file_busy", message: "busy", retryAt: null }] }),
      now,
    );
    expect(issues.heading).toBe("1 file couldn't sync");
    expect(issues.detail).toBe("Some need your attention.");
  });

  it("lets a pending mass delete outrank every other state", () => {
    const text = describeStatus(
      status({}, { state: "error", massDeletePending: { count: 250, paths: [], where: "here" } }),
      now,
    );
    expect(text.heading).toBe("Waiting for your confirmation");
    expect(text.detail).toContain("250 files");
  });

  it("asks to set up when there is no account or folder", () => {
    expect(describeStatus(status({ account: null }), now).tone).toBe("setup");
    expect(describeStatus(status({ folder: null }), now).heading).toBe("No folder to sync");
  });
});

describe("pauseControl", () => {
  it("offers Resume only when the person paused (or the reason is unknown)", () => {
    expect(pauseControl(status())).toBe("pause");
    expect(pauseControl(status({ pauseReason: "user" }, { state: "paused" }))).toBe("resume");
    expect(pauseControl(status({ pauseReason: null }, { state: "paused" }))).toBe("resume");
    expect(pauseControl(status({ pauseReason: "battery" }, { state: "paused" }))).toBe("pause");
    expect(pauseControl(status({ folder: null }))).toBe("none");
  });
});

describe("workLeft", () => {
  it("says preparing when nothing is counted yet", () => {
    expect(workLeft(folder({ state: "syncing" }))).toBe("Preparing changes…");
  });
});
