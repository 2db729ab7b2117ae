import { describe, expect, it } from "vitest";
import { loginItemPlan, quoteExec } from "./login-item.js";

const linux = {
  platform: "linux" as const,
  execPath: "/opt/Cirrus/cirrus",
  env: {},
  home: "/home/ada",
};

describe("loginItemPlan", () => {
  it("uses Electron's login item on macOS and Windows, started hidden", () => {
    expect(loginItemPlan(true, { ...linux, platform: "darwin" })).toEqual({
      kind: "electron",
      openAtLogin: true,
      args: ["--hidden"],
    });
    expect(loginItemPlan(false, { ...linux, platform: "win32" })).toEqual({
      kind: "electron",
      openAtLogin: false,
      args: [],
    });
  });

  it("writes an XDG autostart entry on Linux, and removes it when turned off", () => {
    const on = loginItemPlan(true, linux);
    expect(on).toMatchObject({
      kind: "xdg-autostart",
      file: "/home/ada/.config/autostart/cirrus.desktop",
    });
    expect(on.kind === "xdg-autostart" ? on.contents : null).toContain(
      "Exec=/opt/Cirrus/cirrus --hidden\n",
    );
    expect(loginItemPlan(false, linux)).toEqual({
      kind: "xdg-autostart",
      file: "/home/ada/.config/autostart/cirrus.desktop",
      contents: null,
    });
  });

  it("starts an AppImage from its real path, under XDG_CONFIG_HOME", () => {
    const plan = loginItemPlan(true, {
      ...linux,
      execPath: "/tmp/.mount_Cirrus/cirrus",
      env: { APPIMAGE: "/home/ada/Apps/Cirrus 1.0.AppImage", XDG_CONFIG_HOME: "/home/ada/.cfg" },
    });
    expect(plan).toMatchObject({ file: "/home/ada/.cfg/autostart/cirrus.desktop" });
    expect(plan.kind === "xdg-autostart" ? plan.contents : null).toContain(
      'Exec="/home/ada/Apps/Cirrus 1.0.AppImage" --hidden',
    );
  });
});

describe("quoteExec", () => {
  it("quotes and escapes per the Desktop Entry spec", () => {
    expect(quoteExec("/opt/cirrus")).toBe("/opt/cirrus");
    expect(quoteExec("/opt/my app")).toBe('"/opt/my app"');
    expect(quoteExec('/opt/a"b')).toBe('"/opt/a\\\\"b"');
    expect(quoteExec("/opt/100%")).toBe('"/opt/100%%"');
  });
});
