#!/usr/bin/env bash
# Runs fuzz targets one after the other, one process at a time, niced:
#   fuzz/run.sh extract:1200 repair:600 ...
# Build first: cargo +nightly fuzz build -s none --debug-assertions
# Logs in fuzz/logs/<target>.<n>.log; crashes in fuzz/artifacts/<target>/.
set -uo pipefail
cd "$(dirname "$0")"
bin_dir=target/x86_64-unknown-linux-gnu/release
mkdir -p logs
for spec in "$@"; do
    target="${spec%%:*}"
    secs="${spec##*:}"
    mkdir -p "corpus/$target" "artifacts/$target"
    n=$(ls logs/"$target".*.log 2>/dev/null | wc -l)
    log="logs/$target.$n.log"
    echo "== $target for ${secs}s -> $log"
    nice -n 10 "$bin_dir/$target" "corpus/$target" \
        -jobs=1 -workers=1 -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="artifacts/$target/" >"$log" 2>&1
    echo "   exit $?"
    # -jobs=1 runs the fuzzer in a child that logs to fuzz-0.log.
    if [ -f fuzz-0.log ]; then
        cat fuzz-0.log >>"$log"
        rm -f fuzz-0.log
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs|ERROR|SUMMARY|Test unit written" "$log" | tail -8
done
