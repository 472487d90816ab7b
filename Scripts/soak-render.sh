#!/usr/bin/env bash
# Graphviz in a long-running process: 500 renders from 4 threads in one process (the corpus graph with
# dot, hostile names, a 300-node graph with sfdp), each followed by a DOT write, a DOT read and a
# malformed DOT read. Fails on a crash, on any render that differs from the first of the same graph,
# or when resident memory grows by more than 16 MB after the warm-up.
# Usage: Scripts/soak-render.sh [RENDERS] [THREADS] [MAX_GROWTH_MB]
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
rm -f .build/release/description.json
swift build -c release --product GeflechtSoak >&2
.build/release/GeflechtSoak "${1:-500}" "${2:-4}" "${3:-16}"
