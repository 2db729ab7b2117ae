// Where the repository and the real CLI entry points are, seen from the compiled
// harness (dist/bench/support/) or from its sources (bench/support/).
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The repository root: two levels up from bench/support, three from dist/bench/support. */
export const REPO_ROOT =
  path.basename(path.resolve(here, "../..")) === "dist"
    ? path.resolve(here, "../../..")
    : path.resolve(here, "../..");

export const CIRRUS_BIN = path.join(REPO_ROOT, "bin/cirrus.js");
/** Node flags the `cirrus` command starts with (the shebang of bin/cirrus.js). */
export const CIRRUS_NODE_FLAGS = ["--expose-gc"];
export const CIRRUS_SERVER_BIN = path.join(REPO_ROOT, "bin/cirrus-server.js");
