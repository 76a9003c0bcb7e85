#!/usr/bin/env bash
# The sync server's load and fault runs, as docs/operations.md reports them, on
# SQLite and on a throwaway PostgreSQL (127.0.0.1 only), 200 clients each: back to
# back (the saturation throughput), paced at 2,000 requests/s (the latency at the
# target load; one client thread, which keeps that pace and leaves the server more of a
# 2-core machine), and back to back with a SIGKILL of the server in the middle.
# About 7 minutes with the default 60 s per run.
#   bench/server/run-load.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=${1:?build directory}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
bench="$build/bench/kasboek_bench_syncd"
state=$(mktemp -d)
trap '"$here/../../tests/server/postgres-fixture.sh" stop "$state" >/dev/null 2>&1 || true; rm -rf "$state"' EXIT

"$bench" --engine sqlite --seconds "$seconds"
"$bench" --engine sqlite --seconds "$seconds" --rate 2000 --client-threads 1
"$bench" --engine sqlite --seconds "$seconds" --kill-after $((seconds / 2))
"$here/../../tests/server/postgres-fixture.sh" start "$state"
if grep -q '^unavailable=' "$state/postgres.env"; then
    echo "PostgreSQL runs skipped: $(sed -n 's/^unavailable=//p' "$state/postgres.env")"
    exit 0
fi
"$bench" --engine postgresql --postgres-env "$state/postgres.env" --seconds "$seconds"
"$bench" --engine postgresql --postgres-env "$state/postgres.env" --seconds "$seconds" --rate 2000 --client-threads 1
"$bench" --engine postgresql --postgres-env "$state/postgres.env" --seconds "$seconds" --kill-after $((seconds / 2))
