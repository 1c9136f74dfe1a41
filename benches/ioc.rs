//! Throughput of indicator extraction on threat-report text.
//!
//! The text is generated deterministically (fixed seed) by the generator in
//! `tests/ioc_corpus.rs`: English-like report prose with about 300
//! indicators per MB, half of them defanged, plus look-alike traps. The
//! bench writes it to `target/ioc-bench/corpus.txt` so that
//! `benches/peers/ioc_peers.py` can measure the Python tools on the same
//! bytes, and checks before timing that extraction finds exactly the planted
//! indicators.
//!
//! ```text
//! cargo bench --bench ioc -- --warm-up-time 1 --measurement-time 3
//! ```

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

#[path = "../tests/ioc_corpus.rs"]
mod corpus;

/// The seed and size of the benchmark text.
const SEED: u64 = 2024;
const BYTES: usize = 4 << 20;
const PER_MB: usize = 300;

fn write_corpus(text: &str, expected: &BTreeSet<(&'static str, String)>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("ioc-bench");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("corpus.txt"), text);
        let meta = format!(
            "{{\"seed\": {SEED}, \"bytes\": {}, \"per_mb\": {PER_MB}, \"indicators\": {}}}\n",
            text.len(),
            expected.len()
        );
        let _ = std::fs::write(dir.join("corpus.json"), meta);
        // The planted indicators, one `kind<TAB>value` per line, for the
        // whole text and for its first MiB (the generator is sequential, so
        // a smaller text is a prefix of a larger one).
        let tsv = |set: &BTreeSet<(&'static str, String)>| -> String {
            set.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect()
        };
        let _ = std::fs::write(dir.join("expected.tsv"), tsv(expected));
        let (prefix, planted) = corpus::corpus(SEED, 1 << 20, PER_MB);
        if text.starts_with(&prefix) {
            let _ = std::fs::write(
                dir.join("expected_prefix.tsv"),
                format!("#bytes\t{}\n{}", prefix.len(), tsv(&planted)),
            );
        }
    }
}

fn bench(c: &mut Criterion) {
    let (text, expected) = corpus::corpus(SEED, BYTES, PER_MB);
    let found: BTreeSet<(&'static str, String)> = cti_extract::ioc::extract(&text)
        .into_iter()
        .map(|i| (i.kind.as_str(), i.value))
        .collect();
    assert_eq!(
        found, expected,
        "the benchmark text must be extracted exactly"
    );
    write_corpus(&text, &expected);

    // The same prose and traps without a single indicator.
    let (clean, none) = corpus::corpus(SEED, BYTES, 0);
    assert!(none.is_empty() && cti_extract::ioc::extract(&clean).is_empty());

    let mut g = c.benchmark_group("ioc");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("extract/report_4MiB", |b| {
        b.iter(|| cti_extract::ioc::extract(black_box(&text)))
    });
    g.bench_function("refang/report_4MiB", |b| {
        b.iter(|| cti_extract::ioc::refang(black_box(&text)).len())
    });
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("extract/prose_without_indicators_4MiB", |b| {
        b.iter(|| cti_extract::ioc::extract(black_box(&clean)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
