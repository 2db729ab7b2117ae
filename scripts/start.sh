#!/usr/bin/env bash
# `npm start`: installs and builds if needed, then runs Cirrus on its embedded
# defaults: the desktop app where Electron can start, otherwise the same UI served
# headless on 127.0.0.1 (open the printed address; the first screen offers "keep
# files on this computer", which runs the endpoint inside the profile).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-npm-deps.sh >&2
electron_bin=$(node -e "try { process.stdout.write(require('electron')) } catch {}" 2>/dev/null || true)
if [[ -n ${DISPLAY:-}${WAYLAND_DISPLAY:-} && -n $electron_bin && -x $electron_bin ]]; then
  exec "$electron_bin" . "$@"
fi
store=keychain
if [[ -z ${DBUS_SESSION_BUS_ADDRESS:-} && $(uname) == Linux ]]; then
  # No desktop session, so no Secret Service: keep the token in a 0600 file instead.
  echo "no keychain session found: the device token will be kept in a 0600 file in the profile" >&2
  store=file
fi
exec node --expose-gc bin/cirrus.js ${CIRRUS_PROFILE:+--profile "$CIRRUS_PROFILE"} ui --credential-store "$store" "$@"
