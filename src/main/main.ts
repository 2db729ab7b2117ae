// Entry of the Electron main process (package.json "main"). One Cirrus per user: a
// second launch hands its command line (a `.cirrus` file to open) to the first and
// quits. Everything else is in app.ts.
import { app } from "electron";
import path from "node:path";
import { pino } from "pino";
import { CirrusApp, appPaths } from "./app.js";
import { HIDDEN_ARG } from "./login-item.js";
import { launchRequests } from "./single-instance.js";

const log = pino(
  {
    name: "cirrus-desktop",
    redact: {
      paths: ["*.password", "*.token", "*.totp", "password", "token"],
      censor: "[redacted]",
    },
  },
  pino.destination(2),
);

const profileDir = process.env.CIRRUS_PROFILE_DIR || null;
// Chromium's own files (caches, local storage) in a folder of their own, never mixed
// with the engine's profile; with a profile override (tests), beside that profile, so
// the single-instance lock is per profile too.
app.setPath("userData", path.join(profileDir ?? app.getPath("userData"), "desktop"));
app.setAppUserModelId("com.cirrus.desktop");
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const cirrus = new CirrusApp({
    paths: appPaths(app.getAppPath()),
    production: app.isPackaged,
    profileDir,
    log,
  });

  // End-to-end tests read the tray and window state through `app.evaluate`.
  if (process.env.CIRRUS_TEST_HOOKS === "1") {
    Object.assign(globalThis, { cirrusTest: { state: () => cirrus.testState() } });
  }

  app.on("second-instance", (_event, argv, workingDirectory) => {
    cirrus.handleLaunch(launchRequests(argv, workingDirectory));
  });
  // macOS hands files to the running app as events, not on the command line.
  app.on("open-file", (event, file) => {
    event.preventDefault();
    cirrus.handleLaunch([{ kind: "open-file", path: file }]);
  });
  // A tray app: closing the last window does not quit.
  app.on("window-all-closed", () => undefined);

  let stopped = false;
  app.on("will-quit", (event) => {
    if (stopped) return;
    event.preventDefault();
    void cirrus
      .stop()
      .catch((error: unknown) => {
        log.error({ error }, "shutdown failed");
      })
      .finally(() => {
        stopped = true;
        app.quit();
      });
  });

  await app.whenReady();
  if (process.platform === "darwin") app.dock?.hide();
  cirrus.start();
  const quiet =
    process.argv.includes(HIDDEN_ARG) ||
    (process.platform === "darwin" && app.getLoginItemSettings().wasOpenedAtLogin);
  cirrus.handleLaunch(launchRequests(process.argv, process.cwd()), quiet);
}
