// The conflict view: both versions side by side, the diff, a merge proposal when the
// engine offers one, and the choice (keep mine / theirs / both / merged).
import type { ConflictDetails, ResolveChoice } from "../../../shared/status.js";
import type { AppContext, Screen } from "../../app/context.js";
import { Disposables } from "../../app/disposables.js";
import { errorText } from "../../core/error-text.js";
import { baseName, isImagePath } from "../../core/paths.js";
import { runAction } from "../../dom/action.js";
import { backLink, errorBlock, loadingBlock, pageHeading } from "../../dom/blocks.js";
import { h, uid } from "../../dom/h.js";
import { diffView, mergeView, sideCard } from "./conflict-parts.js";

const CHOICES: { choice: Exclude<ResolveChoice, "merged">; label: string; help: string }[] = [
  {
    choice: "local",
    label: "Keep mine",
    help: "Use this computer's version. The server's version stays in the version history.",
  },
  {
    choice: "remote",
    label: "Keep theirs",
    help: "Use the server's version. Your copy goes to the trash, where you can restore it.",
  },
  {
    choice: "both",
    label: "Keep both",
    help: "Keep both files side by side; your version keeps its conflict-copy name.",
  },
];

const DONE_TEXT: Record<ResolveChoice, string> = {
  local: "Kept your version",
  remote: "Kept the server's version",
  both: "Kept both versions",
  merged: "Used the merged version",
};

export function conflictScreen(ctx: AppContext, route: { path: string }): Screen {
  const bag = new Disposables();
  const heading = pageHeading(`Conflict: ${baseName(route.path)}`, "conflict-title");
  const content = h("div", { class: "stack" }, loadingBlock("Loading the conflict…"));
  const element = h(
    "div",
    {
      class: "screen conflict-screen",
      testid: "screen-conflict",
      attrs: { "data-path": route.path },
    },
    backLink(),
    heading,
    content,
  );

  const resolve = async (conflict: ConflictDetails, choice: ResolveChoice, button: HTMLElement) => {
    const ok = await runAction(button, () => ctx.api.resolveConflict(conflict.path, choice), {
      done: DONE_TEXT[choice],
      failed: "Couldn't resolve the conflict",
    });
    if (!ok || bag.isDisposed()) return;
    void ctx.store.refresh();
    const remaining = await ctx.api.listConflicts().catch(() => []);
    if (bag.isDisposed()) return;
    ctx.navigate(remaining.length > 0 ? { name: "conflicts" } : { name: "popup" }, {
      replace: true,
    });
  };

  const render = (conflict: ConflictDetails) => {
    const other = conflict.remote?.device ?? conflict.remoteDevice ?? "another device";
    const open = (path: string) => {
      void runAction(null, () => ctx.api.openFile(path), { failed: "Couldn't open the file" });
    };
    const parts: HTMLElement[] = [
      h(
        "p",
        { class: "lead" },
        `“${conflict.path}” was changed on this computer and on ${other}. Cirrus kept both versions; nothing is lost whatever you choose.`,
      ),
      h(
        "div",
        { class: "sides" },
        sideCard({
          title: "On this computer (mine)",
          which: "local",
          side: conflict.local,
          onOpen: open,
        }),
        sideCard({
          title: "On the server (theirs)",
          which: "remote",
          side: conflict.remote,
          onOpen: open,
        }),
      ),
    ];
    if (isImagePath(conflict.path)) {
      parts.push(
        h(
          "p",
          { class: "banner info", testid: "conflict-image-note" },
          "Image previews aren't available here yet. Open each version to compare them.",
        ),
      );
    }
    if (conflict.diff !== null) parts.push(diffView(conflict.diff));
    if (conflict.mergeProposal !== null) {
      const useMerged = h(
        "button",
        { class: "button primary", testid: "conflict-resolve-merged", attrs: { type: "button" } },
        "Use merged",
      );
      useMerged.addEventListener("click", () => void resolve(conflict, "merged", useMerged));
      parts.push(mergeView(conflict.mergeProposal, useMerged));
    }
    const choicesId = uid("choices-heading");
    const choices = CHOICES.map(({ choice, label, help }) => {
      const helpId = uid(`choice-${choice}`);
      const button = h(
        "button",
        {
          class: "button choice-button",
          testid: `conflict-resolve-${choice}`,
          attrs: { type: "button", "aria-describedby": helpId },
        },
        label,
      );
      button.addEventListener("click", () => void resolve(conflict, choice, button));
      return h(
        "div",
        { class: "choice" },
        button,
        h("p", { class: "choice-help", attrs: { id: helpId } }, help),
      );
    });
    parts.push(
      h(
        "section",
        { class: "card", attrs: { "aria-labelledby": choicesId } },
        h("h2", { attrs: { id: choicesId } }, "Which version do you want?"),
        h("div", { class: "choices" }, ...choices),
      ),
    );
    content.replaceChildren(...parts);
  };

  const load = async () => {
    content.replaceChildren(loadingBlock("Loading the conflict…"));
    try {
      const conflicts = await ctx.api.listConflicts();
      if (bag.isDisposed()) return;
      const conflict = conflicts.find(
        (c) => c.path === route.path || c.conflictPath === route.path,
      );
      if (conflict) {
        render(conflict);
        return;
      }
      content.replaceChildren(
        h(
          "p",
          { class: "banner info", testid: "conflict-gone", attrs: { role: "status" } },
          "This conflict has been resolved. There is nothing left to decide.",
        ),
      );
    } catch (error) {
      if (bag.isDisposed()) return;
      content.replaceChildren(
        errorBlock(`Couldn't load the conflict: ${errorText(error)}`, () => void load()),
      );
    }
  };
  void load();

  return {
    element,
    title: `Conflict: ${baseName(route.path)}`,
    dispose: () => {
      bag.dispose();
    },
  };
}
