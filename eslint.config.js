// Lint rules, including who may import whom (ARCHITECTURE.md §1).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Forbid imports that leave a folder's room. */
function room(files, forbidden) {
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: forbidden.map((group) => ({
            group: [group],
            message: "This import crosses a room boundary (ARCHITECTURE.md §1).",
          })),
        },
      ],
    },
  };
}

const runtimeFolders = ["engine", "server", "cli", "main", "preload", "renderer"];
const notFrom = (...allowed) =>
  runtimeFolders.filter((f) => !allowed.includes(f)).flatMap((f) => [`**/${f}/*`, `../${f}`]);

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "test-results/**", "playwright-report/**", "bin/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true, allowBoolean: true },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" },
    },
  },
  {
    // The renderer compiles with its own tsconfig (DOM lib, no Node types). Its unit
    // tests are DOM-free and type-check with tsconfig.json, like every other test.
    files: ["src/renderer/**/*.ts"],
    ignores: ["src/renderer/**/*.test.ts"],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ["./tsconfig.renderer.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  room(["src/shared/**"], [...notFrom(), "electron", "node:*"]),
  room(["src/engine/**"], [...notFrom(), "electron"]),
  room(["src/server/**"], [...notFrom(), "electron"]),
  room(["src/cli/**"], [...notFrom("engine", "server"), "electron"]),
  room(["src/main/**"], notFrom("engine")),
  // The engine host (a utility process, not the main process) also runs the embedded
  // endpoint for "keep files on this computer".
  room(["src/main/engine-host.ts"], notFrom("engine", "server")),
  room(["src/preload/**"], notFrom()),
  {
    // The engine reaches the sync folder and the local trash through EngineEnv.fs, so a
    // test or a simulator can replace the file system. The files listed work on the
    // profile's own files or the real disk on purpose (env/file-system.ts says why).
    files: ["src/engine/**/*.ts"],
    ignores: [
      "**/*.test.ts",
      // Test support: temp folders of its own, not a sync folder.
      "src/engine/**/testing.ts",
      "src/engine/env/file-system.ts",
      "src/engine/profile/**",
      "src/engine/index/index-db.ts",
      "src/engine/control/control-server.ts",
      "src/engine/watch/watcher.ts",
      "src/engine/chunking/chunker-pool.ts",
      "src/engine/sync/temp-files.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["node:fs", "node:fs/promises", "fs", "fs/promises"].map((name) => ({
            name,
            allowTypeImports: true,
            message: "Use the engine's FileSystem (EngineEnv.fs, src/engine/env/file-system.ts).",
          })),
        },
      ],
    },
  },
  room(["src/renderer/**"], [...notFrom(), "electron", "node:*"]),
  {
    files: ["**/*.test.ts", "test/**", "e2e/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-restricted-imports": "off",
    },
  },
);
