#!/usr/bin/env bash
# `npm start`: installs and builds if needed, then runs Cirrus on its embedded
# defaults (SQLite and chunk files under the data folder, loopback only).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-npm-deps.sh >&2
data=${CIRRUS_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/cirrus/server}
exec node bin/cirrus-server.js --data "$data" --port "${CIRRUS_PORT:-8443}" "$@"
