//! The single-byte code pages that UTF-8 gets mistaken for, and a per-character
//! table that encodes a character back into each of them.
//!
//! The list and its order follow ftfy (Apache-2.0, `ftfy/chardata.py`,
//! `CHARMAP_ENCODINGS`): when a text could be mojibake through several code
//! pages, the first that decodes wins.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::cp_tables;

/// How many code pages [`CODEPAGES`] lists.
pub(crate) const COUNT: usize = 10;

/// One single-byte code page.
pub(crate) struct CodePage {
    /// The name reported in repair steps (WHATWG or IANA label).
    pub name: &'static str,
    /// The characters bytes 0x80..=0xFF decode to.
    pub table: &'static [char; 128],
    /// Whether this is a "sloppy" Windows code page (undefined bytes read as
    /// C1 controls, U+FFFD encodes as byte 0x1A), as in ftfy's sloppy codecs.
    pub sloppy: bool,
}

/// The code pages, in the order they are tried.
pub(crate) static CODEPAGES: [CodePage; COUNT] = [
    cp("ISO-8859-1", &cp_tables::LATIN_1, false),
    cp("windows-1252", &cp_tables::WINDOWS_1252, true),
    cp("windows-1251", &cp_tables::WINDOWS_1251, true),
    cp("windows-1250", &cp_tables::WINDOWS_1250, true),
    cp("windows-1253", &cp_tables::WINDOWS_1253, true),
    cp("windows-1254", &cp_tables::WINDOWS_1254, true),
    cp("windows-1257", &cp_tables::WINDOWS_1257, true),
    cp("ISO-8859-2", &cp_tables::ISO_8859_2, false),
    cp("macintosh", &cp_tables::MAC_ROMAN, false),
    cp("IBM437", &cp_tables::CP437, false),
];

/// Index of windows-1252 in [`CODEPAGES`].
pub(crate) const WINDOWS_1252: usize = 1;
/// Index of MacRoman in [`CODEPAGES`].
pub(crate) const MAC_ROMAN: usize = 8;

const fn cp(name: &'static str, table: &'static [char; 128], sloppy: bool) -> CodePage {
    CodePage {
        name,
        table,
        sloppy,
    }
}

/// For one non-ASCII character: the byte it encodes to in each code page, or
/// 0 where it cannot be encoded.
pub(crate) type Bytes = [u8; COUNT];

/// Characters below this bound are looked up in a dense table.
const DENSE: usize = 0x600;

struct EncodeTable {
    dense: Vec<Bytes>,
    sparse: HashMap<char, Bytes>,
}

static ENCODE: LazyLock<EncodeTable> = LazyLock::new(|| {
    let mut dense = vec![[0u8; COUNT]; DENSE];
    let mut sparse: HashMap<char, Bytes> = HashMap::new();
    for (i, page) in CODEPAGES.iter().enumerate() {
        for (offset, &c) in page.table.iter().enumerate() {
            // offset < 128, so the byte is 0x80..=0xFF.
            let byte = 0x80u8 | offset as u8;
            let slot = match dense.get_mut(c as usize) {
                Some(slot) => slot,
                None => sparse.entry(c).or_insert([0u8; COUNT]),
            };
            if let Some(b) = slot.get_mut(i) {
                *b = byte;
            }
        }
    }
    EncodeTable { dense, sparse }
});

/// The bytes `c` encodes to in each code page (0: not encodable). ASCII
/// characters are not in the table: they encode to themselves everywhere.
pub(crate) fn bytes_of(c: char) -> Bytes {
    let t = &*ENCODE;
    match t.dense.get(c as usize) {
        Some(b) => *b,
        None => t.sparse.get(&c).copied().unwrap_or([0u8; COUNT]),
    }
}

/// Encodes `c` in code page `page`: ASCII as itself, U+FFFD as 0x1A in the
/// sloppy code pages, anything else through the table.
pub(crate) fn encode_char(c: char, page: usize) -> Option<u8> {
    if c.is_ascii() {
        return Some(c as u8);
    }
    if c == '\u{FFFD}' && CODEPAGES.get(page).is_some_and(|p| p.sloppy) {
        return Some(0x1A);
    }
    match bytes_of(c).get(page) {
        Some(&b) if b != 0 => Some(b),
        _ => None,
    }
}

/// Decodes byte `b` in code page `page` (bytes below 0x80 as ASCII).
pub(crate) fn decode_byte(b: u8, page: usize) -> char {
    if b < 0x80 {
        return b as char;
    }
    CODEPAGES
        .get(page)
        .and_then(|p| p.table.get(usize::from(b & 0x7F)))
        .copied()
        .unwrap_or(b as char)
}

/// Whether byte `b` is left undefined by code page `page` (it decodes to the
/// C1 control of the same number).
pub(crate) fn is_undefined(b: u8, page: usize) -> bool {
    (0x80..0xA0).contains(&b) && decode_byte(b, page) == b as char && page != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_byte() {
        for page in 0..COUNT {
            for b in 0x80..=0xFFu8 {
                let c = decode_byte(b, page);
                assert_eq!(encode_char(c, page), Some(b), "page {page} byte {b:#x}");
            }
        }
    }

    #[test]
    fn windows_1252_leaves_five_bytes_undefined() {
        let undefined: Vec<u8> = (0x80..=0xFFu8)
            .filter(|&b| is_undefined(b, WINDOWS_1252))
            .collect();
        assert_eq!(undefined, vec![0x81, 0x8D, 0x8F, 0x90, 0x9D]);
    }
}
