// "Are you sure?" as a modal: resolves true for the confirm button, false otherwise.
import { openModal } from "./dialog.js";
import { h } from "./h.js";

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  testid?: string;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const cancel = h(
      "button",
      { class: "button", testid: "confirm-cancel", attrs: { type: "button" } },
      options.cancelLabel ?? "Cancel",
    );
    const confirm = h(
      "button",
      {
        class: options.danger ? "button danger" : "button primary",
        testid: "confirm-ok",
        attrs: { type: "button" },
      },
      options.confirmLabel,
    );
    const modal = openModal({
      title: options.title,
      testid: options.testid ?? "confirm-dialog",
      body: [h("p", {}, options.message)],
      actions: [cancel, confirm],
      initialFocus: cancel,
      onCancel: () => {
        resolve(false);
      },
    });
    cancel.addEventListener("click", () => {
      modal.close();
      resolve(false);
    });
    confirm.addEventListener("click", () => {
      modal.close();
      resolve(true);
    });
  });
}
