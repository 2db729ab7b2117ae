import type { FastifyError } from "fastify";
import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { classifyError } from "./error-handler.js";

/** An error as Node or better-sqlite3 throws it: a message and a code. */
function failure(code: string, message: string): FastifyError {
  return Object.assign(new Error(message), { code });
}

describe("classifyError", () => {
  it("answers a full disk, Node's or SQLite's, with server_full (507)", () => {
    for (const code of ["ENOSPC", "EDQUOT", "SQLITE_FULL"]) {
      const classified = classifyError(failure(code, `${code}: no space left`));
      expect(classified.code).toBe("server_full");
      expect(classified.status).toBe(507);
      expect(classified.message).toMatch(/out of disk space/);
    }
  });

  it("keeps other failures internal, without their details", () => {
    const classified = classifyError(failure("EIO", "EIO: i/o error, read /srv/packs/1.pack"));
    expect(classified.toBody()).toEqual({ code: "internal", message: "internal server error" });
  });

  it("passes the endpoint's own errors through", () => {
    const own = new CirrusError("quota_exceeded", "the account is over its quota");
    expect(classifyError(own)).toBe(own);
  });
});
