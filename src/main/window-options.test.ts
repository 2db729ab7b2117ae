import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  WINDOW_KINDS,
  popupPosition,
  windowSpec,
  withCsp,
} from "./window-options.js";

const context = {
  preload: "/app/dist/cjs/preload/index.js",
  production: true,
  platform: "linux" as const,
};

describe("windowSpec", () => {
  it.each(WINDOW_KINDS)("locks down the %s window", (kind) => {
    const { options, hash } = windowSpec(kind, context);
    expect(hash).toBe(`/${kind}`);
    expect(options.webPreferences).toMatchObject({
      preload: context.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(options.show).toBe(false);
    expect(options.width).toBeGreaterThanOrEqual(320);
    expect(options.height).toBeGreaterThanOrEqual(400);
  });

  it("allows devtools in development only", () => {
    expect(
      windowSpec("settings", { ...context, production: false }).options.webPreferences?.devTools,
    ).toBe(true);
  });

  it("makes the popup a frameless, fixed-size window off the taskbar", () => {
    const { options } = windowSpec("popup", context);
    expect(options).toMatchObject({ frame: false, skipTaskbar: true, resizable: false });
    expect(windowSpec("files", context).options).toMatchObject({ resizable: true });
    expect(windowSpec("files", context).options.frame).toBeUndefined();
  });
});

describe("CONTENT_SECURITY_POLICY", () => {
  it("allows only our own scripts and nothing remote", () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("replaces any policy a response already carries", () => {
    const headers = withCsp({
      "content-security-policy": ["default-src *"],
      "Content-Type": "text/html",
    });
    expect(headers).toEqual({
      "Content-Type": ["text/html"],
      "Content-Security-Policy": [CONTENT_SECURITY_POLICY],
    });
    expect(withCsp(undefined)).toEqual({ "Content-Security-Policy": [CONTENT_SECURITY_POLICY] });
  });
});

describe("popupPosition", () => {
  const size = { width: 360, height: 520 };

  it("opens above a tray icon on a bottom taskbar (Windows)", () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const tray = { x: 1700, y: 1044, width: 24, height: 32 };
    expect(popupPosition(tray, { x: 0, y: 0 }, size, workArea)).toEqual({ x: 1532, y: 512 });
  });

  it("opens below a tray icon in a top menu bar (macOS), inside the screen", () => {
    const workArea = { x: 0, y: 25, width: 1440, height: 875 };
    const tray = { x: 1400, y: 0, width: 22, height: 24 };
    expect(popupPosition(tray, { x: 0, y: 0 }, size, workArea)).toEqual({ x: 1072, y: 33 });
  });

  it("opens beside a taskbar on the left", () => {
    const workArea = { x: 60, y: 0, width: 1860, height: 1080 };
    const tray = { x: 14, y: 1000, width: 32, height: 32 };
    expect(popupPosition(tray, { x: 0, y: 0 }, size, workArea)).toEqual({ x: 68, y: 552 });
  });

  it("opens at the pointer when the tray reports no bounds (Linux)", () => {
    const workArea = { x: 0, y: 27, width: 1920, height: 1053 };
    const zero = { x: 0, y: 0, width: 0, height: 0 };
    expect(popupPosition(zero, { x: 1800, y: 10 }, size, workArea)).toEqual({ x: 1552, y: 35 });
    expect(popupPosition(null, { x: 100, y: 10 }, size, workArea)).toEqual({ x: 8, y: 35 });
  });
});
