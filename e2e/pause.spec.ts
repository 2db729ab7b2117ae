// Pause and Resume: while paused the state says so and nothing arrives; after Resume
// the file added meanwhile comes down.
import { expect, test } from "./support/fixtures.js";
import {
  SYNC_TIMEOUT,
  exists,
  expectUpToDate,
  readText,
  signIn,
  stateHeading,
} from "./support/ui.js";

/** How long a paused client is watched for a file it must not fetch. */
const QUIET_MS = 2_500;

test("pauses and resumes syncing", async ({ page, cirrus, account, addDevice, shot }) => {
  const other = await addDevice("Desk");
  await signIn(page, cirrus, account);

  await page.getByTestId("pause").click();
  await expect(stateHeading(page)).toHaveText("Paused");
  await expect(page.getByTestId("state-detail")).toHaveText("You paused syncing.");
  await expect(page.getByTestId("resume")).toBeVisible();
  await expect(page.getByTestId("pause")).toBeHidden();
  const status = await cirrus.control<{ state: string; pauseReason: string | null }>("/api/status");
  expect(status).toMatchObject({ state: "paused", pauseReason: "user" });

  // Added on the other device while paused: the server has it, this computer does not.
  await other.write("while-paused.txt", "arrives after resume\n");
  await other.sync();
  await page.waitForTimeout(QUIET_MS);
  expect(await exists(cirrus.abs("while-paused.txt"))).toBe(false);
  await expect(stateHeading(page)).toHaveText("Paused");
  await shot("popup-paused");

  // The pause survives a reload of the page (it is the engine's state, not the page's).
  await page.reload();
  await expect(stateHeading(page)).toHaveText("Paused");

  await page.getByTestId("resume").click();
  await expect
    .poll(() => readText(cirrus.abs("while-paused.txt")), { timeout: SYNC_TIMEOUT })
    .toBe("arrives after resume\n");
  await expectUpToDate(page);
  await expect(page.getByTestId("pause")).toBeVisible();
  await expect(
    page.getByTestId("activity-row").and(page.locator('[data-path="while-paused.txt"]')),
  ).toHaveAttribute("data-done", "true");
  await shot("popup-resumed");
});
