// Settings: the account, the sync options, and this account's devices.
import type { Settings } from "../../../shared/client-api.js";
import type { AppContext, Screen } from "../../app/context.js";
import { backLink, pageHeading } from "../../dom/blocks.js";
import { h } from "../../dom/h.js";
import { accountSection } from "./account-section.js";
import { devicesSection } from "./devices-section.js";
import { settingsForm } from "./settings-form.js";

function defaultSettings(): Settings {
  return {
    folder: null,
    onDemand: false,
    bandwidth: { up: 0, down: 0 },
    pauseOnMetered: false,
    pauseOnBattery: false,
    startAtLogin: false,
    notifications: true,
    ignorePatterns: "",
  };
}

export function settingsScreen(ctx: AppContext): Screen {
  // The router mounts screens only once the status has loaded.
  const status = ctx.store.status;
  let settings: Settings | null = status?.settings ?? null;
  const form = settingsForm({
    current: () => ctx.store.status?.settings ?? settings ?? defaultSettings(),
    save: async (change) => {
      await ctx.api.updateSettings(change);
      await ctx.store.refresh();
      settings = ctx.store.status?.settings ?? settings;
      if (settings) form.fill(settings);
    },
  });
  if (settings) form.fill(settings);

  const account = status?.account ?? null;
  const devices = account ? devicesSection(ctx) : null;
  const element = h(
    "div",
    { class: "screen settings-screen", testid: "screen-settings" },
    backLink(),
    pageHeading("Settings"),
    account
      ? accountSection(account, async () => {
          await ctx.api.signOut();
          await ctx.store.refresh();
        })
      : null,
    form.element,
    devices?.element ?? null,
  );
  if (devices) void devices.load();

  return { element, title: "Settings", dispose: () => undefined };
}
