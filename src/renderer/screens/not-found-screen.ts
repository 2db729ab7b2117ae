// An address that names no screen.
import type { Screen } from "../app/context.js";
import { backLink, pageHeading } from "../dom/blocks.js";
import { h } from "../dom/h.js";

export function notFoundScreen(): Screen {
  const element = h(
    "div",
    { class: "screen", testid: "screen-not-found" },
    pageHeading("Nothing here"),
    h("p", { class: "lead" }, "This address doesn't lead to a Cirrus screen."),
    backLink(),
  );
  return { element, title: "Not found", dispose: () => undefined };
}
