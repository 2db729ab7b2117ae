// The files view: browse the synced tree with each entry's state, and choose per file
// what stays on this computer (download, free up space, always keep) or open it.
import type { FileEntry } from "../../../shared/status.js";
import type { AppContext, Screen } from "../../app/context.js";
import { Disposables } from "../../app/disposables.js";
import { debounce } from "../../core/debounce.js";
import { errorText } from "../../core/error-text.js";
import { plural } from "../../core/format.js";
import { baseName, isWithin } from "../../core/paths.js";
import { runAction } from "../../dom/action.js";
import { errorBlock, loadingBlock, pageHeading } from "../../dom/blocks.js";
import { rerenderKeepingFocus } from "../../dom/focus.js";
import { h } from "../../dom/h.js";
import { breadcrumbNav } from "./breadcrumbs.js";
import { fileRow, type FileRowActions } from "./file-row.js";

function sortEntries(entries: FileEntry[]): FileEntry[] {
  return [...entries].sort((a, b) =>
    a.kind !== b.kind
      ? a.kind === "folder"
        ? -1
        : 1
      : a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: "base" }),
  );
}

export function filesScreen(ctx: AppContext, route: { path: string }): Screen {
  const bag = new Disposables();
  const dir = route.path;
  const title = dir === "" ? "Files" : baseName(dir);
  const summary = h("p", {
    class: "section-help",
    testid: "files-summary",
    attrs: { "aria-live": "polite" },
  });
  const body = h("tbody", { testid: "files-body" });
  const table = h(
    "table",
    { class: "files-table", testid: "files-table" },
    h(
      "caption",
      { class: "visually-hidden" },
      dir === "" ? "Files in your Cirrus folder" : `Files in ${dir}`,
    ),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { attrs: { scope: "col" } }, "Name"),
        h("th", { attrs: { scope: "col" } }, "Status"),
        h("th", { class: "num", attrs: { scope: "col" } }, "Size"),
        h("th", { class: "date", attrs: { scope: "col" } }, "Modified"),
        h("th", { attrs: { scope: "col" } }, "Actions"),
      ),
    ),
    body,
  );
  const content = h("div", { class: "card table-card" }, loadingBlock());
  const element = h(
    "div",
    { class: "screen files-screen", testid: "screen-files", attrs: { "data-path": dir } },
    pageHeading(title, "files-title"),
    breadcrumbNav(dir),
    h(
      "p",
      { class: "lead" },
      "“Online only” files take no space on this computer until you open or download them.",
    ),
    summary,
    content,
  );

  const afterAction = () => {
    if (!bag.isDisposed()) void load();
  };
  const actions: FileRowActions = {
    download: (entry, button) => {
      void runAction(button, () => ctx.api.hydrate([entry.path]), {
        done: `Downloading ${entry.name}`,
        failed: `Couldn't download ${entry.name}`,
      }).then(afterAction);
    },
    freeUp: (entry, button) => {
      void runAction(button, () => ctx.api.dehydrate([entry.path]), {
        done: `${entry.name} is now online only`,
        failed: `Couldn't free up space for ${entry.name}`,
      }).then(afterAction);
    },
    setPinned: (entry, pinned, input) => {
      void runAction(input, () => ctx.api.setPinned(entry.path, pinned), {
        done: pinned
          ? `${entry.name} will always stay on this device`
          : `${entry.name} can be freed up again`,
        failed: `Couldn't change ${entry.name}`,
      }).then((ok) => {
        if (!ok) input.checked = !pinned;
        afterAction();
      });
    },
    open: (entry, button) => {
      void runAction(button, () => ctx.api.openFile(entry.path), {
        failed: `Couldn't open ${entry.name}`,
      });
    },
  };

  const load = async () => {
    try {
      const entries = sortEntries(await ctx.api.listFiles(dir));
      if (bag.isDisposed()) return;
      const files = entries.filter((e) => e.kind === "file").length;
      summary.textContent = `${plural(entries.length - files, "folder")}, ${plural(files, "file")}`;
      if (entries.length === 0) {
        content.replaceChildren(
          h("p", { class: "empty", testid: "files-empty" }, "This folder is empty."),
        );
        return;
      }
      rerenderKeepingFocus(content, () => {
        body.replaceChildren(...entries.map((entry) => fileRow(entry, actions, ctx.now())));
        if (table.parentNode !== content) content.replaceChildren(table);
      });
    } catch (error) {
      if (bag.isDisposed()) return;
      summary.textContent = "";
      content.replaceChildren(
        errorBlock(`Couldn't list this folder: ${errorText(error)}`, () => void load()),
      );
    }
  };

  const reload = debounce(() => void load(), 300, 1500);
  bag.add(() => {
    reload.cancel();
  });
  bag.add(
    ctx.events.on((event) => {
      if (event.type === "synced" || event.type === "conflict") reload();
      else if (event.type === "activity" && event.done && isWithin(event.path, dir)) reload();
    }),
  );
  void load();

  return {
    element,
    title: dir === "" ? "Files" : `Files: ${dir}`,
    dispose: () => {
      bag.dispose();
    },
  };
}
