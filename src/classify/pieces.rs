//! Pattern searches narrowed to the pieces of a line that can hold a match.
//!
//! Many cue patterns cannot match across a full stop (their words and gaps
//! exclude `.`), and every match holds one of a few anchor words at the
//! start of a word ("hackers", "malware", "called"). Such a pattern finds
//! the same matches, in the same order, when it runs only on the pieces of
//! the line between full stops that hold an anchor: most of a paragraph is
//! then never searched. A piece starts and ends next to a full stop or the
//! line's ends, so word boundaries at its edges read as they do in the line.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::lexicon::KeyFilter;
use crate::gazetteer::KeyHasher;
use crate::report::Span;
use crate::text::Document;

/// Anchor words, each with a bit set, found at the start of a token by one
/// look-up of the token's first three bytes (lower-cased): most tokens turn
/// away at a filter of those heads. An anchor matches a token that starts
/// with it, case aside ("exploit" starts "exploited"). Tokens are runs of
/// letters and digits, so a token start is a word start; an ASCII word
/// boundary right after a non-ASCII letter ("éhackers") is not one.
pub(crate) struct Anchors {
    heads: KeyFilter,
    map: HashMap<u64, Vec<(&'static str, u16)>, BuildHasherDefault<KeyHasher>>,
}

impl Anchors {
    /// The index of `anchors` (each at least three bytes long; a shorter
    /// one is never found).
    pub(crate) fn new(anchors: &[(&'static str, u16)]) -> Anchors {
        let mut index = Anchors {
            heads: KeyFilter::new(),
            map: HashMap::default(),
        };
        for &(anchor, bits) in anchors {
            if let Some(head) = head_key(anchor.as_bytes()) {
                index.heads.insert(head);
                index.map.entry(head).or_default().push((anchor, bits));
            }
        }
        index
    }

    /// The bits of the anchors that start at byte `start` of `bytes`, other
    /// than those of `known` (already found: not compared again).
    #[inline]
    pub(crate) fn at(&self, bytes: &[u8], start: usize, known: u16) -> u16 {
        let Some(head) = bytes.get(start..).and_then(head_key) else {
            return 0;
        };
        if !self.heads.may_contain(head) {
            return 0;
        }
        let Some(anchors) = self.map.get(&head) else {
            return 0;
        };
        let mut bits = 0;
        for &(anchor, b) in anchors {
            if (known | bits) & b != b
                && bytes
                    .get(start..start + anchor.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(anchor.as_bytes()))
            {
                bits |= b;
            }
        }
        bits
    }
}

/// The first three bytes of `bytes`, lower-cased, as a number.
fn head_key(bytes: &[u8]) -> Option<u64> {
    let head = bytes.get(..3)?;
    Some(
        head.iter()
            .fold(0u64, |k, b| k << 8 | u64::from(b.to_ascii_lowercase())),
    )
}

/// The anchor words of a pattern, found at token starts.
pub(crate) struct PieceGate {
    anchors: Anchors,
}

impl PieceGate {
    /// A gate for a pattern each of whose matches holds one of `anchors` at
    /// the start of a word and no full stop.
    pub(crate) fn new(anchors: &[&'static str]) -> PieceGate {
        let anchors: Vec<(&'static str, u16)> = anchors.iter().map(|&a| (a, 1)).collect();
        PieceGate {
            anchors: Anchors::new(&anchors),
        }
    }

    /// The pieces of `span` of `doc`'s text between full stops that hold an
    /// anchor at a token start, in order, each with its span.
    pub(crate) fn pieces<'t>(&self, doc: &Document<'t>, span: Span) -> Vec<(Span, &'t str)> {
        let text = doc.text();
        let bytes = text.as_bytes();
        let tokens = doc.tokens();
        let from = tokens.partition_point(|t| t.span.start < span.start);
        let mut out = Vec::new();
        // The end of the last piece taken: tokens before it are inside it.
        let mut taken = span.start;
        for token in tokens.get(from..).unwrap_or_default() {
            let at = token.span.start;
            if at >= span.end {
                break;
            }
            if at < taken || self.anchors.at(bytes, at, 0) == 0 {
                continue;
            }
            let start = bytes
                .get(span.start..at)
                .and_then(|before| memchr::memrchr(b'.', before))
                .map_or(span.start, |i| span.start + i + 1);
            let end = bytes
                .get(at..span.end)
                .and_then(|rest| memchr::memchr(b'.', rest))
                .map_or(span.end, |i| at + i);
            if let Some(piece) = text.get(start..end) {
                out.push((Span::new(start, end), piece));
            }
            // Past the full stop: the next piece starts after it.
            taken = end + 1;
        }
        out
    }
}

#[cfg(test)]
pub(crate) mod check {
    //! The equivalence the gate rests on, checked on the sample articles.

    use super::PieceGate;
    use crate::report::Span;
    use crate::text::Document;

    /// The pieces of all of `line`, as offsets and text.
    fn pieces<'l>(gate: &PieceGate, doc: &Document<'l>) -> Vec<(usize, &'l str)> {
        gate.pieces(doc, Span::new(0, doc.text().len()))
            .into_iter()
            .map(|(span, piece)| (span.start, piece))
            .collect()
    }

    /// Every line of the sample articles and of `written`: `re`'s matches
    /// over the gated pieces are its matches over the whole line, and none
    /// holds a full stop. Returns how many matches were seen.
    pub(crate) fn same_matches(re: &regex::Regex, gate: &PieceGate, written: &[&str]) -> usize {
        let mut lines: Vec<String> = written.iter().map(|s| s.to_string()).collect();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                lines.extend(text.lines().map(String::from));
            }
        }
        let mut seen = 0;
        for line in &lines {
            let whole: Vec<(usize, usize)> =
                re.find_iter(line).map(|m| (m.start(), m.end())).collect();
            for &(s, e) in &whole {
                assert!(
                    !line[s..e].contains('.'),
                    "a match holds a full stop in {line:?}"
                );
            }
            let doc = Document::new(line);
            let pieces: Vec<(usize, usize)> = pieces(gate, &doc)
                .into_iter()
                .flat_map(|(off, piece)| {
                    re.find_iter(piece)
                        .map(move |m| (off + m.start(), off + m.end()))
                        .collect::<Vec<_>>()
                })
                .collect();
            assert_eq!(whole, pieces, "pieces miss matches in {line:?}");
            seen += whole.len();
        }
        seen
    }

    #[test]
    fn pieces_are_between_full_stops_and_hold_anchors() {
        let gate = PieceGate::new(&["hackers", "called"]);
        let doc =
            Document::new("Intro. The hackers struck. Nothing here. A tool called X. Unhackers.");
        let found: Vec<&str> = pieces(&gate, &doc).into_iter().map(|(_, p)| p).collect();
        assert_eq!(found, vec![" The hackers struck", " A tool called X"]);
        // A word-start anchor whose tail is another anchor ("cybercriminals",
        // "criminal") is found.
        let gate = PieceGate::new(&["criminal", "cybercriminals"]);
        let doc = Document::new("cybercriminals");
        assert_eq!(pieces(&gate, &doc), vec![(0, "cybercriminals")]);
        let gate = PieceGate::new(&["hackers", "called"]);
        // Two anchors in one piece give it once.
        let doc = Document::new("hackers called hackers");
        assert_eq!(pieces(&gate, &doc), vec![(0, "hackers called hackers")]);
        assert!(pieces(&gate, &Document::new("")).is_empty());
    }
}
