// Conflicts, decided in the conflict view: Keep mine, Keep theirs and Keep both, each
// checked on this computer's disk and, after syncing, on the other device.
import { writeFile } from "node:fs/promises";
import { expect, test } from "./support/fixtures.js";
import {
  SYNC_TIMEOUT,
  exists,
  expectUpToDate,
  readText,
  signIn,
  stateHeading,
} from "./support/ui.js";

interface Conflict {
  path: string;
  conflictPath: string;
}

test("resolves conflicts with keep mine, keep theirs and keep both", async ({
  page,
  cirrus,
  account,
  addDevice,
  shot,
}) => {
  const other = await addDevice("Desk");
  await signIn(page, cirrus, account);
  const files = ["mine.txt", "theirs.txt", "both.txt"];
  for (const name of files) await other.write(name, `shared start of ${name}\n`);
  await other.sync();
  for (const name of files) {
    await expect
      .poll(() => readText(cirrus.abs(name)), { timeout: SYNC_TIMEOUT })
      .toBe(`shared start of ${name}\n`);
  }
  await expectUpToDate(page);

  // Both sides edit while this computer is paused: the next round finds a conflict.
  await page.getByTestId("pause").click();
  await expect(stateHeading(page)).toHaveText("Paused");
  for (const name of files) {
    await writeFile(cirrus.abs(name), `shared start of ${name}\nedited on this computer\n`);
    await other.write(name, `shared start of ${name}\nedited on the desk\n`);
  }
  await other.sync();
  await page.getByTestId("resume").click();

  await expect(stateHeading(page)).toHaveText("Conflicts are waiting", { timeout: SYNC_TIMEOUT });
  const panel = page.getByTestId("conflicts-panel");
  await expect(panel.getByTestId("conflict-item")).toHaveCount(3);
  await shot("popup-conflicts");

  const conflicts = await cirrus.call<Conflict[]>("listConflicts");
  const copyOf = (name: string): string => {
    const found = conflicts.find((c) => c.path === name);
    if (!found) throw new Error(`no conflict for ${name}: ${JSON.stringify(conflicts)}`);
    return found.conflictPath;
  };
  const mine = (name: string) => `shared start of ${name}\nedited on this computer\n`;
  const theirs = (name: string) => `shared start of ${name}\nedited on the desk\n`;
  // The server's version keeps the name; this computer's is kept as the conflict copy.
  for (const name of files) {
    expect(await readText(cirrus.abs(name))).toBe(theirs(name));
    expect(await readText(cirrus.abs(copyOf(name)))).toBe(mine(name));
  }

  const decide = async (name: string, choice: "local" | "remote" | "both") => {
    await page.locator(`[data-testid="conflict-open"][data-path="${name}"]`).click();
    const screen = page.getByTestId("screen-conflict");
    await expect(screen).toHaveAttribute("data-path", name);
    await expect(page.getByTestId("conflict-title")).toHaveText(`Conflict: ${name}`);
    await expect(page.getByTestId("conflict-side-local")).toBeVisible();
    await expect(page.getByTestId("conflict-side-remote")).toBeVisible();
    await expect(page.getByTestId("conflict-diff")).toContainText("edited on this computer");
    await shot(`conflict-${choice}`);
    await page.getByTestId(`conflict-resolve-${choice}`).click();
  };

  // Keep mine: this computer's version takes the name, the copy goes.
  await decide("mine.txt", "local");
  await expect(page.getByTestId("screen-conflicts")).toBeVisible();
  await expect(page.getByTestId("conflict-item")).toHaveCount(2);
  expect(await readText(cirrus.abs("mine.txt"))).toBe(mine("mine.txt"));
  expect(await exists(cirrus.abs(copyOf("mine.txt")))).toBe(false);

  // Keep theirs: the server's version stays, this computer's copy goes to the trash.
  await decide("theirs.txt", "remote");
  await expect(page.getByTestId("screen-conflicts")).toBeVisible();
  await expect(page.getByTestId("conflict-item")).toHaveCount(1);
  expect(await readText(cirrus.abs("theirs.txt"))).toBe(theirs("theirs.txt"));
  expect(await exists(cirrus.abs(copyOf("theirs.txt")))).toBe(false);

  // Keep both: both files stay side by side. The last decision leads back to the popup.
  await decide("both.txt", "both");
  await expect(page.getByTestId("screen-popup")).toBeVisible();
  expect(await readText(cirrus.abs("both.txt"))).toBe(theirs("both.txt"));
  expect(await readText(cirrus.abs(copyOf("both.txt")))).toBe(mine("both.txt"));

  await expectUpToDate(page);
  await expect(page.getByTestId("conflicts-panel")).toBeHidden();
  expect(await cirrus.call<Conflict[]>("listConflicts")).toEqual([]);
  await shot("conflicts-resolved");

  // The other device converges on the same decisions.
  const expected = {
    [`mine.txt`]: mine("mine.txt"),
    [`theirs.txt`]: theirs("theirs.txt"),
    [`both.txt`]: theirs("both.txt"),
    [copyOf("both.txt")]: mine("both.txt"),
  };
  await expect
    .poll(
      async () => {
        await other.sync();
        const seen: Record<string, string | null> = {};
        for (const name of await other.list()) seen[name] = await other.readText(name);
        return seen;
      },
      { timeout: SYNC_TIMEOUT },
    )
    .toEqual(expected);
});
