//! Hostile Unicode: names hidden from the matcher with invisible characters,
//! bidi controls, combining marks or look-alike letters of other scripts.
//!
//! "А\u{200B}PT31" (a Cyrillic А and a zero-width space) reads as "APT31" but
//! is not the string APT31. The tokenizer already skips zero-width characters
//! inside tokens; this module handles the rest with a *skeleton*: each word
//! that holds such characters is rewritten with the invisible ones dropped
//! and, where the word mixes scripts, the curated Cyrillic and Greek
//! look-alikes mapped to their Latin letters, keeping a map from every
//! skeleton offset back to the text. The gazetteer then runs over the
//! skeleton of just the lines that changed, and what it finds there is mapped
//! back to the text and reported in [`Report::obfuscations`](crate::Report)
//! with the characters that hid it.
//!
//! Text that is plain ASCII costs one `is_ascii` check. Legitimate Cyrillic
//! or Greek prose is left alone: a word is rewritten only when it mixes
//! Latin letters or digits with look-alikes, or consists of look-alike
//! capitals only ("АРТ"), and a rewritten word is reported only when it
//! turns out to name an entity.
//!
//! # Examples
//!
//! ```
//! use cti_extract::Extractor;
//! use cti_extract::hostile::ObfuscationKind;
//!
//! let report = Extractor::new().extract("The group \u{410}\u{420}\u{422}31 struck.".as_bytes())?;
//! assert_eq!(report.mentions[0].alias, "APT31");
//! let o = &report.obfuscations[0];
//! assert_eq!(o.text, "\u{410}\u{420}\u{422}31");
//! assert_eq!(o.kinds, [ObfuscationKind::Homoglyph]);
//! assert_eq!(o.chars[0].codepoint, "U+0410");
//! # Ok::<(), cti_extract::Error>(())
//! ```

use serde::Serialize;

use crate::gazetteer::{Gazetteer, Mention};
use crate::report::Span;

/// How a character hides a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObfuscationKind {
    /// An invisible character: zero-width space, non-joiner or joiner, word
    /// joiner, BOM, soft hyphen, Mongolian vowel separator.
    ZeroWidth,
    /// A bidirectional control (embeddings, overrides, isolates, marks).
    Bidi,
    /// A letter of another script that looks like a Latin one (Cyrillic "А").
    Homoglyph,
    /// A combining mark laid over a letter ("A\u{301}", Zalgo text).
    Combining,
}

impl ObfuscationKind {
    /// The kind's name as serialised ("zero_width", "bidi", "homoglyph",
    /// "combining").
    pub fn as_str(self) -> &'static str {
        match self {
            ObfuscationKind::ZeroWidth => "zero_width",
            ObfuscationKind::Bidi => "bidi",
            ObfuscationKind::Homoglyph => "homoglyph",
            ObfuscationKind::Combining => "combining",
        }
    }
}

/// One character that hid (part of) a name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostileChar {
    /// Where it is in the report's text.
    pub span: Span,
    /// What it does.
    pub kind: ObfuscationKind,
    /// Its code point, as "U+200B".
    pub codepoint: String,
    /// The Latin letter a homoglyph stands for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reads_as: Option<char>,
}

/// A mention whose written name hid the alias with hostile characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Obfuscation {
    /// The mention's span in the report's text.
    pub span: Span,
    /// The name as written.
    pub text: String,
    /// The gazetteer's alias it was read as.
    pub alias: String,
    /// The kinds of hostile characters in it, each once, in order.
    pub kinds: Vec<ObfuscationKind>,
    /// Every hostile character in it.
    pub chars: Vec<HostileChar>,
}

/// Invisible characters that may be slipped into a name.
pub fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Bidirectional formatting characters.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Combining marks of the generic diacritics blocks (those Zalgo text and
/// decomposed accents use; the vowel signs of Indic scripts are letters to
/// the tokenizer and are not listed).
pub fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// The Latin letter a Cyrillic or Greek letter is mistaken for, from a
/// curated subset of Unicode's confusables (letters that look the same in
/// common fonts, in the same case).
pub fn latin_lookalike(c: char) -> Option<char> {
    let latin = match c {
        // Cyrillic capitals.
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'У' | 'Ү' => 'Y',
        'Х' => 'X',
        'Ѕ' => 'S',
        'І' => 'I',
        'Ј' => 'J',
        'Ԛ' => 'Q',
        'Ԝ' => 'W',
        // Cyrillic small letters.
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' | 'ү' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' => 'i',
        'ј' => 'j',
        'һ' => 'h',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ӏ' => 'l',
        // Greek capitals.
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        // Greek small letters.
        'ο' => 'o',
        'ν' => 'v',
        'ι' => 'i',
        'α' => 'a',
        'ρ' => 'p',
        'υ' => 'u',
        'ϲ' => 'c',
        'ϳ' => 'j',
        _ => return None,
    };
    Some(latin)
}

/// What a character does to a name, if anything.
fn kind_of(c: char) -> Option<ObfuscationKind> {
    if c.is_ascii() {
        None
    } else if is_zero_width(c) {
        Some(ObfuscationKind::ZeroWidth)
    } else if is_bidi_control(c) {
        Some(ObfuscationKind::Bidi)
    } else if is_combining_mark(c) {
        Some(ObfuscationKind::Combining)
    } else if latin_lookalike(c).is_some() {
        Some(ObfuscationKind::Homoglyph)
    } else {
        None
    }
}

/// Characters dropped from a skeleton.
fn is_invisible(c: char) -> bool {
    is_zero_width(c) || is_bidi_control(c) || is_combining_mark(c)
}

/// The skeleton of some lines of a text, with the offset map back to it.
#[derive(Debug, Default)]
pub(crate) struct Skeleton {
    /// The rewritten lines, one after the other, separated by a line break.
    pub text: String,
    /// Where each line is in `text`.
    pub regions: Vec<Span>,
    /// `(skeleton offset, text offset)` at every point where the two stop
    /// running in step, in order (skeleton offsets never decrease).
    map: Vec<(usize, usize)>,
}

impl Skeleton {
    /// The text offset of a skeleton offset where a span starts (after any
    /// dropped characters there).
    fn start_in_text(&self, at: usize) -> usize {
        let i = self.map.partition_point(|&(s, _)| s <= at);
        match i.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some(&(s, t)) => t + (at - s),
            None => at,
        }
    }

    /// The text offset of a skeleton offset where a span ends (before any
    /// dropped characters there).
    fn end_in_text(&self, at: usize) -> usize {
        let i = self.map.partition_point(|&(s, _)| s < at);
        if let Some(&(s, t)) = self.map.get(i) {
            if s == at {
                return t;
            }
        }
        match i.checked_sub(1).and_then(|i| self.map.get(i)) {
            Some(&(s, t)) => t + (at - s),
            None => at,
        }
    }

    /// Maps a skeleton span back into the text, when it lands on character
    /// boundaries there.
    fn span_in_text(&self, span: Span, text: &str) -> Option<Span> {
        let mapped = Span::new(self.start_in_text(span.start), self.end_in_text(span.end));
        mapped.slice(text).filter(|s| !s.is_empty())?;
        Some(mapped)
    }
}

/// Facts about one word (a run of letters, digits and invisible characters).
#[derive(Default)]
struct WordFacts {
    ascii_alnum: bool,
    lookalikes: usize,
    lookalike_capitals: usize,
    other_letters: bool,
    invisible: bool,
}

impl WordFacts {
    /// Whether the look-alikes of the word are mapped to Latin: it mixes them
    /// with ASCII letters or digits, or it is made of look-alikes only, with
    /// at least two capitals ("АРТ").
    fn maps_lookalikes(&self) -> bool {
        self.lookalikes > 0
            && (self.ascii_alnum || (!self.other_letters && self.lookalike_capitals >= 2))
    }

    fn rewritten(&self) -> bool {
        self.invisible || self.maps_lookalikes()
    }
}

fn word_facts(word: &str) -> WordFacts {
    let mut f = WordFacts::default();
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            f.ascii_alnum = true;
        } else if is_invisible(c) {
            f.invisible = true;
        } else if let Some(l) = latin_lookalike(c) {
            f.lookalikes += 1;
            if l.is_ascii_uppercase() {
                f.lookalike_capitals += 1;
            }
        } else if c.is_alphanumeric() {
            f.other_letters = true;
        }
    }
    f
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_invisible(c)
}

/// The words of `line` (byte ranges relative to it) that the skeleton
/// rewrites, with their facts. Only a word holding a non-ASCII character
/// can be rewritten, so the ASCII stretches between them are skipped: each
/// such character that belongs to a word is widened to its whole word.
fn rewritten_words(line: &str) -> impl Iterator<Item = (usize, usize, WordFacts)> + '_ {
    let bytes = line.as_bytes();
    let mut pos = 0usize;
    std::iter::from_fn(move || loop {
        let k = pos + crate::text::first_non_ascii(bytes.get(pos..)?)?;
        let c = line.get(k..)?.chars().next()?;
        if !is_word_char(c) {
            pos = k + c.len_utf8();
            continue;
        }
        // `pos` is never inside a word: the word starts at the ASCII
        // letters and digits right before `k`.
        let ascii_head = bytes
            .get(pos..k)?
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let start = k - ascii_head;
        let end = line
            .get(k..)?
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(line.len(), |(i, _)| k + i);
        pos = end;
        let facts = word_facts(line.get(start..end)?);
        if facts.rewritten() {
            return Some((start, end, facts));
        }
    })
}

/// How much skeleton text is matched at a time, so that a text full of
/// hostile words needs memory for one chunk of it, not for all.
const CHUNK_BYTES: usize = 1 << 20;

/// Builds the skeleton of the lines of `regions` that hold a word to
/// rewrite, and hands it to `f` in chunks of about [`CHUNK_BYTES`] (whole
/// lines each); nothing at all for ASCII text.
fn for_each_skeleton(text: &str, regions: &[Span], chunk: usize, mut f: impl FnMut(Skeleton)) {
    if text.is_ascii() {
        return;
    }
    let mut sk = Skeleton::default();
    for region in regions {
        let Some(part) = region.slice(text) else {
            continue;
        };
        if part.is_ascii() {
            continue;
        }
        let mut line_start = region.start;
        for line in part.split_inclusive('\n') {
            let start = line_start;
            line_start += line.len();
            if line.is_ascii() {
                continue;
            }
            let mut rewritten = rewritten_words(line).peekable();
            if rewritten.peek().is_none() {
                continue;
            }
            if !sk.text.is_empty() {
                sk.text.push('\n');
            }
            let sk_start = sk.text.len();
            sk.map.push((sk_start, start));
            let mut copied = 0usize;
            for (a, b, facts) in rewritten {
                sk.text.push_str(line.get(copied..a).unwrap_or_default());
                let map_lookalikes = facts.maps_lookalikes();
                let mut at = start + a;
                for c in line.get(a..b).unwrap_or_default().chars() {
                    let width = c.len_utf8();
                    let replacement = if is_invisible(c) {
                        Some(None)
                    } else if map_lookalikes {
                        latin_lookalike(c).map(Some)
                    } else {
                        None
                    };
                    match replacement {
                        Some(r) => {
                            sk.map.push((sk.text.len(), at));
                            if let Some(r) = r {
                                sk.text.push(r);
                            }
                            sk.map.push((sk.text.len(), at + width));
                        }
                        None => sk.text.push(c),
                    }
                    at += width;
                }
                copied = b;
            }
            sk.text.push_str(line.get(copied..).unwrap_or_default());
            let sk_end = sk.text.len();
            sk.map.push((sk_end, start + line.len()));
            sk.regions.push(Span::new(sk_start, sk_end));
            if sk.text.len() >= chunk {
                f(std::mem::take(&mut sk));
            }
        }
    }
    if !sk.regions.is_empty() {
        f(sk);
    }
}

/// The whole skeleton of the lines of `regions` that hold a word to rewrite,
/// or `None` when there is none.
#[cfg(test)]
fn skeleton(text: &str, regions: &[Span]) -> Option<Skeleton> {
    let mut out = None;
    for_each_skeleton(text, regions, usize::MAX, |sk| out = Some(sk));
    out
}

/// Finds the mentions that hostile characters hid from the matcher and adds
/// them to `mentions` (in text order, never overlapping one already there).
pub(crate) fn find_hidden(
    gazetteer: &Gazetteer,
    text: &str,
    regions: &[Span],
    mentions: &mut Vec<Mention>,
) {
    find_hidden_in_chunks(gazetteer, text, regions, mentions, CHUNK_BYTES);
}

/// [`find_hidden`] with skeleton chunks of about `chunk` bytes.
fn find_hidden_in_chunks(
    gazetteer: &Gazetteer,
    text: &str,
    regions: &[Span],
    mentions: &mut Vec<Mention>,
    chunk: usize,
) {
    // Existing mentions are in text order and do not overlap; so are the
    // skeleton's, and mapping back keeps their order.
    let taken: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let overlaps_taken = |span: Span| {
        let i = taken.partition_point(|t| t.end <= span.start);
        taken.get(i).is_some_and(|t| t.start < span.end)
    };
    let mut hidden = Vec::new();
    for_each_skeleton(text, regions, chunk, |sk| {
        let doc = crate::text::Document::with_regions(&sk.text, sk.regions.iter().copied());
        let found = gazetteer.find(&doc);
        drop(doc);
        for mut m in found.mentions {
            let Some(span) = sk.span_in_text(m.span, text) else {
                continue;
            };
            let Some(surface) = span.slice(text) else {
                continue;
            };
            // Only what the skeleton changed: a name written plainly was
            // found by the first pass already.
            if surface == m.text || overlaps_taken(span) {
                continue;
            }
            m.span = span;
            m.text = surface.into();
            hidden.push(m);
        }
    });
    if !hidden.is_empty() {
        mentions.append(&mut hidden);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// The hostile characters in each mention, as evidence, at most `limit` of
/// them, and how many mentions had some; marks the mentions that hold
/// invisible ones.
pub(crate) fn obfuscations(
    text: &str,
    mentions: &mut [Mention],
    limit: usize,
) -> (Vec<Obfuscation>, usize) {
    let mut out = Vec::new();
    let mut count = 0usize;
    for m in mentions.iter_mut() {
        if m.text.is_ascii() {
            continue;
        }
        let Some(surface) = m.span.slice(text) else {
            continue;
        };
        // A look-alike is hostile only where the alias is Latin.
        let latin_alias = m.alias.is_ascii();
        let mut chars = Vec::new();
        for (i, c) in surface.char_indices() {
            let Some(kind) = kind_of(c) else { continue };
            if kind == ObfuscationKind::Homoglyph && !latin_alias {
                continue;
            }
            let start = m.span.start + i;
            chars.push(HostileChar {
                span: Span::new(start, start + c.len_utf8()),
                kind,
                codepoint: format!("U+{:04X}", u32::from(c)),
                reads_as: if kind == ObfuscationKind::Homoglyph {
                    latin_lookalike(c)
                } else {
                    None
                },
            });
        }
        if chars.is_empty() {
            continue;
        }
        count += 1;
        if out.len() >= limit {
            m.hidden_characters |= chars.iter().any(|c| c.kind != ObfuscationKind::Homoglyph);
            continue;
        }
        let mut kinds: Vec<ObfuscationKind> = chars.iter().map(|c| c.kind).collect();
        kinds.sort();
        kinds.dedup();
        if kinds.iter().any(|k| *k != ObfuscationKind::Homoglyph) {
            m.hidden_characters = true;
        }
        out.push(Obfuscation {
            span: m.span,
            text: m.text.to_string(),
            alias: m.alias.to_string(),
            kinds,
            chars,
        });
    }
    (out, count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeleton_table() {
        // (name, text, skeleton, or None when nothing is rewritten)
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("ascii", "APT31 struck", None),
            ("russian prose", "Группа атаковала министерство", None),
            ("greek prose", "Η ομάδα επιτέθηκε", None),
            ("one capital", "Все знают", None),
            ("zero width", "A\u{200B}PT31 x", Some("APT31 x")),
            ("bidi", "AP\u{202E}T31", Some("APT31")),
            ("combining", "A\u{301}PT31", Some("APT31")),
            ("zalgo", "A\u{300}\u{301}\u{302}P\u{35C}T31", Some("APT31")),
            (
                "cyrillic capitals",
                "АРТ31 and more",
                Some("APT31 and more"),
            ),
            ("mixed word", "L\u{430}zarus", Some("Lazarus")),
            ("greek capitals", "ΑΡΤ", Some("APT")),
            ("only the line", "plain\nАРТ31\nтекст", Some("APT31\n")),
        ];
        for (name, text, want) in cases {
            let got = skeleton(text, &[Span::new(0, text.len())]);
            assert_eq!(got.as_ref().map(|s| s.text.as_str()), *want, "{name}");
        }
    }

    #[test]
    fn chunks_find_what_one_skeleton_finds() {
        let text = "APT31 struck.\n\u{410}\u{420}\u{422}31 struck.\nplain line\n\
                    L\u{430}zarus and A\u{200B}PT31.\nТекст.\nF\u{430}ncy B\u{435}ar\n";
        let g = Gazetteer::default_ref();
        let regions = [Span::new(0, text.len())];
        let doc = crate::text::Document::new(text);
        let first = g.find(&doc).mentions;
        let mut whole = first.clone();
        find_hidden_in_chunks(g, text, &regions, &mut whole, usize::MAX);
        for chunk in [0, 1, 10, 30] {
            let mut chunked = first.clone();
            find_hidden_in_chunks(g, text, &regions, &mut chunked, chunk);
            assert_eq!(chunked, whole, "chunk {chunk}");
        }
        let aliases: Vec<&str> = whole.iter().map(|m| m.alias.as_str()).collect();
        assert_eq!(
            aliases,
            ["APT31", "APT31", "Lazarus", "APT31", "Fancy Bear"]
        );
        for m in &whole {
            assert_eq!(m.span.slice(text), Some(m.text.as_str()));
        }
    }

    #[test]
    fn rewritten_words_are_the_rewritten_whole_words() {
        // The plain reading: every maximal run of word characters, kept when
        // its facts say it is rewritten.
        fn plain(line: &str) -> Vec<(usize, usize)> {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in line.char_indices().chain([(line.len(), ' ')]) {
                match (is_word_char(c) && i < line.len(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(a)) => {
                        if word_facts(&line[a..i]).rewritten() {
                            out.push((a, i));
                        }
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        }
        for line in [
            "APT31 struck",
            "Lаzarus and Lazarus",
            "“Quoted” Fаncy\u{200B}Bear, x\u{200B}",
            "\u{200B}AP\u{200B}T31 é АРТ28 Ωmega",
            "abcdefgh\u{200D}ijklmnopqrstuvwxyz0123 café—ТеsТ",
            "",
            "ΑΡΤ",
        ] {
            let got: Vec<(usize, usize)> = rewritten_words(line).map(|(a, b, _)| (a, b)).collect();
            assert_eq!(got, plain(line), "{line}");
        }
    }

    #[test]
    fn skeleton_offsets_map_back() {
        let text = "x \u{410}\u{200B}PT31 y";
        let sk = skeleton(text, &[Span::new(0, text.len())]).expect("rewritten");
        assert_eq!(sk.text, "x APT31 y");
        let span = sk.span_in_text(Span::new(2, 7), text).expect("maps");
        assert_eq!(span.slice(text), Some("\u{410}\u{200B}PT31"));
        // Dropped characters at the edges stay outside the span.
        let text = "\u{200B}APT31\u{200B} y";
        let sk = skeleton(text, &[Span::new(0, text.len())]).expect("rewritten");
        let span = sk.span_in_text(Span::new(0, 5), text).expect("maps");
        assert_eq!(span.slice(text), Some("APT31"));
    }
}
