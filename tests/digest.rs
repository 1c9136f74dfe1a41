//! The digest format: parsing the seed, tolerance of real feeds' defects,
//! and lossless rendering.

use cti_extract::digest::{parse_with_regions, Digest, Field, LineEnding, Part};
use proptest::prelude::*;

const SEED: &str = include_str!("../data/samples/000_08b0a145e7fea504.txt");

#[test]
fn seed_parses_into_seven_references_and_eight_fields() {
    let d = Digest::parse(SEED);
    assert_eq!(d.category.as_deref(), Some("CyberSecurity news"));
    let byline = d.byline.as_ref().expect("byline");
    assert_eq!(byline.author, "Pierluigi Paganini");
    assert_eq!(byline.source.as_deref(), Some("Security Affairs"));
    assert!(d.separator);
    assert_eq!(d.paragraphs().count(), 3);
    assert_eq!(d.image_source.as_deref(), Some("securityaffairs"));
    let refs = d.references.as_ref().expect("references");
    assert_eq!(refs.header, "References :");
    assert_eq!(refs.items.len(), 7);
    let wrapped = &refs.items[5];
    assert_eq!(wrapped.source.as_deref(), Some("therecord.media"));
    assert!(wrapped
        .snippet
        .contains("certaintyâ€ that a Chinese cyber-espionage group known as APT31"));
    assert_eq!(wrapped.wrapped_at.len(), 1);
    let fields = d.classification.as_ref().expect("classification");
    let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, cti_extract::digest::FIELD_NAMES);
    assert_eq!(d.field("attacker"), Some("APT31"));
    assert_eq!(d.field("Severity"), Some("Major"));
    assert!(!d.final_newline);
}

#[test]
fn seed_renders_back_byte_for_byte() {
    assert_eq!(Digest::parse(SEED).render(), SEED);
}

#[test]
fn regions_point_at_body_and_references_only() {
    let (_, regions) = parse_with_regions(SEED);
    for r in &regions {
        assert!(r.span.slice(SEED).is_some(), "{r:?} off char boundaries");
    }
    let body: Vec<&str> = regions
        .iter()
        .filter(|r| r.part == Part::Body)
        .filter_map(|r| r.span.slice(SEED))
        .collect();
    assert_eq!(body.len(), 3);
    assert!(body[0].starts_with("The Czech Republic has formally accused China"));
    let snippets: Vec<&str> = regions
        .iter()
        .filter(|r| r.part == Part::ReferenceSnippet)
        .filter_map(|r| r.span.slice(SEED))
        .collect();
    // Seven references, one of them on two lines.
    assert_eq!(snippets.len(), 8);
    assert!(snippets.iter().all(|s| !s.contains("Classification")));
}

/// Samples on disk render back up to line endings and trailing spaces.
#[test]
fn every_sample_renders_back() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
    let extractor = cti_extract::Extractor::new();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).expect("data/samples") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read sample");
        let Ok(report) = extractor.extract(&bytes) else {
            continue; // encodings the decoder does not handle yet
        };
        let rendered = report.digest.render();
        assert_eq!(
            normalise(&rendered),
            normalise(&report.text),
            "{} does not render back",
            path.display()
        );
        checked += 1;
    }
    assert!(checked >= 1);
}

/// Line endings to LF, trailing spaces and tabs removed, a BOM removed, blank
/// lines after the body removed (the tolerance the format documents).
fn normalise(text: &str) -> String {
    let text = text.trim_start_matches('\u{FEFF}');
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_end_matches([' ', '\t']))
        .collect();
    let mut out = Vec::new();
    let mut in_tail = false;
    for line in lines {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("references") || lower.starts_with("classification") {
            in_tail = true;
        }
        if in_tail && line.is_empty() {
            continue;
        }
        out.push(line);
    }
    out.join("\n").trim_end().to_string()
}

struct Case {
    name: &'static str,
    input: &'static str,
    check: fn(&Digest),
}

const CASES: &[Case] = &[
    Case {
        name: "crlf",
        input: "Cat\r\nA@B\r\n//\r\nBody.\r\nReferences:\r\n- s: x\r\nClassification:\r\n- Type: DDoS\r\n",
        check: |d| {
            assert_eq!(d.line_ending, LineEnding::CrLf);
            assert_eq!(d.body, ["Body."]);
            assert_eq!(d.field("Type"), Some("DDoS"));
            assert!(d.final_newline);
        },
    },
    Case {
        name: "cr_only",
        input: "Cat\rA@B\r//\rBody.\rClassification:\r- Type: DDoS",
        check: |d| {
            assert_eq!(d.line_ending, LineEnding::Cr);
            assert_eq!(d.field("Type"), Some("DDoS"));
        },
    },
    Case {
        name: "bom_and_trailing_spaces",
        input: "\u{FEFF}Cat  \nA@B\t\n//\nBody.   \nReferences :  \n- s: x  \n",
        check: |d| {
            assert!(d.bom);
            assert_eq!(d.category.as_deref(), Some("Cat"));
            assert_eq!(d.body, ["Body."]);
            assert_eq!(d.references.as_ref().map(|r| r.items[0].snippet.as_str()), Some("x"));
        },
    },
    Case {
        name: "references_without_space",
        input: "Cat\nA@B\n//\nBody.\nReferences:\n- one: a\n- two: b",
        check: |d| {
            let r = d.references.as_ref().expect("refs");
            assert_eq!(r.header, "References:");
            assert_eq!(r.items.len(), 2);
        },
    },
    Case {
        name: "wrapped_snippet_over_three_lines",
        input: "Cat\nA@B\n//\nBody.\nReferences :\n- s: first\nsecond\nthird\n- t: next",
        check: |d| {
            let r = d.references.as_ref().expect("refs");
            assert_eq!(r.items.len(), 2);
            assert_eq!(r.items[0].snippet, "first second third");
            assert_eq!(r.items[0].wrapped_at, [5, 12]);
        },
    },
    Case {
        name: "missing_classification",
        input: "Cat\nA@B\n//\nBody.\nReferences :\n- s: x",
        check: |d| {
            assert!(d.classification.is_none());
            assert_eq!(d.field("Type"), None);
        },
    },
    Case {
        name: "missing_references",
        input: "Cat\nA@B\n//\nBody.\nClassification:\n- Type: Phishing",
        check: |d| {
            assert!(d.references.is_none());
            assert_eq!(d.field("Type"), Some("Phishing"));
        },
    },
    Case {
        name: "fields_in_other_order_empty_and_unknown",
        input: "Cat\nA@B\n//\nBody.\nClassification:\n- Severity: Minor\n- Product:\n- Region: Europe\n- Type: Patch",
        check: |d| {
            let names: Vec<&str> = d
                .classification
                .as_ref()
                .expect("fields")
                .iter()
                .map(|f| f.name.as_str())
                .collect();
            assert_eq!(names, ["Severity", "Product", "Region", "Type"]);
            assert_eq!(d.field("Product"), Some(""));
            assert_eq!(d.field("Region"), Some("Europe"));
        },
    },
    Case {
        name: "body_line_starting_with_dash",
        input: "Cat\nA@B\n//\nIntro:\n- first point\n- second point\nReferences :\n- s: x",
        check: |d| {
            assert_eq!(d.body, ["Intro:", "- first point", "- second point"]);
            assert_eq!(d.references.as_ref().map(|r| r.items.len()), Some(1));
        },
    },
    Case {
        name: "plain_article",
        input: "Hackers hit a hospital.\n\nThe attack began on Monday.\n",
        check: |d| {
            assert!(!d.is_structured());
            assert_eq!(d.paragraphs().count(), 2);
            assert!(d.category.is_none());
        },
    },
    Case {
        name: "only_references_lines",
        input: "References :\nReferences :\nReferences:\n",
        check: |d| {
            let r = d.references.as_ref().expect("refs");
            assert_eq!(r.header, "References :");
            // The repeated headers are kept as text, not dropped.
            assert_eq!(r.items.len(), 1);
            assert!(r.items[0].unmarked);
        },
    },
    Case {
        name: "empty",
        input: "",
        check: |d| {
            assert_eq!(d.paragraphs().count(), 0);
            assert!(!d.is_structured());
        },
    },
    Case {
        name: "url_source_keeps_its_colon",
        input: "Cat\nA@B\n//\nBody.\nReferences :\n- https://example.com/a: snippet text",
        check: |d| {
            let r = &d.references.as_ref().expect("refs").items[0];
            assert_eq!(r.source.as_deref(), Some("https://example.com/a"));
            assert_eq!(r.snippet, "snippet text");
        },
    },
];

#[test]
fn tolerates_what_real_feeds_do() {
    for case in CASES {
        let d = Digest::parse(case.input);
        (case.check)(&d);
        // Everything renders back up to trailing spaces and line endings.
        assert_eq!(
            normalise(&d.render()),
            normalise(case.input),
            "case {} does not render back",
            case.name
        );
    }
}

// ---- parse(render(d)) == d over generated digests ----

fn word() -> impl Strategy<Value = String> {
    "[A-Za-z0-9][A-Za-z0-9.,'\"()#&$%!?\u{e9}\u{201c}\u{201d}\u{2019}-]{0,10}"
}

fn phrase(max_words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(word(), 1..=max_words).prop_map(|w| w.join(" "))
}

/// A body line that the parser will not take for a header or a separator.
fn body_line() -> impl Strategy<Value = String> {
    phrase(12).prop_filter("not a header", |l| {
        let lower = l.to_ascii_lowercase();
        !lower.starts_with("imgsrc:")
            && !lower.starts_with("references")
            && !lower.starts_with("classification")
            && l != "//"
    })
}

fn reference() -> impl Strategy<Value = cti_extract::digest::Reference> {
    (
        prop::option::of(phrase(3).prop_filter("no colon", |s| !s.contains(':'))),
        prop::collection::vec(
            phrase(6).prop_filter("no colon", |s| !s.contains(':')),
            1..4,
        ),
    )
        .prop_map(|(source, pieces)| {
            let mut snippet = String::new();
            let mut wrapped_at = Vec::new();
            for (i, piece) in pieces.iter().enumerate() {
                if i > 0 {
                    wrapped_at.push(snippet.len());
                    snippet.push(' ');
                }
                snippet.push_str(piece);
            }
            // A continuation line must not look like a new reference.
            let wrapped_at = wrapped_at
                .into_iter()
                .filter(|&at| !snippet[at + 1..].starts_with("- "))
                .collect();
            cti_extract::digest::Reference {
                source,
                snippet,
                wrapped_at,
                unmarked: false,
            }
        })
}

fn field() -> impl Strategy<Value = Field> {
    (
        "[A-Z][A-Za-z]{1,10}",
        prop::option::of(phrase(5)).prop_map(Option::unwrap_or_default),
    )
        .prop_map(|(name, value)| Field { name, value })
}

fn line_ending() -> impl Strategy<Value = LineEnding> {
    prop_oneof![
        Just(LineEnding::Lf),
        Just(LineEnding::CrLf),
        Just(LineEnding::Cr)
    ]
}

fn digest() -> impl Strategy<Value = Digest> {
    (
        (any::<bool>(), line_ending(), any::<bool>()),
        prop::option::of((phrase(3), phrase(3), prop::option::of(phrase(3)))),
        prop::collection::vec(body_line(), 1..5),
        prop::option::of(phrase(2)),
        prop::option::of((
            prop_oneof![Just("References :"), Just("References:")],
            prop::collection::vec(reference(), 0..5),
        )),
        prop::option::of(prop::collection::vec(field(), 0..9)),
    )
        .prop_map(
            |((bom, line_ending, final_newline), header, body, image, refs, classification)| {
                let (category, byline, separator) = match header {
                    Some((category, author, source)) => (
                        Some(category),
                        Some(cti_extract::digest::Byline {
                            author: author.replace('@', ""),
                            source: source.map(|s| s.replace('@', "")),
                        }),
                        true,
                    ),
                    None => (None, None, false),
                };
                Digest {
                    bom,
                    line_ending,
                    final_newline,
                    category,
                    byline,
                    separator,
                    body,
                    image_source: image,
                    references: refs.map(|(header, items)| cti_extract::digest::References {
                        header: header.to_string(),
                        items,
                    }),
                    classification,
                }
            },
        )
}

proptest! {
    #[test]
    fn parse_of_render_is_identity(mut d in digest()) {
        let rendered = d.render();
        if !rendered.contains(['\n', '\r']) {
            // A single line without a break has no observable line ending.
            d.line_ending = LineEnding::Lf;
        }
        prop_assert_eq!(Digest::parse(&rendered), d);
    }

    #[test]
    fn parse_never_panics_and_regions_are_in_bounds(text in "\\PC*|[\\s\\S]{0,200}") {
        let (d, regions) = parse_with_regions(&text);
        let _ = d.render();
        for r in regions {
            prop_assert!(r.span.slice(&text).is_some());
        }
    }
}
