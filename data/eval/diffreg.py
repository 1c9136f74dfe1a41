#!/usr/bin/env python3
"""Items whose Attacker, Type or Severity changed between two snapshots of reg.py.

usage: diffreg.py OLD.jsonl NEW.jsonl [field,field...]
Prints gains (+), losses (-) and changes that stay wrong (~), then a count.
"""
import sys
from common import load, same

fields = sys.argv[3].split(",") if len(sys.argv) > 3 else ["attacker", "type", "severity"]
old = {r["id"]: r for r in load(sys.argv[1])}
new = {r["id"]: r for r in load(sys.argv[2])}
gain = lose = 0
for i, n in new.items():
    o = old.get(i)
    if not o:
        continue
    for f in fields:
        a, b, e = o["got"].get(f), n["got"].get(f), n["exp"].get(f)
        if same(a, b):
            continue
        if same(b, e):
            mark, gain = "+", gain + 1
        elif same(a, e):
            mark, lose = "-", lose + 1
        else:
            mark = "~"
        print(f"{mark} {i} {f}: {a!r} -> {b!r} (expected {e!r})")
print(f"gained {gain}, lost {lose}")
