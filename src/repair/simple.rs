//! Character-by-character fixes: C1 controls, Latin ligatures, terminal
//! escapes, and the optional lossy normalisations (quotes, widths, line
//! breaks, control characters).
//!
//! The character sets follow ftfy (Apache-2.0, `ftfy/chardata.py` and
//! `ftfy/fixes.py`).

use super::codepages::{decode_byte, WINDOWS_1252};
use super::width_table::WIDTH;
use super::{Change, RepairKind};

/// Collects a change for each character that `map` replaces, merging
/// adjacent ones.
fn per_char(text: &str, kind: RepairKind, map: impl Fn(char) -> Option<String>) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    for (i, c) in text.char_indices() {
        if let Some(r) = map(c) {
            push_change(&mut out, i, i + c.len_utf8(), r, kind);
        }
    }
    out
}

/// [`per_char`] for a `map` that leaves every ASCII character alone: the
/// ASCII bytes between the others are passed over without decoding.
fn per_non_ascii_char(
    text: &str,
    kind: RepairKind,
    map: impl Fn(char) -> Option<String>,
) -> Vec<Change> {
    let b = text.as_bytes();
    let mut out: Vec<Change> = Vec::new();
    let mut i = 0;
    while let Some(skip) = b.get(i..).and_then(crate::text::first_non_ascii) {
        let at = i + skip;
        let Some(c) = text.get(at..).and_then(|s| s.chars().next()) else {
            break;
        };
        i = at + c.len_utf8();
        if let Some(r) = map(c) {
            push_change(&mut out, at, i, r, kind);
        }
    }
    out
}

/// Adds the replacement of `start..end`, merged into the last change when
/// that ends at `start`.
fn push_change(out: &mut Vec<Change>, start: usize, end: usize, r: String, kind: RepairKind) {
    match out.last_mut() {
        Some(prev) if prev.end == start => {
            prev.end = end;
            prev.replacement.push_str(&r);
        }
        _ => out.push(Change {
            start,
            end,
            replacement: r,
            kind,
            encoding: None,
        }),
    }
}

/// Whether `c` is a C1 control character.
pub(crate) fn is_c1(c: char) -> bool {
    ('\u{80}'..='\u{9F}').contains(&c)
}

/// C1 controls read as windows-1252, as browsers do (ftfy `fix_c1_controls`).
pub(crate) fn c1_controls(text: &str) -> Vec<Change> {
    let mut out = per_non_ascii_char(text, RepairKind::C1Control, |c| {
        if !is_c1(c) {
            return None;
        }
        let d = decode_byte(c as u8, WINDOWS_1252);
        (d != c).then(|| d.to_string())
    });
    for ch in &mut out {
        ch.encoding = Some("windows-1252");
    }
    out
}

/// The letters a Latin ligature stands for (ftfy `LIGATURES`).
pub(crate) fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'ŉ' => "ʼn",
        'Ǳ' => "DZ",
        'ǲ' => "Dz",
        'ǳ' => "dz",
        'Ǆ' => "DŽ",
        'ǅ' => "Dž",
        'ǆ' => "dž",
        'Ǉ' => "LJ",
        'ǈ' => "Lj",
        'ǉ' => "lj",
        'Ǌ' => "NJ",
        'ǋ' => "Nj",
        'ǌ' => "nj",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' => "ſt",
        'ﬆ' => "st",
        _ => return None,
    })
}

/// Latin ligatures split into letters.
pub(crate) fn ligatures(text: &str) -> Vec<Change> {
    per_non_ascii_char(text, RepairKind::Ligature, |c| {
        ligature(c).map(str::to_owned)
    })
}

/// The standard form of a full-width or half-width character.
pub(crate) fn width(c: char) -> Option<&'static str> {
    if c != '\u{3000}' && !('\u{FF01}'..='\u{FFEF}').contains(&c) {
        return None;
    }
    WIDTH
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .and_then(|i| WIDTH.get(i))
        .map(|&(_, v)| v)
}

/// Full-width and half-width forms to standard width (optional).
pub(crate) fn character_width(text: &str) -> Vec<Change> {
    per_non_ascii_char(text, RepairKind::Width, |c| width(c).map(str::to_owned))
}

/// The straight quote for a curly one.
pub(crate) fn straight_quote(c: char) -> Option<&'static str> {
    match c {
        '\u{2BC}' | '\u{2018}'..='\u{201B}' => Some("'"),
        '\u{201C}'..='\u{201F}' => Some("\""),
        _ => None,
    }
}

/// Curly quotes to straight quotes (optional).
pub(crate) fn uncurl_quotes(text: &str) -> Vec<Change> {
    per_non_ascii_char(text, RepairKind::Quote, |c| {
        straight_quote(c).map(str::to_owned)
    })
}

/// CRLF, CR, U+2028, U+2029 and U+0085 to LF (optional).
pub(crate) fn line_breaks(text: &str) -> Vec<Change> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end = match c {
            '\r' => match it.peek() {
                Some(&(j, '\n')) => {
                    it.next();
                    j + 1
                }
                _ => i + 1,
            },
            '\u{2028}' | '\u{2029}' | '\u{85}' => i + c.len_utf8(),
            _ => continue,
        };
        out.push(Change {
            start: i,
            end,
            replacement: "\n".to_owned(),
            kind: RepairKind::LineBreak,
            encoding: None,
        });
    }
    out
}

/// Whether ftfy's `remove_control_chars` removes `c`.
pub(crate) fn is_removable_control(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{E}'..='\u{1F}' | '\u{7F}'
        | '\u{206A}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFC}')
}

/// Invisible control characters removed (optional).
pub(crate) fn control_chars(text: &str) -> Vec<Change> {
    per_char(text, RepairKind::ControlChar, |c| {
        is_removable_control(c).then(String::new)
    })
}

/// ANSI terminal escapes (`ESC [ digits-and-semicolons letter`) removed.
pub(crate) fn terminal_escapes(text: &str) -> Vec<Change> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(off) = memchr::memchr(0x1B, b.get(from..).unwrap_or_default()) {
        let i = from + off;
        from = i + 1;
        if b.get(i + 1) != Some(&b'[') {
            continue;
        }
        let mut j = i + 2;
        while b.get(j).is_some_and(|&x| x.is_ascii_digit() || x == b';') {
            j += 1;
        }
        if b.get(j).is_some_and(u8::is_ascii_alphabetic) {
            out.push(Change {
                start: i,
                end: j + 1,
                replacement: String::new(),
                kind: RepairKind::TerminalEscape,
                encoding: None,
            });
            from = j + 1;
        }
    }
    out
}
