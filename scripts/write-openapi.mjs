// Writes openapi.json (committed at the repo root) from the server's own route schemas.
// Run after a build: `npx tsc -p tsconfig.build.json && node scripts/write-openapi.mjs`.
// test/server/cli.test.ts checks that the running server serves exactly this document.
import { writeFileSync } from "node:fs";
import { URL } from "node:url";

const { buildOpenApiDocument } = await import("../dist/src/server/index.js");
const target = new URL("../openapi.json", import.meta.url);
writeFileSync(target, JSON.stringify(await buildOpenApiDocument(), null, 2) + "\n");
