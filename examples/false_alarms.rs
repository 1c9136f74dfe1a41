//! False alarms of the gazetteer on ordinary prose: how many actor (and
//! software and agency) mentions it finds per MB of text that names no
//! threat actor, and which surfaces they are.
//!
//! ```text
//! python3 benches/corpus/prose.py            # writes target/prose/prose.txt
//! cargo run --release --example false_alarms -- target/prose/prose.txt
//! cargo run --release --example false_alarms -- --context target/prose/prose.txt
//! ```
//!
//! Arguments are files or directories (read recursively); each file is split
//! into documents at form feeds on their own line, as `prose.py` writes
//! them. `--context` prints every actor, software and agency mention with
//! the text around it;
//! `--top N` sets how many surfaces are listed (default 30).

mod common;
use common::outln;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use cti_extract::gazetteer::{EntityKind, Gazetteer, Mention};
use cti_extract::text::Document;

/// What separates documents in a file.
const SEPARATOR: &str = "\n\u{c}\n";

/// Counts per surface: (kind, surface as written, rule) to occurrences.
type Tally = BTreeMap<(String, String, String), usize>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let context = args.iter().any(|a| a == "--context");
    let top = args
        .iter()
        .position(|a| a == "--top")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(30usize);
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut skip_next = false;
    for a in &args {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        match a.as_str() {
            "--top" => skip_next = true,
            s if s.starts_with("--") => {}
            s => collect_files(Path::new(s), &mut paths),
        }
    }
    if paths.is_empty() {
        collect_files(Path::new("target/prose/prose.txt"), &mut paths);
    }
    if paths.is_empty() {
        eprintln!("usage: false_alarms [--context] [--top N] FILE|DIR...");
        eprintln!("(run `python3 benches/corpus/prose.py` to make target/prose/prose.txt)");
        std::process::exit(2);
    }

    let gazetteer = Gazetteer::default_ref();
    let (mut bytes, mut documents) = (0usize, 0usize);
    let mut by_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut tally = Tally::new();
    for path in &paths {
        let Ok(raw) = std::fs::read(path) else {
            eprintln!("{}: unreadable", path.display());
            continue;
        };
        let text = String::from_utf8_lossy(&raw);
        for doc_text in text.split(SEPARATOR).filter(|d| !d.trim().is_empty()) {
            documents += 1;
            bytes += doc_text.len();
            let doc = Document::new(doc_text);
            for m in gazetteer.find(&doc).mentions {
                *by_kind.entry(m.kind.as_str()).or_default() += 1;
                if matches!(
                    m.kind,
                    EntityKind::Actor | EntityKind::Software | EntityKind::Agency
                ) {
                    if context {
                        print_context(doc_text, &m);
                    }
                    *tally.entry(key(&m)).or_default() += 1;
                }
            }
        }
    }
    report(bytes, documents, &by_kind, &tally, top);
}

/// The tally key of a mention.
fn key(m: &Mention) -> (String, String, String) {
    (
        m.kind.as_str().to_string(),
        m.text.to_string(),
        format!("{:?}", m.rule),
    )
}

/// Prints the totals, the rates per MB and the most frequent surfaces.
fn report(
    bytes: usize,
    documents: usize,
    by_kind: &BTreeMap<&'static str, usize>,
    tally: &Tally,
    top: usize,
) {
    let mb = bytes as f64 / 1e6;
    outln!("text: {mb:.2} MB in {documents} documents");
    for (kind, n) in by_kind {
        outln!(
            "{kind:>9} mentions: {n:6}  ({:.2} per MB)",
            *n as f64 / mb.max(1e-9)
        );
    }
    for kind in ["actor", "software", "agency"] {
        let mut rows: Vec<(&(String, String, String), &usize)> =
            tally.iter().filter(|((k, _, _), _)| k == kind).collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        outln!("\n-- most frequent {kind} surfaces (count, surface, rule)");
        for ((_, surface, rule), n) in rows.into_iter().take(top) {
            outln!("{n:6}  {surface:30}  {rule}");
        }
    }
}

/// Prints a mention with up to 70 bytes of text either side, on one line.
fn print_context(text: &str, m: &Mention) {
    let from = floor(text, m.span.start.saturating_sub(70));
    let to = ceil(text, (m.span.end + 70).min(text.len()));
    let before = text.get(from..m.span.start).unwrap_or_default();
    let after = text.get(m.span.end..to).unwrap_or_default();
    let one_line = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    outln!(
        "{:?}  {}[[{}]]{}",
        m.rule,
        one_line(before),
        m.text,
        one_line(after)
    );
}

fn floor(s: &str, mut at: usize) -> usize {
    while at > 0 && !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil(s: &str, mut at: usize) -> usize {
    while at < s.len() && !s.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Adds `path`, or every file under it, to `out` (sorted).
fn collect_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        if !child.is_symlink() {
            collect_files(&child, out);
        }
    }
}
