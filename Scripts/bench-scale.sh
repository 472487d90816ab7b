#!/usr/bin/env bash
# Extraction at scale: a synthetic corpus of 50,000 articles, extracted in growing prefixes of 10,000
# documents, printing wall time, CPU time and peak RSS for each, so that linear growth can be read off;
# then checks that one thread and all threads give byte-identical JSON.
# Usage: Scripts/bench-scale.sh [STEP] [STEPS]     (defaults 10000 and 5: 10k, 20k, … 50k documents)
# Builds release into .build-bench (override with SCRATCH=...); the corpus goes under $TMPDIR and is
# removed afterwards (KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."
step=${1:-10000}
steps=${2:-5}
scratch=${SCRATCH:-.build}
swift build -c release --product geflecht --scratch-path "$scratch" >&2
bin="$PWD/$scratch/release/geflecht"
work=$(mktemp -d "${TMPDIR:-/tmp}/geflecht-scale.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
total=$((step * steps))
python3 Scripts/make_synthetic_corpus.py "$work/all" --documents "$total" --seed 42 >&2
files=("$work"/all/*.txt)
# Text bytes of the .txt files under a folder (links followed); `cat dir/*` would overflow argv at 40k files.
text_bytes() { find -L "$1" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
echo "cores: $(nproc)   corpus: $total documents, $(( $(text_bytes "$work/all") / 1048576 )) MB of text"
printf '%10s %9s %9s %9s %10s %10s %12s\n' documents MB wall_s cpu_s docs/s MB/s/core peak_RSS_MB
for ((k = 1; k <= steps; k++)); do
  n=$((k * step))
  dir="$work/c$n"
  mkdir -p "$dir"
  printf '%s\0' "${files[@]:0:n}" | xargs -0 ln -s -t "$dir"
  bytes=$(text_bytes "$dir")
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" extract "$dir" -o "$work/out$n.json" --quiet
  read -r wall user sys kb < "$work/time"
  python3 - "$n" "$bytes" "$wall" "$user" "$sys" "$kb" <<'PY'
import sys
n, b = int(sys.argv[1]), int(sys.argv[2])
wall, user, sys_ = map(float, sys.argv[3:6])
kb = int(sys.argv[6])
mb = b / 1024 / 1024
cpu = user + sys_
print(f"{n:10d} {mb:9.1f} {wall:9.2f} {cpu:9.2f} {n / wall:10.0f} {mb / cpu:10.2f} {kb / 1024:12.0f}")
PY
  rm -f "$work/out$n.json"
  [ "$k" -eq 1 ] || rm -rf "$dir"
done
# Determinism: the first corpus on one thread must give the same bytes as on every core.
dir="$work/c$step"
"$bin" extract "$dir" -o "$work/all-threads.json" --quiet
"$bin" extract "$dir" -o "$work/one-thread.json" --quiet --threads 1
if cmp -s "$work/all-threads.json" "$work/one-thread.json"; then
  echo "one thread and $(nproc) threads: identical output ($(wc -c < "$work/one-thread.json") bytes)"
else
  echo "one thread and $(nproc) threads: OUTPUT DIFFERS" >&2
  exit 1
fi
