import { describe, expect, it } from "vitest";
import { CirrusError } from "../../shared/errors.js";
import { localFailure } from "./local-errors.js";

const errno = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe("localFailure", () => {
  it("words a full disk, a refusal and a file in use with the codes the UI knows", () => {
    expect(localFailure(errno("ENOSPC"))).toEqual({
      code: "disk_full",
      message: "the disk is full (ENOSPC)",
    });
    expect(localFailure(errno("EACCES")).code).toBe("permission_denied");
    expect(localFailure(errno("EPERM")).code).toBe("permission_denied");
    expect(localFailure(errno("EROFS")).code).toBe("permission_denied");
    expect(localFailure(errno("EBUSY")).code).toBe("file_busy");
  });

  it("keeps a CirrusError as it is, and other errno codes with their message", () => {
    expect(localFailure(new CirrusError("file_busy", "changed while read"))).toEqual({
      code: "file_busy",
      message: "changed while read",
    });
    expect(localFailure(errno("EIO"))).toEqual({ code: "EIO", message: "EIO: raw message" });
    expect(localFailure(new Error("boom"))).toEqual({ code: "internal", message: "boom" });
  });
});
