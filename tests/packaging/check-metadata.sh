#!/usr/bin/env bash
# The desktop entry and the AppStream metainfo as software centres read them.
set -euo pipefail
src=$1
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
  echo "SKIP   : desktop-file-validate or appstreamcli is missing (packaging/install-deps.sh installs them)"
  exit 0
fi
desktop-file-validate "$src/packaging/massage-desk.desktop"
out=$(appstreamcli validate --pedantic --no-net "$src/packaging/io.massagedesk.massagedesk.metainfo.xml" 2>&1) || {
  echo "$out"; exit 1; }
echo "$out"
# Pedantic hints count too: the file must validate with nothing to say.
if grep -Eq '^[EWIP]: ' <<<"$out"; then
  echo "FAIL: appstreamcli has remarks"; exit 1
fi
