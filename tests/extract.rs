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
    // Declared UTF-8: the invalid bytes are replaced and counted.
    let report = Extractor::builder()
        .charset("utf-8")
        .build()
        .extract(b"caf\xe9 ol\xe9 \xff\xfe")
        .expect("text");
    assert_eq!(report.decoding.malformed, 4);
    assert_eq!(report.text.matches('\u{FFFD}').count(), 4);
    // Undeclared: the bytes are recognised as a legacy code page.
    let report = Extractor::new().extract(b"caf\xe9 ol\xe9").expect("text");
    assert_eq!(report.text, "caf\u{e9} ol\u{e9}");
    assert_eq!(report.decoding.encoding, "windows-1252");
}

fn sample(name: &str) -> cti_extract::Report {
    let path = format!("{}/data/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("sample");
    Extractor::new().extract(&bytes).expect("sample extracts")
}

#[test]
fn samples_in_other_encodings_are_decoded_and_repaired() {
    let utf16 = sample("010_bybit-lazarus-theft.txt");
    assert_eq!(utf16.decoding.encoding, "UTF-16LE");
    assert!(utf16.digest.classification.is_some());
    let cp1252 = sample("008_microsoft-ddos-anonymous-sudan.txt");
    assert_eq!(cp1252.decoding.encoding, "windows-1252");
    assert!(!cp1252.text.contains('\u{FFFD}'));
    assert!(cp1252.text.contains('\u{201C}'), "curly quotes decoded");
    // The seed's mojibake, including the closing quote whose last byte was
    // lost before a line break, is repaired and reported.
    let seed = sample("000_08b0a145e7fea504.txt");
    assert!(seed.text.contains("certainty\u{201D}\nthat a Chinese"));
    assert!(seed.text.contains("China\u{2019}s APT31"));
    assert!(!seed.text.contains("\u{e2}\u{20ac}"));
    // The seed's other quotes are correct UTF-8 and stay as they are.
    assert_eq!(seed.repairs.len(), 1, "{:?}", seed.repairs);
    assert_eq!(seed.repairs[0].replacement, "\u{201D}");
}

#[test]
fn indicators_come_from_body_and_references() {
    let report = Extractor::new()
        .extract(
            b"Cat\nA@B\n//\nThe loader called hxxps://evil[.]example[.]com/a and 203.0.113[.]7 \
              (CVE-2023-34362).\nReferences :\n- s: see CVE-2024-3094\nClassification:\n- Product: CVE-2099-0001",
        )
        .expect("text");
    let values: Vec<&str> = report.indicators.iter().map(|i| i.value.as_str()).collect();
    assert!(values.contains(&"https://evil.example.com/a"), "{values:?}");
    assert!(values.contains(&"203.0.113.7"), "{values:?}");
    assert!(values.contains(&"CVE-2023-34362"), "{values:?}");
    assert!(values.contains(&"CVE-2024-3094"), "{values:?}");
    assert!(
        !values.contains(&"CVE-2099-0001"),
        "the item's own block is not read"
    );
    for i in &report.indicators {
        assert!(i.span.slice(&report.text).is_some());
    }
}

#[test]
fn the_classification_reads_no_word_of_the_items_own_block() {
    // The person is named once in the body, and again only in the item's
    // own Classification block: a rule that asks whether a name is written
    // again must not find it there. Every field must be what the same item
    // gives without its block.
    let body = "Cat\nA@B\n//\nA seller offered data on 100 million customers of \
                Contoso Mobile, and the carrier confirmed the breach.\nAb Cdefg, a \
                21-year-old American, was arrested in Turkey last week.\nReferences :\n- s: \
                The carrier confirms a breach.\n";
    let block = "Classification:\n- HashTags: #DataBreach\n- Company: Contoso Mobile\n\
                 - Target: Contoso Mobile Customers\n- Attacker: Ab Cdefg\n- Product: N/A\n\
                 - Feature: Data Breach\n- Type: Data Breach\n- Severity: Major\n";
    let without = Extractor::new().extract(body.as_bytes()).expect("text");
    let with = Extractor::new()
        .extract(format!("{body}{block}").as_bytes())
        .expect("text");
    assert_eq!(without.classification.attacker, "Unknown");
    assert_eq!(with.classification, without.classification);
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

#[test]
fn lists_over_their_limit_are_cut_and_flagged() {
    let text = "APT31 struck. APT28 struck. Turla struck. Sandworm struck. See 203.0.113.1 and 203.0.113.2 and 203.0.113.3.";
    let report = Extractor::builder()
        .max_mentions(2)
        .max_indicators(1)
        .build()
        .extract(text.as_bytes())
        .expect("text");
    assert_eq!(report.mentions.len(), 2);
    assert_eq!(report.indicators.len(), 1);
    let cut: Vec<(&str, usize, usize)> = report
        .truncated
        .iter()
        .map(|t| (t.what.as_str(), t.found, t.kept))
        .collect();
    assert_eq!(cut, [("mentions", 4, 2), ("indicators", 3, 1)]);
    // Nothing is cut under the default limits.
    assert!(Extractor::new()
        .extract(text.as_bytes())
        .expect("text")
        .truncated
        .is_empty());
}

#[test]
fn repairs_actor_mentions_and_obfuscations_over_their_limit_are_cut_and_flagged() {
    let text = "APT31 struck. APT31 struck again. A\u{200B}PT31 hid. \u{410}\u{420}\u{422}31 hid. \
                caf\u{c3}\u{a9} caf\u{c3}\u{a9} caf\u{c3}\u{a9}";
    let report = Extractor::builder()
        .max_mentions(2)
        .max_repairs(1)
        .build()
        .extract(text.as_bytes())
        .expect("text");
    assert_eq!(report.repairs.len(), 1);
    assert!(report.actors.iter().all(|a| a.mentions.len() <= 2));
    assert!(report.obfuscations.len() <= 2);
    let cut: Vec<(&str, usize, usize)> = report
        .truncated
        .iter()
        .map(|t| (t.what.as_str(), t.found, t.kept))
        .collect();
    assert_eq!(
        cut,
        [
            ("mentions", 4, 2),
            ("actor mentions", 4, 2),
            ("repairs", 3, 1)
        ]
    );
    // The text is repaired in full all the same.
    assert!(report.text.ends_with("café café café"));
    // Classification saw every mention.
    assert_eq!(report.classification.attacker, "APT31");
    let report = Extractor::builder()
        .max_mentions(1)
        .build()
        .extract(text.as_bytes())
        .expect("text");
    assert_eq!(report.obfuscations.len(), 1);
    assert!(report
        .truncated
        .iter()
        .any(|t| (t.what.as_str(), t.found, t.kept) == ("obfuscations", 2, 1)));
}

#[test]
fn the_default_limits() {
    use cti_extract::{
        DEFAULT_MAX_INDICATORS, DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_MENTIONS, DEFAULT_MAX_REPAIRS,
    };
    assert_eq!(DEFAULT_MAX_INPUT_BYTES, 256 << 20);
    assert_eq!(DEFAULT_MAX_MENTIONS, 100_000);
    assert_eq!(DEFAULT_MAX_INDICATORS, 100_000);
    assert_eq!(DEFAULT_MAX_REPAIRS, 100_000);
    // One byte over the default input limit is refused before any work.
    let big = vec![b'a'; DEFAULT_MAX_INPUT_BYTES + 1];
    let err = Extractor::shared().extract(&big).expect_err("too large");
    assert_eq!(
        err.kind(),
        &ErrorKind::TooLarge {
            size: DEFAULT_MAX_INPUT_BYTES + 1,
            limit: DEFAULT_MAX_INPUT_BYTES
        }
    );
}
