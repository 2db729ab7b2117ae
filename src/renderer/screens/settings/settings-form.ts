// The settings form: sync folder, ignore patterns, files on demand, bandwidth limits,
// pause policies, start at login, notifications. One Save sends only what changed.
import type { Settings } from "../../../shared/client-api.js";
import { bytesToKib } from "../../core/format.js";
import {
  settingsChange,
  type SettingsField,
  type SettingsFormValues,
} from "../../core/settings-change.js";
import { runAction } from "../../dom/action.js";
import { checkField, textArea, textField, type Field } from "../../dom/fields.js";
import { h, uid } from "../../dom/h.js";
import { announce } from "../../dom/live.js";
import { nativeHost } from "../../host.js";

export interface SettingsFormOptions {
  save(change: Partial<Settings>): Promise<void>;
  /** The current settings, read when the form is filled and when it is saved. */
  current(): Settings;
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  const id = uid("settings-section");
  return h(
    "section",
    { class: "card", attrs: { "aria-labelledby": id } },
    h("h2", { attrs: { id } }, title),
    ...children,
  );
}

export function settingsForm(options: SettingsFormOptions): {
  element: HTMLFormElement;
  fill(settings: Settings): void;
} {
  const picker = nativeHost()?.pickFolder;
  const choose = picker
    ? h(
        "button",
        { class: "button", testid: "settings-choose-folder", attrs: { type: "button" } },
        "Choose…",
      )
    : null;
  const folder = textField(
    {
      label: "Folder on this computer",
      testid: "settings-folder",
      help: "Cirrus keeps this folder in sync. Moving it does not delete anything.",
    },
    choose ? [choose] : [],
  );
  if (choose && picker) {
    choose.addEventListener("click", () => {
      void picker().then((picked) => {
        if (picked) folder.input.value = picked;
      });
    });
  }
  const ignore = textArea({
    label: "Ignore patterns",
    testid: "settings-ignore",
    help: "One pattern per line, as in .gitignore (for example *.tmp or node_modules/). Matching files are not synced; nothing is deleted.",
    rows: 6,
  });
  const onDemand = checkField({
    label: "Download files only when I open them",
    testid: "settings-on-demand",
    help: "Every file is listed, but takes space on this computer only once you open it or choose to keep it.",
  });
  const kibHelp = "KiB/s. 0 means no limit.";
  const up = textField({
    label: "Upload limit",
    testid: "settings-bandwidth-up",
    help: kibHelp,
    inputmode: "numeric",
  });
  const down = textField({
    label: "Download limit",
    testid: "settings-bandwidth-down",
    help: kibHelp,
    inputmode: "numeric",
  });
  const pauseBattery = checkField({
    label: "Pause while on battery power",
    testid: "settings-pause-battery",
  });
  const pauseMetered = checkField({
    label: "Pause on metered networks",
    testid: "settings-pause-metered",
    help: "For example a phone hotspot or a capped mobile connection.",
  });
  const startAtLogin = checkField({
    label: "Start Cirrus when I sign in to this computer",
    testid: "settings-start-at-login",
  });
  const notifications = checkField({
    label: "Show notifications",
    testid: "settings-notifications",
    help: "For conflicts, problems and deletions waiting for you.",
  });
  const message = h("p", {
    class: "result-message",
    testid: "settings-message",
    attrs: { role: "status" },
  });
  const save = h(
    "button",
    { class: "button primary", testid: "settings-save", attrs: { type: "submit" } },
    "Save settings",
  );

  const textFields: Partial<Record<SettingsField, Field<HTMLInputElement | HTMLTextAreaElement>>> =
    {
      folder,
      ignorePatterns: ignore,
      upKib: up,
      downKib: down,
    };

  const values = (): SettingsFormValues => ({
    folder: folder.input.value,
    ignorePatterns: ignore.input.value,
    onDemand: onDemand.input.checked,
    upKib: up.input.value,
    downKib: down.input.value,
    pauseOnBattery: pauseBattery.input.checked,
    pauseOnMetered: pauseMetered.input.checked,
    startAtLogin: startAtLogin.input.checked,
    notifications: notifications.input.checked,
  });

  const fill = (s: Settings) => {
    folder.input.value = s.folder ?? "";
    ignore.input.value = s.ignorePatterns;
    onDemand.input.checked = s.onDemand;
    up.input.value = String(bytesToKib(s.bandwidth.up));
    down.input.value = String(bytesToKib(s.bandwidth.down));
    pauseBattery.input.checked = s.pauseOnBattery;
    pauseMetered.input.checked = s.pauseOnMetered;
    startAtLogin.input.checked = s.startAtLogin;
    notifications.input.checked = s.notifications;
  };

  const element = h(
    "form",
    { class: "settings-form", testid: "settings-form", attrs: { novalidate: true } },
    section("Sync folder", folder.element),
    section("Ignored files", ignore.element),
    section("Files on demand", onDemand.element),
    section("Bandwidth", h("div", { class: "field-pair" }, up.element, down.element)),
    section("When to pause", pauseBattery.element, pauseMetered.element),
    section("App", startAtLogin.element, notifications.element),
    h("div", { class: "form-footer" }, save, message),
  );

  element.addEventListener("submit", (event) => {
    event.preventDefault();
    for (const field of Object.values(textFields)) field.setError(null);
    message.textContent = "";
    const result = settingsChange(options.current(), values());
    if (!result.ok) {
      const field = textFields[result.field];
      field?.setError(result.message);
      field?.input.focus();
      announce(result.message);
      return;
    }
    if (Object.keys(result.change).length === 0) {
      message.textContent = "Nothing changed.";
      return;
    }
    void runAction(save, () => options.save(result.change), {
      onError: (text) => {
        message.textContent = `Couldn't save: ${text}`;
      },
    }).then((ok) => {
      if (!ok) return;
      message.textContent = "Settings saved.";
      announce("Settings saved.");
    });
  });

  return { element, fill };
}
