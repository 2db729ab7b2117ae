// Conflicts waiting for a decision, each with a Resolve button that opens the conflict
// view. Loaded when the status says there are some, and again on conflict events.
import type { AppContext } from "../../app/context.js";
import { Disposables } from "../../app/disposables.js";
import { debounce } from "../../core/debounce.js";
import { errorText } from "../../core/error-text.js";
import { plural } from "../../core/format.js";
import { h, uid } from "../../dom/h.js";
import { conflictItem } from "../conflicts/conflict-item.js";

export interface ConflictsPanel {
  element: HTMLElement;
  dispose(): void;
}

export function conflictsPanel(ctx: AppContext): ConflictsPanel {
  const bag = new Disposables();
  const headingId = uid("conflicts-heading");
  const list = h("ul", { class: "item-list", testid: "conflict-list" });
  const meta = h("span", { class: "section-meta" });
  const error = h("p", { class: "form-error", attrs: { role: "alert", hidden: true } });
  const element = h(
    "section",
    {
      class: "card",
      testid: "conflicts-panel",
      attrs: { "aria-labelledby": headingId, hidden: true },
    },
    h("div", { class: "section-head" }, h("h2", { attrs: { id: headingId } }, "Conflicts"), meta),
    h(
      "p",
      { class: "section-help" },
      "These files were changed in two places. Both versions are kept until you choose.",
    ),
    error,
    list,
  );

  let lastCount = -1;
  const load = async () => {
    try {
      const conflicts = await ctx.api.listConflicts();
      if (bag.isDisposed()) return;
      error.hidden = true;
      list.replaceChildren(...conflicts.map((c) => conflictItem(ctx, c)));
      meta.textContent = conflicts.length > 0 ? plural(conflicts.length, "file") : "";
      element.hidden = conflicts.length === 0;
    } catch (e) {
      if (bag.isDisposed()) return;
      error.textContent = `Couldn't load conflicts: ${errorText(e)}`;
      error.hidden = false;
    }
  };
  const reload = debounce(() => void load(), 200, 1000);
  bag.add(() => {
    reload.cancel();
  });

  const onStatus = () => {
    const count = ctx.store.status?.folder?.conflicts ?? 0;
    if (count === lastCount) return;
    lastCount = count;
    if (count === 0) {
      element.hidden = true;
      list.replaceChildren();
    } else {
      reload();
    }
  };
  bag.add(ctx.store.subscribe(onStatus));
  bag.add(
    ctx.events.on((event) => {
      if (event.type === "conflict") reload();
    }),
  );
  onStatus();

  return {
    element,
    dispose: () => {
      bag.dispose();
    },
  };
}
