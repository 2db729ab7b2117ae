// The page frame: a header with the main navigation, a notice when the connection to
// the engine drops, <main> where screens mount, notices and the live region.
import type { Route } from "../core/routes.js";
import { h } from "../dom/h.js";
import { icon } from "../dom/icons.js";
import { mountLiveRegion } from "../dom/live.js";
import { mountToasts } from "../dom/toast.js";

const NAV: { label: string; hash: string; testid: string; matches: Route["name"][] }[] = [
  {
    label: "Status",
    hash: "#/popup",
    testid: "nav-status",
    matches: ["popup", "conflicts", "conflict"],
  },
  { label: "Files", hash: "#/files", testid: "nav-files", matches: ["files"] },
  { label: "Exclude folders", hash: "#/exclude", testid: "nav-exclude", matches: ["exclude"] },
  { label: "Settings", hash: "#/settings", testid: "nav-settings", matches: ["settings"] },
];

export interface Shell {
  outlet: HTMLElement;
  setActive(route: Route | null): void;
  setNavVisible(visible: boolean): void;
  /** A problem reaching the engine, per source ("events", "status"); null clears it. */
  setProblem(source: string, text: string | null): void;
}

export function mountShell(root: HTMLElement): Shell {
  const links = NAV.map((item) => ({
    item,
    link: h(
      "a",
      { class: "nav-link", testid: item.testid, attrs: { href: item.hash } },
      item.label,
    ),
  }));
  const nav = h(
    "nav",
    { class: "app-nav", attrs: { "aria-label": "Main" } },
    h("ul", {}, ...links.map(({ link }) => h("li", {}, link))),
  );
  const problem = h("p", {
    class: "connection-banner",
    testid: "connection-banner",
    attrs: { hidden: true },
  });
  const problemRegion = h("div", { attrs: { role: "status" } }, problem);
  const header = h(
    "header",
    { class: "app-header" },
    h(
      "div",
      { class: "brand" },
      icon("cloud", "icon brand-icon"),
      h("span", { class: "brand-name" }, "Cirrus"),
    ),
    nav,
  );
  const problems = new Map<string, string>();
  const outlet = h("main", { class: "app-main", attrs: { id: "main", tabindex: -1 } });
  root.replaceChildren(header, problemRegion, outlet);
  mountToasts(root);
  mountLiveRegion(root);

  return {
    outlet,
    setActive(route) {
      for (const { item, link } of links) {
        const active = route !== null && item.matches.includes(route.name);
        if (active) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
      }
    },
    setNavVisible(visible) {
      nav.hidden = !visible;
    },
    setProblem(source, text) {
      if (text === null) problems.delete(source);
      else problems.set(source, text);
      const shown = [...problems.values()][0] ?? null;
      if (problem.textContent !== (shown ?? "")) problem.textContent = shown ?? "";
      problem.hidden = shown === null;
    },
  };
}
