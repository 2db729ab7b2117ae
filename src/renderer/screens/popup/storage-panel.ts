// Storage used against the account's quota.
import type { ClientStatus } from "../../../shared/client-api.js";
import { formatBytes, percent } from "../../core/format.js";
import { h, uid } from "../../dom/h.js";
import { progressBar } from "../../dom/progress.js";

export interface StoragePanel {
  element: HTMLElement;
  update(status: ClientStatus): void;
}

export function storagePanel(): StoragePanel {
  const headingId = uid("storage-heading");
  const text = h("p", { class: "storage-text", testid: "storage-text" });
  const bar = progressBar("Storage used", "progress storage-bar");
  const element = h(
    "section",
    {
      class: "card storage-card",
      testid: "storage-panel",
      attrs: { "aria-labelledby": headingId, hidden: true },
    },
    h("div", { class: "section-head" }, h("h2", { attrs: { id: headingId } }, "Storage")),
    text,
    bar.element,
  );

  const update = (status: ClientStatus) => {
    const storage = status.storage;
    element.hidden = storage === null;
    if (!storage) return;
    const { usedBytes, quotaBytes } = storage;
    if (quotaBytes !== null && quotaBytes > 0) {
      const used = percent(usedBytes, quotaBytes);
      text.textContent = `${formatBytes(usedBytes)} of ${formatBytes(quotaBytes)} used`;
      bar.set(used, `${used}% used`);
      bar.element.hidden = false;
      element.dataset["level"] = used >= 95 ? "full" : used >= 80 ? "high" : "normal";
    } else {
      text.textContent = `${formatBytes(usedBytes)} used (no limit)`;
      bar.element.hidden = true;
    }
  };

  return { element, update };
}
