#!/usr/bin/env bash
# Times extraction on a synthetic German corpus at two sizes and prints MB/s per core.
# Usage: Scripts/bench-extraction.sh [SMALL_MB] [LARGE_MB]   (defaults 10 and 50)
# Builds release into .build-bench and .build-bench-phases (override with SCRATCH=...), writes corpora
# under $TMPDIR. Two measurements per size, CPU time = user + sys:
#   phases      Benchmarks' ExtractionBenchmark: reading, RuleBasedExtractor.extract and node-link JSON
#               writing timed separately in one process (extraction alone is the issue's figure);
#   end to end  `geflecht extract DIR > /dev/null`: listing, reading, extraction and JSON, as a user runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-10}
large=${2:-50}
scratch=${SCRATCH:-.build-bench}
swift build -c release --scratch-path "$scratch" --product geflecht >&2
swift build -c release --package-path Benchmarks --scratch-path "$scratch-phases" --product ExtractionBenchmark >&2
bin="$scratch/release/geflecht"
phases="$scratch-phases/release/ExtractionBenchmark"
work=$(mktemp -d "${TMPDIR:-/tmp}/geflecht-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for mb in "$small" "$large"; do
  python3 Scripts/make_synthetic_corpus.py "$work/c$mb" --megabytes "$mb" --seed 42 >&2
  bytes=$(cat "$work/c$mb"/*.txt | wc -c)
  "$phases" "$work/c$mb" > "$work/phases$mb"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time$mb" "$bin" extract "$work/c$mb" --quiet > /dev/null
  read -r wall user sys maxkb < "$work/time$mb"
  python3 - "$bytes" "$wall" "$user" "$sys" "$maxkb" "$work/phases$mb" <<'PY'
import json, sys
b, wall, user, sys_, kb = int(sys.argv[1]), *map(float, sys.argv[2:5]), int(sys.argv[5])
p = json.load(open(sys.argv[6]))
mb = b / 1024 / 1024
cpu = user + sys_
print(f"{mb:7.1f} MB  extraction {p['extract_cpu_s']:6.2f} s  {p['extract_mb_per_s_per_core']:6.2f} MB/s per core"
      f"  | JSON {p['json_cpu_s']:5.2f} s ({p['json_megabytes']:.0f} MB)  read {p['read_cpu_s']:5.2f} s"
      f"  | end to end: wall {wall:6.2f} s  cpu {cpu:6.2f} s  {mb / cpu:6.2f} MB/s per core  max RSS {kb / 1024:.0f} MB")
PY
done
