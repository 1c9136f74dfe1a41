//! Correct text is never changed: every line of the clean corpus
//! (tests/data/clean, 24 languages, see tests/data/SOURCES.md) comes back
//! byte-identical, and borrowed.

use std::borrow::Cow;
use std::path::Path;

use cti_extract::repair::fix_text;

#[test]
fn clean_corpus_is_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/clean");
    let mut files = 0;
    let mut lines = 0;
    let mut bytes = 0;
    let mut changed = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/clean exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    entries.sort();
    for path in entries {
        let text = std::fs::read_to_string(&path).expect("corpus file is UTF-8");
        files += 1;
        bytes += text.len();
        for line in text.lines() {
            lines += 1;
            let fixed = fix_text(line);
            if fixed != line {
                changed.push(format!("{}: {line:?} -> {fixed:?}", path.display()));
            }
        }
        // The whole file at once, too (lines are repaired in context).
        assert!(
            matches!(fix_text(&text), Cow::Borrowed(_))
                || changed
                    .iter()
                    .any(|c| c.starts_with(&path.display().to_string())),
            "{} changed as a whole but no line did",
            path.display()
        );
    }
    assert!(files >= 10, "only {files} corpus files");
    assert!(bytes >= 5_000_000, "corpus is only {bytes} bytes");
    assert!(
        changed.is_empty(),
        "{} of {lines} lines changed:\n{}",
        changed.len(),
        changed
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
