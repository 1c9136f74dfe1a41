//! Phrase lexicons: the embedded TSV tables of `data/classify/` and a
//! whole-word, case-insensitive phrase matcher over them.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::report::Span;

pub(crate) const INCIDENT_CUES: &str = include_str!("../../data/classify/incident_cues.tsv");
pub(crate) const FEATURES: &str = include_str!("../../data/classify/features.tsv");
pub(crate) const ROLES: &str = include_str!("../../data/classify/roles.tsv");

/// Compiles a cue pattern with ASCII word, digit and space classes.
///
/// The cues are English words, and Unicode `\w`, `\d` and `\s` make the lazy
/// DFA so large that it spends its time determinizing (a third of `extract`
/// went there with the severity patterns in Unicode).
pub(crate) fn ascii_regex(pattern: &str) -> Option<regex::Regex> {
    let ascii = pattern
        .replace(r"\w", "[0-9A-Za-z_]")
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[\t\n\x0B\x0C\r ]");
    regex::Regex::new(&ascii).ok()
}

/// Rows of a TSV table: comment lines (`#`) and the header skipped.
pub(crate) fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').collect())
}

/// A set of phrases, each with a payload, found as whole words
/// (ASCII-case-insensitive, leftmost-longest).
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<T> {
    automaton: Option<AhoCorasick>,
    payloads: Vec<T>,
}

impl<T> PhraseSet<T> {
    pub(crate) fn new(entries: Vec<(String, T)>) -> PhraseSet<T> {
        PhraseSet::with_case(entries, true)
    }

    /// A set whose phrases match only as written (`ignore_case` false): a
    /// smaller automaton that can skip ahead to the phrases' first bytes.
    pub(crate) fn with_case(entries: Vec<(String, T)>, ignore_case: bool) -> PhraseSet<T> {
        let (phrases, payloads): (Vec<String>, Vec<T>) = entries.into_iter().unzip();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(ignore_case)
            .match_kind(MatchKind::LeftmostLongest)
            // A DFA: the lexicons are small (a few thousand phrases) and
            // searched over every article, where the DFA is 2-3x faster
            // than the default NFA.
            .kind(Some(AhoCorasickKind::DFA))
            .build(&phrases)
            .ok();
        PhraseSet {
            automaton,
            payloads,
        }
    }

    /// The whole-word occurrences in `text[span]`, with spans into `text`.
    pub(crate) fn find<'s>(
        &'s self,
        text: &'s str,
        span: Span,
    ) -> impl Iterator<Item = (Span, &'s T)> + 's {
        let hay = span.slice(text).unwrap_or_default();
        let bytes = hay.as_bytes();
        self.automaton
            .iter()
            .flat_map(move |ac| ac.find_iter(hay))
            .filter(move |m| {
                let before = m.start().checked_sub(1).and_then(|i| bytes.get(i));
                let after = bytes.get(m.end());
                !before.is_some_and(|b| b.is_ascii_alphanumeric())
                    && !after.is_some_and(|b| b.is_ascii_alphanumeric())
            })
            .filter_map(move |m| {
                let payload = self.payloads.get(m.pattern().as_usize())?;
                Some((
                    Span::new(span.start + m.start(), span.start + m.end()),
                    payload,
                ))
            })
    }

    /// Whether the set has no phrases.
    pub(crate) fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// Whether any phrase occurs as whole words in `text[span]`.
    pub(crate) fn occurs(&self, text: &str, span: Span) -> bool {
        self.find(text, span).next().is_some()
    }
}
