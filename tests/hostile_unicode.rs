//! Hostile Unicode inside actor names: invisible characters, bidi controls,
//! combining marks and Cyrillic or Greek look-alikes must not hide an alias,
//! and are reported as evidence in `Report::obfuscations`. Legitimate
//! Cyrillic and Greek prose is not flagged.

use cti_extract::hostile::ObfuscationKind::{self, Bidi, Combining, Homoglyph, ZeroWidth};
use cti_extract::{Extractor, Report};

fn extract(text: &str) -> Report {
    match Extractor::shared().extract(text.as_bytes()) {
        Ok(r) => r,
        Err(e) => panic!("{text:?}: {e}"),
    }
}

/// (name, written name, actor it must be read as ("" for software), kinds
/// flagged)
const CASES: &[(&str, &str, &str, &[ObfuscationKind])] = &[
    ("zero-width space", "AP\u{200B}T31", "APT31", &[ZeroWidth]),
    ("zero-width joiner", "APT\u{200D}31", "APT31", &[ZeroWidth]),
    (
        "zero-width non-joiner",
        "A\u{200C}PT31",
        "APT31",
        &[ZeroWidth],
    ),
    ("word joiner", "APT\u{2060}31", "APT31", &[ZeroWidth]),
    ("BOM inside", "AP\u{FEFF}T31", "APT31", &[ZeroWidth]),
    ("soft hyphen", "Laz\u{AD}arus", "Lazarus", &[ZeroWidth]),
    ("right-to-left override", "AP\u{202E}T31", "APT31", &[Bidi]),
    ("embedding pair", "APT\u{202A}3\u{202C}1", "APT31", &[Bidi]),
    ("isolates", "AP\u{2066}T\u{2069}31", "APT31", &[Bidi]),
    ("left-to-right mark", "APT\u{200E}31", "APT31", &[Bidi]),
    ("combining acute", "A\u{301}PT31", "APT31", &[Combining]),
    (
        "zalgo",
        "A\u{300}\u{316}P\u{35C}\u{327}T\u{34F}31",
        "APT31",
        &[Combining],
    ),
    (
        "cyrillic capitals",
        "\u{410}\u{420}\u{422}31",
        "APT31",
        &[Homoglyph],
    ),
    (
        "cyrillic and zero width",
        "\u{410}\u{200B}PT31",
        "APT31",
        &[ZeroWidth, Homoglyph],
    ),
    (
        "cyrillic a in Lazarus",
        "L\u{430}zarus",
        "Lazarus",
        &[Homoglyph],
    ),
    (
        "greek capitals",
        "\u{391}\u{3A1}\u{3A4}31",
        "APT31",
        &[Homoglyph],
    ),
    ("greek alpha", "Turl\u{3B1}", "Turla", &[Homoglyph]),
    ("two words", "F\u{430}ncy B\u{435}ar", "APT28", &[Homoglyph]),
    ("greek omicron", "C\u{3BF}balt Strike", "", &[Homoglyph]),
    (
        "everything",
        "\u{410}\u{200B}P\u{301}\u{202E}T31",
        "APT31",
        &[ZeroWidth, Bidi, Homoglyph, Combining],
    ),
];

#[test]
fn hidden_names_are_found_and_flagged() {
    let mut failures = Vec::new();
    for &(name, written, actor, kinds) in CASES {
        let text = format!("Researchers said that {written} targeted a ministry network.");
        let report = extract(&text);
        let Some(m) = report.mentions.iter().find(|m| m.text == written) else {
            failures.push(format!(
                "{name}: no mention of {written:?}: {:?}",
                report.mentions
            ));
            continue;
        };
        if !actor.is_empty() {
            let Some(a) = report.actors.first() else {
                failures.push(format!("{name}: no actor"));
                continue;
            };
            if a.name != actor && !a.aliases.iter().any(|x| x == actor) {
                failures.push(format!("{name}: read as {} not {actor}", a.name));
            }
            if report.classification.attacker.is_empty() {
                failures.push(format!("{name}: no attacker classified"));
            }
        }
        assert_eq!(m.span.slice(&report.text), Some(written), "{name}");
        let Some(o) = report.obfuscations.iter().find(|o| o.span == m.span) else {
            failures.push(format!("{name}: not flagged"));
            continue;
        };
        let mut want = kinds.to_vec();
        want.sort();
        if o.kinds != want {
            failures.push(format!("{name}: kinds {:?}, expected {want:?}", o.kinds));
        }
        for c in &o.chars {
            let s = c.span.slice(&report.text).unwrap_or_default();
            let cp = s.chars().next().map(|c| format!("U+{:04X}", u32::from(c)));
            assert_eq!(cp.as_deref(), Some(c.codepoint.as_str()), "{name}");
            assert!(
                m.span.start <= c.span.start && c.span.end <= m.span.end,
                "{name}"
            );
        }
        if kinds.iter().any(|k| *k != Homoglyph) {
            assert!(m.hidden_characters, "{name}: mention not marked");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (name, text): nothing in these is hostile.
const CLEAN: &[(&str, &str)] = &[
    (
        "russian prose",
        "Группа АРТ атаковала министерство. Все знают, что ТАСС и РИА сообщили о взломе.",
    ),
    (
        "russian with a latin name",
        "Группа APT31 атаковала министерство иностранных дел Чехии.",
    ),
    (
        "greek prose",
        "Η ομάδα ΑΠΤ επιτέθηκε στο ΥΠΕΞ. ΚΑΙ ΤΟ ΕΙΠΕ.",
    ),
    (
        "ukrainian",
        "Хакери з угруповання атакували енергетичні компанії України.",
    ),
    ("plain name", "APT31 targeted a ministry."),
    ("accented latin", "Le ministère a été visé par APT31."),
];

#[test]
fn clean_text_is_not_flagged() {
    for (name, text) in CLEAN {
        let report = extract(text);
        assert!(
            report.obfuscations.is_empty(),
            "{name}: {:?}",
            report.obfuscations
        );
        assert!(
            report.mentions.iter().all(|m| !m.hidden_characters),
            "{name}"
        );
    }
}

/// The clean multilingual corpus: not one obfuscation reported.
#[test]
fn clean_corpus_is_not_flagged() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/clean");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    assert!(files.len() > 10);
    for path in files {
        let bytes = std::fs::read(&path).unwrap_or_default();
        let report = Extractor::shared().extract(&bytes).ok();
        let flagged: Vec<_> = report.iter().flat_map(|r| r.obfuscations.iter()).collect();
        assert!(flagged.is_empty(), "{}: {flagged:?}", path.display());
    }
}
