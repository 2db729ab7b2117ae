// Short notices after an action ("Settings saved", "Couldn't pause: ..."), shown in
// one landmark and read out (status for news, alert for failures).
import { h } from "./h.js";
import { icon } from "./icons.js";

let container: HTMLElement | null = null;
const TOAST_MS = 6000;

export function mountToasts(parent: HTMLElement): HTMLElement {
  container = h("aside", { class: "toasts", attrs: { "aria-label": "Notices" } });
  parent.appendChild(container);
  return container;
}

export function showToast(text: string, kind: "info" | "error" = "info"): void {
  if (!container) return;
  const close = h(
    "button",
    { class: "toast-close", attrs: { type: "button", "aria-label": "Dismiss notice" } },
    icon("close"),
  );
  const toast = h(
    "div",
    {
      class: `toast ${kind}`,
      testid: kind === "error" ? "toast-error" : "toast",
      attrs: { role: kind === "error" ? "alert" : "status" },
    },
    h("span", { class: "toast-text" }, text),
    close,
  );
  const timer = setTimeout(
    () => {
      toast.remove();
    },
    kind === "error" ? TOAST_MS * 2 : TOAST_MS,
  );
  close.addEventListener("click", () => {
    clearTimeout(timer);
    toast.remove();
  });
  container.appendChild(toast);
  while (container.childElementCount > 3) container.firstElementChild?.remove();
}
