#!/usr/bin/env bash
# Fresh Debian 12 machine -> every test built (warnings are errors) and run.
#   packaging/run-tests.sh              normal build in build-tests/
#   packaging/run-tests.sh --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh

dir=build-tests
options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DMASSAGE_DESK_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-asan
  options=(-DCMAKE_BUILD_TYPE=Debug -DMASSAGE_DESK_WERROR=ON -DMASSAGE_DESK_SANITIZE=ON)
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

cmake -S . -B "$dir" -G Ninja "${options[@]}"
cmake --build "$dir" --parallel
cd "$dir"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --parallel 2
