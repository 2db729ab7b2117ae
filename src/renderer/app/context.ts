// What every screen gets: the API, the shared status, events and activity, and
// navigation. Screens hold nothing global beyond this.
import type { ClientApi } from "../../shared/client-api.js";
import type { ActivityLog } from "../core/activity-log.js";
import type { Route } from "../core/routes.js";
import type { EventHub } from "./event-hub.js";
import type { StatusStore } from "./status-store.js";

export interface AppContext {
  api: ClientApi;
  store: StatusStore;
  events: EventHub;
  activity: ActivityLog;
  navigate(route: Route, options?: { replace?: boolean }): void;
  /** Open the mass-delete confirmation for the pending set, if any. */
  reviewMassDelete(): void;
  now(): number;
}

export interface Screen {
  /** The screen's root; it contains exactly one h1. */
  element: HTMLElement;
  title: string;
  dispose(): void;
}

export type ScreenFactory<R extends Route = Route> = (ctx: AppContext, route: R) => Screen;
