// Playwright: browser flows in e2e/. Two projects: `chromium` drives the headless UI in
// the system Chromium; `electron` (e2e/electron/) drives the desktop app and reports
// itself skipped where the Electron binary is absent (ARCHITECTURE.md §5).
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Each flow runs a real server, engine and browser: two workers fit a 2-core machine.
  workers: 2,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["html", { outputFolder: "playwright-report", open: "never" }],
    ["json", { outputFile: "test-results/playwright.json" }],
  ],
  projects: [
    {
      name: "electron",
      testMatch: "**/electron/**/*.spec.ts",
    },
    {
      name: "chromium",
      testMatch: "**/*.spec.ts",
      testIgnore: "**/electron/**",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
});
