#!/usr/bin/env python3
"""Add each scored batch's "before" column to the README's quality table.

usage: add_cols.py DIR...   (run from the repository root; DIRs in order)
Reads each batch README's "## Scores" table and inserts a column
"LO–HI before" just before the holdout column.
"""
import os
import re
import sys

METRIC = {"Attacker": 1, "Type": 1, "Severity": 1, "HashTags": 3,
          "Feature": 2, "Company": 2, "Target": 2, "Product": 2}

lines = open("README.md").read().split("\n")
head = next(i for i, l in enumerate(lines) if l.startswith("| field | metric |"))
for d in sys.argv[1:]:
    text = open(os.path.join(d, "README.md")).read()
    scores = text.split("\n## Scores\n", 1)[1]
    cells = {}
    for l in scores.splitlines():
        parts = [p.strip() for p in l.strip().strip("|").split("|")]
        if len(parts) == 4 and parts[0] in METRIC:
            cells[parts[0]] = parts[METRIC[parts[0]]]
    assert len(cells) == 8, (d, cells)
    ids = sorted(int(m) for m in re.findall(r"^(\d+)_", "\n".join(os.listdir(d)), re.M))
    label = f"{ids[0]}–{ids[-1]} before"
    assert label not in lines[head], label
    lines[head] = lines[head].replace("| holdout (10) |", f"| {label} | holdout (10) |")
    lines[head + 1] = lines[head + 1] + "---|"
    i = head + 2
    while lines[i].startswith("| "):
        field = lines[i].split("|")[1].strip()
        row = lines[i].rstrip()
        k = row[:-1].rstrip().rfind("|")
        lines[i] = row[:k] + f"| {cells[field]} " + row[k:]
        i += 1
    print(label, cells)
open("README.md", "w").write("\n".join(lines))
