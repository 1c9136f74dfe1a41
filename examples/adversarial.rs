//! Runs `extract` over an adversarial article of a given size and prints the
//! time, the peak resident memory and what the report kept and cut.
//!
//! ```sh
//! cargo run --release --example adversarial -- 100     # megabytes
//! ```
//!
//! The article is the one `tests/adversarial.rs` feeds: a quarter each of
//! mojibake ("Ã" runs and "cafÃ©"), one-megabyte lines of "[.]", an alias
//! repeated ("APT31 " over and over, with Cyrillic look-alikes and
//! zero-width spaces), and runs of capitalised words.

mod common;
use common::outln;

use std::time::Instant;

use cti_extract::Extractor;

#[path = "../tests/support/adversarial.rs"]
mod support;
use support::adversarial;

/// The files of `dir` one after the other, over and over, up to `bytes`,
/// without the digest markers (so that all of it is one article's body).
fn repeated_articles(dir: &str, bytes: usize) -> String {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            t.lines()
                .filter(|l| {
                    let l = l.trim();
                    l != "//" && !l.starts_with("References") && !l.starts_with("Classification")
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect();
    let mut s = String::with_capacity(bytes + 1024);
    while s.len() < bytes && !texts.is_empty() {
        for t in &texts {
            s.push_str(t);
            s.push('\n');
        }
    }
    s
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, at: usize) -> usize;
}

impl FloorBoundary for String {
    fn floor_char_boundary_compat(&self, mut at: usize) -> usize {
        at = at.min(self.len());
        while !self.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

/// The peak resident set size of this process, in kB (Linux).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let extractor = Extractor::new();
    let before = peak_rss_kb().unwrap_or(0);
    // ARTICLES_FROM=DIR repeats the articles of DIR instead (ordinary news).
    let mut article = match std::env::var("ARTICLES_FROM") {
        Ok(dir) => repeated_articles(&dir, mb << 20),
        Err(_) => adversarial(mb << 20),
    };
    // ADVERSARIAL_PART=1..4 keeps one quarter only (to see what costs what).
    if let Some(part) = std::env::var("ADVERSARIAL_PART")
        .ok()
        .and_then(|p| p.parse::<usize>().ok())
    {
        let q = article.len() / 4;
        let lo = article.floor_char_boundary_compat(q * (part - 1));
        let hi = article.floor_char_boundary_compat(q * part);
        article = article.get(lo..hi).unwrap_or_default().to_string();
    }
    let input = article.len();
    let start = Instant::now();
    let report = match extractor.extract(article.as_bytes()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let secs = start.elapsed().as_secs_f64();
    drop(article);
    let peak = peak_rss_kb().unwrap_or(0);
    outln!("input: {input} bytes ({mb} MiB)");
    outln!("time: {secs:.1} s");
    outln!(
        "peak RSS: {} MiB before the article, {} MiB at the end",
        before / 1024,
        peak / 1024
    );
    outln!(
        "peak RSS over the extractor's own: {:.1} x the input",
        (peak.saturating_sub(before) * 1024) as f64 / input as f64
    );
    outln!(
        "report: {} mentions, {} indicators, {} repairs, {} obfuscations, {} actors ({} mentions of the first)",
        report.mentions.len(),
        report.indicators.len(),
        report.repairs.len(),
        report.obfuscations.len(),
        report.actors.len(),
        report.actors.first().map_or(0, |a| a.mentions.len()),
    );
    for t in &report.truncated {
        outln!("truncated: {} found {} kept {}", t.what, t.found, t.kept);
    }
}
