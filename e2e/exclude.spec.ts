// Selective sync: unchecking a folder in the tree stops syncing it here. What is
// already on disk stays; new files added to it elsewhere no longer arrive.
import { expect, test } from "./support/fixtures.js";
import {
  SYNC_TIMEOUT,
  exists,
  expectUpToDate,
  fileRow,
  goTo,
  readText,
  signIn,
} from "./support/ui.js";

test("excludes a folder: it stops syncing and stays on disk", async ({
  page,
  cirrus,
  account,
  addDevice,
  shot,
}) => {
  const other = await addDevice("Desk");
  await other.write("Archive/2023/old.txt", "old stuff\n");
  await other.write("Archive/index.txt", "archive index\n");
  await other.write("Work/plan.txt", "the plan\n");
  await other.sync();

  await signIn(page, cirrus, account);
  await expect.poll(() => readText(cirrus.abs("Archive/2023/old.txt"))).toBe("old stuff\n");
  await expect.poll(() => readText(cirrus.abs("Work/plan.txt"))).toBe("the plan\n");

  await goTo(page, "exclude");
  await expect(page.getByTestId("exclude-explainer")).toContainText("deletes nothing");
  const row = (p: string) => page.locator(`[data-testid="exclude-row"][data-path="${p}"]`);
  const box = (p: string) => row(p).getByTestId("exclude-checkbox").first();
  await expect(page.getByTestId("exclude-row")).toHaveCount(2);
  await expect(box("Archive")).toBeChecked();
  await expect(box("Work")).toBeChecked();
  // Subfolders load when their parent is expanded.
  await row("Archive").getByTestId("exclude-expand").first().click();
  await expect(box("Archive/2023")).toBeChecked();

  await box("Archive").uncheck();
  await expect(page.getByTestId("exclude-message")).toContainText("Nothing was deleted");
  await expect(box("Archive")).not.toBeChecked();
  // A folder inside follows its parent.
  await expect(box("Archive/2023")).not.toBeChecked();
  await expect(box("Archive/2023")).toBeDisabled();
  await shot("exclude-unchecked");

  // New files on the other device: Work's arrives, Archive's does not.
  await other.write("Archive/2023/new.txt", "added later\n");
  await other.write("Archive/new-index.txt", "added later\n");
  await other.write("Work/notes.txt", "new notes\n");
  await other.sync();
  await expect
    .poll(() => readText(cirrus.abs("Work/notes.txt")), { timeout: SYNC_TIMEOUT })
    .toBe("new notes\n");
  await goTo(page, "status");
  await expectUpToDate(page);
  expect(await exists(cirrus.abs("Archive/2023/new.txt"))).toBe(false);
  expect(await exists(cirrus.abs("Archive/new-index.txt"))).toBe(false);
  // What was already here stays on disk, and on the server and the other device.
  expect(await readText(cirrus.abs("Archive/2023/old.txt"))).toBe("old stuff\n");
  expect(await readText(cirrus.abs("Archive/index.txt"))).toBe("archive index\n");
  await other.sync();
  expect(await other.readText("Archive/2023/old.txt")).toBe("old stuff\n");
  expect(await other.readText("Archive/2023/new.txt")).toBe("added later\n");

  // The files view says so.
  await goTo(page, "files");
  await expect(fileRow(page, "Archive")).toHaveAttribute("data-state", "excluded");
  await expect(fileRow(page, "Archive").getByTestId("file-state")).toHaveText("Not synced here");
  await expect(fileRow(page, "Work")).toHaveAttribute("data-state", "hydrated");
  await shot("files-with-excluded-folder");

  // The choice survives a reload of the tree.
  await goTo(page, "exclude");
  await expect(box("Archive")).not.toBeChecked();
});
