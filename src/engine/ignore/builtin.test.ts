import { describe, expect, it } from "vitest";
import { BUILTIN_IGNORE_GROUPS, builtinIgnorePattern, isBuiltinIgnored } from "./builtin.js";

describe("built-in ignores", () => {
  it.each([
    [".DS_Store", "macOS Finder"],
    ["._report.docx", "AppleDouble"],
    ["Thumbs.db", "Explorer"],
    ["THUMBS.DB", "Explorer, upper-case"],
    ["ehthumbs.db", "Media Center"],
    ["desktop.ini", "Explorer"],
    ["Desktop.ini", "Explorer, capitalised"],
    ["~$report.docx", "Word lock"],
    [".~lock.report.odt#", "LibreOffice lock"],
    [".sb-1a2b3c4d-XyZ123", "Office for Mac temp"],
    ["notes.txt.swp", "vim"],
    ["notes.txt.swo", "vim"],
    ["notes.txt.swx", "vim"],
    [".notes.txt.swn", "vim, later swap"],
    ["notes.txt~", "emacs/gedit backup"],
    [".#notes.txt", "emacs lock"],
    ["#notes.txt#", "emacs auto-save"],
    ["~WRL0001.tmp", "Word temp"],
    ["setup.exe.part", "Firefox partial download"],
    ["movie.mkv.crdownload", "Chrome partial download"],
    [".goutputstream-AB12CD", "GNOME atomic save"],
    [".nfs000000000123abcd00000001", "NFS silly rename"],
    [".cirrus-root", "engine marker"],
    [".cirrus-tmp-42-report.docx", "engine temp download"],
  ])("ignores the file %s (%s)", (name) => {
    expect(isBuiltinIgnored(name, "file")).toBe(true);
  });

  it.each([".Spotlight-V100", ".Trashes", ".fseventsd", "$RECYCLE.BIN", ".sb-abc", ".cirrus-x"])(
    "ignores the system folder %s",
    (name) => {
      expect(isBuiltinIgnored(name, "folder")).toBe(true);
    },
  );

  it.each([
    "report.docx",
    "report.cirrus", // placeholders are the engine's business, not ignored here
    ".cirrusignore", // rules sync, so every device applies the same ones
    ".cirrus", // not the engine prefix
    "notes.tmp.txt",
    "Thumbs.db.bak",
    "my~file.txt",
    "a#b#c", // only #name# is emacs auto-save
    ".gitignore",
    "$RECYCLE.BIN.txt",
    "swp",
    ".nf",
  ])("syncs the ordinary file %s", (name) => {
    expect(isBuiltinIgnored(name, "file")).toBe(false);
  });

  it("syncs user folders whose names only look like app temp files", () => {
    // Apps make these only as files; ignoring a folder would hide everything in it.
    for (const name of ["old~", "downloads.part", "x.tmp", "Thumbs.db", ".nfsshare"]) {
      expect(isBuiltinIgnored(name, "folder")).toBe(false);
    }
  });

  it("reports which pattern matched, for the UI", () => {
    expect(builtinIgnorePattern("~$a.xlsx", "file")).toBe("~$*");
    expect(builtinIgnorePattern(".a.swp", "file")).toBe("*.swp");
    expect(builtinIgnorePattern(".a.swm", "file")).toBe(".*.sw?");
    expect(builtinIgnorePattern("Thumbs.db", "file")).toBe("Thumbs.db");
    expect(builtinIgnorePattern("a.txt", "file")).toBeNull();
  });

  it("explains every group", () => {
    for (const group of BUILTIN_IGNORE_GROUPS) {
      expect(group.why.length).toBeGreaterThan(10);
      expect(group.patterns.length).toBeGreaterThan(0);
    }
  });
});
