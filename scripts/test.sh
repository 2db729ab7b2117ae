#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what it needs, then lint,
# type checks, unit and multi-process tests (under a real keyring).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
bash scripts/ensure-npm-deps.sh
npm run --silent lint
npm run --silent typecheck
mkdir -p test-results
status=0
rm -f test-results/vitest.json test-results/playwright.json
dbus-run-session -- bash scripts/with-keyring.sh npx vitest run "$@" || status=$?
# Browser flows: the real UI in Debian's Chromium against a real engine and server.
npx playwright test || status=$?
# One closing line for both runners.
node scripts/test-summary.mjs test-results/vitest.json test-results/playwright.json || status=1
exit $status
