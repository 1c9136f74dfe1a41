//! Pattern searches narrowed to the pieces of a line that can hold a match.
//!
//! Many cue patterns cannot match across a full stop (their words and gaps
//! exclude `.`), and every match holds one of a few anchor words at the
//! start of a word ("hackers", "malware", "called"). Such a pattern finds
//! the same matches, in the same order, when it runs only on the pieces of
//! the line between full stops that hold an anchor: most of a paragraph is
//! then never searched. A piece starts and ends next to a full stop or the
//! line's ends, so word boundaries at its edges read as they do in the line.

use std::sync::LazyLock;

use super::lexicon::Folded;

use crate::report::Span;
use crate::text::Document;

/// Anchor words, each with a bit set, found at the start of a token by one
/// look-up of the token's first three bytes (lower-cased): most tokens turn
/// away at an empty slot of a table indexed by those heads. An anchor
/// matches a token that starts with it, case aside ("exploit" starts
/// "exploited"). Tokens are runs of letters and digits, so a token start is
/// a word start; an ASCII word boundary right after a non-ASCII letter
/// ("éhackers") is not one.
pub(crate) struct Anchors {
    /// For each slot of [`slot`], one more than the index in `buckets` of
    /// the anchors whose heads fall in it (0: none).
    slots: Box<[u16; SLOTS]>,
    /// The anchors of each used slot.
    buckets: Vec<Vec<Anchor>>,
}

/// The number of slots of an [`Anchors`] table: a few hundred heads leave
/// most of them empty.
const SLOTS: usize = 1 << 12;

/// An anchor word and its bits.
struct Anchor {
    word: &'static str,
    bits: u32,
    /// The word, to compare eight bytes at a time: common words ("called",
    /// "hackers") start many tokens, and a byte-by-byte comparison was most
    /// of the marking.
    folded: Folded,
}

impl Anchor {
    fn new(word: &'static str, bits: u32) -> Anchor {
        Anchor {
            word,
            bits,
            folded: Folded::new(word.as_bytes()),
        }
    }

    /// Whether the word starts at byte `start` of `bytes`, case aside (as
    /// `eq_ignore_ascii_case`).
    #[inline]
    fn starts(&self, bytes: &[u8], start: usize) -> bool {
        self.folded.starts(self.word.as_bytes(), bytes, start)
    }
}

impl Anchors {
    /// The index of `anchors` (each at least three bytes long; a shorter
    /// one is never found).
    pub(crate) fn new(anchors: &[(&'static str, u32)]) -> Anchors {
        let mut index = Anchors {
            slots: Box::new([0; SLOTS]),
            buckets: Vec::new(),
        };
        for &(anchor, bits) in anchors {
            let Some(&head) = anchor.as_bytes().first_chunk::<3>() else {
                continue;
            };
            let Some(entry) = index.slots.get_mut(slot(head)) else {
                continue;
            };
            if *entry == 0 {
                index.buckets.push(Vec::new());
                *entry = u16::try_from(index.buckets.len()).unwrap_or(0);
            }
            if let Some(bucket) = usize::from(*entry)
                .checked_sub(1)
                .and_then(|i| index.buckets.get_mut(i))
            {
                bucket.push(Anchor::new(anchor, bits));
            }
        }
        index
    }

    /// The bits of the anchors that start at byte `start` of `bytes`, other
    /// than those of `known` (already found: not compared again).
    #[inline]
    pub(crate) fn at(&self, bytes: &[u8], start: usize, known: u32) -> u32 {
        let Some(&head) = bytes.get(start..).and_then(<[u8]>::first_chunk::<3>) else {
            return 0;
        };
        let Some(anchors) = self
            .slots
            .get(slot(head))
            .and_then(|&s| usize::from(s).checked_sub(1))
            .and_then(|i| self.buckets.get(i))
        else {
            return 0;
        };
        let mut bits = 0;
        for anchor in anchors {
            if (known | bits) & anchor.bits != anchor.bits && anchor.starts(bytes, start) {
                bits |= anchor.bits;
            }
        }
        bits
    }
}

/// The slot of a head of three bytes: their bits 0x20 set (which lower-cases
/// ASCII capitals and leaves the anchors' letters, digits, hyphens,
/// apostrophes and spaces as they are), spread by a multiplication. Another
/// byte may land in the same slot; the comparison that follows tells.
#[inline]
fn slot(head: [u8; 3]) -> usize {
    let [a, b, c] = head;
    let key = u32::from_le_bytes([a, b, c, 0]) | 0x0020_2020;
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// A pattern searched piece by piece: its bit among the document's anchor
/// marks ([`marks`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PieceGate(u32);

/// The description pattern of the attacker finder.
pub(crate) const DESCRIBED: PieceGate = PieceGate(1 << 16);
/// The new-tool pattern of the incident rules.
pub(crate) const NEW_MALWARE: PieceGate = PieceGate(1 << 17);
/// The called-tool pattern of the incident rules.
pub(crate) const CALLED_TOOL: PieceGate = PieceGate(1 << 18);
/// The described-victims pattern of the victim finder.
pub(crate) const DESCRIBED_VICTIMS: PieceGate = PieceGate(1 << 19);

/// Every anchor of every gated pattern with its bit: the severity signals'
/// anchors on the low 16 bits, then one bit per [`PieceGate`].
static ALL_ANCHORS: LazyLock<Anchors> = LazyLock::new(|| {
    let mut all: Vec<(&'static str, u32)> = super::severity::ANCHORS
        .iter()
        .map(|&(anchor, bits)| (anchor, u32::from(bits)))
        .collect();
    for (gate, anchors) in [
        (DESCRIBED, super::attacker::DESCRIBED_ANCHORS),
        (NEW_MALWARE, super::incident::NEW_MALWARE_ANCHORS),
        (CALLED_TOOL, super::incident::CALLED_TOOL_ANCHORS),
        (DESCRIBED_VICTIMS, super::victim::DESCRIBED_VICTIM_ANCHORS),
    ] {
        all.extend(anchors.iter().map(|&anchor| (anchor, gate.0)));
    }
    Anchors::new(&all)
});

/// The tokens of `doc` that start an anchor of a gated pattern, as their
/// byte offsets with the anchors' bits, in text order: one look-up per token
/// for all the patterns.
pub(crate) fn marks(doc: &Document<'_>) -> Vec<(usize, u32)> {
    let bytes = doc.text().as_bytes();
    let anchors = &*ALL_ANCHORS;
    // A tenth or so of the tokens start an anchor: room for them from the
    // start, not grown a few times over.
    let mut out = Vec::with_capacity(doc.tokens().len() / 8);
    for t in doc.tokens() {
        let bits = anchors.at(bytes, t.span.start, 0);
        if bits != 0 {
            out.push((t.span.start, bits));
        }
    }
    out
}

impl PieceGate {
    /// The pieces of `span` of `text` between full stops that hold an
    /// anchor of this pattern (by `marks`, the text's [`marks`]), in order,
    /// each with its span.
    pub(crate) fn pieces<'t>(
        self,
        text: &'t str,
        marks: &[(usize, u32)],
        span: Span,
    ) -> Vec<(Span, &'t str)> {
        let bytes = text.as_bytes();
        let from = marks.partition_point(|m| m.0 < span.start);
        let mut out = Vec::new();
        // The end of the last piece taken: anchors before it are inside it.
        let mut taken = span.start;
        for &(at, bits) in marks.get(from..).unwrap_or_default() {
            if at >= span.end {
                break;
            }
            if at < taken || bits & self.0 == 0 {
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
    fn pieces<'l>(gate: PieceGate, doc: &Document<'l>) -> Vec<(usize, &'l str)> {
        gate.pieces(
            doc.text(),
            &super::marks(doc),
            Span::new(0, doc.text().len()),
        )
        .into_iter()
        .map(|(span, piece)| (span.start, piece))
        .collect()
    }

    /// Every line of the sample articles and of `written`: `re`'s matches
    /// over the gated pieces are its matches over the whole line, and none
    /// holds a full stop. Returns how many matches were seen.
    pub(crate) fn same_matches(re: &regex::Regex, gate: PieceGate, written: &[&str]) -> usize {
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

    /// [`same_matches`] for the pattern `name`, which must compile and match
    /// at least `at_least` times.
    pub(crate) fn gate_holds(
        name: &str,
        re: &Option<regex::Regex>,
        gate: PieceGate,
        written: &[&str],
        at_least: usize,
    ) {
        let Some(re) = re.as_ref() else {
            panic!("the {name} pattern does not compile");
        };
        let seen = same_matches(re, gate, written);
        assert!(
            seen >= at_least,
            "{name} matched {seen} times, fewer than {at_least}"
        );
    }

    #[test]
    fn anchors_compare_as_eq_ignore_ascii_case() {
        let words = [
            "hackers",
            "0-day",
            "country's",
            "risk to li",
            "presidential campaign",
            "usd",
        ];
        let texts = [
            "HACKERS",
            "Hackerz",
            "hackers!",
            "0-DAY",
            "0-dAy",
            "0\x10day",
            "Country's",
            "COUNTRY'S x",
            "country\x07s",
            "Risk To Life",
            "risk\x00to li",
            "Presidential Campaign office",
            "presidential campaigN",
            "presidential_campaign",
            "USD",
            "u\x15d",
            "[sd",
            "hac",
            "",
        ];
        for (i, &word) in words.iter().enumerate() {
            let anchor = super::Anchor::new(word, 1 << i);
            for text in texts {
                // Every offset, so that the comparison runs both with eight
                // bytes to load and with fewer left.
                for start in 0..=text.len() {
                    let expected = text
                        .as_bytes()
                        .get(start..start + word.len())
                        .is_some_and(|t| t.eq_ignore_ascii_case(word.as_bytes()));
                    assert_eq!(
                        anchor.starts(text.as_bytes(), start),
                        expected,
                        "{word:?} at {start} of {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn pieces_are_between_full_stops_and_hold_anchors() {
        use super::{CALLED_TOOL, DESCRIBED};
        let doc =
            Document::new("Intro. The hackers struck. Nothing here. A tool called X. Unhackers.");
        let found: Vec<&str> = pieces(DESCRIBED, &doc)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        assert_eq!(found, vec![" The hackers struck"]);
        let found: Vec<&str> = pieces(CALLED_TOOL, &doc)
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        assert_eq!(found, vec![" A tool called X"]);
        // A word-start anchor whose tail is another anchor ("cybercriminals",
        // "criminal") is found.
        let doc = Document::new("cybercriminals");
        assert_eq!(pieces(DESCRIBED, &doc), vec![(0, "cybercriminals")]);
        // Two anchors in one piece give it once.
        let doc = Document::new("hackers and more hackers");
        assert_eq!(
            pieces(DESCRIBED, &doc),
            vec![(0, "hackers and more hackers")]
        );
        assert!(pieces(DESCRIBED, &Document::new("")).is_empty());
    }
}
