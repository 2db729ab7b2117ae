// The account's devices, with Revoke for the others (a lost laptop stops syncing).
import type { DeviceInfo } from "../../../shared/client-api.js";
import type { AppContext } from "../../app/context.js";
import { errorText } from "../../core/error-text.js";
import { formatDate, formatRelative } from "../../core/format.js";
import { runAction } from "../../dom/action.js";
import { errorBlock, loadingBlock } from "../../dom/blocks.js";
import { confirmDialog } from "../../dom/confirm.js";
import { h, uid } from "../../dom/h.js";

export function devicesSection(ctx: AppContext): { element: HTMLElement; load(): Promise<void> } {
  const id = uid("devices-heading");
  const content = h("div", {}, loadingBlock("Loading devices…"));
  const element = h(
    "section",
    { class: "card", testid: "settings-devices", attrs: { "aria-labelledby": id } },
    h("h2", { attrs: { id } }, "Devices"),
    h(
      "p",
      { class: "section-help" },
      "Revoking a device signs it out. Files already on it stay there.",
    ),
    content,
  );

  const row = (device: DeviceInfo): HTMLElement => {
    const seen =
      device.lastSeenAt === null
        ? "never synced"
        : `last seen ${formatRelative(device.lastSeenAt, ctx.now())}`;
    let revoke: HTMLButtonElement | null = null;
    if (!device.current) {
      const button = h(
        "button",
        {
          class: "button danger-outline small",
          testid: "device-revoke",
          attrs: {
            type: "button",
            "data-device-id": device.id,
            "aria-label": `Revoke ${device.name}`,
          },
        },
        "Revoke",
      );
      button.addEventListener("click", () => {
        void confirmDialog({
          title: `Revoke “${device.name}”?`,
          message: `${device.name} will be signed out and stop syncing. Files already on it stay there.`,
          confirmLabel: "Revoke",
          danger: true,
          testid: "revoke-dialog",
        }).then(async (yes) => {
          if (!yes) return;
          const ok = await runAction(button, () => ctx.api.revokeDevice(device.id), {
            done: `${device.name} was revoked`,
            failed: `Couldn't revoke ${device.name}`,
          });
          if (ok) await load();
        });
      });
      revoke = button;
    }
    return h(
      "li",
      { class: "item-row", testid: "device-row", attrs: { "data-device-id": device.id } },
      h(
        "div",
        { class: "item-text" },
        h(
          "span",
          { class: "item-title" },
          device.name,
          device.current ? h("span", { class: "badge state-hydrated" }, "This device") : null,
        ),
        h("span", { class: "item-meta" }, `Added ${formatDate(device.createdAt)} · ${seen}`),
      ),
      revoke,
    );
  };

  const load = async (): Promise<void> => {
    try {
      const devices = await ctx.api.listDevices();
      devices.sort((a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name));
      content.replaceChildren(
        devices.length === 0
          ? h("p", { class: "empty" }, "No devices.")
          : h("ul", { class: "item-list", testid: "device-list" }, ...devices.map(row)),
      );
    } catch (error) {
      content.replaceChildren(
        errorBlock(`Couldn't load devices: ${errorText(error)}`, () => void load()),
      );
    }
  };

  return { element, load };
}
