//! The whole `Extractor::extract`, bytes to Report, over articles of about
//! 4 KB: the sample articles of `data/samples` (all of them, whatever their
//! encoding and defects; each is 2–3 KB), each repeated whole until it holds
//! at least 4 KB (5.3 KB on average), run one after another.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

use cti_extract::Extractor;

/// The sample articles, each repeated to at least 4 KB.
fn articles() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().and_then(|e| e.to_str()) == Some("txt"));
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|bytes| {
            let mut out = bytes.clone();
            while out.len() < 4096 {
                out.extend_from_slice(&bytes);
            }
            out
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let articles = articles();
    assert!(articles.len() >= 18, "the samples are read");
    // Build everything lazy before measuring.
    for a in &articles {
        let _ = extractor.extract(a);
    }
    let total: usize = articles.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("extract_samples_4kb", |b| {
        b.iter(|| {
            for a in &articles {
                let _ = black_box(extractor.extract(black_box(a)));
            }
        })
    });
    g.finish();
    println!(
        "{} articles, {} bytes in all, {:.0} bytes on average",
        articles.len(),
        total,
        total as f64 / articles.len() as f64
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
