#!/usr/bin/env bash
# The bank import and matching benchmark: a file with 50,000 open invoices (made once and kept
# in the cache folder, it takes a few minutes), copied, then 100,000 statement lines imported
# into the copy and matched.
#
#   bench/run-bank.sh BUILD_DIR [LINES] [CACHE_DIR]
#
# Figures go to stdout; docs/benchmarks.md records them with this command.
set -euo pipefail
build=${1:?usage: run-bank.sh BUILD_DIR [LINES] [CACHE_DIR]}
lines=${2:-100000}
cache=${3:-${TMPDIR:-/tmp}/kasboek-bench-bank}
for program in kasboek_bench_documents kasboek_bench_bank; do
    [ -x "$build/bench/$program" ] || { echo "run-bank.sh: $build/bench/$program not built (configure with -DKASBOEK_BUILD_BENCH=ON)" >&2; exit 2; }
done
mkdir -p "$cache"
if [ ! -f "$cache/open-invoices.kasboek" ]; then
    echo "making 50,000 open invoices (once)"
    "$build/bench/kasboek_bench_documents" create "$cache/open-invoices.kasboek.new" 50000 none
    mv "$cache/open-invoices.kasboek.new" "$cache/open-invoices.kasboek"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$cache/open-invoices.kasboek" "$work/books.kasboek"
"$build/bench/kasboek_bench_bank" "$work/books.kasboek" "$lines"
