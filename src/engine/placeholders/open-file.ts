// Hands a file to the OS's default application. CIRRUS_OPENER overrides the command
// (for headless machines and tests).
import { spawn } from "node:child_process";

export function openWithDefaultApp(file: string, platform = process.platform): void {
  const override = process.env.CIRRUS_OPENER;
  const [command, args] = override
    ? [override, [file]]
    : platform === "darwin"
      ? ["open", [file]]
      : platform === "win32"
        ? ["cmd", ["/c", "start", "", file]]
        : ["xdg-open", [file]];
  const child = spawn(command, args, { detached: true, stdio: "ignore" });
  // No opener installed (a server without a desktop) is not an error: the file is there.
  child.on("error", () => undefined);
  child.unref();
}
