// Bandwidth limits in Settings: saved, shown again after a reload, remembered in the
// profile, and applied by the running engine at once.
import { expect, test } from "./support/fixtures.js";
import { goTo, signIn } from "./support/ui.js";

test("changes the bandwidth limits and keeps them", async ({ page, cirrus, account, shot }) => {
  await signIn(page, cirrus, account);
  await goTo(page, "settings");
  const up = page.getByTestId("settings-bandwidth-up");
  const down = page.getByTestId("settings-bandwidth-down");
  await expect(up).toHaveValue("0");
  await expect(down).toHaveValue("0");

  // A value that is not a number is refused at the field.
  await up.fill("fast");
  await page.getByTestId("settings-save").click();
  await expect(up).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("settings-message")).toHaveText("");

  await up.fill("256");
  await down.fill("1024");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-message")).toHaveText("Settings saved.");
  await expect(up).not.toHaveAttribute("aria-invalid", "true");
  await shot("settings-bandwidth-saved");

  // The running engine applies the limits (bytes per second) ...
  const control = await cirrus.control<{ bandwidth: { up: number; down: number } }>("/api/status");
  expect(control.bandwidth).toEqual({ up: 256 * 1024, down: 1024 * 1024 });
  const status = await cirrus.call<{ settings: { bandwidth: { up: number; down: number } } }>(
    "getStatus",
  );
  expect(status.settings.bandwidth).toEqual({ up: 256 * 1024, down: 1024 * 1024 });
  // ... and remembers them in the profile.
  expect((await cirrus.profile())["bandwidth"]).toEqual({ up: 256 * 1024, down: 1024 * 1024 });

  // A reload shows the saved values.
  await page.reload();
  await expect(page.getByTestId("screen-settings")).toBeVisible();
  await expect(up).toHaveValue("256");
  await expect(down).toHaveValue("1024");

  // Back to no limit.
  await up.fill("0");
  await down.fill("0");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-message")).toHaveText("Settings saved.");
  await expect
    .poll(async () => (await cirrus.control<{ bandwidth: unknown }>("/api/status")).bandwidth)
    .toEqual({ up: 0, down: 0 });
});
