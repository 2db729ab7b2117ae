// Page-side helpers: sign in through the first-run screen, read and wait for the
// popup's state, record how the state heading changes, navigate the main sections.
import { expect, type Locator, type Page } from "@playwright/test";
import { lstat, readFile } from "node:fs/promises";
import type { Account, UiClient } from "./fixtures.js";

// The browser globals the in-page callbacks below use. This file compiles without the
// DOM lib (tsconfig.json serves Node code), so they are declared here, for this module only.
interface PageNode {
  textContent: string | null;
}
declare const document: { querySelector(selector: string): PageNode | null };
declare const window: { cirrusHeadings?: string[] };
declare class MutationObserver {
  constructor(callback: () => void);
  observe(target: PageNode, options: Record<string, boolean>): void;
}

/** Long enough for a sync round over loopback on a busy 2-core machine. */
export const SYNC_TIMEOUT = 20_000;

export function stateHeading(page: Page): Locator {
  return page.getByTestId("state-heading");
}

export async function expectUpToDate(page: Page, timeout = SYNC_TIMEOUT): Promise<void> {
  await expect(stateHeading(page)).toHaveText("Up to date", { timeout });
}

export async function signIn(
  page: Page,
  cirrus: UiClient,
  account: Account,
  options: { deviceName?: string; beforeSubmit?: () => Promise<void> } = {},
): Promise<void> {
  await page.goto(cirrus.url);
  const form = page.getByTestId("first-run-sign-in-form");
  await expect(page.getByTestId("screen-first-run")).toBeVisible();
  await form.getByTestId("first-run-server").fill(account.server);
  await form.getByTestId("first-run-user").fill(account.user);
  await form.getByTestId("first-run-password").fill(account.password);
  await form.getByTestId("first-run-device").fill(options.deviceName ?? "Browser laptop");
  await form.getByTestId("first-run-folder").fill(cirrus.folder);
  await options.beforeSubmit?.();
  await form.getByTestId("first-run-sign-in").click();
  await expect(page.getByTestId("screen-popup")).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expectUpToDate(page);
}

/** Start recording every text the state heading shows; call the result to read them. */
export async function recordHeadings(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heading = document.querySelector('[data-testid="state-heading"]');
    if (!heading) throw new Error("no state heading on this screen");
    const seen: string[] = [heading.textContent ?? ""];
    const observer = new MutationObserver(() => {
      const text = heading.textContent ?? "";
      if (seen.at(-1) !== text) seen.push(text);
    });
    observer.observe(heading, { childList: true, characterData: true, subtree: true });
    window.cirrusHeadings = seen;
  });
  return () => page.evaluate(() => [...(window.cirrusHeadings ?? [])]);
}

export type Section = "status" | "files" | "exclude" | "settings";

export async function goTo(page: Page, section: Section): Promise<void> {
  await page.getByTestId(`nav-${section}`).click();
  const screen = section === "status" ? "screen-popup" : `screen-${section}`;
  await expect(page.getByTestId(screen)).toBeVisible();
}

export function fileRow(page: Page, rel: string): Locator {
  return page.locator(`[data-testid="file-row"][data-path="${rel}"]`);
}

export async function exists(abs: string): Promise<boolean> {
  return (await lstat(abs).catch(() => null)) !== null;
}

export async function readText(abs: string): Promise<string | null> {
  return readFile(abs, "utf8").catch(() => null);
}
