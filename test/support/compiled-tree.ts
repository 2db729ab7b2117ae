// A compiled copy of some source folders, laid out like dist/ (src/engine/…, src/shared),
// for tests of the production path: worker threads started from compiled .js files
// next to their hosts, run by a plain Node process without Vitest. Transpiled only
// (no type check): the type check is the build's.
import { mkdir, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export async function transpileTree(outRoot: string, folders: readonly string[]): Promise<void> {
  for (const folder of folders) {
    for (const name of await readdir(join(repoRoot, folder))) {
      if (!name.endsWith(".ts") || name.endsWith(".test.ts") || name.endsWith(".d.ts")) continue;
      const source = await readFile(join(repoRoot, folder, name), "utf8");
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      await mkdir(join(outRoot, folder), { recursive: true });
      await writeFile(join(outRoot, folder, name.replace(/\.ts$/, ".js")), outputText);
    }
  }
  await writeFile(join(outRoot, "package.json"), '{ "type": "module" }');
  // src/shared/protocol.js imports @sinclair/typebox, and the like.
  await symlink(join(repoRoot, "node_modules"), join(outRoot, "node_modules"), "junction");
}
