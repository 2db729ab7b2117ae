// The popup's top: what the folder is doing (the page's h1), Pause/Resume, Sync now,
// and a way back to a pending mass-delete confirmation.
import type { ClientStatus } from "../../../shared/client-api.js";
import type { AppContext } from "../../app/context.js";
import { massDeleteWording } from "../../core/mass-delete.js";
import { describeStatus, pauseControl, type Tone } from "../../core/state-text.js";
import { runAction } from "../../dom/action.js";
import { h } from "../../dom/h.js";
import { icon, type IconName } from "../../dom/icons.js";
import { announce } from "../../dom/live.js";

const TONE_ICON: Record<Tone, IconName> = {
  ok: "ok",
  busy: "sync",
  paused: "pause",
  offline: "offline",
  error: "error",
  attention: "attention",
  setup: "setup",
};

export interface StatusCard {
  element: HTMLElement;
  update(status: ClientStatus): void;
}

export function statusCard(ctx: AppContext): StatusCard {
  const iconBox = h("div", { class: "status-icon" });
  const heading = h("h1", {
    class: "status-heading",
    testid: "state-heading",
    attrs: { tabindex: -1 },
  });
  const detail = h("p", { class: "status-detail", testid: "state-detail" });
  const pauseButton = h(
    "button",
    { class: "button", testid: "pause", attrs: { type: "button" } },
    "Pause",
  );
  const resumeButton = h(
    "button",
    { class: "button primary", testid: "resume", attrs: { type: "button" } },
    "Resume",
  );
  const syncButton = h(
    "button",
    { class: "button", testid: "sync-now", attrs: { type: "button" } },
    "Sync now",
  );
  const massText = h("p", { class: "banner-text" });
  const massBanner = h(
    "div",
    { class: "banner attention", testid: "mass-delete-banner", attrs: { hidden: true } },
    massText,
    h(
      "button",
      {
        class: "button",
        testid: "mass-delete-review",
        attrs: { type: "button" },
        on: {
          click: () => {
            ctx.reviewMassDelete();
          },
        },
      },
      "Review",
    ),
  );

  const refreshAfter = (work: () => Promise<void>) => async () => {
    await work();
    await ctx.store.refresh();
  };
  pauseButton.addEventListener("click", () => {
    void runAction(
      pauseButton,
      refreshAfter(() => ctx.api.pause()),
      {
        done: "Syncing paused",
        failed: "Couldn't pause",
      },
    );
  });
  resumeButton.addEventListener("click", () => {
    void runAction(
      resumeButton,
      refreshAfter(() => ctx.api.resume()),
      {
        done: "Syncing resumed",
        failed: "Couldn't resume",
      },
    );
  });
  syncButton.addEventListener("click", () => {
    void runAction(syncButton, () => ctx.api.syncNow(), {
      done: "Checking for changes now",
      failed: "Couldn't start a sync",
    });
  });

  const element = h(
    "section",
    { class: "card status-card", testid: "status-card", attrs: { "aria-label": "Sync status" } },
    h("div", { class: "status-row" }, iconBox, h("div", { class: "status-text" }, heading, detail)),
    h("div", { class: "status-actions" }, pauseButton, resumeButton, syncButton),
    massBanner,
  );

  let lastHeading: string | null = null;
  let lastTone: Tone | null = null;

  const update = (status: ClientStatus) => {
    const text = describeStatus(status, ctx.now());
    if (text.tone !== lastTone) {
      iconBox.replaceChildren(
        icon(TONE_ICON[text.tone], `icon status-glyph${text.tone === "busy" ? " spin" : ""}`),
      );
      element.dataset["tone"] = text.tone;
      lastTone = text.tone;
    }
    heading.textContent = text.heading;
    detail.textContent = text.detail;
    if (lastHeading !== null && lastHeading !== text.heading)
      announce(`${text.heading}. ${text.detail}`);
    lastHeading = text.heading;

    const control = pauseControl(status);
    pauseButton.hidden = control !== "pause";
    resumeButton.hidden = control !== "resume";
    syncButton.hidden = control === "none";

    const pending = status.folder?.massDeletePending ?? null;
    massBanner.hidden = pending === null;
    if (pending) {
      massText.textContent = massDeleteWording(pending).banner;
    }
  };

  return { element, update };
}
