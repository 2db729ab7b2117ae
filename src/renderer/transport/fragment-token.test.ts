import { describe, expect, it } from "vitest";
import { splitTokenFragment } from "./fragment-token.js";

describe("splitTokenFragment", () => {
  it("takes the token and leaves an empty fragment", () => {
    expect(splitTokenFragment("#token=abc123")).toEqual({ token: "abc123", hash: "" });
  });

  it("keeps a route that travels with the token", () => {
    expect(splitTokenFragment("#token=abc&/files/a")).toEqual({ token: "abc", hash: "#/files/a" });
    expect(splitTokenFragment("#/settings&token=abc")).toEqual({
      token: "abc",
      hash: "#/settings",
    });
  });

  it("decodes the token and ignores an empty or broken one", () => {
    expect(splitTokenFragment("#token=a%2Bb").token).toBe("a+b");
    expect(splitTokenFragment("#token=")).toEqual({ token: null, hash: "#token=" });
    expect(splitTokenFragment("#token=%E0%A4%A").token).toBeNull();
  });

  it("leaves fragments without a token alone", () => {
    expect(splitTokenFragment("#/popup")).toEqual({ token: null, hash: "#/popup" });
    expect(splitTokenFragment("")).toEqual({ token: null, hash: "" });
  });
});
