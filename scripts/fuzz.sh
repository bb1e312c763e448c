#!/usr/bin/env bash
# Fuzzes each reader and the extractor with libFuzzer (see README, "Fuzzing").
#   FUZZ_SECONDS  seconds per target (default 60)
#   FUZZ_TARGETS  which targets (default: text html feed jsonl extract)
# Builds briefing-fuzz with -sanitize=fuzzer,address into .build-fuzz, runs the targets one
# after the other on the seeds in Fuzz/seeds/TARGET, the regressions in Fuzz/regressions/TARGET
# and a growing corpus in .build-fuzz/corpus/TARGET, and prints one line per target:
# executions, corpus size, crashes. A crash, hang (> 10 s) or out-of-memory (> 2 GB) input is
# saved under .build-fuzz/artifacts/TARGET/ and the script exits 1.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"text html feed jsonl extract"}
build=.build-fuzz
# lld: gold fails with an internal error on the sanitized objects.
swift build -c release --product briefing-fuzz --build-path "$build" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld || exit 1
binary=$build/release/briefing-fuzz
failed=0
for target in $targets; do
    corpus=$build/corpus/$target artifacts=$build/artifacts/$target log=$build/fuzz-$target.log
    mkdir -p "$corpus" "$artifacts"
    inputs=("$corpus" "Fuzz/seeds/$target")
    [ -d "Fuzz/regressions/$target" ] && inputs+=("Fuzz/regressions/$target")
    ASAN_OPTIONS=detect_leaks=0 FUZZ_TARGET=$target "$binary" -max_total_time="$seconds" -max_len=16384 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "${inputs[@]}" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    crashes=$(find "$artifacts" -type f | wc -l)
    echo "fuzz $target: ${seconds} s, ${runs:-?} executions, corpus $(find "$corpus" -type f | wc -l) inputs, $crashes crash file(s), exit $status"
    if [ "$status" -ne 0 ]; then failed=1; tail -40 "$log"; fi
done
exit $failed
