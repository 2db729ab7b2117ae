// axe-core on every screen, in the light and the dark color scheme: first run, popup,
// conflict view, files, exclude, settings and the mass-delete dialog. Serious and
// critical violations fail; every finding is printed and attached.
import { writeFile } from "node:fs/promises";
import { BLOCKING, describeFindings, runAxe, type Finding } from "./support/axe.js";
import { expect, saveShot, test } from "./support/fixtures.js";
import {
  SYNC_TIMEOUT,
  expectUpToDate,
  goTo,
  readText,
  signIn,
  stateHeading,
} from "./support/ui.js";

// axe is injected as a script tag, which the page's CSP (rightly) refuses otherwise.
test.use({ bypassCSP: true });

test("no serious or critical axe violations on any screen, light or dark", async ({
  page,
  cirrus,
  account,
  addDevice,
}, testInfo) => {
  const findings: Finding[] = [];
  const check = async (screen: string) => {
    for (const scheme of ["light", "dark"] as const) {
      const run = await runAxe(page, screen, scheme);
      expect(run.passed, `axe checked nothing on ${screen} (${scheme})`).toBeGreaterThan(10);
      findings.push(...run.findings);
      await saveShot(page, testInfo, `a11y-${screen}-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: "light" });
  };

  const other = await addDevice("Desk", { massDelete: { minCount: 100_000, share: 1 } });
  await other.write("Docs/Letters/2024/hello.txt", "hello\n");
  await other.write("Photos/cat.txt", "a cat\n");
  await other.write("notes.txt", "shared notes\n");
  for (let i = 0; i < 60; i++) await other.write(`bulk/f-${String(i).padStart(2, "0")}`, `${i}`);
  await other.sync();

  await test.step("first run", async () => {
    await page.goto(cirrus.url);
    await expect(page.getByTestId("screen-first-run")).toBeVisible();
    await check("first-run");
  });

  await test.step("popup", async () => {
    await signIn(page, cirrus, account);
    await expect.poll(() => readText(cirrus.abs("notes.txt"))).toBe("shared notes\n");
    await expectUpToDate(page);
    await check("popup");
  });

  await test.step("conflict view", async () => {
    await page.getByTestId("pause").click();
    await expect(stateHeading(page)).toHaveText("Paused");
    await writeFile(cirrus.abs("notes.txt"), "shared notes\nmine\n");
    await other.write("notes.txt", "shared notes\ntheirs\n");
    await other.sync();
    await page.getByTestId("resume").click();
    await expect(stateHeading(page)).toHaveText("A conflict is waiting", {
      timeout: SYNC_TIMEOUT,
    });
    await check("popup-with-conflict");
    await page.locator('[data-testid="conflict-open"][data-path="notes.txt"]').click();
    await expect(page.getByTestId("conflict-diff")).toBeVisible();
    await check("conflict");
  });

  await test.step("files", async () => {
    await goTo(page, "files");
    await expect(page.getByTestId("file-row").first()).toBeVisible();
    await check("files");
  });

  await test.step("exclude", async () => {
    await goTo(page, "exclude");
    await page
      .locator('[data-testid="exclude-row"][data-path="Docs"]')
      .getByTestId("exclude-expand")
      .first()
      .click();
    await expect(
      page.locator('[data-testid="exclude-row"][data-path="Docs/Letters"]'),
    ).toBeVisible();
    await check("exclude");
  });

  await test.step("settings", async () => {
    await goTo(page, "settings");
    await expect(page.getByTestId("device-row").first()).toBeVisible();
    await check("settings");
  });

  await test.step("mass-delete dialog", async () => {
    for (let i = 0; i < 55; i++) await other.remove(`bulk/f-${String(i).padStart(2, "0")}`);
    await other.sync();
    await expect(page.getByTestId("mass-delete-dialog")).toBeVisible({ timeout: SYNC_TIMEOUT });
    await check("mass-delete-dialog");
  });

  const summary = findings.length === 0 ? "no violations" : describeFindings(findings);
  console.log(`axe findings (all impacts):\n${summary}`);
  await testInfo.attach("axe-findings.json", {
    body: JSON.stringify(findings, null, 2),
    contentType: "application/json",
  });
  const blocking = findings.filter((f) => BLOCKING.includes(f.impact));
  expect(blocking, `serious/critical axe violations:\n${describeFindings(blocking)}`).toEqual([]);
});
