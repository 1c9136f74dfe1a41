#!/usr/bin/env python3
"""Measure the throughput of Python IOC extractors on the benchmark text.

The text is the one `cargo bench --bench ioc` generates and writes to
target/ioc-bench/corpus.txt (threat-report prose, about 300 indicators per
MB, half of them defanged). Run the bench first, then, with ioc-finder and
iocextract installed in a virtualenv outside the repository:

    python3 -m venv /work/venvs/peers
    /work/venvs/peers/bin/pip install ioc-finder iocextract requests
    /work/venvs/peers/bin/python benches/peers/ioc_peers.py

The Python tools are slow, so by default they get a prefix of the text
(--bytes, cut at a line end); throughput is bytes over wall time of the
extraction call alone, median of --repeat runs. With --ours PATH the script
also times our `indicators` example binary on the whole file (process start
and JSON output included), for a same-session comparison with criterion.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "target", "ioc-bench", "corpus.txt")


def median_mbps(fn, text, repeat):
    size = len(text.encode("utf-8"))
    rates, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn(text)
        dt = time.perf_counter() - t0
        rates.append(size / dt / 1e6)
    return statistics.median(rates), result


def ioc_finder_fn():
    from ioc_finder import find_iocs

    def run(text):
        r = find_iocs(text)
        return sum(len(v) for v in r.values() if isinstance(v, list))

    return run


def iocextract_fn():
    import iocextract

    def run(text):
        return sum(1 for _ in iocextract.extract_iocs(text, refang=True))

    return run


def ours(binary, path, repeat):
    size = os.path.getsize(path)
    rates, n = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = subprocess.run([binary, path], capture_output=True, text=True, check=True).stdout
        dt = time.perf_counter() - t0
        rates.append(size / dt / 1e6)
        iocs = json.loads(out.splitlines()[0])["iocs"]
        n = sum(len(v) for v in iocs.values())
    return statistics.median(rates), n


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--bytes", type=int, default=256 * 1024, help="prefix given to the Python tools")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ours", help="path to target/release/examples/indicators")
    args = ap.parse_args()
    if not os.path.exists(args.corpus):
        sys.exit(f"{args.corpus} not found: run `cargo bench --bench ioc` first")
    with open(args.corpus, encoding="utf-8") as f:
        full = f.read()
    cut = full[: args.bytes]
    if len(cut) < len(full) and "\n" in cut:
        cut = cut[: cut.rfind("\n") + 1]
    size = len(cut.encode("utf-8"))
    print(f"corpus: {args.corpus} ({len(full.encode('utf-8'))} bytes); Python tools get {size} bytes, median of {args.repeat}")
    rows = []
    for name, make in [("ioc-finder", ioc_finder_fn), ("iocextract", iocextract_fn)]:
        try:
            fn = make()
        except ImportError as e:
            print(f"{name}: not installed ({e})")
            continue
        mbps, n = median_mbps(fn, cut, args.repeat)
        version = subprocess.run([sys.executable, "-m", "pip", "show", name], capture_output=True, text=True).stdout
        version = next((l.split(": ", 1)[1] for l in version.splitlines() if l.startswith("Version: ")), "?")
        rows.append((f"{name} {version}", mbps, n, size))
    if args.ours:
        mbps, n = ours(args.ours, args.corpus, args.repeat)
        rows.append(("cti-extract indicators example (whole file, process start included)", mbps, n, os.path.getsize(args.corpus)))
    print(f"{'tool':<72} {'MB/s':>10} {'found':>8} {'bytes':>10}")
    for name, mbps, n, b in rows:
        print(f"{name:<72} {mbps:>10.3f} {n:>8} {b:>10}")


if __name__ == "__main__":
    main()
