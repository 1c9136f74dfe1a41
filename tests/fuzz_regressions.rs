//! Replays every input that ever made a fuzz target fail
//! (`tests/data/fuzz/<target>/`), through the same checks as the target in
//! `fuzz/fuzz_targets/`, on stable.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cti_extract::decode::{self, Decoder};
use cti_extract::digest::{self, Digest};
use cti_extract::repair::{fix_and_explain, fix_text, RepairOptions};
use cti_extract::Extractor;

/// What a fuzz target must finish within (its `-timeout=10`, with room for
/// the test profile).
const TIME_LIMIT: Duration = Duration::from_secs(20);

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.is_file())
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect()
}

fn replay(target: &str, check: impl Fn(&[u8])) {
    for (path, bytes) in inputs(target) {
        let started = Instant::now();
        check(&bytes);
        let took = started.elapsed();
        assert!(took < TIME_LIMIT, "{}: {took:?}", path.display());
    }
}

#[test]
fn decode_inputs() {
    replay("decode", |data| {
        let d = decode::decode(data);
        assert!(d.info.malformed <= data.len());
        if let Some((&first, rest)) = data.split_first() {
            const LABELS: [&str; 8] = [
                "windows-1252",
                "windows-1251",
                "koi8-r",
                "utf-16le",
                "utf-16be",
                "shift_jis",
                "gb18030",
                "klingon",
            ];
            let label = LABELS[usize::from(first) % LABELS.len()];
            let decoder = Decoder::new()
                .declared(label)
                .markup(first & 0x10 != 0)
                .detect(first & 0x20 != 0)
                .max_size(usize::from(first) * 4);
            let _ = decoder.try_decode(rest);
            let _ = decoder.decode(rest);
        }
    });
}

#[test]
fn repair_inputs() {
    replay("repair", |data| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        let explained = fix_and_explain(text);
        assert_eq!(fix_text(text), explained.text);
        for step in &explained.steps {
            assert!(step.span.slice(text).is_some(), "{step:?}");
        }
        let _ = RepairOptions::ftfy_defaults().fix_and_explain(text);
    });
}

#[test]
fn digest_inputs() {
    replay("digest", |data| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        let (d, regions) = digest::parse_with_regions(text);
        for r in &regions {
            assert!(r.span.slice(text).is_some(), "{r:?}");
        }
        let rendered = d.render();
        assert_eq!(Digest::parse(&rendered).render(), rendered);
    });
}

#[test]
fn ioc_inputs() {
    replay("ioc", |data| {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        for i in cti_extract::ioc::extract(text) {
            assert!(i.span.slice(text).is_some(), "{i:?}");
            let _ = i.defanged_value();
        }
    });
}

#[test]
fn extract_inputs() {
    replay("extract", |data| {
        let Ok(report) = Extractor::shared().extract(data) else {
            return;
        };
        let text = &report.text;
        for m in &report.mentions {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()), "{m:?}");
        }
        for i in &report.indicators {
            assert!(i.span.slice(text).is_some(), "{i:?}");
        }
        for o in &report.obfuscations {
            assert_eq!(o.span.slice(text), Some(o.text.as_str()), "{o:?}");
        }
        let json = serde_json::to_string(&report).unwrap_or_default();
        assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
    });
}
