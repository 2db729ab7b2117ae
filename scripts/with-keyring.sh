#!/usr/bin/env bash
# Runs a command with an unlocked Secret Service keyring (for keytar), inside the
# D-Bus session that dbus-run-session created. The password only unlocks a
# throwaway keyring in a temporary home.
set -euo pipefail
export XDG_DATA_HOME=${XDG_DATA_HOME:-$(mktemp -d)}
eval "$(printf 'cirrus-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
exec "$@"
