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
dbus-run-session -- bash scripts/with-keyring.sh npx vitest run "$@" || status=$?
node scripts/test-summary.mjs test-results/vitest.json || status=1
# Browser flows: the real UI in Debian's Chromium against a real engine and server.
npx playwright test || status=$?
exit $status
