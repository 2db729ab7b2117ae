// Wires the UI together: status store, event hub, activity log, shell, router and the
// mass-delete watch. Everything refreshes from events; nothing polls.
import type { SyncEvent } from "../../shared/status.js";
import { ActivityLog } from "../core/activity-log.js";
import { debounce } from "../core/debounce.js";
import type { PickedApi } from "../transport/pick-api.js";
import { isConnectionAware } from "../transport/connection.js";
import type { AppContext } from "./context.js";
import { EventHub } from "./event-hub.js";
import { MassDeleteWatch } from "./mass-delete-watch.js";
import { Router } from "./router.js";
import { screenFor } from "./screens.js";
import { mountShell } from "./shell.js";
import { StatusStore } from "./status-store.js";

export function startApp(root: HTMLElement, picked: PickedApi): () => void {
  const { api } = picked;
  const store = new StatusStore(api);
  const events = new EventHub(api);
  const activity = new ActivityLog();
  const shell = mountShell(root);
  const offs: (() => void)[] = [];

  // `state` and `synced` change the status: fetch it at once. Other events change
  // counts (conflicts, issues, pending work): fetch soon, once per burst.
  const refreshSoon = debounce(() => void store.refresh(), 250, 1500);
  offs.push(() => {
    refreshSoon.cancel();
  });
  offs.push(
    events.on((event: SyncEvent) => {
      switch (event.type) {
        case "state":
        case "synced":
          void store.refresh();
          break;
        case "activity":
          activity.apply(event, Date.now());
          if (event.done) refreshSoon();
          break;
        case "conflict":
        case "issue":
        case "massDelete":
          refreshSoon();
          break;
        case "symlink":
          break;
      }
    }),
  );

  if (isConnectionAware(api)) {
    let wasDown = false;
    offs.push(
      api.onConnectionChange((connected) => {
        shell.setProblem(
          "events",
          connected ? null : "Lost the connection to Cirrus. Reconnecting…",
        );
        // Events sent while the stream was down are lost: catch up on the status.
        if (connected && wasDown) void store.refresh();
        wasDown = !connected;
      }),
    );
  }

  const onVisible = () => {
    if (document.visibilityState === "visible") void store.refresh();
  };
  document.addEventListener("visibilitychange", onVisible);
  offs.push(() => {
    document.removeEventListener("visibilitychange", onVisible);
  });

  let router: Router | null = null;
  let massDelete: MassDeleteWatch | null = null;
  const ctx: AppContext = {
    api,
    store,
    events,
    activity,
    navigate: (route, options) => router?.navigate(route, options),
    reviewMassDelete: () => massDelete?.review(),
    now: () => Date.now(),
  };
  massDelete = new MassDeleteWatch(ctx);
  router = new Router(ctx, shell, screenFor, picked.hasToken);
  offs.push(router.start());
  offs.push(() => {
    massDelete.dispose();
  });
  void store.refresh();

  return () => {
    for (const off of offs.splice(0).reverse()) off();
    events.dispose();
  };
}
