// The tray popup: state and controls, conflicts, problems, recent activity, storage.
import type { AppContext, Screen } from "../../app/context.js";
import { Disposables } from "../../app/disposables.js";
import { h } from "../../dom/h.js";
import { activityPanel } from "./activity-panel.js";
import { conflictsPanel } from "./conflicts-panel.js";
import { issuesPanel } from "./issues-panel.js";
import { statusCard } from "./status-card.js";
import { storagePanel } from "./storage-panel.js";

export function popupScreen(ctx: AppContext): Screen {
  const bag = new Disposables();
  const card = statusCard(ctx);
  const conflicts = conflictsPanel(ctx);
  const issues = issuesPanel(ctx);
  const activity = activityPanel(ctx);
  const storage = storagePanel();
  bag.add(() => {
    conflicts.dispose();
  });
  bag.add(() => {
    activity.dispose();
  });

  const element = h(
    "div",
    { class: "screen popup-screen", testid: "screen-popup" },
    card.element,
    conflicts.element,
    issues.element,
    activity.element,
    storage.element,
  );

  const update = () => {
    const status = ctx.store.status;
    if (!status) return;
    card.update(status);
    issues.update(status);
    storage.update(status);
  };
  bag.add(ctx.store.subscribe(update));
  update();

  return {
    element,
    title: "Status",
    dispose: () => {
      bag.dispose();
    },
  };
}
