// A mass delete waits for a person: 55 of 60 files deleted on the other device open
// the confirmation listing them. "Keep them" deletes nothing here; "Delete them"
// (through Review) applies the deletes.
import { readdir } from "node:fs/promises";
import { expect, test } from "./support/fixtures.js";
import { SYNC_TIMEOUT, expectUpToDate, signIn, stateHeading } from "./support/ui.js";

const name = (i: number) => `bulk/file-${String(i).padStart(2, "0")}.txt`;

test("holds a mass delete until confirmed in the dialog", async ({
  page,
  cirrus,
  account,
  addDevice,
  shot,
}) => {
  // The other device deletes without asking (its own guard is off), so the held-back
  // deletes are this computer's to confirm.
  const other = await addDevice("Desk", { massDelete: { minCount: 100_000, share: 1 } });
  for (let i = 0; i < 60; i++) await other.write(name(i), `file ${i}\n`);
  await other.sync();

  await signIn(page, cirrus, account);
  const onDisk = async () => (await readdir(cirrus.abs("bulk")).catch(() => [])).length;
  await expect.poll(onDisk, { timeout: SYNC_TIMEOUT }).toBe(60);
  await expectUpToDate(page);

  for (let i = 0; i < 55; i++) await other.remove(name(i));
  await other.sync();

  const dialog = page.getByTestId("mass-delete-dialog");
  await expect(dialog).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expect(dialog.getByRole("heading")).toHaveText("Delete 55 files everywhere?");
  const paths = dialog.getByTestId("mass-delete-paths").locator("li");
  await expect(paths).toHaveCount(55);
  await expect(paths.first()).toHaveText(name(0));
  await expect(paths.last()).toHaveText(name(54));
  await expect(dialog.getByTestId("mass-delete-keep")).toBeFocused();
  await shot("mass-delete-dialog");

  // Keep them: nothing is deleted here; the popup keeps a way back to the decision.
  await dialog.getByTestId("mass-delete-keep").click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toast").last()).toHaveText("Nothing was deleted.");
  await expect(stateHeading(page)).toHaveText("Waiting for your confirmation");
  await expect(page.getByTestId("mass-delete-banner")).toBeVisible();
  expect(await onDisk()).toBe(60);
  await shot("mass-delete-kept");

  // Review, then Delete them: the deletes are applied.
  await page.getByTestId("mass-delete-review").click();
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("mass-delete-confirm").click();
  await expect(dialog).toBeHidden();
  await expect.poll(onDisk, { timeout: SYNC_TIMEOUT }).toBe(5);
  await expectUpToDate(page);
  await expect(page.getByTestId("mass-delete-banner")).toBeHidden();
  expect((await readdir(cirrus.abs("bulk"))).sort()).toEqual(
    [55, 56, 57, 58, 59].map((i) => name(i).slice("bulk/".length)),
  );
  await shot("mass-delete-applied");

  // Both devices agree.
  await other.sync();
  expect(await other.list("bulk")).toEqual(
    [55, 56, 57, 58, 59].map((i) => name(i).slice("bulk/".length)),
  );
});
