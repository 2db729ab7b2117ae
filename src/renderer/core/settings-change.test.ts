import { describe, expect, it } from "vitest";
import type { Settings } from "../../shared/client-api.js";
import { settingsChange, type SettingsFormValues } from "./settings-change.js";

const current: Settings = {
  folder: "/home/ann/Cirrus",
  onDemand: false,
  bandwidth: { up: 0, down: 512 * 1024 },
  pauseOnMetered: true,
  pauseOnBattery: false,
  startAtLogin: true,
  notifications: true,
  ignorePatterns: "*.tmp\n",
};

const form = (over: Partial<SettingsFormValues> = {}): SettingsFormValues => ({
  folder: "/home/ann/Cirrus",
  ignorePatterns: "*.tmp\n",
  onDemand: false,
  upKib: "0",
  downKib: "512",
  pauseOnBattery: false,
  pauseOnMetered: true,
  startAtLogin: true,
  notifications: true,
  ...over,
});

describe("settingsChange", () => {
  it("sends nothing when nothing changed", () => {
    expect(settingsChange(current, form())).toEqual({ ok: true, change: {} });
  });

  it("sends only the fields that changed, bandwidth in bytes per second", () => {
    expect(
      settingsChange(current, form({ upKib: "100", onDemand: true, ignorePatterns: "" })),
    ).toEqual({
      ok: true,
      change: {
        bandwidth: { up: 100 * 1024, down: 512 * 1024 },
        onDemand: true,
        ignorePatterns: "",
      },
    });
  });

  it("does not rewrite a limit set to a byte value the form rounds", () => {
    const odd = { ...current, bandwidth: { up: 1000, down: 512 * 1024 } };
    expect(settingsChange(odd, form({ upKib: "1" }))).toEqual({ ok: true, change: {} });
  });

  it("points at the field with a bad number", () => {
    expect(settingsChange(current, form({ downKib: "lots" }))).toMatchObject({
      ok: false,
      field: "downKib",
    });
    expect(settingsChange(current, form({ upKib: "-1" }))).toMatchObject({
      ok: false,
      field: "upKib",
    });
  });

  it("refuses to clear the sync folder and trims a new one", () => {
    expect(settingsChange(current, form({ folder: "  " }))).toMatchObject({
      ok: false,
      field: "folder",
    });
    expect(settingsChange(current, form({ folder: " /data/Cirrus " }))).toEqual({
      ok: true,
      change: { folder: "/data/Cirrus" },
    });
  });
});
