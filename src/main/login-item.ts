// "Start at login": Electron's app.setLoginItemSettings covers macOS and Windows; on
// Linux the freedesktop way is a .desktop file in ~/.config/autostart.
import path from "node:path";

export type LoginItemPlan =
  | { kind: "electron"; openAtLogin: boolean; args: string[] }
  | { kind: "xdg-autostart"; file: string; contents: string | null };

/** Started by the login item: come up in the tray without opening a window. */
export const HIDDEN_ARG = "--hidden";

export interface LoginItemEnv {
  platform: NodeJS.Platform;
  /** process.execPath (in an AppImage: a temporary mount, so APPIMAGE wins). */
  execPath: string;
  env: Record<string, string | undefined>;
  home: string;
}

export function loginItemPlan(enabled: boolean, host: LoginItemEnv): LoginItemPlan {
  if (host.platform === "darwin" || host.platform === "win32") {
    return { kind: "electron", openAtLogin: enabled, args: enabled ? [HIDDEN_ARG] : [] };
  }
  const configHome = host.env.XDG_CONFIG_HOME || path.join(host.home, ".config");
  const file = path.join(configHome, "autostart", "cirrus.desktop");
  if (!enabled) return { kind: "xdg-autostart", file, contents: null };
  const exec = host.env.APPIMAGE || host.execPath;
  return { kind: "xdg-autostart", file, contents: autostartEntry(exec) };
}

/**
 * Quote an Exec argument per the Desktop Entry spec: inside double quotes, `"`, `` ` ``,
 * `$` and `\` take a backslash; then the string-value escape doubles every backslash
 * again, and a literal `%` is written `%%`.
 */
export function quoteExec(arg: string): string {
  const quoted = /[\s"'\\`$;&|<>()*?#~=%]/.test(arg)
    ? `"${arg.replace(/([\\"`$])/g, "\\$1")}"`
    : arg;
  return quoted.replace(/\\/g, "\\\\").replace(/%/g, "%%");
}

function autostartEntry(exec: string): string {
  return [
    "[Desktop Entry]",
    "Type=Application",
    "Name=Cirrus",
    "Comment=Keep your Cirrus folder in sync",
    `Exec=${quoteExec(exec)} ${HIDDEN_ARG}`,
    "Icon=cirrus",
    "Terminal=false",
    "X-GNOME-Autostart-enabled=true",
    "",
  ].join("\n");
}
