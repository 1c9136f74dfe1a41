//! Phrase lexicons: the embedded TSV tables of `data/classify/` and a
//! whole-word, case-insensitive phrase matcher over them.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::gazetteer::KeyHasher;
use crate::text::{key_of, Document};

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
/// (ASCII-case-insensitive unless built [`with_case`](Self::with_case),
/// leftmost-longest) over a [`Document`]'s tokens.
///
/// Every phrase is filed under the key of its first word, so one hash
/// look-up per token finds the phrases that may start there, for all the
/// phrases of the set at once; each candidate is then compared with the text
/// byte for byte. The lexicons are searched over every article, and a token
/// pass is several times cheaper than a byte automaton per lexicon.
#[derive(Debug, Clone)]
pub(crate) struct PhraseSet<T> {
    /// The keys of the first words: most tokens start no phrase, and one
    /// bit test turns them away before the map.
    filter: KeyFilter,
    /// The keys of the first words that are a whole phrase ("breach").
    singles: KeyFilter,
    /// The keys of the first two words of the longer phrases, combined
    /// ([`pair_key`]): most tokens that start such a phrase's first word
    /// ("to", "for", "data") are not followed by its second, and this test
    /// turns them away before the map.
    pairs: KeyFilter,
    /// Phrase indices by the key of the phrase's first word, longest first.
    by_first_word: HashMap<u64, Vec<usize>, BuildHasherDefault<KeyHasher>>,
    phrases: Vec<Phrase>,
    payloads: Vec<T>,
    ignore_case: bool,
}

/// A 4,096-bit filter of 64-bit keys (a few hundred keys leave most bits
/// clear): `may_contain` is false for most keys never inserted, and one bit
/// test says so before a hash map is read.
#[derive(Debug, Clone)]
pub(crate) struct KeyFilter(Box<[u64; 64]>);

impl KeyFilter {
    pub(crate) fn new() -> KeyFilter {
        KeyFilter(Box::new([0; 64]))
    }

    /// The word and bit of a key: its top 12 bits after a multiplication
    /// that spreads them.
    #[inline]
    fn bit(key: u64) -> (usize, u64) {
        let bit = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize;
        (bit >> 6, 1u64 << (bit & 63))
    }

    pub(crate) fn insert(&mut self, key: u64) {
        let (word, bit) = KeyFilter::bit(key);
        if let Some(w) = self.0.get_mut(word) {
            *w |= bit;
        }
    }

    #[inline]
    pub(crate) fn may_contain(&self, key: u64) -> bool {
        let (word, bit) = KeyFilter::bit(key);
        self.0.get(word).is_some_and(|w| w & bit != 0)
    }
}

/// A word's bytes as 8-byte words, to compare with a text's eight at a time,
/// case aside: per 8 bytes of the word, its bytes lower-cased (zero past its
/// end), 0x20 on each byte that is an ASCII letter (set in the text's byte,
/// it compares case aside), and all ones on each byte of the word.
#[derive(Debug, Clone)]
pub(crate) struct Folded(Vec<(u64, u64, u64)>);

impl Folded {
    pub(crate) fn new(word: &[u8]) -> Folded {
        let chunks = word
            .chunks(8)
            .map(|chunk| {
                let (mut want, mut fold, mut mask) = ([0u8; 8], [0u8; 8], [0u8; 8]);
                for (i, &b) in chunk.iter().enumerate() {
                    if let (Some(w), Some(f), Some(m)) =
                        (want.get_mut(i), fold.get_mut(i), mask.get_mut(i))
                    {
                        *w = b.to_ascii_lowercase();
                        *f = if b.is_ascii_alphabetic() { 0x20 } else { 0 };
                        *m = 0xFF;
                    }
                }
                (
                    u64::from_le_bytes(want),
                    u64::from_le_bytes(fold),
                    u64::from_le_bytes(mask),
                )
            })
            .collect();
        Folded(chunks)
    }

    /// Whether `word` (the one this was built from) starts at byte `start`
    /// of `bytes`, case aside (as `eq_ignore_ascii_case`).
    #[inline]
    pub(crate) fn starts(&self, word: &[u8], bytes: &[u8], start: usize) -> bool {
        let Some(text) = bytes.get(start..start + word.len()) else {
            return false;
        };
        for (i, &(want, fold, mask)) in self.0.iter().enumerate() {
            let at = start + 8 * i;
            let Some(&eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) else {
                // Fewer than eight bytes left in the text.
                return text.eq_ignore_ascii_case(word);
            };
            if (u64::from_le_bytes(eight) | fold) & mask != want {
                return false;
            }
        }
        true
    }
}

/// The keys of two words in a row, combined into one.
#[inline]
fn pair_key(first: u64, second: u64) -> u64 {
    first.rotate_left(21) ^ second
}

/// A phrase, the length of what comes before its first word (".NET"), and
/// the key of its second word, if it has one (most tokens that start a
/// phrase's first word are not followed by its second: "was" before "hit").
#[derive(Debug, Clone)]
struct Phrase {
    text: String,
    /// The text, to compare eight bytes at a time.
    folded: Folded,
    lead: usize,
    second: Option<u64>,
}

impl<T> PhraseSet<T> {
    pub(crate) fn new(entries: Vec<(String, T)>) -> PhraseSet<T> {
        PhraseSet::with_case(entries, true)
    }

    /// A set whose phrases match only as written when `ignore_case` is false.
    pub(crate) fn with_case(entries: Vec<(String, T)>, ignore_case: bool) -> PhraseSet<T> {
        let mut set = PhraseSet {
            filter: KeyFilter::new(),
            singles: KeyFilter::new(),
            pairs: KeyFilter::new(),
            by_first_word: HashMap::default(),
            phrases: Vec::with_capacity(entries.len()),
            payloads: Vec::with_capacity(entries.len()),
            ignore_case,
        };
        for (text, payload) in entries {
            let lead = text.len()
                - text
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            let mut words = text
                .get(lead..)
                .unwrap_or_default()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty());
            let Some(first_word) = words.next() else {
                continue;
            };
            let second = words.next().map(key_of);
            let key = key_of(first_word);
            set.filter.insert(key);
            match second {
                Some(second) => set.pairs.insert(pair_key(key, second)),
                None => set.singles.insert(key),
            }
            set.by_first_word
                .entry(key)
                .or_default()
                .push(set.phrases.len());
            set.phrases.push(Phrase {
                folded: Folded::new(text.as_bytes()),
                text,
                lead,
                second,
            });
            set.payloads.push(payload);
        }
        let phrases = &set.phrases;
        for ids in set.by_first_word.values_mut() {
            ids.sort_by_key(|&i| std::cmp::Reverse(phrases.get(i).map_or(0, |p| p.text.len())));
        }
        set
    }

    /// Calls `f` with each whole-word occurrence in `span` of `doc`'s text,
    /// leftmost-longest, until `f` returns false.
    fn scan<'s>(&'s self, doc: &Document<'_>, span: Span, mut f: impl FnMut(Span, &'s T) -> bool) {
        let text = doc.text();
        let bytes = text.as_bytes();
        let tokens = doc.tokens();
        let from = tokens.partition_point(|t| t.span.start < span.start);
        let mut resume = span.start;
        let rest = tokens.get(from..).unwrap_or_default();
        // The tokens that start in `span`, found once: the loop over them
        // then tests each token's key alone (a phrase's second word may lie
        // past them, in `rest`).
        let within = rest
            .get(..rest.partition_point(|t| t.span.start < span.end))
            .unwrap_or_default();
        // The next token whose key passes the filter, by a tight loop of
        // its own: most tokens start no phrase.
        let next = |from: usize| {
            let skip = within
                .get(from..)?
                .iter()
                .position(|t| self.filter.may_contain(t.key))?;
            Some(from + skip)
        };
        let mut at = 0;
        while let Some(i) = next(at) {
            at = i + 1;
            let Some(token) = within.get(i) else {
                break;
            };
            if token.span.start < resume {
                continue;
            }
            // A phrase of one word, or of two whose second follows.
            let single = self.singles.may_contain(token.key);
            if !single
                && !rest
                    .get(i + 1)
                    .is_some_and(|next| self.pairs.may_contain(pair_key(token.key, next.key)))
            {
                continue;
            }
            let Some(ids) = self.by_first_word.get(&token.key) else {
                continue;
            };
            for &id in ids {
                let Some(phrase) = self.phrases.get(id) else {
                    continue;
                };
                if phrase
                    .second
                    .is_some_and(|k| rest.get(i + 1).map(|t| t.key) != Some(k))
                {
                    continue;
                }
                let Some(start) = token.span.start.checked_sub(phrase.lead) else {
                    continue;
                };
                let end = start + phrase.text.len();
                // `resume` is never before `span.start`.
                if start < resume || end > span.end {
                    continue;
                }
                let Some(found) = bytes.get(start..end) else {
                    continue;
                };
                let same = if self.ignore_case {
                    phrase.folded.starts(phrase.text.as_bytes(), bytes, start)
                } else {
                    found == phrase.text.as_bytes()
                };
                let before = start.checked_sub(1).and_then(|i| bytes.get(i));
                let after = bytes.get(end);
                if !same
                    || before.is_some_and(|b| b.is_ascii_alphanumeric())
                    || after.is_some_and(|b| b.is_ascii_alphanumeric())
                {
                    continue;
                }
                let Some(payload) = self.payloads.get(id) else {
                    continue;
                };
                if !f(Span::new(start, end), payload) {
                    return;
                }
                resume = end;
                break;
            }
        }
    }

    /// The whole-word occurrences in `span` of `doc`'s text.
    pub(crate) fn find<'s>(&'s self, doc: &Document<'_>, span: Span) -> Vec<(Span, &'s T)> {
        let mut out = Vec::new();
        self.scan(doc, span, |at, payload| {
            out.push((at, payload));
            true
        });
        out
    }

    /// Whether the set has no phrases.
    pub(crate) fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }
}
