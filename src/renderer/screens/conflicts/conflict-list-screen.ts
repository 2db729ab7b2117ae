// All waiting conflicts (#/conflicts), for when there is more than one to decide.
import type { AppContext, Screen } from "../../app/context.js";
import { Disposables } from "../../app/disposables.js";
import { debounce } from "../../core/debounce.js";
import { errorText } from "../../core/error-text.js";
import { backLink, errorBlock, loadingBlock, pageHeading } from "../../dom/blocks.js";
import { h } from "../../dom/h.js";
import { conflictItem } from "./conflict-item.js";

export function conflictListScreen(ctx: AppContext): Screen {
  const bag = new Disposables();
  const content = h("div", { class: "card" }, loadingBlock());
  const element = h(
    "div",
    { class: "screen", testid: "screen-conflicts" },
    backLink(),
    pageHeading("Conflicts"),
    content,
  );

  const load = async () => {
    try {
      const conflicts = await ctx.api.listConflicts();
      if (bag.isDisposed()) return;
      content.replaceChildren(
        conflicts.length === 0
          ? h(
              "p",
              { class: "empty", testid: "conflicts-empty" },
              "No conflicts. Everything is decided.",
            )
          : h(
              "ul",
              { class: "item-list", testid: "conflict-list" },
              ...conflicts.map((c) => conflictItem(ctx, c)),
            ),
      );
    } catch (error) {
      if (bag.isDisposed()) return;
      content.replaceChildren(
        errorBlock(`Couldn't load conflicts: ${errorText(error)}`, () => void load()),
      );
    }
  };
  const reload = debounce(() => void load(), 200, 1000);
  bag.add(() => {
    reload.cancel();
  });
  bag.add(
    ctx.events.on((event) => {
      if (event.type === "conflict" || event.type === "synced") reload();
    }),
  );
  void load();

  return {
    element,
    title: "Conflicts",
    dispose: () => {
      bag.dispose();
    },
  };
}
