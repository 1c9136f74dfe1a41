//! A deterministic generator of news-like text for the gazetteer benchmark,
//! and tests that it is deterministic and names actors at a realistic rate.
//!
//! The text is assembled, with a fixed seed and without network, from the
//! sentences of the sample and hold-out articles (`data/samples`,
//! `data/holdout`, read at run time) mixed with filler sentences made of
//! their words, into which names and aliases of actors from
//! `data/gazetteer/actors.tsv` are planted at a few per KB. Articles are
//! separated by [`ARTICLE_BREAK`].
//!
//! `benches/gazetteer.rs` and `examples/false_alarms.rs` include this file
//! with `#[path]`; the bench writes the text to
//! `target/gazetteer-bench/corpus.txt` for `benches/peers/flashtext_bench.py`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// What separates two articles in the generated text.
pub const ARTICLE_BREAK: &str = "\n\n\n";

/// A small, fast, deterministic PRNG (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The material the text is made of.
pub struct Sources {
    /// Sentences of the sample articles, as written.
    pub sentences: Vec<String>,
    /// Their words, with repetitions (so common words are drawn often).
    pub words: Vec<String>,
    /// Names and aliases of actors.
    pub names: Vec<String>,
}

/// The crate's root directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Reads the sample articles and the actor table under `root`.
pub fn load_sources(root: &Path) -> std::io::Result<Sources> {
    let mut files = Vec::new();
    for dir in ["data/samples", "data/holdout"] {
        for entry in std::fs::read_dir(root.join(dir))? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut sentences = Vec::new();
    for path in &files {
        // Two samples are in legacy code pages: decode as the crate does.
        let bytes = std::fs::read(path)?;
        let text = cti_extract::decode::decode(&bytes).text;
        sentences.extend(article_sentences(&text));
    }
    let words = sentences
        .iter()
        .flat_map(|s| s.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let actors = std::fs::read_to_string(root.join("data/gazetteer/actors.tsv"))?;
    Ok(Sources {
        sentences,
        words,
        names: actor_names(&actors),
    })
}

/// The sentences of an article's body lines (header lines, the digest's
/// fields and references are skipped).
fn article_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.len() < 80 || line.contains(": ") && line.len() < 200 || line.starts_with("http") {
            continue;
        }
        let mut start = 0;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let next_upper = bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase);
            if b == b'.' && bytes.get(i + 1) == Some(&b' ') && next_upper {
                out.push(line[start..=i].to_string());
                start = i + 2;
            }
        }
        if start < line.len() {
            out.push(line[start..].to_string());
        }
    }
    out.retain(|s| s.len() >= 30);
    out
}

/// Every name and alias in the actor table.
fn actor_names(tsv: &str) -> Vec<String> {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| header.iter().position(|c| *c == name);
    let (Some(name_col), Some(alias_col)) = (col("name"), col("aliases")) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for line in lines {
        let cells: Vec<&str> = line.split('\t').collect();
        if let Some(name) = cells.get(name_col).filter(|s| !s.is_empty()) {
            names.push(name.to_string());
        }
        if let Some(aliases) = cells.get(alias_col) {
            names.extend(
                aliases
                    .split('|')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(str::to_string),
            );
        }
    }
    names
}

/// How an actor name is planted in a filler sentence.
const FRAMES: &[(&str, &str)] = &[
    ("", ""),
    ("", ""),
    ("the ", " group"),
    ("hackers tracked as ", ""),
    ("", " actors"),
    ("(", ")"),
    ("\"", "\""),
];

/// About `bytes` bytes (at least that many, ending on an article) of
/// news-like articles, deterministic for a given seed. On average a filler
/// sentence names an actor every `name_every` sentences.
pub fn corpus(sources: &Sources, seed: u64, bytes: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut text = String::with_capacity(bytes + 16 * 1024);
    while text.len() < bytes {
        article(sources, &mut rng, &mut text);
        text.push_str(ARTICLE_BREAK);
    }
    text
}

/// One article: a title line, then 3 to 8 paragraphs of 2 to 6 sentences.
fn article(sources: &Sources, rng: &mut Rng, out: &mut String) {
    let title_words = 5 + rng.below(6);
    filler(sources, rng, out, title_words, false);
    let paragraphs = 3 + rng.below(6);
    for _ in 0..paragraphs {
        out.push('\n');
        let sentences = 2 + rng.below(5);
        for s in 0..sentences {
            if s > 0 {
                out.push(' ');
            }
            if rng.chance(50) && !sources.sentences.is_empty() {
                out.push_str(rng.pick(&sources.sentences).as_str());
            } else {
                let words = 8 + rng.below(18);
                filler(sources, rng, out, words, true);
            }
        }
    }
}

/// A filler sentence of `words` sample words, capitalised, with a planted
/// actor name two times in five, and a full stop when `sentence`.
fn filler(sources: &Sources, rng: &mut Rng, out: &mut String, words: usize, sentence: bool) {
    let name_at = if rng.chance(40) && !sources.names.is_empty() {
        Some(rng.below(words))
    } else {
        None
    };
    for w in 0..words {
        if w > 0 {
            out.push_str(if rng.chance(6) { ", " } else { " " });
        }
        if name_at == Some(w) {
            let (open, close) = rng.pick(FRAMES);
            out.push_str(open);
            out.push_str(rng.pick(&sources.names).as_str());
            out.push_str(close);
            continue;
        }
        let word = if sources.words.is_empty() {
            "word"
        } else {
            rng.pick(&sources.words).as_str()
        };
        if w == 0 {
            let mut cs = word.chars();
            if let Some(first) = cs.next() {
                out.extend(first.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(word);
        }
    }
    if sentence {
        out.push('.');
    }
}

/// The articles of a generated text.
pub fn articles(text: &str) -> impl Iterator<Item = &str> {
    text.split(ARTICLE_BREAK).filter(|a| !a.is_empty())
}

#[test]
fn deterministic() {
    let sources = load_sources(&root()).expect("samples and tables are readable");
    assert!(sources.sentences.len() > 200, "{}", sources.sentences.len());
    assert!(sources.names.len() > 1000, "{}", sources.names.len());
    let a = corpus(&sources, 7, 200_000);
    let b = corpus(&sources, 7, 200_000);
    assert_eq!(a, b);
    assert!(a.len() >= 200_000);
    assert_ne!(a, corpus(&sources, 8, 200_000));
}

#[test]
fn names_actors_a_few_times_per_kb() {
    let sources = load_sources(&root()).expect("samples and tables are readable");
    let text = corpus(&sources, 2024, 300_000);
    let gazetteer = cti_extract::gazetteer::Gazetteer::default_ref();
    let actors: usize = articles(&text)
        .map(|a| {
            let found = gazetteer.find(&cti_extract::text::Document::new(a));
            found
                .mentions
                .iter()
                .filter(|m| m.kind == cti_extract::gazetteer::EntityKind::Actor)
                .count()
        })
        .sum();
    let per_kb = actors as f64 / (text.len() as f64 / 1000.0);
    assert!(
        (1.0..=8.0).contains(&per_kb),
        "{per_kb:.2} actor mentions per KB"
    );
}
