import path from "node:path";
import { describe, expect, it } from "vitest";
import { isEngineName } from "../ignore/builtin.js";
import { tempPathIn } from "./temp-path.js";

describe("tempPathIn", () => {
  it("gives distinct names in the folder asked for, all of them engine names", () => {
    const names = Array.from({ length: 1000 }, () => tempPathIn("/sync/docs"));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(path.dirname(name)).toBe("/sync/docs");
      expect(isEngineName(path.basename(name))).toBe(true);
    }
  });
});
