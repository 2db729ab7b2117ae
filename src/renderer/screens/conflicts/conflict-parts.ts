// Pieces of the conflict view: one version's facts, the diff, the merge proposal.
import type { ConflictSide } from "../../../shared/status.js";
import { diffLines } from "../../core/diff-lines.js";
import { formatBytes, formatDate } from "../../core/format.js";
import { h, uid } from "../../dom/h.js";

function fact(term: string, value: string, testid?: string): HTMLElement[] {
  return [h("dt", {}, term), h("dd", { testid }, value)];
}

export function sideCard(options: {
  title: string;
  which: "local" | "remote";
  side: ConflictSide | null;
  onOpen: ((path: string) => void) | null;
}): HTMLElement {
  const { side, which } = options;
  const headingId = uid(`side-${which}`);
  const body = side
    ? h(
        "dl",
        { class: "facts" },
        ...fact("Size", formatBytes(side.size), `conflict-${which}-size`),
        ...fact("Modified", formatDate(side.mtime), `conflict-${which}-time`),
        ...fact("Device", side.device ?? "Unknown device", `conflict-${which}-device`),
        ...fact("File", side.path),
      )
    : h("p", { class: "section-help" }, "This version is no longer on this computer.");
  const onOpen = options.onOpen;
  const open =
    side && onOpen
      ? h(
          "button",
          {
            class: "button",
            testid: `conflict-open-${which}`,
            attrs: { type: "button" },
            on: {
              click: () => {
                onOpen(side.path);
              },
            },
          },
          "Open",
        )
      : null;
  return h(
    "section",
    {
      class: `card side side-${which}`,
      testid: `conflict-side-${which}`,
      attrs: { "aria-labelledby": headingId },
    },
    h("h2", { attrs: { id: headingId } }, options.title),
    body,
    open,
  );
}

export function diffView(diff: string): HTMLElement {
  const pre = h("pre", {
    class: "code diff",
    testid: "conflict-diff",
    attrs: { tabindex: 0, "aria-label": "Differences between the two versions" },
  });
  for (const line of diffLines(diff)) {
    // Block-level lines: each copies out as its own line, and a background spans the row.
    pre.appendChild(
      h("span", { class: `diff-line diff-${line.kind}` }, line.text === "" ? " " : line.text),
    );
  }
  const headingId = uid("diff-heading");
  return h(
    "section",
    { class: "card", attrs: { "aria-labelledby": headingId } },
    h("h2", { attrs: { id: headingId } }, "Differences"),
    h(
      "p",
      { class: "section-help" },
      h("span", { class: "diff-key diff-removed" }, "− lines"),
      " are only in the server's version; ",
      h("span", { class: "diff-key diff-added" }, "+ lines"),
      " are only in yours.",
    ),
    pre,
  );
}

export function mergeView(merged: string, useMerged: HTMLButtonElement): HTMLElement {
  const headingId = uid("merge-heading");
  return h(
    "section",
    { class: "card", testid: "conflict-merge-section", attrs: { "aria-labelledby": headingId } },
    h("h2", { attrs: { id: headingId } }, "Merged version"),
    h(
      "p",
      { class: "section-help" },
      "Your edits and the other device's edits don't overlap, so Cirrus can combine them. Check the result before you use it.",
    ),
    h(
      "pre",
      {
        class: "code",
        testid: "conflict-merge",
        attrs: { tabindex: 0, "aria-label": "Merged version" },
      },
      merged,
    ),
    h("div", { class: "actions-row" }, useMerged),
  );
}
