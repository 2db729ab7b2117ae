import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { describeError, errorText, signInErrorText } from "./error-text.js";

describe("error text", () => {
  it("reads code and message from API errors", () => {
    expect(describeError(new CirrusError("not_found", "gone"))).toEqual({
      code: "not_found",
      message: "gone",
    });
    expect(describeError({ code: "x", message: "y" })).toEqual({ code: "x", message: "y" });
    expect(describeError("plain")).toEqual({ code: null, message: "plain" });
    expect(describeError(undefined).message).toBe("Something went wrong.");
  });

  it("asks for the authenticator code when the server requires one", () => {
    expect(signInErrorText(new CirrusError("totp_required", "totp required"))).toBe(
      "Enter the code from your authenticator app.",
    );
  });

  it("says the credentials are wrong on sign-in, and shows the message elsewhere", () => {
    expect(signInErrorText(new CirrusError("unauthorized", "bad token"))).toMatch(/password/);
    expect(errorText(new CirrusError("stale_base", "the file changed"))).toBe("the file changed");
    expect(errorText(new CirrusError("file_busy", "EBUSY"))).toMatch(/open in another app/);
  });
});
