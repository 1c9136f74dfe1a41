"""Shared helpers of the evaluation scripts."""
import json
import os
import re


def load(path):
    return [json.loads(line) for line in open(path)]


def num(item_id):
    """The item's number from its file name (`2150_slug.txt` -> 2150), or -1."""
    m = re.match(r"(\d+)_", os.path.basename(item_id))
    return int(m.group(1)) if m and "/samples/" not in item_id else -1


def same(got, exp):
    return (got or "").strip().casefold() == (exp or "").strip().casefold()
