#!/usr/bin/env python3
"""Regression snapshot: every scored item's computed and expected fields.

usage: reg.py CLASSIFY_BIN OUT.jsonl [LAST_BATCH]

Runs the `classify` example binary with `--json` over data/samples, data/fresh
and data/fresh2 .. data/fresh<LAST_BATCH> (each directory named, never a glob
over data/, so the holdout is never read; a batch whose README has no
"## Scores" section yet is skipped, so no rule is tuned on an unscored
batch) and writes one JSON line per item:
{"id", "got": {field: value}, "exp": {field: value}, "ev": {field: [rule, ...]}}.
The expected block is the item's own Classification block, or
data/expected/<file name> for an item without one. Run from the repository root.
"""
import json
import os
import subprocess
import sys

FIELDS = ["hashtags", "company", "target", "attacker", "product", "feature", "type", "severity"]


def dirs(last):
    out = ["data/samples", "data/fresh"]
    out += [f"data/fresh{i}" for i in range(2, last + 1)]
    return [d for d in out if os.path.isdir(d) and scored(d)]


def scored(d):
    """A fresh batch is read only once its README carries its one-time scores."""
    if d in ("data/samples", "data/fresh"):
        return True
    readme = os.path.join(d, "README.md")
    return os.path.exists(readme) and "\n## Scores" in open(readme).read()


def parse_block(text):
    exp = {}
    inside = False
    for line in text.splitlines():
        if line.strip() == "Classification:":
            inside = True
            continue
        if inside and line.startswith("- ") and ":" in line:
            name, value = line[2:].split(":", 1)
            exp[name.strip().lower()] = value.strip()
    return exp


def main():
    binary, out = sys.argv[1], sys.argv[2]
    last = int(sys.argv[3]) if len(sys.argv) > 3 else 10**6
    if last == 10**6:
        last = 2
        while os.path.isdir(f"data/fresh{last + 1}"):
            last += 1
    with open(out, "w") as w:
        for d in dirs(last):
            run = subprocess.run([binary, "--json", d], capture_output=True, text=True)
            for line in run.stdout.splitlines():
                r = json.loads(line)
                c = r["classification"]
                got = {k: (" ".join(v) if isinstance(v, list) else v) for k, v in c.items()}
                block = r["digest"].get("classification")
                if block:
                    exp = {b["name"].lower(): b["value"] for b in block}
                else:
                    name = os.path.basename(r["id"])
                    path = os.path.join("data/expected", name)
                    exp = parse_block(open(path).read()) if os.path.exists(path) else {}
                ev = {k: [e.get("rule", "") for e in v] for k, v in r.get("evidence", {}).items()}
                w.write(json.dumps({"id": r["id"], "got": got, "exp": exp, "ev": ev}) + "\n")


if __name__ == "__main__":
    main()
