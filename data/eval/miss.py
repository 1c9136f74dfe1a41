#!/usr/bin/env python3
"""The misses of one field over items numbered LO..HI, with the winning evidence.

usage: miss.py SNAPSHOT.jsonl FIELD LO HI
"""
import sys
from common import load, num, same

f, lo, hi = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
for r in load(sys.argv[1]):
    if lo <= num(r["id"]) <= hi and not same(r["got"].get(f), r["exp"].get(f)):
        ev = r["ev"].get(f.capitalize(), [])[:1]
        print(f"{num(r['id'])}: got {r['got'].get(f)!r} expected {r['exp'].get(f)!r} {ev}")
