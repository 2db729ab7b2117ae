// First run: sign in to a real server through the form, and land on an up-to-date popup.
import { expect, test } from "./support/fixtures.js";
import { expectUpToDate, exists, signIn, stateHeading } from "./support/ui.js";

test("signs in through the first-run form and shows the folder up to date", async ({
  page,
  cirrus,
  account,
  shot,
}) => {
  await page.goto(cirrus.url);
  await expect(page.getByTestId("screen-first-run")).toBeVisible();
  // The token left the address bar as soon as the page took it.
  expect(page.url()).not.toContain("token=");
  await shot("first-run");

  await signIn(page, cirrus, account, { deviceName: "Browser laptop" });
  await expectUpToDate(page);
  await expect(page.getByTestId("state-detail")).toContainText("Last synced");
  await expect(page.getByTestId("pause")).toBeVisible();
  await shot("popup-up-to-date");

  // The engine agrees: signed in as this device, syncing the chosen folder, settled.
  type Status = {
    account: { user: string; deviceName: string } | null;
    folder: { folder: string; state: string } | null;
  };
  const status = await cirrus.call<Status>("getStatus");
  expect(status.account).toMatchObject({ user: account.user, deviceName: "Browser laptop" });
  expect(status.folder?.folder).toBe(cirrus.folder);
  await expect
    .poll(async () => (await cirrus.call<Status>("getStatus")).folder?.state)
    .toBe("idle");
  expect(await exists(cirrus.folder)).toBe(true);

  // A reload keeps the session (token in sessionStorage) and the state.
  await page.reload();
  await expect(stateHeading(page)).toHaveText("Up to date");
});
