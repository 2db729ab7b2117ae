// Builders of ClientStatus values for the main process's unit tests (not built).
import type { ClientStatus } from "../../shared/client-api.js";
import { noPendingWork, type FolderStatus } from "../../shared/status.js";

export function folderStatus(change: Partial<FolderStatus> = {}): FolderStatus {
  return {
    folder: "/home/ada/Cirrus",
    state: "idle",
    counts: { files: 10, folders: 2, bytes: 1000 },
    pending: noPendingWork(),
    lastError: null,
    lastSyncAt: 1_700_000_000_000,
    bytesSent: 0,
    bytesReceived: 0,
    issues: [],
    conflicts: 0,
    massDeletePending: null,
    ...change,
  };
}

export function clientStatus(
  change: Partial<Omit<ClientStatus, "folder">> & { folder?: Partial<FolderStatus> | null } = {},
): ClientStatus {
  const { folder, ...rest } = change;
  return {
    account: {
      server: "https://cirrus.example",
      user: "ada",
      deviceId: "dev-1",
      deviceName: "laptop",
      embedded: false,
    },
    folder: folder === null ? null : folderStatus(folder),
    pauseReason: null,
    storage: { usedBytes: 0, quotaBytes: null },
    settings: {
      folder: "/home/ada/Cirrus",
      onDemand: false,
      bandwidth: { up: 0, down: 0 },
      pauseOnMetered: false,
      pauseOnBattery: false,
      startAtLogin: false,
      notifications: true,
      ignorePatterns: "",
    },
    ...rest,
  };
}
