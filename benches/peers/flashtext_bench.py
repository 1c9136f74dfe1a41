#!/usr/bin/env python3
"""flashtext on the text of benches/gazetteer.rs, with the same aliases.

Run `cargo bench --bench gazetteer` first: it writes the generated text to
target/gazetteer-bench/corpus.txt. Then, with flashtext in a virtualenv
outside the repo (`pip install flashtext`):

    /work/venvs/peers/bin/python benches/peers/flashtext_bench.py

The aliases are read from data/gazetteer/*.tsv with the columns the crate's
loader uses (actors and software: name, aliases; countries: name, forms,
adjective, weak_forms; agencies: name, forms; sectors: name, cues), so the
keyword set is the one the aho-corasick rows of the bench use. flashtext is
case-insensitive by default and matches whole words, longest first. Like
the Rust bench, it runs article by article. Prints the median of several
runs in ms, MB/s (10^6 bytes per second) and MiB/s, and the match count.
"""
import csv
import os
import statistics
import sys
import time

from flashtext import KeywordProcessor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DATA = os.path.join(ROOT, "data", "gazetteer")
CORPUS = os.path.join(ROOT, "target", "gazetteer-bench", "corpus.txt")
ARTICLE_BREAK = "\n\n\n"

# (table, columns holding one name, columns holding '|'-separated names)
TABLES = [
    ("actors.tsv", ["name"], ["aliases"]),
    ("software.tsv", ["name"], ["aliases"]),
    ("countries.tsv", ["name", "adjective"], ["forms", "weak_forms"]),
    ("agencies.tsv", ["name"], ["forms"]),
    ("sectors.tsv", ["name"], ["cues"]),
]


def aliases():
    """Every name and alias, as the crate's loader reads them."""
    out = set()
    for table, single, lists in TABLES:
        with open(os.path.join(DATA, table), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for col in single:
                    value = (row.get(col) or "").strip()
                    if value:
                        out.add(value)
                for col in lists:
                    for value in (row.get(col) or "").split("|"):
                        value = value.strip()
                        if value:
                            out.add(value)
    return sorted(out)


def main():
    try:
        with open(CORPUS, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        sys.exit(f"{CORPUS} is missing: run `cargo bench --bench gazetteer` first")
    articles = [a for a in text.split(ARTICLE_BREAK) if a]
    size = len(text.encode("utf-8"))
    names = aliases()

    t0 = time.perf_counter()
    kp = KeywordProcessor()
    for name in names:
        kp.add_keyword(name)
    build = time.perf_counter() - t0

    def run():
        return sum(len(kp.extract_keywords(a)) for a in articles)

    count = run()
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    print(f"flashtext on {size / 1e6:.2f} MB, "
          f"{len(articles)} articles, {len(names)} aliases")
    print(f"  build: {build * 1000:.1f} ms")
    print(f"  extract_keywords: median {median * 1000:.1f} ms over {len(times)} runs, "
          f"{size / median / 1e6:.1f} MB/s ({size / median / (1 << 20):.1f} MiB/s), "
          f"{count} matches")


if __name__ == "__main__":
    main()
