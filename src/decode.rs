//! Bytes to text.
//!
//! [`Decoder`] decides how to read the bytes, in this order:
//!
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins;
//! 2. then a charset the caller declares ([`Decoder::declared`]);
//! 3. then UTF-16 without a BOM, when the byte pattern is unmistakable (many
//!    NUL bytes at alternating positions);
//! 4. then valid UTF-8, which is borrowed without a copy;
//! 5. then a charset the bytes declare (HTML `<meta charset>` or
//!    `http-equiv`, XML declaration) in their first 1024 bytes;
//! 6. then UTF-8 with a few damaged sequences (as many valid multi-byte
//!    sequences as invalid ones, at least one), including CESU-8 / WTF-8 surrogate pairs
//!    (combined) and lone surrogates (replaced);
//! 7. otherwise the legacy encoding that a detector (chardetng) guesses,
//!    or windows-1252 when it reads the bytes the same way, or reads as
//!    symbols what the guess would make letters standing alone ("£65", not
//!    "Ł65").
//!
//! Nothing panics and nothing is dropped silently: every byte sequence that
//! cannot be decoded becomes U+FFFD and is counted in
//! [`DecodeInfo::malformed`] (its bytes in [`DecodeInfo::malformed_bytes`]).
//! Encodings are named by their WHATWG names
//! (`"UTF-8"`, `"windows-1252"`, `"UTF-16LE"`, ...).

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::Encoding;
use serde::Serialize;

use crate::error::{Error, ErrorKind};

/// What decoding did to the input bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DecodeInfo {
    /// The name of the encoding the bytes were read as (WHATWG name, e.g. "UTF-8").
    pub encoding: &'static str,
    /// Whether a byte order mark was found and removed.
    pub bom: bool,
    /// How many malformed byte sequences (or lone UTF-16 surrogates) were
    /// replaced by U+FFFD.
    pub malformed: usize,
    /// How many input bytes those sequences covered: every byte of the input
    /// is either decoded or counted here.
    pub malformed_bytes: usize,
    /// How the encoding was chosen.
    pub source: EncodingSource,
    /// How many UTF-16 surrogate pairs encoded as two 3-byte sequences
    /// (CESU-8, WTF-8) were combined into one character.
    pub surrogate_pairs: usize,
}

/// How a [`Decoder`] chose the encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EncodingSource {
    /// A byte order mark.
    Bom,
    /// The caller declared it.
    Declared,
    /// The pattern of NUL bytes said UTF-16.
    Utf16Pattern,
    /// The bytes are UTF-8 (possibly with a few damaged sequences).
    Utf8,
    /// An HTML `<meta>` or XML declaration in the bytes.
    Markup,
    /// Detected from the byte statistics.
    Detected,
}

/// Text decoded from bytes, borrowed when the bytes were valid UTF-8.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The decoded text.
    pub text: Cow<'a, str>,
    /// How it was decoded.
    pub info: DecodeInfo,
}

/// Options for decoding bytes to text.
///
/// ```
/// use cti_extract::decode::Decoder;
///
/// let d = Decoder::new().declared("latin1").decode(b"caf\xE9");
/// assert_eq!(d.text, "café");
/// assert_eq!(d.info.encoding, "windows-1252");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoder {
    declared: Option<&'static Encoding>,
    markup: bool,
    detect: bool,
    limit: Option<usize>,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder {
            declared: None,
            markup: true,
            detect: true,
            limit: None,
        }
    }
}

/// Decodes `bytes` with the default [`Decoder`]: BOM, UTF-16 pattern, UTF-8,
/// markup declaration, detection.
///
/// Valid UTF-8 is borrowed without a copy.
///
/// # Examples
///
/// ```
/// let d = cti_extract::decode::decode(b"caf\xC3\xA9 \xFF");
/// assert_eq!(d.text, "café \u{FFFD}");
/// assert_eq!(d.info.malformed, 1);
///
/// let d = cti_extract::decode::decode(b"\xFF\xFEh\x00i\x00");
/// assert_eq!(d.text, "hi");
/// assert_eq!(d.info.encoding, "UTF-16LE");
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    Decoder::new().decode(bytes)
}

/// The WHATWG name of the encoding a label stands for (`"latin1"` →
/// `"windows-1252"`), or `None` for an unknown label.
///
/// ```
/// assert_eq!(cti_extract::decode::encoding_name("cp1251"), Some("windows-1251"));
/// assert_eq!(cti_extract::decode::encoding_name("klingon"), None);
/// ```
pub fn encoding_name(label: &str) -> Option<&'static str> {
    Encoding::for_label(label.trim().as_bytes()).map(Encoding::name)
}

impl Decoder {
    /// A decoder with the defaults: no declared charset, markup declarations
    /// honoured, detection on, no size limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// The charset the caller knows the bytes are in (e.g. from an HTTP
    /// header), by any WHATWG label: `"windows-1252"`, `"latin1"`,
    /// `"utf-16le"`, `"koi8-r"`. A byte order mark still wins. An unknown
    /// label is ignored (check it with [`encoding_name`]).
    pub fn declared(mut self, label: &str) -> Self {
        self.declared = Encoding::for_label(label.trim().as_bytes());
        self
    }

    /// Whether to honour a charset the bytes declare in an HTML `<meta>` or
    /// an XML declaration, when they are not valid UTF-8 (default on).
    pub fn markup(mut self, on: bool) -> Self {
        self.markup = on;
        self
    }

    /// Whether to detect a legacy encoding for bytes that are not UTF-8
    /// (default on). Off, such bytes are read as UTF-8 with replacements.
    pub fn detect(mut self, on: bool) -> Self {
        self.detect = on;
        self
    }

    /// The largest input [`Decoder::try_decode`] accepts, in bytes.
    pub fn max_size(mut self, bytes: usize) -> Self {
        self.limit = Some(bytes);
        self
    }

    /// Decodes `bytes`, enforcing the size limit.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::TooLarge`] when `bytes` is longer than
    /// [`Decoder::max_size`].
    ///
    /// ```
    /// use cti_extract::decode::Decoder;
    ///
    /// assert!(Decoder::new().max_size(3).try_decode(b"four").is_err());
    /// ```
    pub fn try_decode<'a>(&self, bytes: &'a [u8]) -> Result<Decoded<'a>, Error> {
        match self.limit {
            Some(limit) if bytes.len() > limit => Err(Error::new(ErrorKind::TooLarge {
                size: bytes.len(),
                limit,
            })),
            _ => Ok(self.decode(bytes)),
        }
    }

    /// Decodes `bytes` (ignoring the size limit).
    ///
    /// ```
    /// use cti_extract::decode::{Decoder, EncodingSource};
    ///
    /// let d = Decoder::new().decode(b"<meta charset=\"windows-1251\">\xcf\xf0\xe8\xe2\xe5\xf2");
    /// assert!(d.text.ends_with("Привет"));
    /// assert_eq!(d.info.source, EncodingSource::Markup);
    /// ```
    pub fn decode<'a>(&self, bytes: &'a [u8]) -> Decoded<'a> {
        if let Some((enc, len)) = Encoding::for_bom(bytes) {
            let body = bytes.get(len..).unwrap_or_default();
            return with_encoding(enc, body, true, EncodingSource::Bom);
        }
        if let Some(enc) = self.declared {
            return with_encoding(enc, bytes, false, EncodingSource::Declared);
        }
        if let Some(enc) = utf16_pattern(bytes) {
            return with_encoding(enc, bytes, false, EncodingSource::Utf16Pattern);
        }
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Decoded {
                text: Cow::Borrowed(s),
                info: info(encoding_rs::UTF_8, false, (0, 0), EncodingSource::Utf8),
            };
        }
        if self.markup {
            if let Some(enc) = markup_charset(bytes) {
                return with_encoding(enc, bytes, false, EncodingSource::Markup);
            }
        }
        if !self.detect || looks_like_damaged_utf8(bytes) {
            let utf8 = utf8_lossy(bytes);
            return Decoded {
                text: Cow::Owned(utf8.text),
                info: DecodeInfo {
                    surrogate_pairs: utf8.pairs,
                    ..info(
                        encoding_rs::UTF_8,
                        false,
                        (utf8.malformed, utf8.malformed_bytes),
                        EncodingSource::Utf8,
                    )
                },
            };
        }
        let present = high_bytes(bytes);
        let enc = if only_punctuation(&present) {
            encoding_rs::WINDOWS_1252
        } else {
            prefer_windows_1252(detect(bytes), &present, bytes)
        };
        with_encoding(enc, bytes, false, EncodingSource::Detected)
    }
}

/// Malformed sequences and the bytes they covered.
type Bad = (usize, usize);

fn info(enc: &'static Encoding, bom: bool, bad: Bad, source: EncodingSource) -> DecodeInfo {
    let (malformed, malformed_bytes) = bad;
    DecodeInfo {
        encoding: enc.name(),
        bom,
        malformed,
        malformed_bytes,
        source,
        surrogate_pairs: 0,
    }
}

/// Decodes `bytes` in `enc` (no BOM handling).
fn with_encoding<'a>(
    enc: &'static Encoding,
    bytes: &'a [u8],
    bom: bool,
    source: EncodingSource,
) -> Decoded<'a> {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        let (text, bad) = utf16(bytes, enc == encoding_rs::UTF_16BE);
        return Decoded {
            text: Cow::Owned(text),
            info: info(enc, bom, bad, source),
        };
    }
    if enc == encoding_rs::UTF_8 {
        if let Ok(s) = std::str::from_utf8(bytes) {
            return Decoded {
                text: Cow::Borrowed(s),
                info: info(enc, bom, (0, 0), source),
            };
        }
        let u = utf8_lossy(bytes);
        return Decoded {
            text: Cow::Owned(u.text),
            info: DecodeInfo {
                surrogate_pairs: u.pairs,
                ..info(enc, bom, (u.malformed, u.malformed_bytes), source)
            },
        };
    }
    // The "replacement" encoding (labels such as "iso-2022-kr") would turn
    // everything into one U+FFFD: read such bytes as UTF-8 instead.
    if enc == encoding_rs::REPLACEMENT {
        return with_encoding(encoding_rs::UTF_8, bytes, bom, source);
    }
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let bad = if had_errors {
        count_malformed(enc, bytes)
    } else {
        (0, 0)
    };
    Decoded {
        text,
        info: info(enc, bom, bad, source),
    }
}

/// Counts the malformed sequences of `bytes` in `enc` exactly, by decoding
/// without replacement piece by piece.
fn count_malformed(enc: &'static Encoding, bytes: &[u8]) -> Bad {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let mut buf = String::with_capacity(bytes.len().min(1 << 16) * 3 + 16);
    let mut rest = bytes;
    let mut count = 0;
    let mut bad_bytes = 0;
    loop {
        buf.clear();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut buf, true);
        rest = rest.get(read..).unwrap_or_default();
        match result {
            encoding_rs::DecoderResult::InputEmpty => return (count, bad_bytes),
            encoding_rs::DecoderResult::Malformed(len, _) => {
                count += 1;
                bad_bytes += usize::from(len);
            }
            encoding_rs::DecoderResult::OutputFull => {
                buf.reserve(rest.len().min(1 << 16) * 3 + 16);
            }
        }
    }
}

/// Decodes UTF-16; lone surrogates and an odd last byte become U+FFFD.
fn utf16(bytes: &[u8], big_endian: bool) -> (String, Bad) {
    let mut malformed = 0;
    let units = bytes.chunks_exact(2).map(|p| match p {
        [a, b] if big_endian => u16::from_be_bytes([*a, *b]),
        [a, b] => u16::from_le_bytes([*a, *b]),
        _ => 0,
    });
    let mut text = String::with_capacity(bytes.len());
    for r in char::decode_utf16(units) {
        match r {
            Ok(c) => text.push(c),
            Err(_) => {
                text.push('\u{FFFD}');
                malformed += 1;
            }
        }
    }
    let mut malformed_bytes = 2 * malformed;
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
        malformed += 1;
        malformed_bytes += 1;
    }
    (text, (malformed, malformed_bytes))
}

/// UTF-16 without a BOM: in the first 4 KiB, at least 8 code units, more
/// than 40% of the bytes at one parity are NUL and at most 5% at the other
/// (ASCII-range text in UTF-16 looks like this; UTF-8 and legacy text has
/// almost no NULs).
fn utf16_pattern(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let units = sample.len() / 2;
    // The rule below needs NUL bytes in two of five units: none, no UTF-16.
    if units < 8 || memchr::memchr(0, sample).is_none() {
        return None;
    }
    let pairs = sample.chunks_exact(2);
    let even = pairs.clone().filter(|p| p.first() == Some(&0)).count();
    let odd = pairs.filter(|p| p.get(1) == Some(&0)).count();
    if odd * 10 > units * 4 && even * 20 <= units {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 > units * 4 && odd * 20 <= units {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// The charset an HTML `<meta>` or an XML declaration in the first 1024
/// bytes names, if it is a known ASCII-compatible one. UTF-16 declarations
/// are ignored (bytes that can carry the declaration in ASCII are not
/// UTF-16), as in the WHATWG prescan.
fn markup_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or_default();
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut candidates = Vec::new();
    if lower.starts_with(b"<?xml") {
        if let Some(end) = find(&lower, b"?>") {
            if let Some(v) = attr_value(lower.get(..end).unwrap_or_default(), b"encoding") {
                candidates.push(v);
            }
        }
    }
    let mut from = 0;
    while let Some(k) = find(lower.get(from..).unwrap_or_default(), b"<meta") {
        let start = from + k;
        let end =
            find(lower.get(start..).unwrap_or_default(), b">").map_or(lower.len(), |e| start + e);
        if let Some(v) = attr_value(lower.get(start..end).unwrap_or_default(), b"charset") {
            candidates.push(v);
        }
        from = start + 5;
    }
    candidates.into_iter().find_map(|label| {
        let enc = Encoding::for_label(&label)?;
        if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            Some(encoding_rs::UTF_8)
        } else {
            Some(enc)
        }
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The value after `name` and `=` (quoted or not) in a lower-cased tag.
fn attr_value(tag: &[u8], name: &[u8]) -> Option<Vec<u8>> {
    let k = find(tag, name)?;
    let mut rest = tag.get(k + name.len()..)?;
    while let [b' ' | b'\t' | b'\n' | b'\r', tail @ ..] = rest {
        rest = tail;
    }
    rest = rest.strip_prefix(b"=")?;
    while let [b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'', tail @ ..] = rest {
        rest = tail;
    }
    let value: Vec<u8> = rest
        .iter()
        .take_while(|&&b| {
            !matches!(
                b,
                b'"' | b'\'' | b';' | b' ' | b'>' | b'/' | b'\t' | b'\n' | b'\r'
            )
        })
        .copied()
        .collect();
    (!value.is_empty()).then_some(value)
}

/// Which bytes 0x80..=0xFF occur in `bytes`.
// `seen` has 256 entries and is indexed by a `u8`.
#[allow(clippy::indexing_slicing)]
fn high_bytes(bytes: &[u8]) -> [bool; 128] {
    let mut seen = [false; 256];
    let mut blocks = bytes.chunks_exact(32);
    for block in &mut blocks {
        // ASCII blocks (most of them) are skipped with one vectorised test.
        if block.iter().fold(0u8, |acc, &b| acc | b) >= 0x80 {
            for &b in block {
                seen[usize::from(b)] = true;
            }
        }
    }
    for &b in blocks.remainder() {
        seen[usize::from(b)] = true;
    }
    let mut present = [false; 128];
    present.copy_from_slice(&seen[128..]);
    present
}

/// Bytes that every windows-125x code page reads as the same character
/// (typographic quotes, dashes, ellipsis, NBSP, ©, ®, °, ...).
static SHARED_PUNCTUATION: LazyLock<[bool; 128]> = LazyLock::new(|| {
    let pages = [
        encoding_rs::WINDOWS_1250,
        encoding_rs::WINDOWS_1251,
        encoding_rs::WINDOWS_1253,
        encoding_rs::WINDOWS_1254,
        encoding_rs::WINDOWS_1255,
        encoding_rs::WINDOWS_1256,
        encoding_rs::WINDOWS_1257,
        encoding_rs::WINDOWS_1258,
    ];
    let mut shared = [false; 128];
    for (i, slot) in shared.iter_mut().enumerate() {
        let one = [0x80u8 | i as u8];
        let base = encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(&one)
            .0;
        *slot = pages
            .iter()
            .all(|p| p.decode_without_bom_handling(&one).0 == base);
    }
    shared
});

/// Whether every non-ASCII byte present is punctuation that all windows-125x
/// code pages share: the text is ASCII letters with typographic
/// punctuation, and windows-1252 reads it right without a detector.
fn only_punctuation(present: &[bool; 128]) -> bool {
    present
        .iter()
        .zip(SHARED_PUNCTUATION.iter())
        .all(|(&p, &shared)| !p || shared)
}

/// The detector's guess, or windows-1252 when that reads every byte of the
/// input the same way (English news with curly quotes is the same text in
/// windows-1250 and windows-1252; say the common one), or when the guess
/// reads letters only where no word is (see [`stray_letters_only`]).
fn prefer_windows_1252(
    guess: &'static Encoding,
    present: &[bool; 128],
    bytes: &[u8],
) -> &'static Encoding {
    if guess == encoding_rs::WINDOWS_1252 || !guess.is_single_byte() {
        return guess;
    }
    let mut differs = [false; 128];
    for (i, slot) in differs.iter_mut().enumerate() {
        let one = [0x80u8 | i as u8];
        *slot = present.get(i).copied().unwrap_or(false)
            && guess.decode_without_bom_handling(&one).0
                != encoding_rs::WINDOWS_1252
                    .decode_without_bom_handling(&one)
                    .0;
    }
    if !differs.contains(&true) || stray_letters_only(guess, &differs, bytes) {
        encoding_rs::WINDOWS_1252
    } else {
        guess
    }
}

/// Whether every byte that the guess and windows-1252 read differently is
/// a letter in the guess and a symbol in windows-1252, standing where no
/// word is: no letter or other non-ASCII byte beside it ("\xA365 million"
/// is "£65 million", not "Ł65 million"; a letter of a word has letters
/// beside it, "\xA3\xF3d\x9F" is "Łódź").
fn stray_letters_only(guess: &'static Encoding, differs: &[bool; 128], bytes: &[u8]) -> bool {
    let first_char = |enc: &'static Encoding, b: u8| {
        enc.decode_without_bom_handling(&[b])
            .0
            .chars()
            .next()
            .unwrap_or('\u{FFFD}')
    };
    // Per high byte: it reads differently, as a letter in the guess and as
    // no letter in windows-1252.
    let mut letter_for_symbol = [false; 128];
    for (i, slot) in letter_for_symbol.iter_mut().enumerate() {
        let b = 0x80u8 | i as u8;
        *slot = differs.get(i).copied().unwrap_or(false)
            && first_char(guess, b).is_alphabetic()
            && !first_char(encoding_rs::WINDOWS_1252, b).is_alphabetic();
    }
    let wordlike = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0x80);
    let mut stray = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        let k = usize::from(b & 0x7F);
        if b < 0x80 || !differs.get(k).copied().unwrap_or(false) {
            continue;
        }
        let alone =
            !wordlike(i.checked_sub(1).and_then(|p| bytes.get(p))) && !wordlike(bytes.get(i + 1));
        if !(letter_for_symbol.get(k).copied().unwrap_or(false) && alone) {
            return false;
        }
        stray += 1;
    }
    stray > 0
}

/// Whether invalid UTF-8 is still UTF-8 with some damage: at least one valid
/// multi-byte sequence, and at least as many of them as invalid sequences
/// (legacy text has almost no valid multi-byte sequences). Counts without
/// decoding.
fn looks_like_damaged_utf8(bytes: &[u8]) -> bool {
    let mut multibyte = 0usize;
    let mut malformed = 0usize;
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                multibyte += good.iter().filter(|&&b| b >= 0xC0).count();
                if surrogate_at(bad, 0).is_some() {
                    multibyte += 1;
                    rest = bad.get(3..).unwrap_or_default();
                    continue;
                }
                malformed += 1;
                // Clearly legacy: stop counting.
                if (malformed >= 16 && multibyte == 0)
                    || (malformed >= 64 && malformed > 4 * multibyte)
                {
                    return false;
                }
                rest = bad
                    .get(e.error_len().unwrap_or(bad.len()).max(1)..)
                    .unwrap_or_default();
                if rest.is_empty() {
                    break;
                }
            }
        }
    }
    multibyte > 0 && multibyte >= malformed
}

/// The detector's guess for bytes that are not UTF-8: 24-byte windows
/// around non-ASCII bytes are fed to it, up to 8 KiB in all. ASCII alone
/// tells it nothing (it scores non-ASCII bytes and their neighbours), and
/// both short and long articles stay fast.
fn detect(bytes: &[u8]) -> &'static Encoding {
    const BUDGET: usize = 8 * 1024;
    const REACH: usize = 12;
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let mut sample = Vec::with_capacity(BUDGET + 2 * REACH + 1);
    let mut i = 0;
    while sample.len() < BUDGET {
        let Some(k) = bytes
            .get(i..)
            .and_then(|r| r.iter().position(|&b| b >= 0x80))
        else {
            break;
        };
        let at = i + k;
        let start = at.saturating_sub(REACH).max(i);
        let end = (at + REACH).min(bytes.len());
        // A space between windows that do not touch, so that no word is
        // made of two.
        if start > i || i == 0 {
            sample.push(b' ');
        }
        sample.extend_from_slice(bytes.get(start..end).unwrap_or_default());
        i = end;
    }
    det.feed(&sample, true);
    det.guess(None, chardetng::Utf8Detection::Deny)
}

/// UTF-8 decoded with replacement, CESU-8 / WTF-8 surrogate pairs combined.
struct Utf8Lossy {
    text: String,
    malformed: usize,
    malformed_bytes: usize,
    pairs: usize,
}

/// A 3-byte encoded surrogate at `i`: its value.
fn surrogate_at(b: &[u8], i: usize) -> Option<u32> {
    match *b.get(i..i + 3)? {
        [0xED, s @ 0xA0..=0xBF, t @ 0x80..=0xBF] => {
            Some(0xD000 | (u32::from(s & 0x3F) << 6) | u32::from(t & 0x3F))
        }
        _ => None,
    }
}

fn utf8_lossy(bytes: &[u8]) -> Utf8Lossy {
    let mut out = Utf8Lossy {
        text: String::with_capacity(bytes.len() + 16),
        malformed: 0,
        malformed_bytes: 0,
        pairs: 0,
    };
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.text.push_str(s);
                return out;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                let good = std::str::from_utf8(good).unwrap_or_default();
                out.text.push_str(good);
                // A surrogate pair encoded as two 3-byte sequences.
                if let (Some(hi), Some(lo)) = (surrogate_at(bad, 0), surrogate_at(bad, 3)) {
                    if (0xD800..0xDC00).contains(&hi) && (0xDC00..0xE000).contains(&lo) {
                        let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        if let Some(c) = char::from_u32(cp) {
                            out.text.push(c);
                            out.pairs += 1;
                            rest = bad.get(6..).unwrap_or_default();
                            continue;
                        }
                    }
                }
                out.text.push('\u{FFFD}');
                out.malformed += 1;
                // A lone encoded surrogate is one malformed sequence, not three.
                let skip = if surrogate_at(bad, 0).is_some() {
                    3
                } else {
                    e.error_len().unwrap_or(bad.len()).max(1)
                };
                out.malformed_bytes += skip.min(bad.len());
                rest = bad.get(skip..).unwrap_or_default();
                if rest.is_empty() {
                    return out;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cesu8_pair_is_combined() {
        // U+1F600 as CESU-8: ED A0 BD ED B8 80
        let d = decode(b"a\xED\xA0\xBD\xED\xB8\x80b");
        assert_eq!(d.text, "a\u{1F600}b");
        assert_eq!(d.info.surrogate_pairs, 1);
        assert_eq!(d.info.malformed, 0);
    }

    #[test]
    fn lone_surrogate_is_one_replacement() {
        let d = decode(b"\xC3\xA9\xED\xA0\xBDx");
        assert_eq!(d.text, "é\u{FFFD}x");
        assert_eq!(d.info.malformed, 1);
    }
}
