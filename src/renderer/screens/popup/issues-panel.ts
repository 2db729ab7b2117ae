// Files that couldn't sync, with why and when Cirrus tries again; Retry asks for a
// sync now.
import type { ClientStatus } from "../../../shared/client-api.js";
import type { SyncIssue } from "../../../shared/status.js";
import type { AppContext } from "../../app/context.js";
import { formatRelative, plural } from "../../core/format.js";
import { baseName } from "../../core/paths.js";
import { runAction } from "../../dom/action.js";
import { h, uid } from "../../dom/h.js";

const SHOWN = 50;

export interface IssuesPanel {
  element: HTMLElement;
  update(status: ClientStatus): void;
}

export function issuesPanel(ctx: AppContext): IssuesPanel {
  const headingId = uid("issues-heading");
  const list = h("ul", { class: "item-list", testid: "issue-list" });
  const more = h("p", { class: "section-help", attrs: { hidden: true } });
  const meta = h("span", { class: "section-meta" });
  const element = h(
    "section",
    {
      class: "card",
      testid: "issues-panel",
      attrs: { "aria-labelledby": headingId, hidden: true },
    },
    h("div", { class: "section-head" }, h("h2", { attrs: { id: headingId } }, "Problems"), meta),
    list,
    more,
  );

  const item = (issue: SyncIssue): HTMLElement => {
    const retry = h(
      "button",
      {
        class: "button",
        testid: "issue-retry",
        attrs: {
          type: "button",
          "data-path": issue.path,
          "aria-label": `Retry ${baseName(issue.path)}`,
        },
      },
      "Retry",
    );
    retry.addEventListener("click", () => {
      void runAction(retry, () => ctx.api.syncNow(), {
        done: "Trying again",
        failed: "Couldn't retry",
      });
    });
    const when =
      issue.retryAt === null
        ? "Needs your attention"
        : `Cirrus tries again ${formatRelative(issue.retryAt, ctx.now())}`;
    return h(
      "li",
      { class: "item-row", testid: "issue-item", attrs: { "data-path": issue.path } },
      h(
        "div",
        { class: "item-text" },
        h("span", { class: "item-title" }, issue.path),
        h("span", { class: "item-meta issue-message" }, issue.message),
        h("span", { class: "item-meta" }, when),
      ),
      retry,
    );
  };

  const update = (status: ClientStatus) => {
    const issues = status.folder?.issues ?? [];
    element.hidden = issues.length === 0;
    meta.textContent = issues.length > 0 ? plural(issues.length, "file") : "";
    list.replaceChildren(...issues.slice(0, SHOWN).map(item));
    more.hidden = issues.length <= SHOWN;
    more.textContent = `And ${plural(issues.length - SHOWN, "more file")}.`;
  };

  return { element, update };
}
