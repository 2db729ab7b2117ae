// A large transfer in the popup's activity list: a progress bar that moves while the
// file goes up, then a finished row without it. A pause stops the transfer: its row
// says how far it got and why, and after Resume the file goes up in full.
import { randomBytes } from "node:crypto";
import { writeFile } from "node:fs/promises";
import type { Locator } from "@playwright/test";
import { expect, test } from "./support/fixtures.js";
import { SYNC_TIMEOUT, expectUpToDate, signIn } from "./support/ui.js";

const MiB = 1024 * 1024;

/** The progress bar's figure (0-100) of a running row. */
async function percentOf(row: Locator): Promise<number> {
  return Number(await row.getByRole("progressbar").getAttribute("aria-valuenow"));
}

test("shows a large upload's progress, a pause that stops it, and its end", async ({
  page,
  cirrus,
  account,
  shot,
}) => {
  await signIn(page, cirrus, account);
  await expectUpToDate(page);
  // 16 MiB at 2 MiB/s: long enough to watch the bar move.
  await cirrus.call("updateSettings", [{ bandwidth: { up: 2 * MiB, down: 0 } }]);
  await writeFile(cirrus.abs("film.mov"), randomBytes(16 * MiB));

  const row = page.getByTestId("activity-row").and(page.locator('[data-path="film.mov"]'));
  await expect(row).toHaveAttribute("data-done", "false", { timeout: SYNC_TIMEOUT });
  await expect(row).toContainText("Uploading");
  await expect.poll(() => percentOf(row), { timeout: SYNC_TIMEOUT }).toBeGreaterThan(0);
  const before = await percentOf(row);
  await expect.poll(() => percentOf(row), { timeout: SYNC_TIMEOUT }).toBeGreaterThan(before);
  expect(await percentOf(row)).toBeLessThan(100);
  await shot("activity-upload-progress");

  await page.getByTestId("pause").click();
  await expect(row).toHaveAttribute("data-failed", "true", { timeout: SYNC_TIMEOUT });
  await expect(row).toHaveAttribute("data-done", "true");
  await expect(row).toContainText("Upload stopped");
  await expect(row.getByRole("progressbar")).toBeHidden();
  await shot("activity-upload-stopped");

  await cirrus.call("updateSettings", [{ bandwidth: { up: 0, down: 0 } }]);
  await page.getByTestId("resume").click();
  // The next attempt is a row of its own, and it finishes.
  const retried = page
    .getByTestId("activity-row")
    .and(page.locator('[data-path="film.mov"][data-failed="false"]'));
  await expect(retried).toHaveAttribute("data-done", "true", { timeout: SYNC_TIMEOUT });
  await expect(retried).toContainText("Uploaded");
  const stopped = page
    .getByTestId("activity-row")
    .and(page.locator('[data-path="film.mov"][data-failed="true"]'));
  await expect(stopped).toContainText("Upload stopped");
  await expectUpToDate(page);
});
