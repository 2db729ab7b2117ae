import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientStatus } from "./test-support/status.js";
import {
  TRAY_STATES,
  allTrayIconFiles,
  engineDownView,
  formatBytes,
  trayIconFiles,
  trayView,
} from "./tray-state.js";

describe("trayView", () => {
  it("shows up to date when nothing is pending", () => {
    const view = trayView(clientStatus());
    expect(view.state).toBe("up-to-date");
    expect(view.tooltip).toBe("Cirrus: Up to date");
  });

  it("shows syncing with the files and bytes left in the tooltip", () => {
    const view = trayView(
      clientStatus({
        folder: {
          state: "syncing",
          pending: {
            uploads: 3,
            downloads: 9,
            deletes: 0,
            moves: 0,
            bytesToSend: 1_200_000,
            bytesToReceive: 2_200_000,
          },
        },
      }),
    );
    expect(view.state).toBe("syncing");
    expect(view.tooltip).toBe("Cirrus: Syncing 12 files, 3.4 MB left");
  });

  it("counts pending work as syncing even between rounds", () => {
    const view = trayView(
      clientStatus({
        folder: {
          pending: {
            uploads: 1,
            downloads: 0,
            deletes: 0,
            moves: 0,
            bytesToSend: 0,
            bytesToReceive: 0,
          },
        },
      }),
    );
    expect(view).toMatchObject({ state: "syncing", summary: "Syncing 1 file" });
  });

  it("shows a scan as syncing", () => {
    expect(trayView(clientStatus({ folder: { state: "scanning" } })).summary).toBe(
      "Looking for changes",
    );
  });

  it("says why syncing is paused", () => {
    expect(trayView(clientStatus({ pauseReason: "user" })).summary).toBe("Paused");
    expect(trayView(clientStatus({ pauseReason: "metered" })).summary).toBe(
      "Paused on a metered network",
    );
    expect(trayView(clientStatus({ pauseReason: "battery" }))).toMatchObject({
      state: "paused",
      summary: "Paused on battery power",
    });
  });

  it("shows offline", () => {
    expect(trayView(clientStatus({ folder: { state: "offline" } })).state).toBe("offline");
  });

  it("shows conflicts left to resolve once sync is idle", () => {
    const view = trayView(clientStatus({ folder: { conflicts: 2 } }));
    expect(view).toMatchObject({ state: "conflicts", summary: "2 conflicts to resolve" });
  });

  it("keeps syncing in front of conflicts but still mentions them", () => {
    const view = trayView(clientStatus({ folder: { state: "syncing", conflicts: 1 } }));
    expect(view.state).toBe("syncing");
    expect(view.summary).toBe("Syncing · 1 conflict");
  });

  it("puts an error before everything else", () => {
    const view = trayView(
      clientStatus({
        pauseReason: "user",
        folder: {
          state: "error",
          conflicts: 3,
          lastError: { code: "sync_root_missing", message: "the Cirrus folder is missing" },
        },
      }),
    );
    expect(view).toMatchObject({
      state: "error",
      summary: "Error: the Cirrus folder is missing",
    });
  });

  it("shows files that wait for a person as an error, not retried hiccups", () => {
    const stuck = { path: "a.txt", code: "permission_denied", message: "denied", retryAt: null };
    const retried = { path: "b.txt", code: "file_busy", message: "busy", retryAt: 5 };
    expect(trayView(clientStatus({ folder: { issues: [retried] } })).state).toBe("up-to-date");
    expect(trayView(clientStatus({ folder: { issues: [stuck, retried] } }))).toMatchObject({
      state: "error",
      summary: "1 file can't sync",
    });
  });

  it("asks for confirmation of a pending mass delete", () => {
    const view = trayView(
      clientStatus({ folder: { massDeletePending: { count: 1500, paths: [], where: "here" } } }),
    );
    expect(view).toMatchObject({
      state: "error",
      summary: "Waiting for you to confirm deleting 1,500 files",
    });
  });

  it("shows signed-out and folderless clients as offline", () => {
    expect(trayView(clientStatus({ account: null }))).toMatchObject({
      state: "offline",
      summary: "Not signed in",
    });
    expect(trayView(clientStatus({ folder: null })).summary).toBe("No folder chosen");
  });

  it("keeps tooltips within Windows' 127 characters", () => {
    const view = trayView(
      clientStatus({
        folder: { state: "error", lastError: { code: "internal", message: "x".repeat(300) } },
      }),
    );
    expect(view.tooltip.length).toBeLessThanOrEqual(127);
    expect(view.tooltip.endsWith("…")).toBe(true);
  });

  it("shows an engine that could not start as an error", () => {
    expect(engineDownView("keychain unavailable")).toMatchObject({ state: "error" });
    expect(engineDownView(null)).toMatchObject({ state: "offline", summary: "Starting…" });
  });
});

describe("formatBytes", () => {
  it("uses decimal units with one decimal below ten", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1500)).toBe("1.5 kB");
    expect(formatBytes(3_400_000)).toBe("3.4 MB");
    expect(formatBytes(45_000_000_000)).toBe("45 GB");
  });
});

describe("trayIconFiles", () => {
  it("uses template images on macOS", () => {
    expect(trayIconFiles("syncing", "darwin")).toEqual({
      file: "syncingTemplate.png",
      files: ["syncingTemplate.png", "syncingTemplate@2x.png"],
      size: 16,
      template: true,
    });
  });

  it("uses 16 px colour icons on Windows and 22 px on Linux", () => {
    expect(trayIconFiles("error", "win32")).toMatchObject({ file: "error.png", size: 16 });
    expect(trayIconFiles("error", "linux")).toMatchObject({ file: "error-linux.png", size: 22 });
  });

  it("names a distinct file for every state and platform", () => {
    const files = allTrayIconFiles();
    expect(new Set(files).size).toBe(files.length);
    expect(files).toHaveLength(TRAY_STATES.length * 3 * 2);
  });
});

describe("assets/tray", () => {
  /** Width, height and colour type from a PNG's IHDR. */
  function pngHeader(file: string) {
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
  }

  it("holds every icon the tray asks for, at its size", () => {
    const dir = path.resolve(import.meta.dirname, "../../assets/tray");
    for (const platform of ["win32", "darwin", "linux"] as const) {
      for (const state of TRAY_STATES) {
        const icon = trayIconFiles(state, platform);
        const [one, two] = icon.files.map((f) => pngHeader(path.join(dir, f)));
        expect(one).toEqual({ width: icon.size, height: icon.size, colourType: 6 });
        expect(two).toEqual({ width: icon.size * 2, height: icon.size * 2, colourType: 6 });
      }
    }
  });

  it("has a 512×512 app icon", () => {
    const icon = pngHeader(path.resolve(import.meta.dirname, "../../assets/icon.png"));
    expect(icon).toMatchObject({ width: 512, height: 512 });
  });
});
