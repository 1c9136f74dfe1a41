//! Property tests over whole reports: every span in a Report lies on char
//! boundaries of the text it points into and slices to the text it records,
//! and the Report's JSON parses back. (Arbitrary bytes never panicking is in
//! tests/extract.rs; repair and digest properties in their own files.)

use cti_extract::{Extractor, Report};
use proptest::prelude::*;

/// Pieces articles are made of: names (plain and hidden), indicators
/// (defanged), digest structure, mojibake, hostile characters.
const PIECES: &[&str] = &[
    "APT31",
    "APT 31",
    "Lazarus Group",
    "Fancy Bear",
    "Sandworm",
    "Cobalt Strike",
    "Mimikatz",
    "China",
    "Russia",
    "the ministry",
    "ransomware",
    "espionage",
    "also known as",
    "tracked as",
    "Storm-0558",
    "UNC2452",
    "\u{410}\u{420}\u{422}31",
    "L\u{430}zarus",
    "A\u{200B}PT31",
    "AP\u{202E}T31",
    "A\u{301}PT31",
    "\u{200B}",
    "\u{202E}",
    "\u{2066}",
    "\u{301}",
    "\u{AD}",
    "hxxp://evil[.]com/a",
    "1.2.3[.]4",
    "evil[.]example[.]org",
    "CVE-2024-3400",
    "d41d8cd98f00b204e9800998ecf8427e",
    "T1566.001",
    "user@evil[.]com",
    "2001:db8::1",
    "Ã©",
    "â€™",
    "Ã",
    "&amp;",
    "CyberSecurity news\n",
    "Jane Roe@Example News\n",
    "//\n",
    "References :\n",
    "- example.com: snippet\n",
    "Classification :\n",
    "Attacker: APT31\n",
    " ",
    " ",
    "\n",
    "\r\n",
    ".",
    ",",
    "\"",
    "(",
    ")",
    "-",
    "Group",
    "The",
    "said",
    "é",
    "中文",
    "Группа",
    "Ελλάδα",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..80,
    )
    .prop_map(|pieces| pieces.concat())
}

/// Checks every span of `report` and its JSON.
fn check(report: &Report) -> Result<(), TestCaseError> {
    let text = report.text.as_str();
    for m in &report.mentions {
        prop_assert_eq!(m.span.slice(text), Some(m.text.as_str()), "mention {:?}", m);
    }
    for a in &report.actors {
        for m in &a.mentions {
            prop_assert_eq!(
                text.get(m.start..m.end),
                Some(m.text.as_str()),
                "actor mention {:?}",
                m
            );
        }
    }
    for i in &report.indicators {
        prop_assert!(i.span.slice(text).is_some(), "indicator {:?}", i);
    }
    for r in &report.regions {
        prop_assert!(r.span.slice(text).is_some(), "region {:?}", r);
    }
    for e in &report.evidence {
        if let Some(span) = e.span {
            prop_assert!(span.slice(text).is_some(), "evidence {:?}", e);
        }
    }
    for d in &report.discovered_aliases {
        prop_assert!(d.span.slice(text).is_some(), "discovered {:?}", d);
    }
    for n in &report.introduced_actors {
        prop_assert!(n.span.slice(text).is_some(), "introduced {:?}", n);
    }
    for o in &report.obfuscations {
        prop_assert_eq!(
            o.span.slice(text),
            Some(o.text.as_str()),
            "obfuscation {:?}",
            o
        );
        for c in &o.chars {
            let s = c.span.slice(text).unwrap_or_default();
            let cp = s.chars().next().map(|c| format!("U+{:04X}", u32::from(c)));
            prop_assert_eq!(cp.as_deref(), Some(c.codepoint.as_str()));
            prop_assert_eq!(s.chars().count(), 1);
        }
    }
    let json = serde_json::to_string(report).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let value: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(value.get("text").and_then(|t| t.as_str()), Some(text));
    let mentions = value
        .get("mentions")
        .and_then(|m| m.as_array())
        .map(Vec::len);
    prop_assert_eq!(mentions, Some(report.mentions.len()));
    // The parsed value writes and parses back to itself.
    let again: serde_json::Value =
        serde_json::from_str(&value.to_string()).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(again, value);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn spans_and_json_of_generated_articles(text in article()) {
        if let Ok(report) = Extractor::shared().extract(text.as_bytes()) {
            check(&report)?;
        }
    }

    #[test]
    fn spans_and_json_of_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let Ok(report) = Extractor::shared().extract(&bytes) {
            check(&report)?;
        }
    }
}

/// The samples, whole.
#[test]
fn spans_and_json_of_the_samples() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let bytes = std::fs::read(&path).unwrap_or_default();
        if let Ok(report) = Extractor::shared().extract(&bytes) {
            if let Err(e) = check(&report) {
                panic!("{}: {e}", path.display());
            }
        }
    }
}
