import { describe, expect, it } from "vitest";
import { parseRoute, routeHash, type Route } from "./routes.js";

describe("parseRoute", () => {
  it("defaults to the popup", () => {
    expect(parseRoute("")).toEqual({ name: "popup" });
    expect(parseRoute("#")).toEqual({ name: "popup" });
    expect(parseRoute("#/")).toEqual({ name: "popup" });
  });

  it("reads the simple screens", () => {
    expect(parseRoute("#/popup")).toEqual({ name: "popup" });
    expect(parseRoute("#/settings")).toEqual({ name: "settings" });
    expect(parseRoute("#/exclude")).toEqual({ name: "exclude" });
    expect(parseRoute("#/first-run")).toEqual({ name: "first-run" });
    expect(parseRoute("#/settings/")).toEqual({ name: "settings" });
  });

  it("decodes file and conflict paths segment by segment", () => {
    expect(parseRoute("#/files")).toEqual({ name: "files", path: "" });
    expect(parseRoute("#/files/Photos/2024%20Trip")).toEqual({
      name: "files",
      path: "Photos/2024 Trip",
    });
    expect(parseRoute("#/conflicts")).toEqual({ name: "conflicts" });
    expect(parseRoute("#/conflicts/notes/a%23b.txt")).toEqual({
      name: "conflict",
      path: "notes/a#b.txt",
    });
  });

  it("refuses paths that climb, hide slashes or are badly encoded", () => {
    expect(parseRoute("#/files/../etc").name).toBe("not-found");
    expect(parseRoute("#/files/a%2Fb").name).toBe("not-found");
    expect(parseRoute("#/files/%E0%A4%A").name).toBe("not-found");
    expect(parseRoute("#/nowhere").name).toBe("not-found");
    expect(parseRoute("#/settings/extra").name).toBe("not-found");
  });
});

describe("routeHash", () => {
  it("round-trips every route, including hostile names", () => {
    const routes: Route[] = [
      { name: "popup" },
      { name: "settings" },
      { name: "exclude" },
      { name: "first-run" },
      { name: "conflicts" },
      { name: "files", path: "" },
      { name: "files", path: "a b/c?d/100%/<img src=x>" },
      { name: "conflict", path: "Docs/report (conflict).txt" },
      { name: "files", path: "日本語/ファイル" },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it("keeps slashes readable and encodes the rest", () => {
    expect(routeHash({ name: "files", path: "a b/c" })).toBe("#/files/a%20b/c");
    expect(routeHash({ name: "files", path: "" })).toBe("#/files");
  });
});
