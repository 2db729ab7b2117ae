// Where in the synced tree the files view is, with a link to each folder above.
import { breadcrumbs } from "../../core/paths.js";
import { routeHash } from "../../core/routes.js";
import { h } from "../../dom/h.js";

export function breadcrumbNav(path: string): HTMLElement {
  const crumbs = breadcrumbs(path);
  const items = crumbs.map((crumb, i) => {
    const last = i === crumbs.length - 1;
    const content = last
      ? h("span", { class: "crumb-current", attrs: { "aria-current": "page" } }, crumb.name)
      : h(
          "a",
          {
            testid: "breadcrumb",
            attrs: {
              href: routeHash({ name: "files", path: crumb.path }),
              "data-path": crumb.path,
            },
          },
          crumb.name,
        );
    return h("li", {}, content);
  });
  return h(
    "nav",
    { class: "breadcrumbs", testid: "breadcrumbs", attrs: { "aria-label": "Folder path" } },
    h("ol", {}, ...items),
  );
}
