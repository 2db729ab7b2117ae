// Recent activity: a virtualized list of transfers, newest first, each with a progress
// bar while it runs. Rows are recycled, so 10,000 entries cost a screenful of DOM.
import type { ActivityKind } from "../../../shared/status.js";
import type { AppContext } from "../../app/context.js";
import type { ActivityEntry } from "../../core/activity-log.js";
import { activityDetail, activityVerb } from "../../core/activity-text.js";
import { percent, plural } from "../../core/format.js";
import { baseName, dirName } from "../../core/paths.js";
import { h, uid } from "../../dom/h.js";
import { icon, type IconName } from "../../dom/icons.js";
import { VirtualList } from "../../dom/virtual-list.js";

export const ACTIVITY_ROW_HEIGHT = 56;

const KIND_ICON: Record<ActivityKind, IconName> = {
  upload: "upload",
  download: "download",
  delete: "delete",
  move: "move",
  conflict: "attention",
  mkdir: "folder",
};

interface RowParts {
  icon: HTMLElement;
  name: HTMLElement;
  where: HTMLElement;
  detail: HTMLElement;
  bar: HTMLElement;
  fill: HTMLElement;
}

const parts = new WeakMap<HTMLElement, RowParts>();

function createRow(): HTMLElement {
  const iconBox = h("span", { class: "activity-icon" });
  const name = h("span", { class: "activity-name" });
  const where = h("span", { class: "activity-where" });
  const detail = h("span", { class: "activity-detail" });
  const fill = h("span", { class: "progress-fill" });
  const bar = h(
    "span",
    {
      class: "progress small",
      attrs: { role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100 },
    },
    fill,
  );
  const row = h(
    "li",
    { class: "activity-row", testid: "activity-row" },
    iconBox,
    h(
      "span",
      { class: "activity-text" },
      h("span", { class: "activity-line" }, name, where),
      detail,
    ),
    bar,
  );
  parts.set(row, { icon: iconBox, name, where, detail, bar, fill });
  return row;
}

function renderEntry(row: HTMLElement, entry: ActivityEntry, now: number): void {
  const p = parts.get(row);
  if (!p) return;
  if (row.dataset["kind"] !== entry.kind) {
    p.icon.replaceChildren(icon(KIND_ICON[entry.kind]));
    row.dataset["kind"] = entry.kind;
  }
  row.dataset["path"] = entry.path;
  row.dataset["done"] = String(entry.done);
  row.dataset["failed"] = String(entry.error !== null);
  const name = baseName(entry.path);
  const dir = dirName(entry.path);
  p.name.textContent = name;
  p.where.textContent = dir === "" ? "" : dir;
  p.detail.textContent = activityDetail(entry, now);
  p.bar.hidden = entry.done;
  if (!entry.done) {
    const value = percent(entry.bytesDone, entry.bytesTotal);
    p.bar.setAttribute("aria-valuenow", String(value));
    p.bar.setAttribute("aria-label", `${activityVerb(entry.kind, false)} ${name}`);
    p.fill.style.width = `${value}%`;
  }
}

export interface ActivityPanel {
  element: HTMLElement;
  dispose(): void;
}

export function activityPanel(ctx: AppContext): ActivityPanel {
  const log = ctx.activity;
  const headingId = uid("activity-heading");
  const count = h("span", { class: "section-meta", testid: "activity-count" });
  const empty = h(
    "p",
    { class: "empty", testid: "activity-empty" },
    "Nothing has changed since Cirrus started. Uploads, downloads and deletes show up here.",
  );
  const list = new VirtualList({
    label: "Recent activity, newest first",
    testid: "activity-list",
    rowHeight: ACTIVITY_ROW_HEIGHT,
    count: () => log.size,
    createRow,
    renderRow: (row, index) => {
      const entry = log.newest(index);
      if (entry) renderEntry(row, entry, ctx.now());
    },
  });

  let newestId = log.newest(0)?.id ?? 0;
  let frame: number | null = null;
  const sync = () => {
    frame = null;
    const latest = log.newest(0)?.id ?? 0;
    list.keepPosition(latest - newestId);
    newestId = latest;
    const running = log.inProgress;
    count.textContent =
      log.size === 0
        ? ""
        : running > 0
          ? `${plural(running, "transfer")} running`
          : plural(log.size, "item");
    empty.hidden = log.size > 0;
    list.element.hidden = log.size === 0;
    list.render();
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(sync);
  };

  const off = ctx.events.on((event) => {
    if (event.type === "activity") schedule();
  });

  const element = h(
    "section",
    { class: "card activity-card", attrs: { "aria-labelledby": headingId } },
    h(
      "div",
      { class: "section-head" },
      h("h2", { attrs: { id: headingId } }, "Recent activity"),
      count,
    ),
    empty,
    list.element,
  );
  schedule();

  return {
    element,
    dispose: () => {
      off();
      if (frame !== null) cancelAnimationFrame(frame);
      list.dispose();
    },
  };
}
