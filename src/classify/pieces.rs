//! Pattern searches narrowed to the pieces of a line that can hold a match.
//!
//! Many cue patterns cannot match across a full stop (their words and gaps
//! exclude `.`), and every match holds one of a few anchor words at the
//! start of a word ("hackers", "malware", "called"). Such a pattern finds
//! the same matches, in the same order, when it runs only on the pieces of
//! the line between full stops that hold an anchor: most of a paragraph is
//! then never searched. A piece starts and ends next to a full stop or the
//! line's ends, so word boundaries at its edges read as they do in the line.

use aho_corasick::AhoCorasick;

/// The anchor words of a pattern, found ASCII-case-insensitively.
pub(crate) struct PieceGate {
    anchors: Option<AhoCorasick>,
}

impl PieceGate {
    /// A gate for a pattern each of whose matches holds one of `anchors` at
    /// the start of a word and no full stop.
    pub(crate) fn new(anchors: &[&str]) -> PieceGate {
        let anchors = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(anchors)
            .ok();
        PieceGate { anchors }
    }

    /// The pieces of `line` between full stops that hold an anchor at the
    /// start of a word, in order, each with its offset in `line`. Without
    /// its automaton (it failed to build), the whole line is one piece.
    pub(crate) fn pieces<'l>(&self, line: &'l str) -> Vec<(usize, &'l str)> {
        let Some(anchors) = &self.anchors else {
            return vec![(0, line)];
        };
        let bytes = line.as_bytes();
        let mut out: Vec<(usize, &str)> = Vec::new();
        // The end of the last piece taken: anchors before it are inside it.
        let mut taken = 0;
        for m in anchors.find_overlapping_iter(line) {
            let at = m.start();
            if at < taken {
                continue;
            }
            let word_start = at
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            if !word_start {
                continue;
            }
            let start =
                memchr::memrchr(b'.', bytes.get(..at).unwrap_or_default()).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'.', bytes.get(at..).unwrap_or_default())
                .map_or(line.len(), |i| at + i);
            if let Some(piece) = line.get(start..end) {
                out.push((start, piece));
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
            let pieces: Vec<(usize, usize)> = gate
                .pieces(line)
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
        let line = "Intro. The hackers struck. Nothing here. A tool called X. Unhackers.";
        let pieces: Vec<&str> = gate.pieces(line).into_iter().map(|(_, p)| p).collect();
        assert_eq!(pieces, vec![" The hackers struck", " A tool called X"]);
        // Two anchors in one piece give it once.
        let pieces = gate.pieces("hackers called hackers");
        assert_eq!(pieces, vec![(0, "hackers called hackers")]);
        assert!(gate.pieces("").is_empty());
    }
}
