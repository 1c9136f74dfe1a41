#!/usr/bin/env python3
"""ftfy on the inputs of benches/repair.rs and benches/decode.rs.

Run `cargo bench --bench repair` (or `--bench decode`) first: it writes the
inputs to target/bench-inputs/. Then, with ftfy 6.3 in a virtualenv outside
the repo:

    /work/venvs/ftfy/bin/python benches/peers/ftfy_bench.py

Prints the median time and MB/s (10^6 bytes per second) over several runs.
"""
import os
import statistics
import sys
import time

import ftfy

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "..", "..", "target", "bench-inputs")
LOSSLESS = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False,
    remove_control_chars=False, normalization=None, explain=False)


def measure(name, size, fn, runs=5):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    med = statistics.median(times)
    print(f"{name:45s} {med * 1000:10.2f} ms  {size / med / 1e6:10.2f} MB/s")


def main():
    def read(name, mode="r"):
        path = os.path.join(INPUTS, name)
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: run `cargo bench --bench repair` first")
        if mode == "rb":
            return open(path, "rb").read()
        return open(path, encoding="utf-8").read()

    clean = read("news_clean.txt")
    one = read("news_1pct_mojibake.txt")
    cp = read("news_cp1252.bin", "rb")
    print(f"ftfy {ftfy.__version__}, Python {sys.version.split()[0]}")
    measure("ftfy.fix_text clean_news (defaults)", len(clean.encode()), lambda: ftfy.fix_text(clean))
    measure("ftfy.fix_text clean_news (lossless subset)", len(clean.encode()), lambda: ftfy.fix_text(clean, LOSSLESS))
    measure("ftfy.fix_text news_1pct_mojibake (defaults)", len(one.encode()), lambda: ftfy.fix_text(one))
    measure("ftfy.fix_text news_1pct_mojibake (lossless)", len(one.encode()), lambda: ftfy.fix_text(one, LOSSLESS))
    measure("ftfy.guess_bytes news_cp1252", len(cp), lambda: ftfy.guess_bytes(cp))
    measure("bytes.decode('windows-1252') news_cp1252", len(cp), lambda: cp.decode("windows-1252"), runs=20)


if __name__ == "__main__":
    main()
