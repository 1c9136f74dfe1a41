#!/usr/bin/env python3
"""Ordinary English prose with no threat actors, from the documentation that
Debian packages install, for `examples/false_alarms.rs`.

    python3 benches/corpus/prose.py [--mb 12] [--out target/prose]

Sources, in this order, each list sorted so the output is the same on the
same machine: English manual pages (sections 1 to 8, rendered with
`man -l`), HTML documentation under /usr/share/doc (tags, scripts and styles
stripped), plain-text READMEs and notes under /usr/share/doc, and the
licences in /usr/share/common-licenses. Change logs and copyright files are
left out (lists of names and e-mail addresses, not prose). Documents are
separated by a form feed on its own line. Nothing is fetched: more prose
comes from installing more Debian documentation packages (for example
`apt-get install -y python3-doc git-doc`).

Writes OUT/prose.txt and OUT/SOURCES.txt (one line per document: bytes and
path).
"""
import argparse
import gzip
import html
import html.parser
import os
import re
import subprocess
import sys

DOC = "/usr/share/doc"
MAN = "/usr/share/man"
LICENSES = "/usr/share/common-licenses"
SEPARATOR = "\n\f\n"


class TextOnly(html.parser.HTMLParser):
    """Collects the text of an HTML page, one block element a paragraph."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
              "tr", "dt", "dd", "br", "table", "section", "blockquote"}
    SKIP = {"script", "style", "head", "nav"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def tidy(text):
    """Collapses runs of blank lines and trailing spaces."""
    lines = [line.rstrip() for line in text.splitlines()]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def man_pages():
    for section in range(1, 9):
        folder = os.path.join(MAN, f"man{section}")
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.islink(path):
                continue
            try:
                out = subprocess.run(
                    ["man", "-P", "cat", "-l", path],
                    capture_output=True, timeout=20,
                    env={**os.environ, "MANWIDTH": "80", "LANG": "C.UTF-8",
                         "MAN_KEEP_FORMATTING": ""},
                ).stdout.decode("utf-8", errors="replace")
            except (OSError, subprocess.TimeoutExpired):
                continue
            # Overstrike (bold, underline) to plain letters.
            out = re.sub(r".\x08", "", out)
            yield path, tidy(out)


def doc_files(suffixes):
    for root, dirs, files in os.walk(DOC):
        dirs.sort()
        for name in sorted(files):
            lower = name.lower()
            if lower.startswith(("changelog", "copyright", "news", "changes")):
                continue
            if any(lower.endswith(s) for s in suffixes):
                path = os.path.join(root, name)
                if not os.path.islink(path):
                    yield path


def html_docs():
    for path in doc_files((".html", ".htm", ".html.gz")):
        parser = TextOnly()
        try:
            parser.feed(read(path))
        except (OSError, EOFError):
            continue
        yield path, tidy(parser.text())


def text_docs():
    for path in doc_files((".txt", ".txt.gz", ".md", ".md.gz", "readme",
                           "readme.gz", ".rst", ".rst.gz")):
        try:
            yield path, tidy(read(path))
        except (OSError, EOFError):
            continue


def licenses():
    for name in sorted(os.listdir(LICENSES)):
        path = os.path.join(LICENSES, name)
        if os.path.isfile(path) and not os.path.islink(path):
            yield path, tidy(read(path))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=12.0)
    ap.add_argument("--out", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "target", "prose"))
    args = ap.parse_args()
    budget = int(args.mb * 1e6)
    os.makedirs(args.out, exist_ok=True)
    seen = set()
    size = 0
    sources = []
    with open(os.path.join(args.out, "prose.txt"), "w", encoding="utf-8") as out:
        # A share of the budget for each kind, so no one kind fills it.
        for kind, limit in ((licenses, 0.05), (text_docs, 0.25),
                            (html_docs, 0.60), (man_pages, 1.0)):
            for path, text in kind():
                if size >= budget * limit:
                    break
                if len(text) < 200 or text in seen:
                    continue
                seen.add(text)
                out.write(text)
                out.write(SEPARATOR)
                n = len(text.encode("utf-8")) + len(SEPARATOR)
                size += n
                sources.append(f"{n}\t{path}")
    with open(os.path.join(args.out, "SOURCES.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(sources) + "\n")
    print(f"{size / 1e6:.2f} MB of prose in {len(sources)} documents "
          f"written to {os.path.normpath(args.out)}/prose.txt", file=sys.stderr)


if __name__ == "__main__":
    main()
