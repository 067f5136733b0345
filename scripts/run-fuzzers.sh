#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR/tests/fuzz for SECONDS each, all at the same time (so
# the whole run takes about SECONDS; three targets share CI's two cores), starting from the seed
# corpus in tests/fuzz/corpus/<target>. Fails if any target finds a crash, leak or
# undefined behaviour; the reproducer is left in build dir's fuzz-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan-ubsan}
seconds=${2:-60}
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

pids=()
names=()
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    seeds="tests/fuzz/corpus/$name"
    work="$build/fuzz-work/$name"
    mkdir -p "$work"
    args=("$work")
    [ -d "$seeds" ] && args+=("$seeds")
    dict="tests/fuzz/$name.dict"
    [ -f "$dict" ] && args=("-dict=$dict" "${args[@]}")
    echo "fuzz: $name for ${seconds}s"
    "$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${args[@]}" \
        >"$build/$name.log" 2>&1 &
    pids+=($!)
    names+=("$name")
done
[ ${#pids[@]} -gt 0 ] || { echo "run-fuzzers: no fuzz targets in $build/tests/fuzz" >&2; exit 1; }

failed=0
for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/${names[$i]}.log" | grep -o '[0-9]*$' || true)
        echo "fuzz: ${names[$i]}: 0 crashes in ${runs:-?} runs"
    else
        echo "fuzz: ${names[$i]} FAILED; log follows" >&2
        tail -n 60 "$build/${names[$i]}.log" >&2
        failed=1
    fi
done
exit $failed
