//! Inputs built to make a careless extractor go quadratic or worse. Each is
//! about a megabyte; the tests check that extraction completes with a sane
//! result (no timing asserts: the suite runs on shared machines in debug
//! builds). Linearity comes from the design: finite-automaton regexes and
//! passes that never go back over consumed text.

use cti_extract::ioc::{extract, refang, IndicatorKind};

const MB: usize = 1 << 20;

fn big(unit: &str) -> String {
    unit.repeat(MB / unit.len())
}

fn kinds(text: &str) -> Vec<IndicatorKind> {
    extract(text).into_iter().map(|i| i.kind).collect()
}

#[test]
fn a_megabyte_of_dots() {
    assert!(extract(&big(".")).is_empty());
}

#[test]
fn a_megabyte_of_hex_digits() {
    // One run far longer than any hash: not a hash.
    assert!(extract(&big("0123456789abcdef")).is_empty());
}

#[test]
fn a_megabyte_of_defanged_dots() {
    let text = big("[.]");
    assert_eq!(refang(&text).len(), MB / 3);
    assert!(extract(&text).is_empty());
}

#[test]
fn a_megabyte_of_schemes() {
    assert!(extract(&big("http://")).is_empty());
    assert!(extract(&big("hxxps[://]")).is_empty());
}

#[test]
fn a_megabyte_of_unclosed_brackets_and_markers() {
    for unit in [
        "[", "(", "{", "[ ", "( at", "[dot", "\\", "<.", "xxxx", "hxxp",
    ] {
        assert!(extract(&big(unit)).is_empty(), "{unit:?}");
    }
}

#[test]
fn a_megabyte_of_colons_and_at_signs() {
    for unit in [":", "::", "a:", "1:", "@", "a@", "@a.", "a@b"] {
        assert!(extract(&big(unit)).is_empty(), "{unit:?}");
    }
}

#[test]
fn a_megabyte_of_almost_names() {
    for unit in ["a.", "1.", "a-", "a_.", "-.", "1.1.", "a.b", "x.exe."] {
        assert!(extract(&big(unit)).is_empty(), "{unit:?}");
    }
}

#[test]
fn one_megabyte_long_dotted_name() {
    // A single "label.label.label..." token a megabyte long: too long to be a
    // domain, and no IPv4 hides in it.
    assert!(extract(&big("ab.")).is_empty());
    assert!(extract(&big("1.2.")).is_empty());
}

#[test]
fn a_megabyte_of_valid_indicators_without_spaces() {
    // Every repetition is the same indicator: one result each, found once.
    assert_eq!(kinds(&big("1.1.1.1 ")), [IndicatorKind::Ipv4]);
    assert_eq!(kinds(&big("evil.com ")), [IndicatorKind::Domain]);
    assert_eq!(kinds(&big("x@evil.com ")), [IndicatorKind::Email]);
    assert_eq!(kinds(&big("CVE-2021-44228 ")), [IndicatorKind::Cve]);
    assert_eq!(kinds(&big("T1566 ")), [IndicatorKind::AttackTechnique]);
    assert_eq!(kinds(&big("2001:db8::1 ")), [IndicatorKind::Ipv6]);
}

#[test]
fn a_megabyte_of_urls_glued_together() {
    // No space anywhere: the first URL runs to the end of the text.
    let found = extract(&big("http://a.com/"));
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].kind, IndicatorKind::Url);
    assert_eq!(found[0].span.len(), MB / 13 * 13);
    // Unbalanced closers cut each URL: every one is found, and they are the
    // same URL, so one remains.
    let found = extract(&big("http://a.com/x)"));
    assert_eq!(
        kinds_of(&found),
        [IndicatorKind::Url, IndicatorKind::Domain]
    );
    assert_eq!(found[0].value, "http://a.com/x");
}

fn kinds_of(found: &[cti_extract::Indicator]) -> Vec<IndicatorKind> {
    found.iter().map(|i| i.kind).collect()
}

#[test]
fn a_megabyte_of_distinct_indicators() {
    // 60 000-odd distinct addresses: deduplication must not be quadratic.
    let mut text = String::with_capacity(MB + 32);
    let mut n = 0u32;
    while text.len() < MB {
        text.push_str(&format!(
            "{}.{}.{}.{} ",
            11 + n / 65536 % 200,
            n / 256 % 256,
            n % 256,
            1 + n % 250
        ));
        n += 1;
    }
    let found = extract(&text);
    assert!(found.len() > 60_000, "{}", found.len());
    assert!(found.iter().all(|i| i.kind == IndicatorKind::Ipv4));
}

#[test]
fn a_megabyte_of_random_bytes_as_text() {
    // Pseudo-random printable ASCII and some multibyte characters.
    let alphabet: Vec<char> = "abcdef0123456789.:/@[]()-_ xX\\hé中".chars().collect();
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut text = String::with_capacity(MB);
    while text.len() < MB {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        text.push(alphabet[(state % alphabet.len() as u64) as usize]);
    }
    for i in extract(&text) {
        assert!(i.span.slice(&text).is_some(), "{:?}", i.span);
    }
}
