#!/usr/bin/env python3
"""Score new batches once and append a "## Scores" section to each README.

usage: score_batches.py COMMIT EVALUATE_BIN CLASSIFY_BIN DIR... [--note TEXT]

Run from the repository root with binaries built at COMMIT, before any rule
is written from the batches. Refuses a README that already has scores.
"""
import json
import os
import subprocess
import sys

argv = sys.argv[1:]
note = ""
if "--note" in argv:
    k = argv.index("--note")
    note = " " + argv[k + 1]
    del argv[k:k + 2]
commit, evaluate, classify, dirs = argv[0], argv[1], argv[2], argv[3:]
for d in dirs:
    readme = os.path.join(d, "README.md")
    text = open(readme).read()
    assert "\n## Scores\n" not in text, f"{readme} already scored"
    table = subprocess.run([evaluate, d], capture_output=True, text=True).stdout.splitlines()
    rows = ["| field | exact | token F1 | set F1 |", "|---|---|---|---|"]
    for line in table:
        parts = line.split()
        if len(parts) == 4 and parts[1].endswith("%"):
            rows.append(f"| {parts[0]} | {parts[1]} | {parts[2]} | {parts[3]} |")
    assert len(rows) == 10, table
    misses = {"Attacker": [], "Type": [], "Severity": []}
    out = subprocess.run([classify, "--json", d], capture_output=True, text=True).stdout
    for line in out.splitlines():
        r = json.loads(line)
        block = {b["name"]: b["value"] for b in (r["digest"].get("classification") or [])}
        num = os.path.basename(r["id"]).split("_")[0]
        for f in misses:
            got = r["classification"][f.lower()]
            exp = block.get(f, "")
            if got.strip().casefold() != exp.strip().casefold():
                misses[f].append(f'{num} "{got}" for "{exp}"')
    section = [
        "",
        "## Scores",
        "",
        f"Scored once by the lead at `{commit}`, after the ten files and this README were "
        f"final, before any rule was written from this batch.{note}",
        "",
        *rows,
        "",
    ]
    for f, m in misses.items():
        section.append(f"{f} misses at that commit: " + ("; ".join(m) if m else "none") + ".")
        section.append("")
    with open(readme, "a") as w:
        if not text.endswith("\n"):
            w.write("\n")
        w.write("\n".join(section))
    print(readme, "scored")
