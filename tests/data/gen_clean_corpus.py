#!/usr/bin/env python3
"""Build tests/data/clean/*.txt: correct text in many languages and scripts.

Source: gettext translation catalogues (.mo) installed by Debian packages under
/usr/share/locale. Each .mo is parsed directly (no msgunfmt needed), every
translated string is split into lines, and lines are kept when they are text
that a repair must leave alone. Lines are deduplicated and capped per language
so that the corpus stays around 5 MB.

Excluded on purpose (each is something `fix_text` changes by design, not a
false positive): lines with an HTML entity (`&amp;`, `&#39;` -- GTK markup),
lines with C0/C1 control characters or ESC, lines with Latin ligatures
(U+FB00..U+FB06), and lines with U+FFFD.

Usage: python3 tests/data/gen_clean_corpus.py   (writes tests/data/clean/ and
tests/data/clean/MANIFEST.tsv naming, per language, the .mo files and the Debian
packages they came from).
"""
import os
import re
import struct
import subprocess
import sys

LOCALE = "/usr/share/locale"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clean")
LANGS = ["ru", "uk", "bg", "el", "zh_CN", "zh_TW", "ja", "ko", "ar", "he",
         "fa", "hi", "th", "ka", "fr", "de", "es", "pt_BR", "pl", "cs", "tr",
         "vi", "ro", "hu"]
CAP = 230_000  # bytes per language
ENTITY = re.compile(r"&#?[0-9A-Za-z]{1,24};")
BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufb00-\ufb06\ufffd]")


def mo_strings(path):
    data = open(path, "rb").read()
    if len(data) < 28:
        return
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412DE else ">"
    _, n, _, toff = struct.unpack(end + "4I", data[4:20])
    for i in range(n):
        length, off = struct.unpack(end + "2I", data[toff + 8 * i: toff + 8 * i + 8])
        raw = data[off: off + length]
        for part in raw.split(b"\0"):
            try:
                yield part.decode("utf-8")
            except UnicodeDecodeError:
                pass


def package_of(path):
    try:
        out = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout
        return out.split(":")[0] if out else "?"
    except OSError:
        return "?"


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    total = 0
    for lang in LANGS:
        d = os.path.join(LOCALE, lang, "LC_MESSAGES")
        if not os.path.isdir(d):
            continue
        seen = set()
        lines = []
        size = 0
        used = []
        for name in sorted(os.listdir(d)):
            if not name.endswith(".mo") or name.startswith("iso_"):
                continue
            path = os.path.join(d, name)
            before = size
            for s in mo_strings(path):
                if s.startswith("Project-Id-Version") or "Content-Type:" in s:
                    continue
                for line in s.split("\n"):
                    line = line.strip("\r")
                    if len(line) < 4 or line in seen:
                        continue
                    if ENTITY.search(line) or BAD.search(line):
                        continue
                    # Keep lines that are mostly in the language, not ASCII-only.
                    if all(ord(c) < 128 for c in line):
                        continue
                    seen.add(line)
                    lines.append(line)
                    size += len(line.encode()) + 1
                    if size >= CAP:
                        break
                if size >= CAP:
                    break
            if size > before:
                used.append((name, package_of(path)))
            if size >= CAP:
                break
        with open(os.path.join(OUT, f"{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        total += size
        manifest.append((lang, len(lines), size, used))
        print(f"{lang}: {len(lines)} lines, {size} bytes", file=sys.stderr)
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w") as f:
        f.write("lang\tlines\tbytes\tsources (mo file = debian package)\n")
        for lang, n, size, used in manifest:
            srcs = ", ".join(f"{m}={p}" for m, p in used)
            f.write(f"{lang}\t{n}\t{size}\t{srcs}\n")
    print(f"total {total} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
