// Selective sync: choose which folders this computer keeps. Unchecking a folder only
// stops syncing it here; the screen says so plainly, because people fear deletion.
import type { FolderNode } from "../../../shared/client-api.js";
import type { AppContext, Screen } from "../../app/context.js";
import { runAction } from "../../dom/action.js";
import { backLink, pageHeading } from "../../dom/blocks.js";
import { h } from "../../dom/h.js";
import { icon } from "../../dom/icons.js";
import { FolderTree } from "./folder-tree.js";

export function excludeScreen(ctx: AppContext): Screen {
  const message = h("p", {
    class: "result-message",
    testid: "exclude-message",
    attrs: { role: "status" },
  });
  const setExcluded = async (node: FolderNode, excluded: boolean): Promise<boolean> => {
    const ok = await runAction(null, () => ctx.api.setExcluded(node.path, excluded), {
      failed: `Couldn't change “${node.name}”`,
    });
    if (ok) {
      message.textContent = excluded
        ? `“${node.name}” won't sync to this computer any more. Nothing was deleted: it stays on the server and your other devices.`
        : `“${node.name}” will sync to this computer again.`;
    }
    return ok;
  };
  const tree = new FolderTree({ listFolders: (path) => ctx.api.listFolders(path), setExcluded });

  const element = h(
    "div",
    { class: "screen exclude-screen", testid: "screen-exclude" },
    backLink(),
    pageHeading("Choose folders to sync"),
    h(
      "div",
      { class: "banner info", testid: "exclude-explainer" },
      icon("ok", "icon banner-icon"),
      h(
        "p",
        { class: "banner-text" },
        "Checked folders are kept on this computer. Unchecking a folder deletes nothing: it stays on the server and on your other devices, and you can check it again at any time.",
      ),
    ),
    message,
    h("div", { class: "card tree-card" }, tree.element),
  );
  void tree.load();

  return { element, title: "Choose folders to sync", dispose: () => undefined };
}
