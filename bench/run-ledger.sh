#!/usr/bin/env bash
# The ledger benchmark with the reference workload: generates it (../shared/bench/gen_book.py),
# imports it into a new encrypted file and times the reports in a fresh process.
#
#   bench/run-ledger.sh BUILD_DIR [S|M|L] [SHARED_DIR]
#
# Figures go to stdout; docs/benchmarks.md records them with this command.
set -euo pipefail
build=${1:?usage: run-ledger.sh BUILD_DIR [S|M|L] [SHARED_DIR]}
size=${2:-L}
shared=${3:-$(dirname "$0")/../../shared}
bench="$build/bench/kasboek_bench_ledger"
[ -x "$bench" ] || { echo "run-ledger.sh: $bench not built (configure with -DKASBOEK_BUILD_BENCH=ON)" >&2; exit 2; }
[ -f "$shared/bench/gen_book.py" ] || { echo "run-ledger.sh: no $shared/bench/gen_book.py" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "workload $size: generating"
python3 "$shared/bench/gen_book.py" --size "$size" --out "$work" --formats csv >/dev/null
echo "workload $size: $(($(wc -l < "$work/lines.csv") - 1)) lines"
"$bench" import "$work/lines.csv" "$work/book.kasboek"
ls -l "$work/book.kasboek" | awk '{ printf "file: %.0f MiB\n", $5 / 1048576 }'
"$bench" query "$work/book.kasboek"
