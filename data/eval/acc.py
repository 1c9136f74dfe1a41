#!/usr/bin/env python3
"""Exact-match accuracy of Attacker, Type, Severity over items numbered LO..HI.

usage: acc.py SNAPSHOT.jsonl LO HI   (LO = HI = -1: the samples)
"""
import sys
from common import load, num, same

lo, hi = int(sys.argv[2]), int(sys.argv[3])
rows = [r for r in load(sys.argv[1]) if lo <= num(r["id"]) <= hi]
print(f"{len(rows)} items")
for f in ["attacker", "type", "severity"]:
    ok = sum(same(r["got"].get(f), r["exp"].get(f)) for r in rows)
    print(f"{f}: {ok}/{len(rows)} = {100.0 * ok / max(len(rows), 1):.1f}%")
