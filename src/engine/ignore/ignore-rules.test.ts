import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { IgnoreRules } from "./index.js";

function rules(files: Record<string, string> = {}, excluded: string[] = []): IgnoreRules {
  const r = new IgnoreRules();
  for (const [dir, text] of Object.entries(files)) r.loadCirrusignore(dir, text);
  r.setExcluded(excluded);
  return r;
}

describe("IgnoreRules: built-ins", () => {
  it("skips built-in names at any depth, with reason builtin", () => {
    const r = rules();
    expect(r.shouldSkip(".DS_Store", "file")).toBe("builtin");
    expect(r.shouldSkip("a/b/~$budget.xlsx", "file")).toBe("builtin");
    expect(r.shouldSkip("a/b/budget.xlsx", "file")).toBe(false);
  });

  it("skips everything inside a built-in folder", () => {
    const r = rules();
    expect(r.shouldSkip(".Trashes/501/photo.jpg", "file")).toBe("builtin");
    expect(r.shouldSkip("usb/$RECYCLE.BIN/S-1-5-21/x", "folder")).toBe("builtin");
  });

  it("never syncs engine names, even when a .cirrusignore tries to re-include them", () => {
    const r = rules({ "": "!.cirrus-root\n!.cirrus-*\n!*" });
    expect(r.shouldSkip(".cirrus-root", "file")).toBe("builtin");
    expect(r.shouldSkip("a/.cirrus-tmp-7-report.docx", "file")).toBe("builtin");
  });

  it("syncs placeholder stubs and .cirrusignore files", () => {
    const r = rules({ "": "*.log" });
    expect(r.shouldSkip("a/movie.mkv.cirrus", "file")).toBe(false);
    expect(r.shouldSkip(".cirrusignore", "file")).toBe(false);
    expect(r.shouldSkip("a/.cirrusignore", "file")).toBe(false);
  });

  it("lets a user's ! rule re-include a built-in ignore, as git's .gitignore beats global excludes", () => {
    const r = rules({ "": "!keep.tmp\n!.Trashes/" });
    expect(r.shouldSkip("keep.tmp", "file")).toBe(false);
    expect(r.shouldSkip("other.tmp", "file")).toBe("builtin");
    expect(r.shouldSkip(".Trashes/a.txt", "file")).toBe(false);
  });
});

describe("IgnoreRules: .cirrusignore", () => {
  it("applies root rules with gitignore syntax", () => {
    const r = rules({ "": "# logs\n*.log\nbuild/\n/dist\n" });
    expect(r.shouldSkip("app.log", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("src/deep/app.log", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("src/build", "folder")).toBe("cirrusignore");
    expect(r.shouldSkip("src/build/out.js", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("src/build", "file")).toBe(false); // build/ matches folders only
    expect(r.shouldSkip("dist/x.js", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("src/dist/x.js", "file")).toBe(false); // /dist is anchored
  });

  it("applies a nested file relative to its own folder", () => {
    const r = rules({ sub: "/dist\n*.bak" });
    expect(r.shouldSkip("sub/dist/a.js", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("dist/a.js", "file")).toBe(false);
    expect(r.shouldSkip("sub/x/dist/a.js", "file")).toBe(false);
    expect(r.shouldSkip("sub/x/y.bak", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("y.bak", "file")).toBe(false);
    expect(r.shouldSkip("subway/y.bak", "file")).toBe(false);
  });

  it("lets a deeper file override a shallower one", () => {
    const r = rules({ "": "*.log", sub: "!keep.log" });
    expect(r.shouldSkip("keep.log", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("sub/keep.log", "file")).toBe(false);
    expect(r.shouldSkip("sub/deeper/keep.log", "file")).toBe(false);
    expect(r.shouldSkip("sub/other.log", "file")).toBe("cirrusignore");
  });

  it("re-includes a folder's contents when a deeper file re-includes the folder", () => {
    const r = rules({ "": "build/", x: "!build/" });
    expect(r.shouldSkip("build/a.txt", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("x/build/a.txt", "file")).toBe(false);
  });

  it("keeps a path ignored when its folder is ignored, whatever a rule says about the path (git)", () => {
    const r = rules({ "": "logs/\n!logs/keep.txt", logs: "!keep.txt" });
    expect(r.shouldSkip("logs/keep.txt", "file")).toBe("cirrusignore");
  });

  it("matches case-insensitively so every device agrees", () => {
    const r = rules({ "": "*.LOG\nBuild/" });
    expect(r.shouldSkip("a.log", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("build/x", "file")).toBe("cirrusignore");
  });

  it("treats glob characters in folder names literally", () => {
    const r = rules({ "my [x] *dir?": "*.log", "!#": "*.log" });
    expect(r.shouldSkip("my [x] *dir?/a.log", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("my x qdirz/a.log", "file")).toBe(false);
    expect(r.shouldSkip("!#/a.log", "file")).toBe("cirrusignore");
  });

  it("compares NFC and NFD spellings as the same name", () => {
    const nfd = "Cafe\u0301";
    const nfc = "Caf\u00e9";
    const r = rules({ [nfd]: `${nfd}.txt` }, [`${nfd}/private`]);
    expect(r.shouldSkip(`${nfc}/${nfc}.txt`, "file")).toBe("cirrusignore");
    expect(r.shouldSkip(`${nfd}/${nfd}.txt`, "file")).toBe("cirrusignore");
    expect(r.shouldSkip(`${nfc}/private/a`, "file")).toBe("excluded");
  });

  it("takes effect at once when a .cirrusignore changes or is deleted", () => {
    const r = rules({ "": "*.log" });
    expect(r.shouldSkip("a.log", "file")).toBe("cirrusignore");
    r.loadCirrusignore("", "*.txt");
    expect(r.shouldSkip("a.log", "file")).toBe(false);
    expect(r.shouldSkip("a.txt", "file")).toBe("cirrusignore");
    r.removeCirrusignore("");
    expect(r.shouldSkip("a.txt", "file")).toBe(false);
    expect(r.cirrusignoreFolders()).toEqual([]);
  });

  it("ignores nothing for a file of comments and blank lines", () => {
    const r = rules({ "": "# nothing here\n\n   \n" });
    expect(r.cirrusignoreFolders()).toEqual([]);
    expect(r.shouldSkip("a.txt", "file")).toBe(false);
  });
});

describe("IgnoreRules: excluded folders", () => {
  it("skips an excluded folder and everything inside it, and nothing else", () => {
    const r = rules({}, ["Photos/2019/"]);
    expect(r.shouldSkip("Photos/2019", "folder")).toBe("excluded");
    expect(r.shouldSkip("Photos/2019/a/b.jpg", "file")).toBe("excluded");
    expect(r.shouldSkip("Photos/2019b/a.jpg", "file")).toBe(false);
    expect(r.shouldSkip("Photos", "folder")).toBe(false);
    expect(r.isExcluded("Photos/2019/x")).toBe(true);
    expect(r.isIgnored("Photos/2019/x", "file")).toBe(false);
  });

  it("reports an ignore rule before an exclusion, since ignores hold on every device", () => {
    const r = rules({ "": "*.log" }, ["logs"]);
    expect(r.shouldSkip("logs/a.log", "file")).toBe("cirrusignore");
    expect(r.shouldSkip("logs/a.txt", "file")).toBe("excluded");
  });

  it("replaces the list on every setExcluded", () => {
    const r = rules({}, ["a", "b"]);
    r.setExcluded(["c"]);
    expect(r.excluded()).toEqual(["c"]);
    expect(r.isExcluded("a/x")).toBe(false);
    expect(r.isExcluded("c/x")).toBe(true);
  });

  it("refuses to exclude the root", () => {
    expect(() => rules({}, [""])).toThrow(CirrusError);
  });
});

describe("IgnoreRules: input", () => {
  it.each(["../x", "a/../../etc", "/etc/passwd", "a//b", "./a", "a/.", "a/"])(
    "rejects %j, which is not a path relative to the sync root",
    (bad) => {
      const r = rules();
      expect(() => r.shouldSkip(bad, "file")).toThrow(CirrusError);
      expect(() => {
        r.loadCirrusignore(bad, "*");
      }).toThrow(CirrusError);
    },
  );

  it("never skips the root itself", () => {
    expect(rules({ "": "*" }).shouldSkip("", "folder")).toBe(false);
  });
});

describe("IgnoreRules: many paths", () => {
  it("answers 100,000 paths consistently with the rules that apply to each", () => {
    const r = rules(
      {
        "": "*.log\nnode_modules/\n/dist\n!important.log",
        p3: "*.bak\n!keep.bak",
        "p7/d1": "/generated\n*.o",
      },
      ["p5/d9"],
    );
    const exts = [".txt", ".log", ".bak", ".tmp", ".o"];
    let skipped = 0;
    const wrong: string[] = [];
    for (let i = 0; i < 100_000; i++) {
      const ext = exts[(i >> 3) % 5] as string;
      const top = `p${i % 10}`;
      const dir = `${top}/d${(i >> 4) % 50}`;
      const p = `${dir}/s${i % 7}/file-${i}${ext}`;
      const skip = r.shouldSkip(p, "file") !== false;
      if (skip) skipped++;
      // Each path's answer follows from the rule set above, whatever the others were.
      const expected =
        ext === ".log" ||
        ext === ".tmp" ||
        (ext === ".bak" && top === "p3") ||
        (ext === ".o" && dir === "p7/d1") ||
        dir === "p5/d9";
      if (skip !== expected) wrong.push(p);
    }
    expect(wrong).toEqual([]);
    expect(skipped).toBeGreaterThan(40_000);
  });
});
