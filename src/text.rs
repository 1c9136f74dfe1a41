//! Documents: word tokens and sentences with byte spans, and the match keys
//! the gazetteer looks up.
//!
//! Tokenization is one pass over the bytes with an ASCII fast path. A token is
//! a maximal run of letters and digits (any script); everything else
//! separates tokens. Each token carries a *key*: a 64-bit polynomial hash of
//! its case-folded letters and digits, chosen so that the key of two tokens
//! read as one word can be computed from theirs ([`concat_keys`]): this is how
//! "Red Bravo", "Red-Bravo" and "RedBravo" meet the same gazetteer entry.
//!
//! Characters that hide names without changing how they read (zero-width
//! spaces and joiners, soft hyphens, the word joiner, a BOM) are skipped
//! inside tokens and counted in [`Document::hidden_characters`]; full-width
//! Latin letters and digits are folded to ASCII.
//!
//! # Examples
//!
//! ```
//! use cti_extract::text::{key_of, Document};
//!
//! let doc = Document::new("China-linked APT 31 struck again.");
//! let words: Vec<&str> = doc.tokens().iter().map(|t| doc.token_text(t)).collect();
//! assert_eq!(words, ["China", "linked", "APT", "31", "struck", "again"]);
//! let apt = &doc.tokens()[2];
//! let n31 = &doc.tokens()[3];
//! assert_eq!(cti_extract::text::concat_keys(apt.key, n31.key, n31.key_len), key_of("APT31"));
//! assert_eq!(doc.sentences().len(), 1);
//! ```

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::report::Span;

/// The multiplier of the polynomial key hash (odd, so powers never vanish).
const KEY_BASE: u64 = 0x0100_0000_01b3_u64 | 0x9e37_79b9_0000_0000;

/// How a token is separated from the next one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gap {
    /// Nothing: the token is directly followed by the next (a hidden
    /// character or a script change split them).
    None,
    /// One space, or one or two joining punctuation marks (`-`, `.`, `_`,
    /// `/`, `(`, `)`, `'`, `&`, a dash): the two tokens may be read as one
    /// name ("APT 31", "APT-31", "U.S.").
    Join,
    /// Anything else: a line break, a comma, several spaces, a quote.
    Break,
}

/// A word token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// Where the token is in the text.
    pub span: Span,
    /// The hash of the token's case-folded letters and digits.
    pub key: u64,
    /// The number of folded characters hashed into `key`.
    pub key_len: u32,
    /// Casing and character facts.
    pub shape: Shape,
    /// How the token is separated from the next one.
    pub gap: Gap,
}

/// Casing and character facts of a token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Shape {
    /// The first character is an upper-case letter.
    pub initial_upper: bool,
    /// Some letter is upper-case.
    pub has_upper: bool,
    /// Some letter is lower-case.
    pub has_lower: bool,
    /// Some character is a digit.
    pub has_digit: bool,
    /// Some character is outside ASCII.
    pub non_ascii: bool,
    /// A hidden character (zero-width, soft hyphen) was skipped inside it.
    pub hidden: bool,
}

/// A text cut into tokens and sentences.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    sentences: Vec<Span>,
    sentence_of_token: Vec<u32>,
    hidden: Vec<Span>,
}

impl<'t> Document<'t> {
    /// Tokenizes the whole text.
    pub fn new(text: &'t str) -> Document<'t> {
        Document::with_regions(text, std::iter::once(Span::new(0, text.len())))
    }

    /// Tokenizes only the given regions of `text` (for example the body and
    /// reference snippets of a digest item). Regions out of range or off
    /// character boundaries are skipped; each region ends a sentence.
    pub fn with_regions(text: &'t str, regions: impl IntoIterator<Item = Span>) -> Document<'t> {
        let mut doc = Document {
            text,
            tokens: Vec::with_capacity(text.len() / 6 + 1),
            sentences: Vec::new(),
            sentence_of_token: Vec::new(),
            hidden: Vec::new(),
        };
        let mut stops = Stops {
            first: 0,
            at: Vec::new(),
        };
        for region in regions {
            if region.slice(text).is_none() {
                continue;
            }
            let first = doc.tokens.len();
            stops.first = first;
            stops.at.clear();
            tokenize(text, region, &mut doc.tokens, &mut doc.hidden, &mut stops);
            if doc.tokens.len() > first {
                mark_gap(&mut doc.tokens, Gap::Break);
            }
            split_sentences(text, &doc.tokens, &stops, &mut doc.sentences);
        }
        doc.sentence_of_token = sentence_index(&doc.tokens, &doc.sentences);
        doc
    }

    /// The text the spans point into.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The tokens in order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The sentences in order, each a span from its first token's start to its
    /// last token's end (closing punctuation included).
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// The index into [`Document::sentences`] of the sentence that holds
    /// token `i`.
    pub fn sentence_of(&self, i: usize) -> Option<usize> {
        self.sentence_of_token.get(i).map(|&s| s as usize)
    }

    /// The text of a token.
    pub fn token_text(&self, token: &Token) -> &'t str {
        token.span.slice(self.text).unwrap_or_default()
    }

    /// Spans of hidden characters (zero-width spaces and joiners, soft
    /// hyphens, word joiners, BOMs) that were skipped inside tokens.
    pub fn hidden_characters(&self) -> &[Span] {
        &self.hidden
    }
}

/// The key of a string as the tokenizer would compute it for one token made of
/// all its letters and digits (other characters are skipped).
pub fn key_of(s: &str) -> u64 {
    let mut key = 0u64;
    if s.is_ascii() {
        // One table load a byte: zero for what is skipped, else the folded
        // byte plus one, as `push_key` adds it.
        for &b in s.as_bytes() {
            let entry = ascii_word_entry(b);
            if entry != 0 {
                key = push_entry(key, entry);
            }
        }
        return key;
    }
    for c in s.chars() {
        fold_char(c, |b| key = push_key(key, b));
    }
    key
}

/// [`key_of`] for a word of small ASCII letters and digits, at compile time.
// `i < bytes.len()` is checked on the line before the indexing.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn ascii_key(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut key = 0u64;
    let mut i = 0;
    while i < bytes.len() {
        key = key.wrapping_mul(KEY_BASE).wrapping_add(bytes[i] as u64 + 1);
        i += 1;
    }
    key
}

/// Calls `f` with [`key_of`] of every proper, non-empty prefix of `s` that
/// ends on a character boundary, shortest first, in one pass.
pub(crate) fn for_each_prefix_key(s: &str, mut f: impl FnMut(u64)) {
    let mut key = 0u64;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        fold_char(c, |b| key = push_key(key, b));
        if chars.peek().is_some() {
            f(key);
        }
    }
}

/// The folded form a key is computed from: lower-case letters and digits only.
pub fn folded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut buf = Vec::new();
    for c in s.chars() {
        buf.clear();
        fold_char(c, |b| buf.push(b));
        out.push_str(std::str::from_utf8(&buf).unwrap_or_default());
    }
    out
}

/// Whether the folded form of `s` (see [`folded`]) is `target`, without
/// building it.
pub(crate) fn folds_to(s: &str, target: &str) -> bool {
    let target = target.as_bytes();
    if s.is_ascii() {
        let mut rest = target.iter();
        for &b in s.as_bytes() {
            // The table's low byte is the folded byte plus one (zero for
            // what is skipped).
            let entry = ascii_word_entry(b);
            if entry != 0 && rest.next().map(|&t| u16::from(t) + 1) != Some(entry & 0xFF) {
                return false;
            }
        }
        return rest.next().is_none();
    }
    let mut at = 0usize;
    let mut equal = true;
    for c in s.chars() {
        fold_char(c, |b| {
            equal &= target.get(at) == Some(&b);
            at += 1;
        });
        if !equal {
            return false;
        }
    }
    at == target.len()
}

/// The number of folded bytes one character contributes to a key.
pub(crate) fn fold_len(c: char) -> u32 {
    let mut n = 0u32;
    fold_char(c, |_| n += 1);
    n
}

/// The number of folded bytes `s` contributes to its key.
pub fn key_len_of(s: &str) -> u32 {
    let mut n = 0u32;
    for c in s.chars() {
        fold_char(c, |_| n += 1);
    }
    n
}

/// The key of the concatenation of two folded strings, from the first's key
/// and the second's key and folded length.
#[inline]
pub fn concat_keys(left: u64, right: u64, right_len: u32) -> u64 {
    left.wrapping_mul(pow_base(right_len)).wrapping_add(right)
}

#[inline]
fn push_key(key: u64, byte: u8) -> u64 {
    key.wrapping_mul(KEY_BASE).wrapping_add(u64::from(byte) + 1)
}

/// [`push_key`] for an [`ASCII_WORD`] entry, whose low byte is already the
/// folded byte plus one.
#[inline]
fn push_entry(key: u64, entry: u16) -> u64 {
    key.wrapping_mul(KEY_BASE)
        .wrapping_add(u64::from(entry & 0xFF))
}

/// `KEY_BASE` to the powers 0 to 63.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
const POWERS: [u64; 64] = {
    let mut p = [1u64; 64];
    let mut i = 1;
    while i < 64 {
        p[i] = p[i - 1].wrapping_mul(KEY_BASE);
        i += 1;
    }
    p
};

/// `KEY_BASE` to the power `n`.
#[inline]
fn pow_base(n: u32) -> u64 {
    match POWERS.get(n as usize) {
        Some(&p) => p,
        None => {
            let mut acc = 1u64;
            let mut base = KEY_BASE;
            let mut e = n;
            while e > 0 {
                if e & 1 == 1 {
                    acc = acc.wrapping_mul(base);
                }
                base = base.wrapping_mul(base);
                e >>= 1;
            }
            acc
        }
    }
}

/// Feeds the folded bytes of `c` (lower case; full-width forms to ASCII) to
/// `push`; characters that are not letters or digits feed nothing.
#[inline]
fn fold_char(c: char, mut push: impl FnMut(u8)) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            push(c.to_ascii_lowercase() as u8);
        }
        return;
    }
    let c = fold_wide(c);
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            push(c.to_ascii_lowercase() as u8);
        }
        return;
    }
    if !c.is_alphanumeric() {
        return;
    }
    for lower in c.to_lowercase() {
        let mut buf = [0u8; 4];
        for &b in lower.encode_utf8(&mut buf).as_bytes() {
            push(b);
        }
    }
}

/// Full-width ASCII forms (U+FF01..U+FF5E) to ASCII.
fn fold_wide(c: char) -> char {
    let u = c as u32;
    if (0xFF01..=0xFF5E).contains(&u) {
        char::from_u32(u - 0xFF01 + 0x21).unwrap_or(c)
    } else {
        c
    }
}

/// The index of the first non-ASCII byte of `b`, looked for eight bytes at
/// a time.
pub(crate) fn first_non_ascii(b: &[u8]) -> Option<usize> {
    let mut chunks = b.chunks_exact(8);
    let mut at = 0usize;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        let high = word & 0x8080_8080_8080_8080;
        if high != 0 {
            // Little-endian: the lowest set bit is in the first such byte.
            return Some(at + (high.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter().position(|b| !b.is_ascii()).map(|i| at + i)
}

/// Characters that are invisible and may be slipped into a name to hide it.
pub(crate) fn is_hidden_char(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Punctuation that may join two tokens into one name.
fn is_join_punct(c: char) -> bool {
    matches!(
        c,
        '-' | '.'
            | '_'
            | '/'
            | '('
            | ')'
            | '\''
            | '&'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2012}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2019}'
    )
}

/// Byte classes for the ASCII fast path.
const WORD: u8 = 1;
const SPACE: u8 = 2;
/// A line break, `!` or `?`: breaks, and may end a sentence.
const STOP: u8 = 3;
const JOIN: u8 = 4;
const OTHER: u8 = 5;
const HIGH: u8 = 6;
/// A period: joins, and may end a sentence.
const DOT: u8 = 7;

// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            WORD
        } else if b == b' ' || b == b'\t' {
            SPACE
        } else if matches!(b, b'\n' | b'\r' | b'!' | b'?') {
            STOP
        } else if b == b'.' {
            DOT
        } else if matches!(b, b'-' | b'_' | b'/' | b'(' | b')' | b'\'' | b'&') {
            JOIN
        } else if b >= 0x80 {
            HIGH
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// Casing facts of ASCII letters and digits, for the word loop.
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;

/// For each ASCII letter or digit, what the word loop needs in one load:
/// its casing facts in the high byte, and the byte it adds to a key in the
/// low byte (its lower case plus one, as [`push_key`] adds). Zero for every
/// other byte.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
static ASCII_WORD: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let shape = if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        if shape != 0 {
            t[i] = ((shape as u16) << 8) | (b.to_ascii_lowercase() as u16 + 1);
        }
        i += 1;
    }
    t
};

/// The byte class of `b` (a `u8` always indexes a 256-entry table).
#[inline]
#[allow(clippy::indexing_slicing)]
fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// The [`ASCII_WORD`] entry of `b` (a `u8` always indexes a 256-entry
/// table).
#[inline]
#[allow(clippy::indexing_slicing)]
fn ascii_word_entry(b: u8) -> u16 {
    ASCII_WORD[usize::from(b)]
}

/// A run of ASCII letters and digits, read in one tight loop.
struct AsciiRun {
    /// The number of bytes in the run.
    len: usize,
    /// The key, continued from the key the run was started with.
    key: u64,
    /// The casing facts seen (`UPPER`, `LOWER`, `DIGIT` bits).
    seen: u8,
}

impl AsciiRun {
    /// The shape of a token that is this run alone, starting at `i` of
    /// `bytes`.
    #[inline]
    fn shape(&self, bytes: &[u8], i: usize) -> Shape {
        Shape {
            initial_upper: bytes.get(i).is_some_and(u8::is_ascii_uppercase),
            has_upper: self.seen & UPPER != 0,
            has_lower: self.seen & LOWER != 0,
            has_digit: self.seen & DIGIT != 0,
            non_ascii: false,
            hidden: false,
        }
    }
    /// The token that is this run alone, starting at `i` of `bytes` (its
    /// gap still to be set by what follows).
    #[inline]
    fn token(&self, bytes: &[u8], i: usize) -> Token {
        Token {
            span: Span::new(i, i + self.len),
            key: self.key,
            key_len: u32::try_from(self.len).unwrap_or(u32::MAX),
            shape: self.shape(bytes, i),
            gap: Gap::Break,
        }
    }
}

/// Reads the run of ASCII letters and digits from `i` (up to `end`),
/// continuing `key`. Key, length and casing stay in registers until the run
/// ends.
#[inline]
fn ascii_run(bytes: &[u8], i: usize, end: usize, key: u64) -> AsciiRun {
    let run = bytes.get(i..end).unwrap_or_default();
    let (mut key, mut seen) = (key, 0u16);
    let mut len = 0usize;
    for &c in run {
        let entry = ascii_word_entry(c);
        if entry == 0 {
            break;
        }
        seen |= entry;
        key = push_entry(key, entry);
        len += 1;
    }
    AsciiRun {
        len,
        key,
        seen: (seen >> 8) as u8,
    }
}

/// Adds the run of ASCII letters and digits from `i` to the token being
/// built and returns where it ends.
#[inline]
fn ascii_word(bytes: &[u8], i: usize, end: usize, tok: &mut Building) -> usize {
    let run = ascii_run(bytes, i, end, tok.key);
    if tok.len == 0 && bytes.get(i).is_some_and(u8::is_ascii_uppercase) {
        tok.shape.initial_upper = true;
    }
    tok.key = run.key;
    tok.len += u32::try_from(run.len).unwrap_or(u32::MAX);
    tok.shape.has_upper |= run.seen & UPPER != 0;
    tok.shape.has_lower |= run.seen & LOWER != 0;
    tok.shape.has_digit |= run.seen & DIGIT != 0;
    i + run.len
}

/// State of the token being built.
struct Building {
    start: usize,
    key: u64,
    len: u32,
    shape: Shape,
}

/// What separated the last token from what follows, so far. The counts
/// only grow, so once the gap is a break it stays one.
#[derive(Clone, Copy)]
enum Sep {
    /// Nothing yet.
    Nothing,
    /// One space.
    OneSpace,
    /// One joining punctuation mark.
    OneJoin,
    /// Two joining punctuation marks.
    TwoJoins,
    /// Enough to break: two spaces, a space and a mark, three marks, or
    /// any other character.
    Broken,
}

impl Sep {
    /// After one more space.
    #[inline]
    fn space(self) -> Sep {
        match self {
            Sep::Nothing => Sep::OneSpace,
            _ => Sep::Broken,
        }
    }

    /// After one more joining punctuation mark.
    #[inline]
    fn join(self) -> Sep {
        match self {
            Sep::Nothing => Sep::OneJoin,
            Sep::OneJoin => Sep::TwoJoins,
            _ => Sep::Broken,
        }
    }

    /// After the character at `i` of `bytes`, which is neither a space nor
    /// a joining mark: a break, except for a dollar sign that ends a word
    /// ("Lapsus$ Hunters", "LAPSUS$"), which is part of the name before it
    /// and joins nothing by itself.
    #[inline]
    fn other(self, bytes: &[u8], i: usize) -> Sep {
        // After a letter nothing has come between the word and the sign.
        let ends_word = bytes.get(i) == Some(&b'$')
            && i.checked_sub(1)
                .and_then(|k| bytes.get(k))
                .is_some_and(u8::is_ascii_alphabetic)
            && !bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
        if ends_word {
            self
        } else {
            Sep::Broken
        }
    }

    /// The gap before a token that starts now.
    #[inline]
    fn gap(self) -> Gap {
        match self {
            Sep::Nothing => Gap::None,
            Sep::OneSpace | Sep::OneJoin | Sep::TwoJoins => Gap::Join,
            Sep::Broken => Gap::Break,
        }
    }
}

/// The tokens of a region after which a line break or a terminal mark
/// (`.`, `!`, `?`) comes before the next token: the only places a sentence
/// can end, so that [`split_sentences`] looks at these alone.
struct Stops {
    /// The index of the region's first token.
    first: usize,
    /// Token indexes, increasing, each once.
    at: Vec<usize>,
}

impl Stops {
    /// Notes a line break or terminal mark after the last of `tokens` (when
    /// the region has one).
    #[inline]
    fn mark(&mut self, tokens: &[Token]) {
        let n = tokens.len();
        if n > self.first && self.at.last() != Some(&(n - 1)) {
            self.at.push(n - 1);
        }
    }
}

/// Tokenizes `region` of `text`, appending to `tokens` and noting in
/// `stops` where a sentence may end.
fn tokenize(
    text: &str,
    region: Span,
    tokens: &mut Vec<Token>,
    hidden: &mut Vec<Span>,
    stops: &mut Stops,
) {
    let bytes = text.as_bytes();
    let mut i = region.start;
    let end = region.end.min(bytes.len());
    let mut current: Option<Building> = None;
    // Separators since the last token ended.
    let mut sep = Sep::Nothing;

    while i < end {
        if current.is_none() {
            (i, sep) = ascii_stretch(bytes, i, end, tokens, sep, stops);
            if i >= end {
                break;
            }
        }
        let b = bytes.get(i).copied().unwrap_or(b' ');
        match class(b) {
            WORD => {
                i = match current.as_mut() {
                    Some(tok) => ascii_word(bytes, i, end, tok),
                    None => {
                        mark_gap(tokens, sep.gap());
                        ascii_token(bytes, i, end, &mut current, tokens)
                    }
                };
                sep = Sep::Nothing;
            }
            HIGH => {
                i = high_char(text, i, end, &mut current, &mut sep, tokens, hidden);
            }
            class => {
                finish(&mut current, i, tokens);
                sep = match class {
                    SPACE => sep.space(),
                    JOIN => sep.join(),
                    DOT => {
                        stops.mark(tokens);
                        sep.join()
                    }
                    STOP => {
                        stops.mark(tokens);
                        Sep::Broken
                    }
                    _ => sep.other(bytes, i),
                };
                i += 1;
            }
        }
    }
    finish(&mut current, end, tokens);
}

/// The fast path for ASCII text between tokens: pushes the ASCII words from
/// `i` on and follows the separators between them, until the end, a
/// non-ASCII byte, or a word that a non-ASCII byte follows (it may go on in
/// that character). Returns where it stopped and the separators since the
/// last token.
fn ascii_stretch(
    bytes: &[u8],
    mut i: usize,
    end: usize,
    tokens: &mut Vec<Token>,
    mut sep: Sep,
    stops: &mut Stops,
) -> (usize, Sep) {
    while i < end {
        let Some(&b) = bytes.get(i) else {
            break;
        };
        match class(b) {
            WORD => loop {
                let run = ascii_run(bytes, i, end, 0);
                let j = i + run.len;
                if j < end && bytes.get(j).is_some_and(|&n| class(n) == HIGH) {
                    return (i, sep);
                }
                mark_gap(tokens, sep.gap());
                tokens.push(run.token(bytes, i));
                // The most common gap, one space before the next word, is
                // taken here without going round the separator loop.
                if j + 1 < end
                    && bytes.get(j) == Some(&b' ')
                    && bytes.get(j + 1).is_some_and(|&n| class(n) == WORD)
                {
                    sep = Sep::OneSpace;
                    i = j + 1;
                    continue;
                }
                sep = Sep::Nothing;
                i = j;
                break;
            },
            SPACE => {
                sep = sep.space();
                i += 1;
            }
            JOIN => {
                sep = sep.join();
                i += 1;
            }
            DOT => {
                stops.mark(tokens);
                sep = sep.join();
                i += 1;
            }
            STOP => {
                stops.mark(tokens);
                sep = Sep::Broken;
                i += 1;
            }
            HIGH => break,
            _ => {
                sep = sep.other(bytes, i);
                i += 1;
            }
        }
    }
    (i, sep)
}

/// Starts a token with the ASCII word at `i` and returns where the word
/// ends. A word followed by a separator is pushed at once; one followed by
/// a non-ASCII character, which may continue it, becomes `current`.
#[inline]
fn ascii_token(
    bytes: &[u8],
    i: usize,
    end: usize,
    current: &mut Option<Building>,
    tokens: &mut Vec<Token>,
) -> usize {
    let run = ascii_run(bytes, i, end, 0);
    let j = i + run.len;
    if j < end && bytes.get(j).is_some_and(|&n| class(n) == HIGH) {
        *current = Some(Building {
            start: i,
            key: run.key,
            len: u32::try_from(run.len).unwrap_or(u32::MAX),
            shape: run.shape(bytes, i),
        });
    } else {
        tokens.push(run.token(bytes, i));
    }
    j
}

/// Handles the non-ASCII character at `i`: a hidden character, a letter or
/// digit (possibly of a script that needs segmentation), or a separator.
/// Returns where to go on.
#[allow(clippy::too_many_arguments)]
fn high_char(
    text: &str,
    i: usize,
    end: usize,
    current: &mut Option<Building>,
    sep: &mut Sep,
    tokens: &mut Vec<Token>,
    hidden: &mut Vec<Span>,
) -> usize {
    let c = text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ');
    let width = c.len_utf8();
    if is_hidden_char(c) {
        hidden.push(Span::new(i, i + width));
        if let Some(tok) = current.as_mut() {
            tok.shape.hidden = true;
        }
    } else if fold_wide(c).is_ascii_alphanumeric() || c.is_alphanumeric() {
        let starting = current.is_none();
        // Scripts without spaces between words (CJK, Thai...)
        // get their word boundaries from unicode-segmentation.
        if needs_segmentation(c) {
            finish(current, i, tokens);
            let run_end = script_run_end(text, i, end);
            if starting {
                mark_gap(tokens, sep.gap());
            } else {
                mark_gap(tokens, Gap::None);
            }
            segment_run(text, i, run_end, tokens);
            *sep = Sep::Nothing;
            return run_end;
        }
        let tok = current.get_or_insert_with(|| {
            mark_gap(tokens, sep.gap());
            Building {
                start: i,
                key: 0,
                len: 0,
                shape: Shape::default(),
            }
        });
        let folded = fold_wide(c);
        if tok.len == 0 && folded.is_uppercase() {
            tok.shape.initial_upper = true;
        }
        tok.shape.has_upper |= folded.is_uppercase();
        tok.shape.has_lower |= folded.is_lowercase();
        tok.shape.has_digit |= folded.is_numeric();
        tok.shape.non_ascii = true;
        let (mut key, mut len) = (tok.key, tok.len);
        fold_char(c, |byte| {
            key = push_key(key, byte);
            len += 1;
        });
        tok.key = key;
        tok.len = len;
        *sep = Sep::Nothing;
    } else {
        finish(current, i, tokens);
        *sep = if c == '\u{00A0}' || c == '\u{2009}' || c == '\u{202F}' {
            sep.space()
        } else if is_join_punct(c) {
            sep.join()
        } else {
            Sep::Broken
        };
    }
    i + width
}

fn mark_gap(tokens: &mut [Token], gap: Gap) {
    if let Some(last) = tokens.last_mut() {
        last.gap = gap;
    }
}

fn finish(current: &mut Option<Building>, end: usize, tokens: &mut Vec<Token>) {
    if let Some(b) = current.take() {
        tokens.push(Token {
            span: Span::new(b.start, end),
            key: b.key,
            key_len: b.len,
            shape: b.shape,
            gap: Gap::Break,
        });
    }
}

/// Whether `c` belongs to a script written without spaces between words.
fn needs_segmentation(c: char) -> bool {
    let u = c as u32;
    (0x0E00..=0x0EFF).contains(&u) // Thai, Lao
        || (0x1000..=0x109F).contains(&u) // Myanmar
        || (0x1780..=0x17FF).contains(&u) // Khmer
        || (0x3040..=0x30FF).contains(&u) // Hiragana, Katakana
        || (0x3400..=0x4DBF).contains(&u) // CJK extension A
        || (0x4E00..=0x9FFF).contains(&u) // CJK unified
        || (0xAC00..=0xD7AF).contains(&u) // Hangul syllables
        || (0xF900..=0xFAFF).contains(&u) // CJK compatibility
        || (0x20000..=0x2FA1F).contains(&u) // CJK extensions
}

/// The end of the run of characters from `start` that need segmentation.
fn script_run_end(text: &str, start: usize, end: usize) -> usize {
    let Some(rest) = text.get(start..end) else {
        return end;
    };
    for (offset, c) in rest.char_indices() {
        if !needs_segmentation(c) {
            return start + offset;
        }
    }
    end
}

/// Tokenizes a run of a script without spaces with unicode-segmentation.
fn segment_run(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    let Some(run) = text.get(start..end) else {
        return;
    };
    for (offset, word) in run.split_word_bound_indices() {
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut key = 0u64;
        let mut len = 0u32;
        for c in word.chars() {
            fold_char(c, |b| {
                key = push_key(key, b);
                len += 1;
            });
        }
        mark_gap(tokens, Gap::None);
        tokens.push(Token {
            span: Span::new(start + offset, start + offset + word.len()),
            key,
            key_len: len,
            shape: Shape {
                non_ascii: true,
                ..Shape::default()
            },
            gap: Gap::Break,
        });
    }
}

/// Whether `word` is an abbreviation after which a period does not end a
/// sentence (in any case).
fn is_abbreviation(word: &str) -> bool {
    // The longest is six letters; a `match` on the folded bytes picks by
    // length first instead of trying each in turn.
    let bytes = word.as_bytes();
    if bytes.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    for (d, b) in buf.iter_mut().zip(bytes) {
        *d = b.to_ascii_lowercase();
    }
    matches!(
        buf.get(..bytes.len()).unwrap_or_default(),
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"prof"
            | b"inc"
            | b"ltd"
            | b"co"
            | b"corp"
            | b"jr"
            | b"sr"
            | b"st"
            | b"vs"
            | b"etc"
            | b"e"
            | b"g"
            | b"i"
            | b"u"
            | b"s"
            | b"no"
            | b"fig"
            | b"gen"
            | b"gov"
            | b"sen"
            | b"rep"
            | b"dept"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"approx"
            | b"est"
    )
}

/// Appends the sentences of the tokens from `stops.first` on: a sentence
/// can end only at a stop, and the region's last token ends one.
fn split_sentences(text: &str, tokens: &[Token], stops: &Stops, sentences: &mut Vec<Span>) {
    let Some(region_tokens) = tokens.get(stops.first..) else {
        return;
    };
    let Some(last) = region_tokens.len().checked_sub(1) else {
        return;
    };
    let mut start = 0usize;
    for k in stops.at.iter().map(|&k| k - stops.first) {
        let (Some(tok), Some(next)) = (region_tokens.get(k), region_tokens.get(k + 1)) else {
            break;
        };
        if sentence_ends(text, tok, next) {
            push_sentence(text, region_tokens, start, k, sentences);
            start = k + 1;
        }
    }
    push_sentence(text, region_tokens, start, last, sentences);
}

/// Pushes the sentence of `tokens[first..=last]`, with the closing
/// punctuation and quotes after its last token (up to the next token).
fn push_sentence(
    text: &str,
    tokens: &[Token],
    first: usize,
    last: usize,
    sentences: &mut Vec<Span>,
) {
    let (Some(head), Some(tok)) = (tokens.get(first), tokens.get(last)) else {
        return;
    };
    let mut e = tok.span.end;
    while let Some(&b) = text.as_bytes().get(e) {
        if matches!(b, b'.' | b'!' | b'?' | b'"' | b'\'' | b')') {
            e += 1;
        } else {
            break;
        }
    }
    if tokens.get(last + 1).is_some_and(|n| e > n.span.start) {
        e = tok.span.end;
    }
    sentences.push(Span::new(head.span.start, e));
}

/// Whether a sentence ends between `tok` and the next token `n`, whose gap
/// holds a line break or a terminal mark.
fn sentence_ends(text: &str, tok: &Token, n: &Token) -> bool {
    let gap_text = text.get(tok.span.end..n.span.start).unwrap_or_default();
    let has_newline = gap_text.contains(['\n', '\r']);
    let terminal = gap_text.trim_start_matches(['"', '\'', ')', '\u{201D}', '\u{2019}']);
    let punct = terminal.starts_with(['.', '!', '?']);
    let followed_by_space =
        gap_text.ends_with(char::is_whitespace) || gap_text.contains(|c: char| c.is_whitespace());
    let next_starts_sentence =
        n.shape.initial_upper || n.shape.has_digit || !n.shape.has_lower && !n.shape.has_upper;
    let abbreviation = punct && gap_text.starts_with('.') && {
        let word = text.get(tok.span.start..tok.span.end).unwrap_or_default();
        // A middle initial before a surname: "Rene L. Rebollo".
        let initial = word.len() == 1
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && n.shape.initial_upper
            && n.shape.has_lower
            && gap_text == ". ";
        initial || is_abbreviation(word)
    };
    has_newline || (punct && followed_by_space && next_starts_sentence && !abbreviation)
}

/// For each token, the index of its sentence: the first sentence that ends
/// after the token starts.
fn sentence_index(tokens: &[Token], sentences: &[Span]) -> Vec<u32> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut s = 0usize;
    let mut rest = tokens;
    while let Some(tok) = rest.first() {
        while sentences.get(s).is_some_and(|sp| sp.end <= tok.span.start) {
            s += 1;
        }
        // Every token that starts before this sentence ends is in it.
        let bound = sentences.get(s).map_or(usize::MAX, |sp| sp.end);
        let run = rest
            .iter()
            .take_while(|t| t.span.start < bound)
            .count()
            .max(1);
        let index = u32::try_from(s).unwrap_or(u32::MAX);
        out.extend(std::iter::repeat_n(index, run));
        rest = rest.get(run..).unwrap_or_default();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.tokens().iter().map(|t| doc.token_text(t)).collect()
    }

    #[test]
    fn tokens_table() {
        let cases: &[(&str, &str, &[&str])] = &[
            ("ascii", "APT31's tools.", &["APT31", "s", "tools"]),
            ("accented", "Müller café", &["Müller", "café"]),
            (
                "cjk_one_token_per_ideograph",
                "中国黑客 APT31",
                &["中", "国", "黑", "客", "APT31"],
            ),
            ("zero_width", "AP\u{200B}T31", &["AP\u{200B}T31"]),
            ("fullwidth", "ＡＰＴ３１ group", &["ＡＰＴ３１", "group"]),
            ("empty", "", &[]),
            ("punct_only", "--- ... !!!", &[]),
        ];
        for (name, input, expected) in cases {
            assert_eq!(words(input), *expected, "{name}");
        }
    }

    #[test]
    fn keys_join_across_separators() {
        let k = key_of("APT31");
        for text in [
            "APT31",
            "apt 31",
            "APT-31",
            "APT_31",
            "Apt.31",
            "AP\u{200B}T31",
            "ＡＰＴ３１",
        ] {
            let doc = Document::new(text);
            let t = doc.tokens();
            let key = t
                .iter()
                .skip(1)
                .fold(t[0].key, |acc, n| concat_keys(acc, n.key, n.key_len));
            assert_eq!(key, k, "{text}");
            assert!(
                t.iter().take(t.len() - 1).all(|t| t.gap != Gap::Break),
                "{text}"
            );
        }
        assert_ne!(key_of("APT3"), key_of("APT31"));
    }

    #[test]
    fn token_keys_and_shapes_agree_with_their_text() {
        let text = "APT31 and apt-31, Ｆｕｌｌ Müller x\u{200B}y 42 MixedCase Sofacy's \
                    中国 U.S. ÉTÉ été ß Ⅻ";
        let doc = Document::new(text);
        for t in doc.tokens() {
            let word = doc.token_text(t);
            assert_eq!(t.key, key_of(word), "{word}");
            assert_eq!(t.key_len, key_len_of(word), "{word}");
            let letters: Vec<char> = word.chars().map(fold_wide).collect();
            let shown: Vec<char> = letters
                .iter()
                .copied()
                .filter(|c| !is_hidden_char(*c))
                .collect();
            assert_eq!(
                t.shape.has_upper,
                shown.iter().any(|c| c.is_uppercase()),
                "{word}"
            );
            assert_eq!(
                t.shape.has_lower,
                shown.iter().any(|c| c.is_lowercase()),
                "{word}"
            );
            assert_eq!(
                t.shape.initial_upper,
                shown.first().is_some_and(|c| c.is_uppercase()),
                "{word}"
            );
        }
        assert!(folds_to("APT-31", "apt31"));
        assert!(folds_to("Müller", &folded("MÜLLER")));
        assert!(!folds_to("APT3", "apt31"));
        assert!(!folds_to("APT311", "apt31"));
    }

    #[test]
    fn incremental_keys_agree_with_key_of() {
        for word in ["ransomware", "apt31", "a", ""] {
            assert_eq!(ascii_key(word), key_of(word), "{word}");
        }
        for s in ["apt31", "müller", "ａｐｔ", "x"] {
            let mut got = Vec::new();
            for_each_prefix_key(s, |k| got.push(k));
            let expected: Vec<u64> = s
                .char_indices()
                .skip(1)
                .map(|(at, _)| key_of(&s[..at]))
                .collect();
            assert_eq!(got, expected, "{s}");
        }
    }

    #[test]
    fn gaps() {
        let doc = Document::new("Red Bravo, Red  Bravo\nX");
        let gaps: Vec<Gap> = doc.tokens().iter().map(|t| t.gap).collect();
        assert_eq!(
            gaps,
            [Gap::Join, Gap::Break, Gap::Break, Gap::Break, Gap::Break]
        );
    }

    #[test]
    fn dollar_gaps_table() {
        for (name, text, want) in [
            (
                "a dollar that ends a word joins nothing",
                "Lapsus$ Hunters",
                &[Gap::Join, Gap::Break][..],
            ),
            (
                "the same in a word with a non-ASCII letter",
                "Lapsüs$ Hunters",
                &[Gap::Join, Gap::Break],
            ),
            (
                "a dollar before a number",
                "paid $5 more",
                &[Gap::Break, Gap::Join, Gap::Break],
            ),
            (
                "a dollar inside a word",
                "a$b c",
                &[Gap::Break, Gap::Join, Gap::Break],
            ),
            (
                "a dollar after a space",
                "Lapsus $ Hunters",
                &[Gap::Break, Gap::Break],
            ),
        ] {
            let doc = Document::new(text);
            let gaps: Vec<Gap> = doc.tokens().iter().map(|t| t.gap).collect();
            assert_eq!(gaps, want, "{name}");
        }
    }

    #[test]
    fn first_non_ascii_table() {
        for (name, bytes, want) in [
            ("after two words", &b"0123456789abcdef\xC3"[..], Some(16)),
            ("in the tail", b"0123\xC3", Some(4)),
            ("first byte", b"\xC3abc", Some(0)),
            ("none in a word", b"01234567", None),
            ("empty", b"", None),
        ] {
            assert_eq!(first_non_ascii(bytes), want, "{name}");
        }
    }

    #[test]
    fn sentences_per_region_and_index_agree_with_a_plain_scan() {
        let text = "Mr. Smith came. He left!\nNew line. e.g. this. Dr. Who? Yes. \
                    Wait... \"Quoted.\" Then (this). Last";
        let doc = Document::with_regions(text, [Span::new(0, 24), Span::new(24, text.len())]);
        let s: Vec<&str> = doc
            .sentences()
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(
            s,
            [
                "Mr. Smith came.",
                "He left!",
                "New line. e.g. this.",
                "Dr. Who?",
                "Yes.",
                "Wait...",
                "Quoted.\"",
                "Then (this).",
                "Last"
            ]
        );
        let mut k = 0usize;
        for (i, tok) in doc.tokens().iter().enumerate() {
            while doc
                .sentences()
                .get(k)
                .is_some_and(|sp| sp.end <= tok.span.start)
            {
                k += 1;
            }
            assert_eq!(doc.sentence_of(i), Some(k), "{i}");
        }
    }

    #[test]
    fn sentences() {
        let doc = Document::new("The U.S. said so. APT31 was blamed! Was it? Yes.\nNew line");
        let s: Vec<&str> = doc
            .sentences()
            .iter()
            .map(|s| &doc.text()[s.start..s.end])
            .collect();
        assert_eq!(
            s,
            [
                "The U.S. said so.",
                "APT31 was blamed!",
                "Was it?",
                "Yes.",
                "New line"
            ]
        );
        assert_eq!(doc.sentence_of(0), Some(0));
        assert_eq!(doc.sentence_of(5), Some(1));
    }

    #[test]
    fn a_middle_initial_ends_no_sentence() {
        let cases = [
            ("Rene L. Rebollo Jr. was charged.", 1),
            ("Daniel R. Hollis, 62, pleaded guilty. He left.", 2),
            ("It was Plan B. THE END", 2),
            ("Group A.\nNext", 2),
        ];
        for (text, want) in cases {
            let doc = Document::new(text);
            assert_eq!(doc.sentences().len(), want, "{text}");
        }
    }
}
