#!/usr/bin/env bash
# The two set-up commands of the README:
#   scripts/dev.sh run   install what is missing, build, start the desktop app
#   scripts/dev.sh test  install what is missing, build, run the whole test suite
# Extra arguments after `run` go to the app; after `test`, to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-}
shift || true
case "$what" in
    run) preset=release ;;
    test) preset=ci ;;
    *) echo "usage: scripts/dev.sh run|test [args...]" >&2; exit 2 ;;
esac

scripts/install-deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

if [ "$what" = run ]; then
    exec "build/$preset/app/kasboek" "$@"
fi

export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j"$(nproc)" "$@"
