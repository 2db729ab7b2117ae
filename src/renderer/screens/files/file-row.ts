// One row of the files view: name (folders link deeper), state, size, date, and the
// on-demand actions: download, free up space, always keep, open.
import type { FileEntry } from "../../../shared/status.js";
import { FILE_STATE_TEXT, fileActions } from "../../core/file-state-text.js";
import { formatBytes, formatDate, formatShortDate } from "../../core/format.js";
import { routeHash } from "../../core/routes.js";
import { h } from "../../dom/h.js";
import { icon } from "../../dom/icons.js";

export interface FileRowActions {
  download(entry: FileEntry, button: HTMLElement): void;
  freeUp(entry: FileEntry, button: HTMLElement): void;
  setPinned(entry: FileEntry, pinned: boolean, input: HTMLInputElement): void;
  open(entry: FileEntry, button: HTMLElement): void;
}

function actionButton(
  label: string,
  testid: string,
  entry: FileEntry,
  onClick: (button: HTMLElement) => void,
): HTMLButtonElement {
  const button = h(
    "button",
    {
      class: "button small",
      testid,
      attrs: { type: "button", "data-path": entry.path, "aria-label": `${label}: ${entry.name}` },
    },
    label,
  );
  button.addEventListener("click", () => {
    onClick(button);
  });
  return button;
}

export function fileRow(
  entry: FileEntry,
  actions: FileRowActions,
  now: number,
): HTMLTableRowElement {
  const allowed = fileActions(entry.kind, entry.state);
  const nameCell =
    entry.kind === "folder"
      ? h(
          "a",
          {
            class: "file-name",
            testid: "file-folder-link",
            attrs: {
              href: routeHash({ name: "files", path: entry.path }),
              "data-path": entry.path,
            },
          },
          icon("folder"),
          h("span", {}, entry.name),
        )
      : h("span", { class: "file-name" }, icon("file"), h("span", {}, entry.name));

  const controls: HTMLElement[] = [];
  if (allowed.open && entry.kind === "file") {
    controls.push(
      actionButton("Open", "file-open", entry, (b) => {
        actions.open(entry, b);
      }),
    );
  }
  if (entry.state === "conflicted") {
    controls.push(
      h(
        "a",
        {
          class: "button small",
          testid: "file-resolve",
          attrs: {
            href: routeHash({ name: "conflict", path: entry.path }),
            "data-path": entry.path,
            "aria-label": `Resolve the conflict on ${entry.name}`,
          },
        },
        "Resolve",
      ),
    );
  }
  if (allowed.download) {
    controls.push(
      actionButton("Download", "file-download", entry, (b) => {
        actions.download(entry, b);
      }),
    );
  }
  if (allowed.freeUp) {
    controls.push(
      actionButton("Free up space", "file-free-up", entry, (b) => {
        actions.freeUp(entry, b);
      }),
    );
  }
  if (allowed.pin) {
    const input = h("input", {
      testid: "file-pin",
      attrs: {
        type: "checkbox",
        "data-path": entry.path,
        "aria-label": `Always keep ${entry.name} on this device`,
      },
    });
    input.checked = entry.state === "pinned";
    input.addEventListener("change", () => {
      actions.setPinned(entry, input.checked, input);
    });
    controls.push(
      h(
        "label",
        { class: "check small", attrs: { title: "Always keep on this device" } },
        input,
        h("span", {}, "Always keep"),
      ),
    );
  }

  return h(
    "tr",
    {
      class: `file-row state-${entry.state}`,
      testid: "file-row",
      attrs: { "data-path": entry.path, "data-state": entry.state, "data-kind": entry.kind },
    },
    h("th", { attrs: { scope: "row" } }, nameCell),
    h(
      "td",
      {},
      h(
        "span",
        { class: `badge state-${entry.state}`, testid: "file-state" },
        FILE_STATE_TEXT[entry.state],
      ),
    ),
    h("td", { class: "num" }, entry.kind === "folder" ? "—" : formatBytes(entry.size)),
    h(
      "td",
      { class: "date", attrs: { title: formatDate(entry.mtime) } },
      formatShortDate(entry.mtime, now),
    ),
    h("td", {}, h("div", { class: "row-actions" }, ...controls)),
  );
}
