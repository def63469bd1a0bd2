#!/usr/bin/env bash
# Fresh Debian 12 machine -> every test built (warnings are errors) and run.
#   packaging/run-tests.sh                   normal build in build-tests/, every suite
#   packaging/run-tests.sh --sanitize        AddressSanitizer + UndefinedBehaviorSanitizer in
#                                            build-asan/, every suite
#   packaging/run-tests.sh ... --suites LIST only the suites of these folders of tests/
#                                            (comma-separated: core, storage, stress, cli, ui,
#                                            bench), and only what they need built
# CI (.ci/run) runs every suite, then core, storage and stress under the sanitizers: all of
# them there would take it past its 40 minutes. Run --sanitize alone before resolving an issue.
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=no
suites=all
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=yes ;;
    --suites) suites="${2:?--suites needs a list, such as core,storage}"; shift ;;
    *) echo "run-tests.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# Each folder's suites by the start of their CTest names, and its build target.
targets=(massage-desk-cli)
names=()
if [ "$suites" != all ]; then
  IFS=, read -r -a folders <<< "$suites"
  for folder in "${folders[@]}"; do
    case "$folder" in
      core | storage | cli | ui) names+=("test_$folder") ;;
      stress | bench) names+=("${folder}_") ;;
      *) echo "run-tests.sh: no suites in tests/$folder" >&2; exit 2 ;;
    esac
    targets+=("tests/$folder/all")
  done
fi

packaging/install-deps.sh

# The programs as they ship (-O2), without debug information: a failing test names its file
# and line without it, and full debug information made every compile nearly twice as long.
# The sanitizer build keeps line tables (-g1), so its reports say where.
dir=build-tests
options=(-DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"
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
if [ "$suites" = all ]; then
  cmake --build "$dir" --parallel
  cd "$dir"
  ctest --output-on-failure --parallel 2
else
  # Ninja's per-folder targets (tests/storage/all ...) build those suites and what they run.
  cmake --build "$dir" --parallel --target "${targets[@]}"
  cd "$dir"
  selected=$(IFS='|'; echo "${names[*]}")
  ctest --output-on-failure --parallel 2 --tests-regex "^($selected)"
fi
