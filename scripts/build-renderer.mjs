// Builds the UI bundle: compiles src/renderer (plus the three shared modules it uses)
// with tsconfig.renderer.json into dist/ui, then copies the static files next to the
// compiled scripts. Output: dist/ui/renderer/{index.html,styles.css,main.js,...} and
// dist/ui/shared/*.js. Run: node scripts/build-renderer.mjs
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = path.join(root, "src/renderer");
const outDir = path.join(root, "dist/ui");
const STATIC = [".html", ".css", ".svg", ".png", ".ico", ".woff2"];

// A clean output: stale modules from renamed files must not linger in the bundle.
rmSync(outDir, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.renderer.json")], {
  stdio: "inherit",
});
if (result.status !== 0) {
  console.error("build-renderer: tsc failed");
  process.exit(result.status ?? 1);
}

function copyStatic(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      copyStatic(source, target);
    } else if (STATIC.includes(path.extname(entry.name))) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, target);
    }
  }
}
copyStatic(srcDir, path.join(outDir, "renderer"));

for (const required of ["renderer/index.html", "renderer/styles.css", "renderer/main.js"]) {
  if (!existsSync(path.join(outDir, required))) {
    console.error(`build-renderer: missing ${required}`);
    process.exit(1);
  }
}
console.log(`build-renderer: wrote ${path.relative(root, outDir)}`);
