//! Decoding throughput: valid UTF-8 (a validation pass), windows-1252 as
//! declared and as detected. Inputs: see `mod inputs` below.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

use cti_extract::decode::{decode, Decoder};

fn bench(c: &mut Criterion) {
    let (clean, _, cp1252) = inputs::write_all();
    assert_eq!(decode(&cp1252).info.encoding, "windows-1252");
    let mut g = c.benchmark_group("decode");
    g.throughput(Throughput::Bytes(clean.len() as u64));
    g.bench_function("utf8_valid", |b| {
        b.iter(|| decode(black_box(clean.as_bytes())))
    });
    g.throughput(Throughput::Bytes(cp1252.len() as u64));
    let declared = Decoder::new().declared("windows-1252");
    g.bench_function("cp1252_declared", |b| {
        b.iter(|| declared.decode(black_box(&cp1252)))
    });
    g.bench_function("cp1252_detected", |b| b.iter(|| decode(black_box(&cp1252))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

#[path = "common/inputs.rs"]
mod inputs;
