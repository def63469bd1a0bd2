#!/usr/bin/env bash
# Fresh Debian 12 machine -> every test built (warnings are errors) and run.
#   packaging/run-tests.sh                  normal build in build-tests/
#   packaging/run-tests.sh --sanitize       AddressSanitizer + UndefinedBehaviorSanitizer in
#                                           build-asan/, every suite
#   packaging/run-tests.sh --sanitize --no-widgets
#                                           the same without the widget library and its suites,
#                                           the benchmark and the package (what CI runs, to stay
#                                           within its time; the widget suites still run in the
#                                           normal build)
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh

sanitize=no
widgets=yes
for argument in "$@"; do
  case "$argument" in
    --sanitize) sanitize=yes ;;
    --no-widgets) widgets=no ;;
    *) echo "run-tests.sh: unknown option $argument" >&2; exit 2 ;;
  esac
done
if [ "$widgets" = no ] && [ "$sanitize" = no ]; then
  echo "run-tests.sh: --no-widgets goes with --sanitize" >&2
  exit 2
fi

# -g1: line tables only. Backtraces and sanitizer reports keep their file:line; full debug
# information made every compile a third slower.
dir=build-tests
options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
         -DMASSAGE_DESK_WERROR=ON)
if [ "$sanitize" = yes ]; then
  dir=build-asan
  options=(-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DMASSAGE_DESK_WERROR=ON
           -DMASSAGE_DESK_SANITIZE=ON)
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fi

cmake -S . -B "$dir" -G Ninja "${options[@]}"
export QT_QPA_PLATFORM=offscreen
if [ "$widgets" = yes ]; then
  cmake --build "$dir" --parallel
  cd "$dir"
  ctest --output-on-failure --parallel 2
else
  # Ninja's per-folder targets: the programs and suites that link no widget.
  cmake --build "$dir" --parallel --target massage-desk-cli tests/core/all tests/storage/all \
    tests/cli/all tests/stress/all
  cd "$dir"
  ctest --output-on-failure --parallel 2 --exclude-regex '^(test_ui_|bench_|test_package$)'
fi
