// Files on demand: turned on in Settings, new files from elsewhere arrive as
// placeholders; the files view downloads one (real bytes on disk, shown in the
// activity) and frees it up again (back to a stub).
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test } from "./support/fixtures.js";
import { SYNC_TIMEOUT, exists, expectUpToDate, fileRow, goTo, signIn } from "./support/ui.js";

test("downloads a placeholder and frees up space again", async ({
  page,
  cirrus,
  account,
  addDevice,
  shot,
}) => {
  const other = await addDevice("Desk");
  await signIn(page, cirrus, account);

  await goTo(page, "settings");
  const onDemand = page.getByTestId("settings-on-demand");
  await expect(onDemand).not.toBeChecked();
  await onDemand.check();
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-message")).toHaveText("Settings saved.");
  await expect(onDemand).toBeChecked();

  const content = randomBytes(300 * 1024);
  await other.write("video.bin", content);
  await other.sync();

  // It arrives as a stub: `video.bin.cirrus` and no real file.
  const stub = cirrus.abs("video.bin.cirrus");
  const real = cirrus.abs("video.bin");
  await expect.poll(() => exists(stub), { timeout: SYNC_TIMEOUT }).toBe(true);
  expect(await exists(real)).toBe(false);
  await goTo(page, "status");
  await expectUpToDate(page);

  await goTo(page, "files");
  const row = fileRow(page, "video.bin");
  await expect(row).toHaveAttribute("data-state", "placeholder");
  await expect(row.getByTestId("file-state")).toHaveText("Online only");
  await shot("files-placeholder");

  await row.getByTestId("file-download").click();
  await expect(row).toHaveAttribute("data-state", "hydrated", { timeout: SYNC_TIMEOUT });
  await expect(row.getByTestId("file-state")).toHaveText("On this computer");
  expect((await readFile(real)).equals(content)).toBe(true);
  expect(await exists(stub)).toBe(false);
  await shot("files-hydrated");

  await row.getByTestId("file-free-up").click();
  await expect(row).toHaveAttribute("data-state", "placeholder", { timeout: SYNC_TIMEOUT });
  expect(await exists(real)).toBe(false);
  const meta = JSON.parse(await readFile(stub, "utf8")) as { cirrus: string; size: number };
  expect(meta).toMatchObject({ cirrus: "placeholder", size: content.length });
  await shot("files-freed-up");

  // Freeing up space is not a delete: the server and the other device keep the file.
  await goTo(page, "status");
  await expectUpToDate(page);
  // The download shows in the activity, with its size (the stub's arrival has none).
  const downloads = page
    .getByTestId("activity-row")
    .and(page.locator('[data-path="video.bin"][data-kind="download"]'));
  await expect(downloads.filter({ hasText: "300 KB" })).toHaveAttribute("data-done", "true");
  await other.sync();
  expect((await readFile(other.abs("video.bin"))).equals(content)).toBe(true);
});
