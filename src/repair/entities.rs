//! HTML entities in text that is not HTML.
//!
//! Follows ftfy's `unescape_html` (Apache-2.0, `ftfy/fixes.py`): only
//! entities that end in a semicolon, from the HTML5 list, plus numeric
//! character references and all-caps variants such as `&EACUTE;`.

use super::entities_table::ENTITIES;
use super::{Change, RepairKind};

/// The character a numeric reference stands for, as HTML5 reads it (C1
/// numbers as windows-1252), or `None` to leave the reference alone.
fn numeric(body: &str) -> Option<String> {
    let n = match body.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => body.parse::<u32>().ok()?,
    };
    if (0x80..0xA0).contains(&n) {
        // HTML5 reads C1 numbers as windows-1252 (undefined ones stay).
        let c = super::codepages::decode_byte(n as u8, super::codepages::WINDOWS_1252);
        return Some(c.to_string());
    }
    if n == 0 || (0xD800..0xE000).contains(&n) || n > 0x10FFFF {
        return Some('\u{FFFD}'.to_string());
    }
    let c = char::from_u32(n)?;
    // Characters html.unescape would drop: keep the reference instead.
    if c.is_control() && !matches!(c, '\t' | '\n' | '\x0c' | '\r') {
        return None;
    }
    Some(c.to_string())
}

/// The text an entity body (between `&` and `;`) stands for.
fn lookup(body: &str) -> Option<String> {
    if let Ok(i) = ENTITIES.binary_search_by(|&(name, _)| name.cmp(body)) {
        return ENTITIES.get(i).map(|&(_, v)| v.to_owned());
    }
    body.strip_prefix('#').and_then(numeric)
}

/// If an entity `&#?[0-9A-Za-z]{1,24};` starts at byte `i`, its length.
pub(crate) fn entity_len(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'&') {
        return None;
    }
    let mut j = i + 1;
    if b.get(j) == Some(&b'#') {
        j += 1;
    }
    let start = j;
    while j < b.len() && j - start < 24 && b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
        j += 1;
    }
    (j > start && b.get(j) == Some(&b';')).then_some(j + 1 - i)
}

/// The entities in `text` that stand for something.
pub(crate) fn changes(text: &str) -> Vec<Change> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(off) = memchr::memchr(b'&', b.get(from..).unwrap_or_default()) {
        let i = from + off;
        match entity_len(b, i) {
            Some(len) => {
                let body = text.get(i + 1..i + len - 1).unwrap_or_default();
                if let Some(replacement) = lookup(body) {
                    out.push(Change {
                        start: i,
                        end: i + len,
                        replacement,
                        kind: RepairKind::HtmlEntity,
                        encoding: None,
                    });
                }
                from = i + len;
            }
            None => from = i + 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unescape(s: &str) -> String {
        super::super::apply(s, &changes(s))
    }

    #[test]
    fn entities() {
        assert_eq!(unescape("a &amp; b"), "a & b");
        assert_eq!(unescape("it&#x2019;s &#8220;x&#8221;"), "it’s “x”");
        assert_eq!(unescape("P&EACUTE;REZ"), "PÉREZ");
        assert_eq!(unescape("&#150;"), "–");
        assert_eq!(unescape("AT&T; &nosuch; &amp"), "AT&T; &nosuch; &amp");
    }
}
