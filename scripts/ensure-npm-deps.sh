#!/usr/bin/env bash
# Installs npm packages exactly as locked (native modules build from source) and builds.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.cirrus-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$want" ]]; then
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
npm run --silent build
