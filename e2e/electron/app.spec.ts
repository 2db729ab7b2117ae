// The desktop app end to end, through Playwright's Electron driver: launch, the first
// window, the popup's state heading over the real preload → IPC → engine host path,
// the tray, and the renderer's lockdown. The Electron binary cannot be downloaded on
// every machine (ARCHITECTURE.md §5): without it these specs are reported as skipped.
//
// Needs `npm run build` (main, preload, renderer). Runs the development app (Electron
// binary + this folder): a packaged build has the Node inspector fuse off, which the
// driver needs. The engine host loads better-sqlite3 and keytar inside Electron, so
// their native builds must match Electron's ABI: `npx electron-builder install-app-deps`
// in a checkout used for this (it breaks them for plain Node and Vitest).
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

const appRoot = path.resolve(import.meta.dirname, "../..");

interface Launch {
  executablePath: string;
  args: string[];
}

/**
 * Where Electron is, without `require("electron")`: that module downloads the binary
 * when it is missing, which is exactly what these machines cannot do. Its package
 * records the binary's path in path.txt once installed.
 */
function findElectron(): Launch | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve("electron/package.json"));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, "utf8").trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, "dist");
  const executablePath = path.join(distDir, relative);
  return existsSync(executablePath) ? { executablePath, args: [appRoot] } : null;
}

const launch = findElectron();
const electronBinaryAvailable = launch !== null;

interface TestState {
  tray: { state: string; tooltip: string } | null;
  windows: string[];
}

test.describe("Cirrus desktop app", () => {
  test.skip(!electronBinaryAvailable, "Electron binary not present on this machine: skipped");
  test.describe.configure({ mode: "serial" });

  let app: ElectronApplication | undefined;
  let page: Page;
  let profile: string | undefined;

  test.beforeAll(async () => {
    if (!launch) return;
    profile = await mkdtemp(path.join(os.tmpdir(), "cirrus-electron-"));
    app = await electron.launch({
      executablePath: launch.executablePath,
      args: launch.args,
      cwd: appRoot,
      env: { ...process.env, CIRRUS_PROFILE_DIR: profile, CIRRUS_TEST_HOOKS: "1" },
    });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  test("opens the first-run window for a new profile", async () => {
    await expect.poll(() => new URL(page.url()).hash).toBe("#/first-run");
    await expect(page.getByTestId("first-run-server")).toBeVisible();
  });

  test("shows the state heading in the popup, read from the engine over IPC", async () => {
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = "#/popup";
    });
    await expect(page.getByTestId("state-heading")).toHaveText("Not set up");
  });

  test("puts Cirrus in the tray", async () => {
    const electronApp = app;
    if (!electronApp) throw new Error("the app did not start");
    const read = () =>
      electronApp.evaluate(() =>
        (globalThis as { cirrusTest?: { state(): TestState } }).cirrusTest?.state(),
      );
    await expect.poll(async () => (await read())?.tray?.tooltip).toBe("Cirrus: Not signed in");
    expect((await read())?.tray?.state).toBe("offline");
  });

  test("gives the page ClientApi and nothing of Node", async () => {
    const exposed = await page.evaluate(() => {
      const w = globalThis as unknown as Record<string, unknown>;
      const api = w.cirrus as Record<string, unknown> | undefined;
      const host = w.cirrusHost as Record<string, unknown> | undefined;
      return {
        getStatus: typeof api?.getStatus,
        onEvent: typeof api?.onEvent,
        pickFolder: typeof host?.pickFolder,
        require: typeof w.require,
        process: typeof w.process,
      };
    });
    expect(exposed).toEqual({
      getStatus: "function",
      onEvent: "function",
      pickFolder: "function",
      require: "undefined",
      process: "undefined",
    });
  });

  test("refuses new windows and navigation away from the app", async () => {
    const opened = await page.evaluate(() => {
      const w = globalThis as unknown as { open(url: string): unknown };
      return w.open("https://example.com/") === null;
    });
    expect(opened).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href =
        "https://example.com/";
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
  });

  test("rejects a call with bad arguments as a { code, message }", async () => {
    const error = await page.evaluate(async () => {
      const api = (
        globalThis as unknown as { cirrus: { setPinned(p: unknown, b: unknown): Promise<void> } }
      ).cirrus;
      return api.setPinned("a.txt", "yes").then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
    });
    expect(error).toMatchObject({ code: "bad_request" });
  });
});
