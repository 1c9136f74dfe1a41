#!/usr/bin/env python3
"""Differential check of cti-extract's repair against ftfy 6.3.

Not run by `cargo test`. Needs ftfy in a virtualenv outside the repo:

    python3 -m venv /work/venvs/ftfy && /work/venvs/ftfy/bin/pip install 'ftfy==6.3.*'
    /work/venvs/ftfy/bin/python tests/differential/ftfy_diff.py [--out tests/differential/RESULTS.md]

It generates mojibake from real multilingual text (tests/data/clean/*.txt, and
English threat-intel prose from ../shared/corpora/annoctr when present): UTF-8
decoded with each code page ftfy handles, one and two layers, with the bytes a
code page leaves undefined kept as C1 controls ("sloppy", as ftfy models it),
dropped (what happens to 0x9D in "certaintyâ€"), or replaced by U+FFFD; and
lines where only one part is mojibake. Each broken line goes through ftfy
(`fix_text` with the lossless subset of its defaults: no quote uncurling, no
width folding, no line-break or control-character changes, no NFC) and through
`cargo run --release --example fix_text -- --jsonl`. Both outputs are compared
with the original text (the truth) and with each other.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import unicodedata

import ftfy

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CLEAN = os.path.join(REPO, "tests", "data", "clean")
ANNOCTR = os.path.join(REPO, "..", "shared", "corpora", "annoctr", "annoctr-train-dev.jsonl")
if not os.path.exists(ANNOCTR):
    ANNOCTR = "/work/shared/corpora/annoctr/annoctr-train-dev.jsonl"

CODEPAGES = ["latin-1", "windows-1252", "windows-1251", "windows-1250", "windows-1253",
             "windows-1254", "windows-1257", "iso-8859-2", "mac-roman", "cp437"]
WINDOWS = [c for c in CODEPAGES if c.startswith("windows")]
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def mis_decode(text, cp, undefined):
    """Encode as UTF-8, decode as `cp`; undefined bytes: 'sloppy' (C1),
    'drop' or 'replace' (U+FFFD)."""
    out = []
    for b in text.encode("utf-8"):
        try:
            out.append(bytes([b]).decode(cp))
        except UnicodeDecodeError:
            if undefined == "sloppy":
                out.append(chr(b))
            elif undefined == "replace":
                out.append("\ufffd")
    return "".join(out)


def clip(line, rng, limit=180):
    if len(line) <= limit:
        return line
    start = rng.randrange(0, len(line) - limit)
    cut = line[start:start + limit]
    if " " in cut:
        cut = cut[cut.index(" ") + 1:]
    return cut


def load_sources(rng):
    langs = {}
    for name in sorted(os.listdir(CLEAN)):
        if name.endswith(".txt"):
            lines = [l for l in open(os.path.join(CLEAN, name), encoding="utf-8").read().split("\n")
                     if l and any(ord(c) > 127 for c in l)]
            langs[name[:-4]] = lines
    news = []
    if os.path.exists(ANNOCTR):
        for raw in open(ANNOCTR, encoding="utf-8"):
            text = json.loads(raw).get("text", "")
            for para in text.split("\n"):
                for sent in para.replace(". ", ".\n").split("\n"):
                    if any(ord(c) > 127 for c in sent) and len(sent) > 20:
                        news.append(sent)
    langs["news-en"] = news
    return langs


def pick(langs, rng):
    # News prose a third of the time, otherwise a random language.
    if langs.get("news-en") and rng.random() < 0.33:
        lang = "news-en"
    else:
        lang = rng.choice([k for k in langs if k != "news-en"])
    line = clip(rng.choice(langs[lang]), rng)
    return lang, unicodedata.normalize("NFC", line)


def generate(rng, langs):
    cases = []
    def add(kind, cp, lang, truth, broken):
        if (broken != truth or kind == "clean") and "\n" not in broken and "\r" not in broken:
            cases.append({"kind": kind, "cp": cp, "lang": lang, "truth": truth, "broken": broken})

    # Correct text must come back unchanged: every news sentence with a
    # non-ASCII character, and lines of every language.
    for sent in langs.get("news-en", []):
        add("clean", "-", "news-en", unicodedata.normalize("NFC", sent), unicodedata.normalize("NFC", sent))
    for _ in range(3000):
        lang, t = pick({k: v for k, v in langs.items() if k != "news-en"}, rng)
        add("clean", "-", lang, t, t)

    for cp in CODEPAGES:
        for _ in range(700):
            lang, t = pick(langs, rng)
            add("1-layer sloppy", cp, lang, t, mis_decode(t, cp, "sloppy"))
        if cp in WINDOWS:
            for _ in range(250):
                lang, t = pick(langs, rng)
                add("1-layer dropped", cp, lang, t, mis_decode(t, cp, "drop"))
            for _ in range(100):
                lang, t = pick(langs, rng)
                add("1-layer replaced", cp, lang, t, mis_decode(t, cp, "replace"))
    for _ in range(2000):
        lang, t = pick(langs, rng)
        cp1 = rng.choice(["windows-1252"] * 4 + CODEPAGES)
        cp2 = rng.choice(["windows-1252"] * 4 + CODEPAGES)
        once = mis_decode(t, cp1, "sloppy")
        add("2-layer sloppy", f"{cp1}+{cp2}", lang, t, mis_decode(once, cp2, "sloppy"))
    for _ in range(1500):
        # Mojibake mixed with correct text: one half broken, the other not.
        lang, t = pick(langs, rng)
        lang2, u = pick(langs, rng)
        cp = rng.choice(["windows-1252"] * 3 + CODEPAGES)
        add("mixed", cp, f"{lang}|{lang2}", t + " " + u, mis_decode(t, cp, "sloppy") + " " + u)
    # The news cases: closing quote whose 0x9D was dropped, lone trademark.
    for _ in range(400):
        pool = langs.get("news-en") or langs["fr"]
        t = unicodedata.normalize("NFC", clip(rng.choice(pool), rng))
        words = t.split(" ")
        k = rng.randrange(1, len(words)) if len(words) > 1 else 1
        variant = rng.choice(["quote", "quote-eol", "tm"])
        if variant == "quote":
            t2 = " ".join(words[:k]) + "\u201d " + " ".join(words[k:])
        elif variant == "quote-eol":
            t2 = " ".join(words[:k]) + "\u201d"
        else:
            t2 = " ".join(words[:k]) + "\u2122 " + " ".join(words[k:])
        add("news " + variant, "windows-1252", "news-en", t2, mis_decode(t2, "windows-1252", "drop"))
    return cases


def run_ours(cases):
    payload = "".join(json.dumps({"id": i, "text": c["broken"]}, ensure_ascii=False) + "\n"
                      for i, c in enumerate(cases))
    proc = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "fix_text", "--", "--jsonl"],
        input=payload.encode("utf-8"), capture_output=True, cwd=REPO, check=True)
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        out[d["id"]] = d["fixed"]
    return [out.get(i) for i in range(len(cases))]


def status(output, case):
    if output == case["truth"]:
        return "correct"
    if case["kind"] == "clean":
        return "wrong"
    if output == case["broken"]:
        return "unchanged"
    return "wrong"


def first_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=None, help="write a markdown report here")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--dump", default=None, help="write all disagreements as JSON lines")
    ap.add_argument("--dump-failures", action="store_true", help="with --dump, also cases we fail")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    langs = load_sources(rng)
    cases = generate(rng, langs)
    print(f"{len(cases)} cases", file=sys.stderr)
    ftfy_out = [ftfy.fix_text(c["broken"], FTFY_CONFIG) for c in cases]
    ours = run_ours(cases)

    by_kind = collections.defaultdict(collections.Counter)
    cross = collections.Counter()
    examples = collections.defaultdict(list)
    agree = 0
    dump = []
    for c, f, o in zip(cases, ftfy_out, ours):
        so, sf = status(o, c), status(f, c)
        k = c["kind"]
        by_kind[k]["n"] += 1
        by_kind[k]["ours"] += so == "correct"
        by_kind[k]["ftfy"] += sf == "correct"
        by_kind[k]["agree"] += o == f
        agree += o == f
        cross[(so, sf)] += 1
        if o != f or (args.dump_failures and so != "correct"):
            dump.append({**c, "ftfy": f, "ours": o, "ours_status": so, "ftfy_status": sf})
        if o != f:
            key = (k, so, sf)
            examples[key].append((c, f, o))

    n = len(cases)
    ours_ok = sum(v["ours"] for v in by_kind.values())
    ftfy_ok = sum(v["ftfy"] for v in by_kind.values())
    lines = []
    lines.append(f"cases: {n}; agreement with ftfy (identical output): {agree} ({100 * agree / n:.2f}%)")
    lines.append(f"restored exactly: ours {ours_ok} ({100 * ours_ok / n:.2f}%), ftfy {ftfy_ok} ({100 * ftfy_ok / n:.2f}%)")
    lines.append("")
    lines.append("| kind | cases | ours correct | ftfy correct | identical |")
    lines.append("|---|---:|---:|---:|---:|")
    for k in sorted(by_kind):
        v = by_kind[k]
        lines.append(f"| {k} | {v['n']} | {v['ours']} ({100 * v['ours'] / v['n']:.1f}%) | "
                     f"{v['ftfy']} ({100 * v['ftfy'] / v['n']:.1f}%) | {v['agree']} |")
    lines.append("")
    lines.append("| ours \\ ftfy | " + " | ".join(["correct", "unchanged", "wrong"]) + " |")
    lines.append("|---|---:|---:|---:|")
    for so in ["correct", "unchanged", "wrong"]:
        lines.append(f"| {so} | " + " | ".join(str(cross[(so, sf)]) for sf in ["correct", "unchanged", "wrong"]) + " |")
    lines.append("")
    lines.append("Disagreements by (kind, ours, ftfy), with an example each:")
    lines.append("")
    for key in sorted(examples, key=lambda k: -len(examples[k])):
        ex = examples[key]
        c, f, o = ex[0]
        # Show all three around the first place where ours and ftfy differ.
        i = first_diff(f, o)
        lo, hi = max(0, i - 12), i + 12
        lines.append(f"- {key[0]} / ours {key[1]} / ftfy {key[2]}: {len(ex)} "
                     f"(e.g. {c['cp']}, {c['lang']}: input {c['broken'][lo:hi]!r}, "
                     f"truth {c['truth'][lo:hi]!r}, ftfy {f[lo:hi]!r}, ours {o[lo:hi]!r})")
    report = "\n".join(lines)
    print(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(report + "\n")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for d in dump:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
