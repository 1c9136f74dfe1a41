//! The whole pipeline on good and bad input: a result or a clear error, never
//! a panic.

use cti_extract::{ErrorKind, Extractor};
use proptest::prelude::*;

/// (name, input, expected: Ok with this many body paragraphs, or the error).
const BAD_INPUTS: &[(&str, &[u8], Result<usize, &str>)] = &[
    ("empty", b"", Ok(0)),
    ("only_newlines", b"\n\n\r\n", Ok(0)),
    (
        "png",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
        Err("a PNG image"),
    ),
    (
        "gzip",
        b"\x1f\x8b\x08\0\0\0\0\0\0\x03",
        Err("gzip-compressed data"),
    ),
    ("zip", b"PK\x03\x04\x14\0\0\0", Err("a ZIP archive")),
    (
        "nul_bytes",
        b"\0\0\0\0\0\0\0\0ab\0\0\0\0",
        Err("data full of control characters"),
    ),
    (
        "only_references",
        b"References :\nReferences :\nReferences :\n",
        Ok(0),
    ),
    ("invalid_utf8", b"caf\xe9 ol\xe9 \xff\xfe", Ok(1)),
    ("truncated_utf8", b"Hackers \xe2\x80", Ok(1)),
];

#[test]
fn bad_inputs_give_a_result_or_a_clear_error() {
    let extractor = Extractor::new();
    for (name, input, expected) in BAD_INPUTS {
        match (extractor.extract(input), expected) {
            (Ok(report), Ok(paragraphs)) => {
                assert_eq!(report.digest.paragraphs().count(), *paragraphs, "{name}");
            }
            (Err(e), Err(what)) => {
                assert_eq!(e.kind(), &ErrorKind::Binary { what }, "{name}");
                assert!(e.to_string().contains(what), "{name}: {e}");
            }
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
    }
}

#[test]
fn invalid_bytes_are_counted_not_dropped() {
    let report = Extractor::new()
        .extract(b"caf\xe9 ol\xe9 \xff\xfe")
        .expect("text");
    assert_eq!(report.decoding.malformed, 4);
    assert_eq!(report.text.matches('\u{FFFD}').count(), 4);
}

#[test]
fn input_over_the_limit_is_refused_with_its_size() {
    let extractor = Extractor::builder().max_input_bytes(10).build();
    let err = extractor.extract(b"eleven bytes").expect_err("too large");
    assert_eq!(
        err.kind(),
        &ErrorKind::TooLarge {
            size: 12,
            limit: 10
        }
    );
    assert_eq!(
        err.to_string(),
        "input of 12 bytes exceeds the limit of 10 bytes"
    );
}

#[test]
fn fifty_megabytes_on_one_line() {
    let line = "APT31 targeted the ministry. ".repeat(50 * 1024 * 1024 / 29);
    let report = Extractor::new().extract(line.as_bytes()).expect("text");
    assert_eq!(report.digest.body.len(), 1);
    assert_eq!(report.text.len(), line.len());
}

#[test]
fn spans_of_every_sample_lie_on_char_boundaries() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    for entry in std::fs::read_dir(dir).expect("data/samples") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("read");
        if let Ok(report) = Extractor::new().extract(&bytes) {
            for r in &report.regions {
                assert!(r.span.slice(&report.text).is_some(), "{}", path.display());
            }
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(report) = Extractor::new().extract(&bytes) {
            for r in &report.regions {
                prop_assert!(r.span.slice(&report.text).is_some());
            }
        }
    }
}
