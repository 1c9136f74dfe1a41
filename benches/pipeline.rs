//! The whole `Extractor::extract`, bytes to Report, over the sample articles
//! of `data/samples` (all of them, whatever their encoding and defects):
//!
//! - `extract_samples`: each as it is (2–3 KB, 2.7 KB on average);
//! - `extract_samples_4kb`: each with its body written again, paragraph by
//!   paragraph, before its References, until the article holds at least
//!   4 KB (5.3 KB on average). The added text is body, so all of it is
//!   classified. (Until the eighth session the whole file was repeated,
//!   which put the second copy after the Classification header, where the
//!   parser keeps it as classification lines that no rule reads: half of
//!   each article was only decoded, tokenized and matched.)
//!
//! ```text
//! cargo bench --bench pipeline -- --warm-up-time 1 --measurement-time 5
//! ```

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

use cti_extract::Extractor;

/// The sample articles' bytes, in file-name order.
fn samples() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().and_then(|e| e.to_str()) == Some("txt"));
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

/// Where the body of a digest item lies in its bytes: after the `//` line
/// that ends the header, up to the newline before the first `ImgSrc:`,
/// `References` or `Classification` line. The whole file for a file
/// without these (plain text, or an encoding where they are not ASCII).
fn body_range(bytes: &[u8]) -> std::ops::Range<usize> {
    let find = |needle: &[u8]| bytes.windows(needle.len()).position(|w| w == needle);
    let start = find(b"\n//")
        .and_then(|at| {
            bytes[at + 1..]
                .iter()
                .position(|&b| b == b'\n')
                .map(|n| at + 2 + n)
        })
        .unwrap_or(0);
    let end = [&b"\nImgSrc"[..], b"\nReferences", b"\nClassification"]
        .iter()
        .filter_map(|n| find(n))
        .filter(|&e| e >= start)
        .min()
        .unwrap_or(bytes.len());
    start..end
}

/// `bytes` with its body written again after itself until the whole holds
/// at least `size` bytes.
fn with_longer_body(bytes: &[u8], size: usize) -> Vec<u8> {
    let body = body_range(bytes);
    let mut out = bytes[..body.end].to_vec();
    let mut len = bytes.len();
    while len < size && !body.is_empty() {
        out.push(b'\n');
        out.extend_from_slice(&bytes[body.clone()]);
        len += 1 + body.len();
    }
    out.extend_from_slice(&bytes[body.end..]);
    out
}

fn bench(c: &mut Criterion) {
    let extractor = Extractor::new();
    let samples = samples();
    assert!(samples.len() >= 18, "the samples are read");
    let longer: Vec<Vec<u8>> = samples.iter().map(|s| with_longer_body(s, 4096)).collect();
    for (name, articles) in [
        ("extract_samples", &samples),
        ("extract_samples_4kb", &longer),
    ] {
        // Build everything lazy before measuring.
        for a in articles {
            let _ = extractor.extract(a);
        }
        let total: usize = articles.iter().map(Vec::len).sum();
        let mut g = c.benchmark_group("pipeline");
        g.throughput(Throughput::Bytes(total as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                for a in articles {
                    let _ = black_box(extractor.extract(black_box(a)));
                }
            })
        });
        g.finish();
        println!(
            "{name}: {} articles, {} bytes in all, {:.0} bytes on average",
            articles.len(),
            total,
            total as f64 / articles.len() as f64
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
