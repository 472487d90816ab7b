#!/usr/bin/env bash
# Times extraction on a synthetic German corpus at two sizes and prints MB/s per core.
# Usage: Scripts/bench-extraction.sh [SMALL_MB] [LARGE_MB]   (defaults 10 and 50)
# Builds release into .build-bench (override with SCRATCH=...), writes corpora under $TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-10}
large=${2:-50}
scratch=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$scratch" >&2
bin="$scratch/release/geflecht"
work=$(mktemp -d "${TMPDIR:-/tmp}/geflecht-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for mb in "$small" "$large"; do
  python3 Scripts/make_synthetic_corpus.py "$work/c$mb" --megabytes "$mb" --seed 42 >&2
  bytes=$(du -sb "$work/c$mb" | cut -f1)
  # Extraction plus writing node-link JSON (to /dev/null); CPU time = user + sys.
  /usr/bin/time -f "%e %U %S %M" -o "$work/time$mb" "$bin" extract "$work/c$mb" --quiet > /dev/null
  read -r wall user sys maxkb < "$work/time$mb"
  python3 - "$bytes" "$wall" "$user" "$sys" "$maxkb" <<'PY'
import sys
b, wall, user, sys_, kb = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
mb = b / 1024 / 1024
cpu = user + sys_
print(f"{mb:7.1f} MB  wall {wall:6.2f} s  cpu {cpu:6.2f} s  {mb / cpu:6.2f} MB/s per core  max RSS {kb / 1024:.0f} MB")
PY
done
