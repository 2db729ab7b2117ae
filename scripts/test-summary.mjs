// Prints one closing line for the whole suite, "tests: N passed, N failed, N skipped",
// from Vitest's and Playwright's JSON reports; exits non-zero when anything failed.
import { readFileSync } from "node:fs";

function read(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const [vitestFile = "test-results/vitest.json", playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else {
  failed += 1; // No report at all means the runner itself failed.
}

if (playwrightFile) {
  const playwright = read(playwrightFile);
  if (playwright?.stats) {
    passed += playwright.stats.expected ?? 0;
    failed += playwright.stats.unexpected ?? 0;
    skipped += playwright.stats.skipped ?? 0;
  } else {
    failed += 1;
  }
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
