// Modal dialogs on the native <dialog> element: the page behind is inert, Tab stays
// inside, Escape cancels, and focus returns to where it was when the dialog closes.
import { h, uid, type Child } from "./h.js";

export interface ModalOptions {
  title: string;
  testid?: string;
  body: Child[];
  actions: HTMLElement[];
  /** Escape, or close() with cancelled = true. */
  onCancel?: () => void;
  /** Focused when the dialog opens; else the first action. */
  initialFocus?: HTMLElement;
  className?: string;
}

export interface Modal {
  element: HTMLDialogElement;
  /** Close without calling onCancel. */
  close(): void;
  readonly open: boolean;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

function trapTab(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== "Tab") return;
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

export function openModal(options: ModalOptions): Modal {
  const titleId = uid("dialog-title");
  const bodyId = uid("dialog-body");
  const dialog = h(
    "dialog",
    {
      class: `modal ${options.className ?? ""}`.trim(),
      testid: options.testid,
      attrs: { "aria-labelledby": titleId, "aria-describedby": bodyId },
    },
    h("h2", { class: "modal-title", attrs: { id: titleId } }, options.title),
    h("div", { class: "modal-body", attrs: { id: bodyId } }, ...options.body),
    h("div", { class: "modal-actions" }, ...options.actions),
  );
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  let isOpen = true;

  const close = () => {
    if (!isOpen) return;
    isOpen = false;
    if (dialog.open) dialog.close();
    dialog.remove();
    if (previous?.isConnected) previous.focus();
  };

  dialog.addEventListener("keydown", (event) => {
    trapTab(dialog, event);
  });
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    close();
    options.onCancel?.();
  });

  document.body.appendChild(dialog);
  dialog.showModal();
  (options.initialFocus ?? options.actions[0])?.focus();

  return {
    element: dialog,
    close,
    get open() {
      return isOpen;
    },
  };
}
