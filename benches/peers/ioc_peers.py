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
With --quality it also counts, for each tool, the values that are right,
wrong or missing against the indicators planted in the text's first MiB
(target/ioc-bench/expected_prefix.tsv, written by the bench).
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


FINDER_KEYS = {
    "cves": "cve", "ipv4s": "ipv4", "ipv6s": "ipv6", "domains": "domain", "urls": "url",
    "email_addresses": "email", "md5s": "md5", "sha1s": "sha1", "sha256s": "sha256", "sha512s": "sha512",
}


def finder_values(text):
    from ioc_finder import find_iocs

    r = find_iocs(text)
    lower = {"domains", "email_addresses", "md5s", "sha1s", "sha256s", "sha512s"}
    out = {(FINDER_KEYS[k], v.lower() if k in lower else v) for k in FINDER_KEYS for v in r.get(k, [])}
    for matrix in r.get("attack_techniques", {}).values():
        out |= {("attack_technique", v) for v in matrix}
    return out


def iocextract_values(text):
    import iocextract

    out = {("url", u) for u in iocextract.extract_urls(text, refang=True)}
    out |= {("ipv6" if ":" in i else "ipv4", i) for i in iocextract.extract_ips(text, refang=True)}
    out |= {("email", e.lower()) for e in iocextract.extract_emails(text, refang=True)}
    kinds = {32: "md5", 40: "sha1", 64: "sha256", 128: "sha512"}
    out |= {(kinds.get(len(h), "hash"), h.lower()) for h in iocextract.extract_hashes(text)}
    return out


def ours_values(binary):
    def run(text):
        line = json.dumps({"id": 0, "text": text}) + "\n"
        out = subprocess.run([binary, "--jsonl"], input=line, capture_output=True, text=True, check=True).stdout
        iocs = json.loads(out)["iocs"]
        return {(k, v) for k, vs in iocs.items() for v in vs}

    return run


def quality(path, text, binary=None):
    """Compare each tool's values with the planted indicators of the text's first MiB.

    Differences of design are not counted as wrong: the domain of a planted
    e-mail address (ioc-finder reports it), and `http://HOST` made from a
    planted domain or address without a path (iocextract turns defanged
    names into URLs). ATT&CK ids in the text are random, so ioc-finder, which
    checks them against its copy of ATT&CK, misses most of them.
    """
    with open(path, encoding="utf-8") as f:
        header, *lines = f.read().splitlines()
    size = int(header.split("\t")[1])
    prefix = text.encode("utf-8")[:size].decode("utf-8")
    planted = {tuple(l.split("\t", 1)) for l in lines}
    tolerated = {("domain", v.split("@", 1)[1]) for k, v in planted if k == "email"}
    tolerated |= {("url", f"{s}://{v}") for k, v in planted if k in ("domain", "ipv4") for s in ("http", "https")}
    print(f"\nquality on the first {size} bytes ({len(planted)} planted indicators):")
    print(f"{'tool':<12} {'kinds compared':<34} {'reported':>9} {'correct':>8} {'wrong':>6} {'missed':>7}  examples of wrong")
    tools = [
        ("ioc-finder", finder_values, None),
        ("iocextract", iocextract_values, {"url", "ipv4", "ipv6", "email", "md5", "sha1", "sha256", "sha512"}),
    ]
    if binary:
        tools.append(("cti-extract", ours_values(binary), None))
    for name, fn, kinds in tools:
        try:
            got = fn(prefix)
        except ImportError:
            continue
        want = {p for p in planted if kinds is None or p[0] in kinds}
        if kinds is not None:
            got = {g for g in got if g[0] in kinds or g[0] == "hash"}
        wrong = sorted(got - want - tolerated)
        label = "all" if kinds is None else "all but domain, cve, attack"
        examples = ", ".join(f"{k}:{v}" for k, v in wrong[:: max(1, len(wrong) // 4)][:4])
        print(f"{name:<12} {label:<34} {len(got):>9} {len(got & want):>8} {len(wrong):>6} {len(want - got):>7}  {examples}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=CORPUS)
    ap.add_argument("--bytes", type=int, default=256 * 1024, help="prefix given to the Python tools")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ours", help="path to target/release/examples/indicators")
    ap.add_argument("--quality", action="store_true", help="also count wrong and missed values against the planted indicators")
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
    expected = os.path.join(os.path.dirname(args.corpus), "expected_prefix.tsv")
    if args.quality and os.path.exists(expected):
        quality(expected, full, args.ours)


if __name__ == "__main__":
    main()
