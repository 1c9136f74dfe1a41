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
    # Hidden names: zero-width, bidi, combining marks, look-alikes.
    printf 'The group \u0410\u0420\u042231 (A\u200bPT31, AP\u202eT31, A\u0301PT31) and L\u0430zarus hit hxxp://evil[.]com.\n' >"$dir/hostile-1"
    printf 'CyberSecurity news\nJ@X\n//\nF\u0430ncy B\u0435ar, \u0391\u03a1\u03a431 \u0433\u0440\u0443\u043f\u043f\u0430 A\u0300\u0316P\u035cT31\u2066x\u2069.\nReferences :\n- a.com: b\n' >"$dir/hostile-2"
    if [ -d "tests/data/fuzz/$target" ]; then
        cp tests/data/fuzz/"$target"/* "$dir/" 2>/dev/null || true
    fi
done
echo "seeded: $(ls fuzz/corpus/extract | wc -l) files per target"
