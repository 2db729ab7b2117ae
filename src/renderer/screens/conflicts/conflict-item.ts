// One waiting conflict as a list row: which file, where else it changed, and a
// Resolve button that opens the conflict view.
import type { ConflictDetails } from "../../../shared/status.js";
import type { AppContext } from "../../app/context.js";
import { formatRelative } from "../../core/format.js";
import { baseName, dirName } from "../../core/paths.js";
import { h } from "../../dom/h.js";

export function conflictItem(ctx: AppContext, conflict: ConflictDetails): HTMLElement {
  const other = conflict.remote?.device ?? conflict.remoteDevice ?? "another device";
  const dir = dirName(conflict.path);
  return h(
    "li",
    { class: "item-row", testid: "conflict-item", attrs: { "data-path": conflict.path } },
    h(
      "div",
      { class: "item-text" },
      h("span", { class: "item-title" }, baseName(conflict.path)),
      h(
        "span",
        { class: "item-meta" },
        `${dir === "" ? "" : `${dir} · `}Changed here and on ${other} · ${formatRelative(conflict.createdAt, ctx.now())}`,
      ),
    ),
    h(
      "button",
      {
        class: "button primary",
        testid: "conflict-open",
        attrs: {
          type: "button",
          "data-path": conflict.path,
          "aria-label": `Resolve ${baseName(conflict.path)}`,
        },
        on: {
          click: () => {
            ctx.navigate({ name: "conflict", path: conflict.path });
          },
        },
      },
      "Resolve",
    ),
  );
}
