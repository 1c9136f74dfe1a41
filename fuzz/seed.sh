#!/usr/bin/env bash
# Lays out the seed corpora in fuzz/corpus/<target>/ (not committed): the
# sample and holdout articles whole, the clean multilingual corpus cut into
# 4 KiB pieces at line ends, and the regression inputs of tests/data/fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
for target in decode repair digest ioc extract; do
    dir="fuzz/corpus/$target"
    mkdir -p "$dir"
    for f in data/samples/* data/holdout/*; do
        [ -f "$f" ] && cp "$f" "$dir/$(basename "$f")"
    done
    for f in tests/data/clean/*.txt; do
        split -C 4096 -d -a 4 "$f" "$dir/clean-$(basename "$f" .txt)-"
    done
    if [ -d "tests/data/fuzz/$target" ]; then
        cp tests/data/fuzz/"$target"/* "$dir/" 2>/dev/null || true
    fi
done
echo "seeded: $(ls fuzz/corpus/extract | wc -l) files per target"
