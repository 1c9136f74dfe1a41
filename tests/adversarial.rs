//! 100 MB of adversarial text through `extract`: it finishes, returns a
//! Report, and flags every list it had to cut.

#[path = "support/adversarial.rs"]
mod support;

use cti_extract::Extractor;

#[test]
fn a_hundred_megabytes_of_adversarial_text() {
    let article = support::adversarial(100 << 20);
    assert!(article.len() >= 100 << 20);
    let started = std::time::Instant::now();
    let report = match Extractor::new().extract(article.as_bytes()) {
        Ok(r) => r,
        Err(e) => panic!("no report: {e}"),
    };
    eprintln!("100 MiB adversarial article: {:?}", started.elapsed());
    // Nothing of the text is lost.
    assert_eq!(report.text.len(), {
        // "cafÃ© " is repaired to "café ": one byte shorter each.
        let repaired = cti_extract::fix_text(&article).len();
        repaired
    });
    drop(article);
    // Every list at its limit, and every cut flagged with what was found.
    let cut = |what: &str| report.truncated.iter().find(|t| t.what == what);
    for (what, len) in [
        ("mentions", report.mentions.len()),
        ("repairs", report.repairs.len()),
        ("obfuscations", report.obfuscations.len()),
    ] {
        let Some(t) = cut(what) else {
            panic!("{what} not flagged: {:?}", report.truncated);
        };
        assert_eq!(t.kept, len, "{what}");
        assert!(t.found > t.kept, "{what}");
    }
    // Spans still point into the text.
    for m in report.mentions.iter().step_by(997) {
        assert_eq!(m.span.slice(&report.text), Some(m.text.as_str()));
    }
    for o in report.obfuscations.iter().step_by(997) {
        assert_eq!(o.span.slice(&report.text), Some(o.text.as_str()));
    }
}
