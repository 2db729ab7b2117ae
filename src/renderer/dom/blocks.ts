// Small shared pieces of screens: loading and error blocks, the page heading, a back link.
import { h } from "./h.js";

export function loadingBlock(text = "Loading…"): HTMLElement {
  return h("p", { class: "loading", testid: "loading", attrs: { role: "status" } }, text);
}

export function errorBlock(text: string, retry?: () => void): HTMLElement {
  return h(
    "div",
    { class: "banner error", testid: "load-error", attrs: { role: "alert" } },
    h("p", { class: "banner-text" }, text),
    retry
      ? h(
          "button",
          {
            class: "button",
            testid: "load-retry",
            attrs: { type: "button" },
            on: { click: retry },
          },
          "Try again",
        )
      : null,
  );
}

/** The screen's h1; focusable by script so navigation can move focus to it. */
export function pageHeading(text: string, testid?: string): HTMLHeadingElement {
  return h("h1", { class: "page-title", testid, attrs: { tabindex: -1 } }, text);
}

export function backLink(href = "#/popup", text = "Back to status"): HTMLAnchorElement {
  return h("a", { class: "back-link", testid: "back-link", attrs: { href } }, `← ${text}`);
}
