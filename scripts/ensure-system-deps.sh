#!/usr/bin/env bash
# Installs the Debian packages the tests use, only those missing (root on CI machines).
set -euo pipefail

declare -A probe=(
  [dbus]="command -v dbus-run-session"
  [gnome-keyring]="command -v gnome-keyring-daemon"
  [libsecret-1-dev]="dpkg -s libsecret-1-dev"
  [rsync]="command -v rsync"
  [chromium]="test -x /usr/bin/chromium"
  [python3]="command -v python3"
  [make]="command -v make"
  [g++]="command -v g++"
)

missing=()
for pkg in "${!probe[@]}"; do
  if ! eval "${probe[$pkg]}" >/dev/null 2>&1; then missing+=("$pkg"); fi
done

if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "need root to install ${missing[*]} (or install them yourself)" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
