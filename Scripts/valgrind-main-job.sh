#!/usr/bin/env bash
# Runs the main job (corpus/ → a temporary folder) under valgrind memcheck and fails on any memory error
# (invalid read or write, use of uninitialised memory) and on any definite leak outside Graphviz's own libraries
# and the font stack it loads (Scripts/valgrind/graphviz.supp says why those are suppressed).
# "Possibly lost" blocks are not errors: the Swift runtime keeps its metadata caches through interior
# pointers, which memcheck reports as possibly lost.
# Usage: Scripts/valgrind-main-job.sh      (needs valgrind: apt-get install valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
scratch=${SCRATCH:-.build}
swift build -c release --product geflecht --scratch-path "$scratch" >&2
out=$(mktemp -d "${TMPDIR:-/tmp}/geflecht-valgrind.XXXXXX")
trap 'rm -rf "$out"' EXIT
valgrind --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=1 \
  --suppressions=Scripts/valgrind/graphviz.supp --log-file="$out/memcheck.log" \
  "$scratch/release/geflecht" run --corpus corpus --out "$out/graphs" --quiet > /dev/null
status=$?
grep -E "ERROR SUMMARY|definitely lost:|possibly lost:|suppressed:" "$out/memcheck.log" | sed 's/^==[0-9]*== //'
cmp -s "$out/graphs/geflecht.json" graphs/geflecht.json && echo "output identical to graphs/geflecht.json"
exit $status
