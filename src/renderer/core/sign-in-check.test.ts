import { describe, expect, it } from "vitest";
import { checkSignIn, normalizeServerUrl, type SignInValues } from "./sign-in-check.js";

const values = (over: Partial<SignInValues> = {}): SignInValues => ({
  server: "https://cirrus.example.com/",
  user: " ann ",
  password: "secret",
  totp: "",
  deviceName: "",
  folder: "/home/ann/Cirrus",
  ...over,
});

describe("normalizeServerUrl", () => {
  it("accepts http(s) URLs and drops a trailing slash", () => {
    expect(normalizeServerUrl("https://c.example.com/")).toBe("https://c.example.com");
    expect(normalizeServerUrl("http://127.0.0.1:8443")).toBe("http://127.0.0.1:8443");
    expect(normalizeServerUrl("https://c.example.com/cirrus/")).toBe(
      "https://c.example.com/cirrus",
    );
  });

  it("rejects other schemes, credentials and bare host names", () => {
    expect(normalizeServerUrl("ftp://c.example.com")).toBeNull();
    expect(normalizeServerUrl("https://u:p@c.example.com")).toBeNull();
    expect(normalizeServerUrl("c.example.com")).toBeNull();
    expect(normalizeServerUrl("")).toBeNull();
  });
});

describe("checkSignIn", () => {
  it("builds the request with trimmed fields and no empty optionals", () => {
    expect(checkSignIn(values(), true)).toEqual({
      ok: true,
      request: { server: "https://cirrus.example.com", user: "ann", password: "secret" },
      folder: "/home/ann/Cirrus",
    });
  });

  it("passes the one-time code and device name when given", () => {
    const check = checkSignIn(values({ totp: "123 456", deviceName: "Laptop" }), true);
    expect(check).toMatchObject({ ok: true, request: { totp: "123456", deviceName: "Laptop" } });
  });

  it("names the field to fix", () => {
    expect(checkSignIn(values({ server: "nope" }), true)).toMatchObject({
      ok: false,
      field: "server",
    });
    expect(checkSignIn(values({ user: " " }), true)).toMatchObject({ ok: false, field: "user" });
    expect(checkSignIn(values({ password: "" }), true)).toMatchObject({
      ok: false,
      field: "password",
    });
    expect(checkSignIn(values({ totp: "12ab" }), true)).toMatchObject({ ok: false, field: "totp" });
    expect(checkSignIn(values({ folder: "" }), true)).toMatchObject({ ok: false, field: "folder" });
  });

  it("lets the folder stay empty when one is already set", () => {
    expect(checkSignIn(values({ folder: "" }), false)).toMatchObject({ ok: true, folder: "" });
  });
});
