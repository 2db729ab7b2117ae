import type { Static } from "@sinclair/typebox";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { CLIENT_METHODS, type ClientApi, type ClientMethod } from "../shared/client-api.js";
import { CLIENT_API_ARGS } from "../shared/client-api-schema.js";
import { CirrusError } from "../shared/errors.js";
import { isTrustedSender, toErrorBody, validateArgs } from "./ipc-validation.js";

type Schema<M extends ClientMethod> = Static<(typeof CLIENT_API_ARGS)[M]>;

describe("CLIENT_API_ARGS", () => {
  it("has one schema per ClientApi method", () => {
    expect(Object.keys(CLIENT_API_ARGS).sort()).toEqual([...CLIENT_METHODS].sort());
  });

  it("describes exactly the parameters of each method", () => {
    expectTypeOf<Schema<"getStatus">>().toEqualTypeOf<Parameters<ClientApi["getStatus"]>>();
    expectTypeOf<Schema<"signIn">>().toEqualTypeOf<Parameters<ClientApi["signIn"]>>();
    expectTypeOf<Schema<"useEmbeddedServer">>().toEqualTypeOf<
      Parameters<ClientApi["useEmbeddedServer"]>
    >();
    expectTypeOf<Schema<"revokeDevice">>().toEqualTypeOf<Parameters<ClientApi["revokeDevice"]>>();
    expectTypeOf<Schema<"updateSettings">>().toEqualTypeOf<
      Parameters<ClientApi["updateSettings"]>
    >();
    expectTypeOf<Schema<"resolveConflict">>().toEqualTypeOf<
      Parameters<ClientApi["resolveConflict"]>
    >();
    expectTypeOf<Schema<"hydrate">>().toEqualTypeOf<Parameters<ClientApi["hydrate"]>>();
    expectTypeOf<Schema<"setPinned">>().toEqualTypeOf<Parameters<ClientApi["setPinned"]>>();
    expectTypeOf<Schema<"listFolders">>().toEqualTypeOf<Parameters<ClientApi["listFolders"]>>();
    expectTypeOf<Schema<"setExcluded">>().toEqualTypeOf<Parameters<ClientApi["setExcluded"]>>();
  });
});

describe("validateArgs", () => {
  it("accepts well-formed calls", () => {
    expect(validateArgs("getStatus", [])).toEqual({ ok: true, args: [] });
    expect(
      validateArgs("signIn", [
        { server: "https://c.example", user: "ada", password: "pw", totp: "123456" },
      ]).ok,
    ).toBe(true);
    expect(validateArgs("resolveConflict", ["notes/a.txt", "both"]).ok).toBe(true);
    expect(validateArgs("hydrate", [["a.txt", "b/c.txt"]]).ok).toBe(true);
    expect(validateArgs("updateSettings", [{ bandwidth: { up: 0, down: 1000 } }]).ok).toBe(true);
    expect(validateArgs("updateSettings", [{ folder: null }]).ok).toBe(true);
    expect(validateArgs("listFiles", [""]).ok).toBe(true);
  });

  it("refuses an unknown method", () => {
    expect(validateArgs("deleteEverything", [])).toEqual({
      ok: false,
      error: { code: "bad_request", message: "unknown method deleteEverything" },
    });
    expect(validateArgs("onEvent", []).ok).toBe(false);
    expect(validateArgs("constructor", []).ok).toBe(false);
  });

  it("refuses the wrong number of arguments", () => {
    expect(validateArgs("pause", [1])).toEqual({
      ok: false,
      error: { code: "bad_request", message: "pause takes 0 argument(s), got 1" },
    });
    expect(validateArgs("setPinned", ["a.txt"]).ok).toBe(false);
  });

  it("says which argument is wrong without echoing its value", () => {
    const result = validateArgs("signIn", [
      { server: "https://c.example", user: "ada", password: 12345678 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("bad_request");
    expect(result.error.message).toMatch(/^signIn: argument 1, password: /);
    expect(result.error.message).not.toContain("12345678");
  });

  it("refuses extra properties, bad choices, NUL bytes and negative limits", () => {
    expect(
      validateArgs("signIn", [{ server: "s", user: "u", password: "p", admin: true }]).ok,
    ).toBe(false);
    expect(validateArgs("resolveConflict", ["a.txt", "mine"]).ok).toBe(false);
    expect(validateArgs("openFile", ["a\0b.txt"]).ok).toBe(false);
    expect(validateArgs("updateSettings", [{ bandwidth: { up: -1, down: 0 } }]).ok).toBe(false);
    expect(validateArgs("updateSettings", [{ theme: "dark" }]).ok).toBe(false);
    expect(
      validateArgs("signIn", [{ server: "s", user: "u", password: "p", totp: "12ab56" }]).ok,
    ).toBe(false);
    expect(validateArgs("hydrate", ["a.txt"]).ok).toBe(false);
    expect(validateArgs("setExcluded", ["a", "yes"]).ok).toBe(false);
  });

  it("refuses a missing argument list", () => {
    expect(validateArgs("getStatus", undefined).ok).toBe(false);
  });
});

describe("toErrorBody", () => {
  it("keeps a CirrusError's code and drops its detail", () => {
    expect(toErrorBody(new CirrusError("not_logged_in", "sign in", { secret: 1 }))).toEqual({
      code: "not_logged_in",
      message: "sign in",
    });
  });

  it("keeps ErrorBody-shaped objects with a known code", () => {
    expect(toErrorBody({ code: "offline", message: "no network" })).toEqual({
      code: "offline",
      message: "no network",
    });
  });

  it("turns anything else into internal", () => {
    expect(toErrorBody(new Error("boom"))).toEqual({ code: "internal", message: "boom" });
    expect(toErrorBody({ code: "ENOENT", message: "x" })).toEqual({
      code: "internal",
      message: "x",
    });
    expect(toErrorBody("nope")).toEqual({ code: "internal", message: "nope" });
  });
});

describe("isTrustedSender", () => {
  const index = path.resolve("/opt/Cirrus/resources/app.asar/dist/ui/renderer/index.html");
  const page = pathToFileURL(index).href;
  const pages = { rendererIndexFile: index };

  it("trusts our bundled page at any route", () => {
    expect(isTrustedSender({ url: page, isMainFrame: true }, pages)).toBe(true);
    expect(isTrustedSender({ url: `${page}#/conflicts/a%20b`, isMainFrame: true }, pages)).toBe(
      true,
    );
  });

  it("refuses frames inside the page, other files and remote pages", () => {
    expect(isTrustedSender({ url: page, isMainFrame: false }, pages)).toBe(false);
    const other = pathToFileURL(path.resolve("/tmp/evil.html")).href;
    expect(isTrustedSender({ url: other, isMainFrame: true }, pages)).toBe(false);
    expect(isTrustedSender({ url: "https://evil.example/", isMainFrame: true }, pages)).toBe(false);
    expect(
      isTrustedSender({ url: "file://server/share/index.html", isMainFrame: true }, pages),
    ).toBe(false);
  });

  it("refuses a frame that is gone or has no URL", () => {
    expect(isTrustedSender({ url: null, isMainFrame: true }, pages)).toBe(false);
    expect(isTrustedSender({ url: "", isMainFrame: true }, pages)).toBe(false);
    expect(isTrustedSender({ url: "not a url", isMainFrame: true }, pages)).toBe(false);
  });

  it("trusts app:// only for our own host, when we serve through it", () => {
    const url = "app://cirrus/index.html#/popup";
    expect(isTrustedSender({ url, isMainFrame: true }, pages)).toBe(false);
    const withApp = { ...pages, appHost: "cirrus" };
    expect(isTrustedSender({ url, isMainFrame: true }, withApp)).toBe(true);
    expect(isTrustedSender({ url: "app://other/index.html", isMainFrame: true }, withApp)).toBe(
      false,
    );
  });
});
