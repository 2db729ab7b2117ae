// "Keep files on this computer": first run without a server starts the embedded
// endpoint in the profile, and a file put in the folder syncs to it.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./support/fixtures.js";
import { SYNC_TIMEOUT, exists, expectUpToDate, fileRow, goTo } from "./support/ui.js";

test("keeps files on this computer with the embedded endpoint", async ({ page, cirrus, shot }) => {
  await page.goto(cirrus.url);
  await expect(page.getByTestId("screen-first-run")).toBeVisible();
  const form = page.getByTestId("first-run-local-form");
  // The folder is required.
  await form.getByTestId("first-run-use-local").click();
  await expect(form.getByTestId("first-run-local-folder")).toHaveAttribute("aria-invalid", "true");

  // A folder that holds the profile (as a home folder holds ~/.config/cirrus) is refused
  // before anything starts, with the reason.
  await form.getByTestId("first-run-local-folder").fill(path.dirname(cirrus.profileDir));
  await form.getByTestId("first-run-use-local").click();
  await expect(form.getByTestId("first-run-local-error")).toContainText(
    "holds this device's profile",
  );
  expect(await exists(`${cirrus.profileDir}/server`)).toBe(false);

  await form.getByTestId("first-run-local-folder").fill(cirrus.folder);
  await form.getByTestId("first-run-use-local").click();
  await expect(page.getByTestId("screen-popup")).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expectUpToDate(page);
  expect(await exists(cirrus.folder)).toBe(true);

  // The engine runs the endpoint itself, on loopback, with its data in the profile.
  const status = await cirrus.call<{
    account: { embedded: boolean; server: string } | null;
  }>("getStatus");
  expect(status.account?.embedded).toBe(true);
  expect(status.account?.server).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(await exists(`${cirrus.profileDir}/server`)).toBe(true);

  await writeFile(cirrus.abs("recipe.txt"), "flour, water, salt\n");
  const row = page.getByTestId("activity-row").and(page.locator('[data-path="recipe.txt"]'));
  await expect(row).toHaveAttribute("data-done", "true", { timeout: SYNC_TIMEOUT });
  await expectUpToDate(page);
  await shot("embedded-popup");

  await goTo(page, "files");
  await expect(fileRow(page, "recipe.txt")).toHaveAttribute("data-state", "hydrated");
  await expect(fileRow(page, "recipe.txt").getByTestId("file-state")).toHaveText(
    "On this computer",
  );
  await shot("embedded-files");

  await goTo(page, "settings");
  await expect(page.getByTestId("account-server")).toHaveText("This computer (no server)");
});
