// Playwright fixtures for the headless UI flows: a real `cirrus-server` per worker, a
// fresh account per test, `cirrus ui` on a fresh profile (the device under test, driven
// through the page) and, on request, a second device of the same account.
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import {
  startServerProcess,
  tempDir,
  type ServerProcess,
} from "../../test/support/server-process.js";
import { Device, type DeviceOptions } from "./device.js";
import { startUi, type UiProcess } from "./ui-process.js";

export interface Account {
  server: string;
  user: string;
  password: string;
}

/** The device under test: `cirrus ui` on its own profile, and the folder it will sync. */
export interface UiClient extends UiProcess {
  /** The sync folder the tests choose at sign-in (not created in advance). */
  folder: string;
  /** Absolute path of a file in the sync folder. */
  abs(rel: string): string;
}

interface WorkerFixtures {
  server: ServerProcess;
}

interface TestFixtures {
  /** A temporary folder for this test, removed afterwards. */
  work: string;
  account: Account;
  cirrus: UiClient;
  /** Make another device of the account (closed after the test). */
  addDevice: (name: string, options?: Pick<DeviceOptions, "massDelete">) => Promise<Device>;
  /** Save a screenshot as an artifact of the test (file and attachment). */
  shot: (name: string) => Promise<void>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright wants a destructuring pattern
    async ({}, use) => {
      const server = await startServerProcess();
      try {
        await use(server);
      } finally {
        await server.stop();
        await rm(server.dataDir, { recursive: true, force: true });
      }
    },
    { scope: "worker", timeout: 30_000 },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright wants a destructuring pattern
  work: async ({}, use) => {
    const dir = await tempDir("e2e");
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },

  account: async ({ server }, use, testInfo) => {
    const user = `u${testInfo.workerIndex}-${randomBytes(4).toString("hex")}`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    server.addUser(user, password);
    await use({ server: server.url, user, password });
  },

  cirrus: async ({ work }, use, testInfo) => {
    const profileDir = path.join(work, "ui-profile");
    const folder = path.join(work, "ui-folder");
    const ui = await startUi(profileDir);
    try {
      await use({
        ...ui,
        folder,
        abs: (rel) => path.join(folder, ...rel.split("/")),
      });
    } finally {
      await ui.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach("cirrus-ui-output", { body: ui.output(), contentType: "text/plain" });
      }
    }
  },

  addDevice: async ({ work, account }, use) => {
    const devices: Device[] = [];
    await use(async (name, options = {}) => {
      const device = await Device.signIn({ ...account, ...options, name, baseDir: work });
      devices.push(device);
      return device;
    });
    for (const device of devices) await device.close();
  },

  shot: async ({ page }, use, testInfo) => {
    await use((name) => saveShot(page, testInfo, name));
  },
});

export { expect };

export async function saveShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}
