//! Table and property tests for `decode`.

use std::borrow::Cow;

use proptest::prelude::*;

use cti_extract::decode::{decode, encoding_name, Decoder, EncodingSource};

/// (name, bytes, expected text, encoding, source, malformed)
type Row = (
    &'static str,
    &'static [u8],
    &'static str,
    &'static str,
    EncodingSource,
    usize,
);

const TABLE: &[Row] = &[
    ("utf8", b"caf\xC3\xA9", "café", "UTF-8", EncodingSource::Utf8, 0),
    ("utf8_bom", b"\xEF\xBB\xBFcaf\xC3\xA9", "café", "UTF-8", EncodingSource::Bom, 0),
    ("utf16le_bom", b"\xFF\xFEc\x00a\x00f\x00\xE9\x00", "café", "UTF-16LE", EncodingSource::Bom, 0),
    ("utf16be_bom", b"\xFE\xFF\x00c\x00a\x00f\x00\xE9", "café", "UTF-16BE", EncodingSource::Bom, 0),
    (
        "utf16le_no_bom",
        b"T\x00h\x00e\x00 \x00A\x00P\x00T\x003\x001\x00 \x00g\x00r\x00o\x00u\x00p\x00",
        "The APT31 group",
        "UTF-16LE",
        EncodingSource::Utf16Pattern,
        0,
    ),
    (
        "utf16be_no_bom",
        b"\x00T\x00h\x00e\x00 \x00A\x00P\x00T\x003\x001\x00 \x00g\x00r\x00o\x00u\x00p",
        "The APT31 group",
        "UTF-16BE",
        EncodingSource::Utf16Pattern,
        0,
    ),
    ("utf16_lone_surrogate", b"\xFF\xFEa\x00\x00\xD8b\x00", "a\u{FFFD}b", "UTF-16LE", EncodingSource::Bom, 1),
    ("utf16_odd_length", b"\xFF\xFEa\x00b", "a\u{FFFD}", "UTF-16LE", EncodingSource::Bom, 1),
    ("utf16_pair", b"\xFF\xFE\x3D\xD8\x00\xDE", "\u{1F600}", "UTF-16LE", EncodingSource::Bom, 0),
    ("cesu8_pair", b"x\xED\xA0\xBD\xED\xB8\x80", "x\u{1F600}", "UTF-8", EncodingSource::Utf8, 0),
    ("utf8_damaged", b"caf\xC3\xA9 \xFF ok", "café \u{FFFD} ok", "UTF-8", EncodingSource::Utf8, 1),
    (
        "windows_1252_detected",
        b"Les pirates ont cibl\xE9 l\x92\xE9quipe de s\xE9curit\xE9 \x93Fancy Bear\x94 \x96 encore.",
        "Les pirates ont ciblé l’équipe de sécurité “Fancy Bear” – encore.",
        "windows-1252",
        EncodingSource::Detected,
        0,
    ),
    (
        "windows_1252_pound_sign_detected",
        b"The gang demanded \xA365 million in bitcoin, and Royal Mail\x92s chief said \x93no\x94 \x97 \xA365m is an absurd sum.",
        "The gang demanded £65 million in bitcoin, and Royal Mail’s chief said “no” — £65m is an absurd sum.",
        "windows-1252",
        EncodingSource::Detected,
        0,
    ),
    (
        "windows_1250_polish_letters_kept",
        b"Hakerzy zaatakowali \xA3\xF3d\x9F i Bydgoszcz; \xBFadna instytucja nie zap\xB3aci\xB3a okupu \x96 m\xF3wi rzecznik.",
        "Hakerzy zaatakowali Łódź i Bydgoszcz; żadna instytucja nie zapłaciła okupu – mówi rzecznik.",
        "windows-1250",
        EncodingSource::Detected,
        0,
    ),
    (
        "windows_1251_detected",
        b"\xd5\xe0\xea\xe5\xf0\xfb \xe0\xf2\xe0\xea\xee\xe2\xe0\xeb\xe8 \xec\xe8\xed\xe8\xf1\xf2\xe5\xf0\xf1\xf2\xe2\xee \xe8\xed\xee\xf1\xf2\xf0\xe0\xed\xed\xfb\xf5 \xe4\xe5\xeb",
        "Хакеры атаковали министерство иностранных дел",
        "windows-1251",
        EncodingSource::Detected,
        0,
    ),
    (
        "html_meta",
        b"<html><head><meta charset=\"iso-8859-2\"></head>\xa3\xf3d\xbc",
        "<html><head><meta charset=\"iso-8859-2\"></head>Łódź",
        "ISO-8859-2",
        EncodingSource::Markup,
        0,
    ),
    (
        "html_http_equiv",
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">\x9ailenec",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">šilenec",
        "windows-1250",
        EncodingSource::Markup,
        0,
    ),
    (
        "xml_declaration",
        b"<?xml version=\"1.0\" encoding=\"KOI8-R\"?><a>\xf0\xd2\xc9\xd7\xc5\xd4</a>",
        "<?xml version=\"1.0\" encoding=\"KOI8-R\"?><a>Привет</a>",
        "KOI8-R",
        EncodingSource::Markup,
        0,
    ),
    ("empty", b"", "", "UTF-8", EncodingSource::Utf8, 0),
];

#[test]
fn decode_table() {
    let mut failures = Vec::new();
    for &(name, bytes, text, encoding, source, malformed) in TABLE {
        let d = decode(bytes);
        let got = (
            d.text.as_ref(),
            d.info.encoding,
            d.info.source,
            d.info.malformed,
        );
        if got != (text, encoding, source, malformed) {
            failures.push(format!(
                "{name}: got {got:?}, want {:?}",
                (text, encoding, source, malformed)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn valid_utf8_is_borrowed() {
    let d = decode("plain “text” 中文".as_bytes());
    assert!(matches!(d.text, Cow::Borrowed(_)));
}

#[test]
fn declared_charset() {
    let d = Decoder::new().declared("latin1").decode(b"caf\xE9");
    assert_eq!(
        (d.text.as_ref(), d.info.encoding, d.info.source),
        ("café", "windows-1252", EncodingSource::Declared)
    );
    // A BOM wins over the declaration.
    let d = Decoder::new()
        .declared("windows-1251")
        .decode(b"\xEF\xBB\xBFcaf\xC3\xA9");
    assert_eq!(
        (d.text.as_ref(), d.info.source),
        ("café", EncodingSource::Bom)
    );
    // Unknown labels are ignored.
    let d = Decoder::new().declared("klingon").decode(b"caf\xC3\xA9");
    assert_eq!(d.text, "café");
    assert_eq!(encoding_name(" UTF8 "), Some("UTF-8"));
    // Declared UTF-16 without a BOM.
    let d = Decoder::new().declared("utf-16be").decode(b"\x00h\x00i");
    assert_eq!(d.text, "hi");
}

#[test]
fn malformed_bytes_are_counted() {
    let d = decode(b"caf\xC3\xA9 na\xC3\xAFve \xE2\x80 \xFF ok");
    assert_eq!((d.info.malformed, d.info.malformed_bytes), (2, 3));
    let d = decode(b"\xFF\xFEa\x00\x00\xD8b");
    assert_eq!((d.info.malformed, d.info.malformed_bytes), (2, 3));
}

#[test]
fn malformed_declared_multibyte_is_counted() {
    // Shift_JIS lead byte 0x82 at the end, nothing after it.
    let d = Decoder::new().declared("shift_jis").decode(b"\x82\xa0\x82");
    assert_eq!(d.info.encoding, "Shift_JIS");
    assert_eq!(d.info.malformed, 1);
    assert!(d.text.ends_with('\u{FFFD}'));
}

#[test]
fn detection_can_be_turned_off() {
    let d = Decoder::new().detect(false).decode(b"caf\xE9 cr\xE8me");
    assert_eq!(d.text, "caf\u{FFFD} cr\u{FFFD}me");
    assert_eq!(d.info.malformed, 2);
}

#[test]
fn size_limit() {
    let err = Decoder::new().max_size(4).try_decode(b"12345");
    assert!(err.is_err());
    assert!(Decoder::new().max_size(5).try_decode(b"12345").is_ok());
}

#[test]
fn long_legacy_text_is_detected_from_a_sample() {
    let mut bytes = b"The quick brown fox. ".repeat(10_000);
    bytes.extend_from_slice(b"\xd5\xe0\xea\xe5\xf0\xfb \xe0\xf2\xe0\xea\xee\xe2\xe0\xeb\xe8 \xec\xe8\xed\xe8\xf1\xf2\xe5\xf0\xf1\xf2\xe2\xee");
    let d = decode(&bytes);
    assert_eq!(d.info.encoding, "windows-1251");
    assert!(d.text.ends_with("Хакеры атаковали министерство"));
}

fn count_fffd(s: &str) -> usize {
    s.chars().filter(|&c| c == '\u{FFFD}').count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Arbitrary bytes never panic, and every byte is accounted for: what
    /// was decoded without a replacement re-encodes to the input.
    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let d = decode(&bytes);
        prop_assert!(count_fffd(&d.text) >= d.info.malformed);
        prop_assert!(d.info.malformed <= bytes.len());
        let body = if d.info.bom {
            &bytes[if d.info.encoding == "UTF-8" { 3 } else { 2 }..]
        } else {
            &bytes[..]
        };
        if !body.is_empty() {
            prop_assert!(!d.text.is_empty());
        }
        prop_assert!(d.info.malformed_bytes >= d.info.malformed);
        prop_assert!(d.info.malformed_bytes <= body.len());
        // UTF-8: every byte is copied or counted; each malformed sequence
        // became one U+FFFD (3 bytes).
        if d.info.encoding == "UTF-8" && d.info.surrogate_pairs == 0 {
            prop_assert_eq!(
                d.text.len() - 3 * d.info.malformed + d.info.malformed_bytes,
                body.len()
            );
        }
        if d.info.malformed == 0 && d.info.surrogate_pairs == 0 {
            let enc = encoding_rs::Encoding::for_label(d.info.encoding.as_bytes());
            prop_assert!(enc.is_some());
            let back: Vec<u8> = match d.info.encoding {
                "UTF-8" => d.text.as_bytes().to_vec(),
                "UTF-16LE" => d.text.encode_utf16().flat_map(u16::to_le_bytes).collect(),
                "UTF-16BE" => d.text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
                _ => enc.map(|e| e.encode(&d.text).0.into_owned()).unwrap_or_default(),
            };
            if d.info.encoding.starts_with("UTF") || d.info.encoding.starts_with("windows") || d.info.encoding.starts_with("ISO-8859") || d.info.encoding.starts_with("IBM") || d.info.encoding == "KOI8-R" || d.info.encoding == "KOI8-U" {
                prop_assert_eq!(back, body.to_vec(), "{:?}", d.info);
            }
        }
    }

    #[test]
    fn utf8_round_trips(s in any::<String>()) {
        let d = decode(s.as_bytes());
        if !s.starts_with('\u{FEFF}') {
            prop_assert_eq!(d.text.as_ref(), s.as_str());
        }
    }

    #[test]
    fn utf16_round_trips(s in any::<String>()) {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        let d = decode(&bytes);
        prop_assert_eq!(d.text.as_ref(), s.as_str());
        prop_assert_eq!(d.info.malformed, 0);
    }
}
