//! Repair throughput: clean news text (the scan) and news with about 1%
//! mojibake sentences. Inputs: see `mod inputs` below.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

use cti_extract::repair::{fix_text, RepairOptions};

fn bench(c: &mut Criterion) {
    let (clean, one_pct, _) = inputs::write_all();
    assert!(matches!(fix_text(&clean), std::borrow::Cow::Borrowed(_)));
    let mut g = c.benchmark_group("repair");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("clean_news", |b| b.iter(|| fix_text(black_box(&clean))));
    g.throughput(Throughput::Bytes(one_pct.len() as u64));
    g.bench_function("news_1pct_mojibake", |b| {
        b.iter(|| fix_text(black_box(&one_pct)))
    });
    let ftfy_like = RepairOptions::ftfy_defaults();
    g.bench_function("news_1pct_mojibake_ftfy_options", |b| {
        b.iter(|| ftfy_like.fix(black_box(&one_pct)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

#[path = "common/inputs.rs"]
mod inputs;
