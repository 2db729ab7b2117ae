// "Delete N files everywhere?" Nothing is deleted until the person says so; "Keep
// them" closes the dialog and deletes nothing.
import { errorText } from "../core/error-text.js";
import { plural } from "../core/format.js";
import { massDeleteWording, type MassDeleteSet } from "../core/mass-delete.js";
import { isBusy } from "../dom/action.js";
import { openModal, type Modal } from "../dom/dialog.js";
import { h } from "../dom/h.js";

const SHOWN = 1000;

export interface MassDeleteDialogOptions {
  set: MassDeleteSet;
  confirm(): Promise<void>;
  onKeep(): void;
  onConfirmed(): void;
}

export function openMassDeleteDialog(options: MassDeleteDialogOptions): Modal {
  const { set } = options;
  const keep = h(
    "button",
    { class: "button", testid: "mass-delete-keep", attrs: { type: "button" } },
    "Keep them",
  );
  const confirm = h(
    "button",
    { class: "button danger", testid: "mass-delete-confirm", attrs: { type: "button" } },
    "Delete them",
  );
  const error = h("p", {
    class: "form-error",
    testid: "mass-delete-error",
    attrs: { role: "alert", hidden: true },
  });
  const shown = set.paths.slice(0, SHOWN);
  const list = h(
    "ul",
    {
      class: "path-list",
      testid: "mass-delete-paths",
      attrs: { tabindex: 0, "aria-label": "Files that would be deleted" },
    },
    ...shown.map((path) => h("li", {}, path)),
  );
  const hidden = set.count - shown.length;
  const modal = openModal({
    title: `Delete ${plural(set.count, "file")} everywhere?`,
    testid: "mass-delete-dialog",
    className: "modal-wide",
    body: [
      h("p", {}, massDeleteWording(set).body),
      h("p", { class: "strong" }, "Nothing has been deleted yet."),
      list,
      hidden > 0 ? h("p", { class: "section-help" }, `And ${plural(hidden, "more file")}.`) : null,
      error,
    ],
    actions: [keep, confirm],
    initialFocus: keep,
    onCancel: () => {
      options.onKeep();
    },
  });
  keep.addEventListener("click", () => {
    modal.close();
    options.onKeep();
  });
  confirm.addEventListener("click", () => {
    if (isBusy(confirm)) return;
    confirm.dataset["busy"] = "true";
    confirm.setAttribute("aria-disabled", "true");
    error.hidden = true;
    options.confirm().then(
      () => {
        modal.close();
        options.onConfirmed();
      },
      (e: unknown) => {
        delete confirm.dataset["busy"];
        confirm.removeAttribute("aria-disabled");
        error.textContent = `Couldn't delete: ${errorText(e)}`;
        error.hidden = false;
      },
    );
  });
  return modal;
}
