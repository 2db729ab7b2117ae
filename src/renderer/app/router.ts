// Mounts the screen the location hash names. Without an account every route leads to
// first run; with one, first run leads to the popup. Focus moves to the new screen's
// heading on navigation, so screen readers hear where they are.
import { errorText, describeError } from "../core/error-text.js";
import { parseRoute, routeHash, type Route } from "../core/routes.js";
import { errorBlock, loadingBlock } from "../dom/blocks.js";
import { focusHeading } from "../dom/focus.js";
import { h } from "../dom/h.js";
import type { AppContext, Screen } from "./context.js";
import type { Shell } from "./shell.js";

export type ScreenTable = (ctx: AppContext, route: Route) => Screen;

export class Router {
  private current: { key: string; screen: Screen } | null = null;
  private placeholder: "loading" | "error" | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly shell: Shell,
    private readonly screens: ScreenTable,
    private readonly hasToken: boolean,
  ) {}

  start(): () => void {
    const onHash = () => {
      this.render(true);
    };
    window.addEventListener("hashchange", onHash);
    const off = this.ctx.store.subscribe(() => {
      this.render(false);
    });
    this.render(false);
    return () => {
      window.removeEventListener("hashchange", onHash);
      off();
      this.current?.screen.dispose();
    };
  }

  navigate(route: Route, options: { replace?: boolean } = {}): void {
    const hash = routeHash(route);
    if (options.replace) {
      history.replaceState(history.state, "", hash);
      this.render(true);
    } else if (location.hash === hash) {
      this.render(true);
    } else {
      location.hash = hash;
    }
  }

  private render(moveFocus: boolean): void {
    const { status, error } = this.ctx.store;
    if (!status) {
      this.showPlaceholder(error === null ? "loading" : "error", error);
      return;
    }
    this.placeholder = null;
    this.shell.setProblem(
      "status",
      error === null ? null : `Can't reach Cirrus right now: ${errorText(error)}`,
    );

    let route = parseRoute(location.hash);
    if (status.account === null && route.name !== "first-run") {
      route = { name: "first-run" };
      history.replaceState(history.state, "", routeHash(route));
    } else if (status.account !== null && route.name === "first-run") {
      route = { name: "popup" };
      history.replaceState(history.state, "", routeHash(route));
      moveFocus = true;
    }
    this.shell.setNavVisible(status.account !== null);
    const key = routeHash(route);
    if (this.current?.key === key) return;

    this.current?.screen.dispose();
    const screen = this.screens(this.ctx, route);
    this.current = { key, screen };
    this.shell.outlet.replaceChildren(screen.element);
    this.shell.setActive(route);
    document.title = `${screen.title} – Cirrus`;
    if (moveFocus) focusHeading(screen.element);
  }

  private showPlaceholder(kind: "loading" | "error", error: unknown): void {
    if (this.placeholder === kind && kind === "loading") return;
    this.placeholder = kind;
    this.current?.screen.dispose();
    this.current = null;
    this.shell.setActive(null);
    this.shell.setNavVisible(false);
    if (kind === "loading") {
      this.shell.outlet.replaceChildren(
        h(
          "div",
          { class: "screen" },
          h("h1", { class: "page-title" }, "Cirrus"),
          loadingBlock("Connecting to Cirrus…"),
        ),
      );
      return;
    }
    const code = describeError(error).code;
    const text =
      !this.hasToken || code === "unauthorized"
        ? "This page needs its access key. Open it again from the link Cirrus printed when it started."
        : `Can't reach Cirrus: ${errorText(error)}`;
    this.shell.outlet.replaceChildren(
      h(
        "div",
        { class: "screen", testid: "screen-unreachable" },
        h("h1", { class: "page-title" }, "Cirrus isn't reachable"),
        errorBlock(text, () => void this.ctx.store.refresh()),
      ),
    );
    document.title = "Cirrus";
  }
}
