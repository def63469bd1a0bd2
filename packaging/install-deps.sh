#!/usr/bin/env bash
# Installs what Massage Desk needs to build, run and test on Debian 12, from Debian's packages.
# Safe to run again: it only calls apt when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core libspdlog-dev libsqlite3-dev libsodium-dev
  postgresql xvfb xauth imagemagick file clang-format desktop-file-utils appstream
  python3-icalendar python3-vobject
  sqlite3 # the tests write through the sqlite3 program to prove the triggers hold
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
