#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with AddressSanitizer and runs each for a set time, then prints
# a summary table (runs, execs/s, coverage, findings). See docs/fuzzing.md.
#
# Usage: Scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s; all targets)
#   SCRATCH=.build-fuzz   build folder; the growing corpora and crash artifacts live under it too
#   JOBS=1                passed to swift build (-j), so a shared machine is not swamped
#   LEAKS=1               leak detection for every target (by default off for DOT, GraphML, GEXF)
#
# Seeds come from Fuzz/Corpus/<target> (read only); new inputs go to $SCRATCH/corpus/<target>, so
# repeated runs continue where the last one stopped. Exit status 1 if any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
scratch=${SCRATCH:-.build-fuzz}
all_targets=(FuzzDOT FuzzNodeLinkJSON FuzzGraphML FuzzGEXF FuzzEdgeList FuzzText)
[ $# -gt 0 ] && targets=("$@") || targets=("${all_targets[@]}")

# Per target: dictionary, -max_len, extra libFuzzer flags.
declare -A dict=(
  [FuzzDOT]=dot [FuzzNodeLinkJSON]=json [FuzzGraphML]=xml [FuzzGEXF]=xml [FuzzEdgeList]=edgelist [FuzzText]=text)
declare -A max_len=(
  [FuzzDOT]=4096 [FuzzNodeLinkJSON]=4096 [FuzzGraphML]=4096 [FuzzGEXF]=4096 [FuzzEdgeList]=2048 [FuzzText]=8192)
declare -A extra=()
# Graphviz (cgraph) and Foundation's XMLParser allocate on one input and free on a later one, so
# libFuzzer runs a full LeakSanitizer pass after nearly every input: 10 to 25 times slower (DOT 245
# against 2,200 execs/s, GraphML 20 against 530). Their leak checks are off unless LEAKS=1; runs with
# them on found no leak but Foundation's (docs/fuzzing.md).
if [ "${LEAKS:-0}" != 1 ]; then
  for target in FuzzDOT FuzzGraphML FuzzGEXF; do extra[$target]="-detect_leaks=0"; done
fi
# Leaks outside Geflecht's code (Foundation's XMLParser) are suppressed by name, not by switching
# leak detection off; the file says where each was seen.
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

echo "fuzz: building ${#targets[@]} target(s) with -sanitize=fuzzer,address into $scratch" >&2
build_args=(-c debug --package-path Fuzz --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address)
[ -n "${JOBS:-}" ] && build_args+=(-j "$JOBS")
# ld.gold warns once per ASan symbol it cannot export; those lines are noise.
swift build "${build_args[@]}" 2>&1 | grep -v "Cannot export local symbol" >&2
bin="$scratch/debug"

summary=()
findings=0
for target in "${targets[@]}"; do
  [ -n "${dict[$target]:-}" ] || { echo "fuzz: unknown target $target (have: ${all_targets[*]})" >&2; exit 2; }
  work="$scratch/corpus/$target"
  artifacts="$scratch/artifacts/$target"
  log="$scratch/logs/$target.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  before=$(ls "$artifacts" | wc -l)
  echo "fuzz: $target for ${seconds}s (log $log)" >&2
  # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: over 2 GB is a finding.
  status=0
  started=$SECONDS
  # shellcheck disable=SC2086
  "$bin/$target" "$work" "Fuzz/Corpus/$target" \
    -max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout=10 -rss_limit_mb=2048 \
    -dict="Fuzz/Dictionaries/${dict[$target]}.dict" -artifact_prefix="$artifacts/" \
    -print_final_stats=1 ${extra[$target]:-} > "$log" 2>&1 || status=$?
  elapsed=$((SECONDS - started))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  corpus=$(ls "$work" | wc -l)
  new=$(( $(ls "$artifacts" | wc -l) - before ))
  result="ok"
  if [ "$status" -ne 0 ] || [ "$new" -gt 0 ]; then
    findings=$((findings + 1))
    artifact=$(ls -t "$artifacts" | head -1)
    reason=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [A-Za-z-]+( on)?|Fatal error: .*|Precondition failed.*' "$log" || true)
    result="FINDING (exit $status) ${reason:-see log}: $artifacts/$artifact"
  fi
  summary+=("$(printf '%-17s %6ss %10s %8s %6s %7s %7s %6s  %s' "$target" "$elapsed" "${runs:-?}" "${speed:-?}" \
    "${cov:-?}" "${ft:-?}" "$corpus" "${rss:-?}" "$result")")
done

echo
printf '%-17s %7s %10s %8s %6s %7s %7s %6s  %s\n' target time runs "execs/s" cov features corpus "rss MB" result
for line in "${summary[@]}"; do echo "$line"; done
[ "$findings" -eq 0 ]
