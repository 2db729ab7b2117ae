import { describe, expect, it } from "vitest";
import { clientStatus } from "./test-support/status.js";
import { trayMenu, type TrayAction, type TrayMenuItem } from "./tray-menu.js";

function action(items: TrayMenuItem[], id: TrayAction) {
  const item = items.find((i) => i.kind === "action" && i.action === id);
  if (item?.kind !== "action") throw new Error(`no ${id}`);
  return item;
}

describe("trayMenu", () => {
  it("offers every action, with the status on top", () => {
    const items = trayMenu(clientStatus());
    expect(items[0]).toEqual({ kind: "status", label: "Up to date" });
    const actions = items.flatMap((i) => (i.kind === "action" ? [i.action] : []));
    expect(actions).toEqual([
      "openFolder",
      "openPopup",
      "togglePause",
      "syncNow",
      "settings",
      "quit",
    ]);
  });

  it("pauses when running and resumes when the user paused", () => {
    expect(action(trayMenu(clientStatus()), "togglePause").label).toBe("Pause Syncing");
    const paused = trayMenu(clientStatus({ pauseReason: "user" }));
    expect(action(paused, "togglePause").label).toBe("Resume Syncing");
    expect(action(paused, "syncNow").enabled).toBe(false);
  });

  it("does not offer resume for a metered pause, which lifts by itself", () => {
    const items = trayMenu(clientStatus({ pauseReason: "metered" }));
    expect(action(items, "togglePause").label).toBe("Pause Syncing");
    expect(items[0]).toEqual({ kind: "status", label: "Paused on a metered network" });
  });

  it("disables folder actions before sign-in", () => {
    const items = trayMenu(
      clientStatus({
        account: null,
        folder: null,
        settings: { ...clientStatus().settings, folder: null },
      }),
    );
    expect(action(items, "openFolder").enabled).toBe(false);
    expect(action(items, "togglePause").enabled).toBe(false);
    expect(action(items, "syncNow").enabled).toBe(false);
    expect(action(items, "openPopup").enabled).toBe(true);
    expect(action(items, "quit").enabled).toBe(true);
  });

  it("still lets a person quit or open settings while the engine starts", () => {
    const items = trayMenu(null);
    expect(items[0]).toEqual({ kind: "status", label: "Starting…" });
    expect(action(items, "quit").enabled).toBe(true);
    expect(action(items, "settings").enabled).toBe(true);
    expect(action(items, "syncNow").enabled).toBe(false);
  });
});
