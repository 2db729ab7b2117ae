import path from "node:path";
import { describe, expect, it } from "vitest";
import { launchRequests, placeholderPath } from "./single-instance.js";

describe("launchRequests", () => {
  it("opens a .cirrus file given on the command line, relative to the launch folder", () => {
    const argv = ["/opt/Cirrus/cirrus", "--no-sandbox", "Photos/beach.jpg.cirrus"];
    expect(launchRequests(argv, "/home/ada/Cirrus", path.posix)).toEqual([
      { kind: "open-file", path: "/home/ada/Cirrus/Photos/beach.jpg.cirrus" },
    ]);
  });

  it("accepts absolute paths and file:// URLs (Linux desktop files pass %U)", () => {
    const argv = [
      "cirrus",
      "/home/ada/Cirrus/a.txt.cirrus",
      "file:///home/ada/Cirrus/b%20c.pdf.cirrus",
    ];
    expect(launchRequests(argv, "/", path.posix)).toEqual([
      { kind: "open-file", path: "/home/ada/Cirrus/a.txt.cirrus" },
      { kind: "open-file", path: "/home/ada/Cirrus/b c.pdf.cirrus" },
    ]);
  });

  it("skips the executable, the dev entry script, switches and duplicates", () => {
    const argv = [
      "/usr/lib/electron/electron",
      "dist/src/main/main.js",
      "--allow-file-access-from-files",
      "--hidden",
      "/x/a.cirrus",
      "/x/a.cirrus",
    ];
    expect(launchRequests(argv, "/", path.posix)).toEqual([
      { kind: "open-file", path: "/x/a.cirrus" },
    ]);
  });

  it("just shows the app when there is nothing to open", () => {
    expect(launchRequests(["cirrus"], "/", path.posix)).toEqual([{ kind: "show" }]);
    expect(launchRequests(["cirrus", "notes.txt", "https://x/y.cirrus"], "/", path.posix)).toEqual([
      { kind: "show" },
    ]);
  });

  it("resolves Windows paths", () => {
    const argv = ["C:\\Program Files\\Cirrus\\Cirrus.exe", "D:\\Cirrus\\Report.DOCX.CIRRUS"];
    expect(launchRequests(argv, "C:\\Users\\ada", path.win32)).toEqual([
      { kind: "open-file", path: "D:\\Cirrus\\Report.DOCX.CIRRUS" },
    ]);
  });
});

describe("placeholderPath", () => {
  it("refuses a bare suffix and NUL bytes", () => {
    expect(placeholderPath(".cirrus", "/", path.posix)).toBeNull();
    expect(placeholderPath("/x/.cirrus", "/", path.posix)).toBeNull();
    expect(placeholderPath("/x/a\0.cirrus", "/", path.posix)).toBeNull();
  });
});
