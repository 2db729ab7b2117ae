// The popup follows the engine while files sync: the state heading goes to Syncing and
// back to Up to date, and the activity list names each file, in both directions.
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./support/fixtures.js";
import { SYNC_TIMEOUT, expectUpToDate, readText, recordHeadings, signIn } from "./support/ui.js";

test("shows syncing, then up to date, and lists uploads and downloads", async ({
  page,
  cirrus,
  account,
  addDevice,
  shot,
}) => {
  const other = await addDevice("Desk");
  await signIn(page, cirrus, account);
  const headings = await recordHeadings(page);

  // Files written into this computer's folder: several MB, so the upload is visible.
  const names = ["photos/beach.bin", "photos/hills.bin", "report.txt"];
  await mkdir(cirrus.abs("photos"), { recursive: true });
  await writeFile(cirrus.abs(names[0] ?? ""), randomBytes(6 * 1024 * 1024));
  await writeFile(cirrus.abs(names[1] ?? ""), randomBytes(6 * 1024 * 1024));
  await writeFile(cirrus.abs(names[2] ?? ""), "quarterly numbers\n");

  const rows = page.getByTestId("activity-row");
  for (const name of names) {
    // The newest row of the file (the list is newest first): a round that caught the
    // file half-written stops that upload ("changed while it was read", a row of its
    // own) and the next round sends the whole file.
    const row = rows.and(page.locator(`[data-path="${name}"]`)).first();
    await expect(row).toContainText("Uploaded", { timeout: SYNC_TIMEOUT });
    await expect(row).toHaveAttribute("data-done", "true");
    await expect(row).toHaveAttribute("data-failed", "false");
    await expect(row).toHaveAttribute("data-kind", "upload");
    await expect(row).toContainText(path.posix.basename(name));
  }
  await expectUpToDate(page);
  await shot("activity-after-upload");

  const seen = await headings();
  expect(seen, `headings shown: ${seen.join(" → ")}`).toContain("Syncing");
  expect(seen.indexOf("Syncing")).toBeLessThan(seen.lastIndexOf("Up to date"));
  // It settles on Up to date (a quick follow-up round may flash Syncing once more).
  await expect.poll(async () => (await headings()).at(-1)).toBe("Up to date");

  // The other device gets them.
  await other.sync();
  expect(await other.readText("report.txt")).toBe("quarterly numbers\n");
  expect(await other.list("photos")).toEqual(["beach.bin", "hills.bin"]);

  // And the other way: a file made on the other device arrives and is listed as a download.
  const downloads = await recordHeadings(page);
  await other.write("from-desk.txt", "made on the desk\n");
  await other.sync();
  const row = rows.and(page.locator('[data-path="from-desk.txt"]'));
  await expect(row).toHaveAttribute("data-done", "true", { timeout: SYNC_TIMEOUT });
  await expect(row).toHaveAttribute("data-kind", "download");
  await expect(row).toContainText("Downloaded");
  await expectUpToDate(page);
  expect(await readText(cirrus.abs("from-desk.txt"))).toBe("made on the desk\n");
  await expect.poll(async () => (await downloads()).at(-1)).toBe("Up to date");
  await shot("activity-after-download");
});
