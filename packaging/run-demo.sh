#!/usr/bin/env bash
# Fresh Debian 12 machine -> Massage Desk open on a demo centre.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMASSAGE_DESK_BUILD_TESTS=OFF
cmake --build build --parallel
exec build/app/massage-desk --demo "$@"
