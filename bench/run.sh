#!/usr/bin/env bash
# `npm run bench`: Cirrus side by side with Syncthing and rsync on loopback.
# Installs the peers from Debian when missing (as root; otherwise they are skipped),
# builds, and runs the harness (dist/bench/run.js). Settings: see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in syncthing rsync; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing ${missing[*]} (Debian packages)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || echo "bench: could not install ${missing[*]}; those peers are skipped" >&2
  else
    echo "bench: ${missing[*]} not installed and not root: those peers are skipped" \
      "(install with: sudo apt-get install -y ${missing[*]})" >&2
  fi
fi

if [[ ! -d node_modules ]]; then
  echo "bench: node_modules is missing: run \`npm ci\` first" >&2
  exit 1
fi
npm run --silent build
exec node dist/bench/run.js "$@"
