// Bundles the compiled CLI (dist/src/cli/cirrus.js) and the chunker's worker into
// dist/bundle/cli, the files bin/cirrus.js runs. Node 20 has no compile cache, and
// its ESM loader resolves, reads and links each module on its own: the ~700 modules
// of the CLI and its packages (TypeBox alone is 266) took ~0.3 s of every start, a
// third of a `cirrus sync --once` with nothing to do. One bundle starts in half the
// time. Run after tsc (npm run build does both).
//
// Layout rules the bundle keeps:
// - chunk-worker.js and temp-files-worker.js sit beside the chunks that start them
//   (same folder), as new URL("./chunk-worker.js", import.meta.url) and the like.
// - dist/bundle/cli is two levels below dist, like dist/src/cli, so the CLI's
//   "../../ui" (the control server's static files) still finds dist/ui.
// - Native modules stay outside: they load their .node files from node_modules.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "rolldown";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "dist/bundle/cli");
const NATIVE = ["better-sqlite3", "keytar"];
// ws loads these native speed-ups when installed, and runs without them.
const OPTIONAL = ["bufferutil", "utf-8-validate"];

rmSync(outDir, { recursive: true, force: true });
await build({
  input: {
    cirrus: path.join(root, "dist/src/cli/cirrus.js"),
    "chunk-worker": path.join(root, "dist/src/engine/chunking/chunk-worker.js"),
    "temp-files-worker": path.join(root, "dist/src/engine/sync/temp-files-worker.js"),
  },
  platform: "node",
  external: [...NATIVE, ...OPTIONAL],
  logLevel: "warn",
  output: {
    dir: outDir,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
    sourcemap: false,
  },
});
console.log(`bundle-cli: wrote ${path.relative(root, outDir)}`);
