// A lazily loaded folder tree with a checkbox per folder (checked = synced here).
// Children are fetched the first time a folder is expanded. A folder inside an
// unchecked one is shown unchecked and disabled: it follows its parent.
import type { FolderNode } from "../../../shared/client-api.js";
import { errorText } from "../../core/error-text.js";
import { formatBytes } from "../../core/format.js";
import { h } from "../../dom/h.js";
import { icon } from "../../dom/icons.js";

export interface FolderTreeOptions {
  listFolders(path: string): Promise<FolderNode[]>;
  /** Apply a change; resolve false to put the checkbox back. */
  setExcluded(node: FolderNode, excluded: boolean): Promise<boolean>;
}

interface TreeItem {
  node: FolderNode;
  checkbox: HTMLInputElement;
  children: TreeItem[];
  parentExcluded: boolean;
}

export class FolderTree {
  readonly element: HTMLUListElement;

  constructor(private readonly options: FolderTreeOptions) {
    this.element = h("ul", { class: "tree", testid: "exclude-tree" });
  }

  load(): Promise<void> {
    return this.fill(this.element, "", false, []);
  }

  private async fill(
    list: HTMLUListElement,
    path: string,
    parentExcluded: boolean,
    into: TreeItem[],
  ) {
    list.replaceChildren(
      h("li", { class: "tree-note", attrs: { role: "status" } }, "Loading folders…"),
    );
    let nodes: FolderNode[];
    try {
      nodes = await this.options.listFolders(path);
    } catch (error) {
      const retry = h("button", { class: "button small", attrs: { type: "button" } }, "Try again");
      retry.addEventListener("click", () => void this.fill(list, path, parentExcluded, into));
      list.replaceChildren(
        h(
          "li",
          { class: "tree-note error", attrs: { role: "alert" } },
          `Couldn't load folders: ${errorText(error)} `,
          retry,
        ),
      );
      return;
    }
    into.length = 0;
    if (nodes.length === 0) {
      list.replaceChildren(
        h(
          "li",
          { class: "tree-note" },
          path === "" ? "There are no folders yet." : "No folders inside.",
        ),
      );
      return;
    }
    const sorted = [...nodes].sort((a, b) =>
      a.name.localeCompare(b.name, undefined, { numeric: true }),
    );
    list.replaceChildren(...sorted.map((node) => this.item(node, parentExcluded, into)));
  }

  private item(node: FolderNode, parentExcluded: boolean, siblings: TreeItem[]): HTMLLIElement {
    const checkbox = h("input", {
      testid: "exclude-checkbox",
      attrs: { type: "checkbox", "data-path": node.path },
    });
    const item: TreeItem = { node, checkbox, children: [], parentExcluded };
    siblings.push(item);
    this.paint(item);

    const childList = h("ul", { class: "tree", attrs: { hidden: true } });
    let loaded = false;
    const toggle = node.hasChildren
      ? h(
          "button",
          {
            class: "tree-toggle",
            testid: "exclude-expand",
            attrs: {
              type: "button",
              "aria-expanded": "false",
              "aria-label": `Show folders in ${node.name}`,
              "data-path": node.path,
            },
          },
          icon("chevron"),
        )
      : h("span", { class: "tree-toggle-spacer" });
    if (toggle instanceof HTMLButtonElement) {
      toggle.addEventListener("click", () => {
        const expand = childList.hidden;
        childList.hidden = !expand;
        toggle.setAttribute("aria-expanded", String(expand));
        toggle.setAttribute("aria-label", `${expand ? "Hide" : "Show"} folders in ${node.name}`);
        if (expand && !loaded) {
          loaded = true;
          void this.fill(childList, node.path, this.effectiveExcluded(item), item.children);
        }
      });
    }

    checkbox.addEventListener("change", () => {
      const excluded = !checkbox.checked;
      checkbox.disabled = true;
      void this.options.setExcluded(node, excluded).then((ok) => {
        if (ok) node.excluded = excluded;
        this.paint(item);
        this.cascade(item.children, this.effectiveExcluded(item));
        checkbox.focus();
      });
    });

    return h(
      "li",
      { class: "tree-item", testid: "exclude-row", attrs: { "data-path": node.path } },
      h(
        "div",
        { class: "tree-row" },
        toggle,
        h(
          "label",
          { class: "check tree-label" },
          checkbox,
          icon("folder"),
          h("span", { class: "tree-name" }, node.name),
        ),
        h("span", { class: "tree-size", testid: "exclude-size" }, formatBytes(node.size)),
      ),
      childList,
    );
  }

  private effectiveExcluded(item: TreeItem): boolean {
    return item.parentExcluded || item.node.excluded;
  }

  private paint(item: TreeItem): void {
    item.checkbox.checked = !this.effectiveExcluded(item);
    item.checkbox.disabled = item.parentExcluded;
    item.checkbox.title = item.parentExcluded
      ? "Follows its parent folder, which is not synced here"
      : "";
  }

  private cascade(items: TreeItem[], parentExcluded: boolean): void {
    for (const child of items) {
      child.parentExcluded = parentExcluded;
      this.paint(child);
      this.cascade(child.children, this.effectiveExcluded(child));
    }
  }
}
