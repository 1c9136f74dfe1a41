//! The fast path: one pass over the bytes that finds the first place where
//! the text might need repair. Clean text is never looked at again.
//!
//! Every rule of the badness heuristic needs either a single "trigger"
//! character (a C1 control, Ã, Â, Œ, œ, U+FFFD) or two non-ASCII characters
//! side by side, so ASCII runs are skipped eight bytes at a time and only
//! non-ASCII characters are decoded.

use super::{entities, simple};

/// What the scan looks for, derived from the options.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Triggers {
    pub entities: bool,
    pub escapes: bool,
    pub ligatures: bool,
    pub c1: bool,
    pub mojibake: bool,
    pub quotes: bool,
    pub width: bool,
    pub line_breaks: bool,
    pub controls: bool,
}

impl Triggers {
    /// Whether an ASCII byte other than `&` and ESC can need repair.
    fn ascii_extra(&self) -> bool {
        self.line_breaks || self.controls
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

#[inline]
fn has_byte(w: u64, b: u8) -> bool {
    let x = w ^ (LO * u64::from(b));
    (x.wrapping_sub(LO) & !x & HI) != 0
}

/// Skips bytes that are ASCII and neither `&` nor ESC.
#[inline]
fn skip_plain(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut arr = [0u8; 8];
        arr.copy_from_slice(chunk);
        let w = u64::from_le_bytes(arr);
        if w & HI != 0 || has_byte(w, b'&') || has_byte(w, 0x1B) {
            break;
        }
        i += 8;
    }
    while let Some(&x) = b.get(i) {
        if x >= 0x80 || x == b'&' || x == 0x1B {
            break;
        }
        i += 1;
    }
    i
}

/// A single non-ASCII character that can need repair even between ASCII
/// characters.
fn single_trigger(c: char, t: &Triggers) -> bool {
    (t.mojibake && matches!(c, 'Ã' | 'Â' | 'Œ' | 'œ' | '\u{FFFD}'))
        || ((t.c1 || t.mojibake) && simple::is_c1(c))
        || (t.ligatures && simple::ligature(c).is_some())
        || (t.quotes && simple::straight_quote(c).is_some())
        || (t.width && simple::width(c).is_some())
        || (t.line_breaks && matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}'))
        || (t.controls && simple::is_removable_control(c))
}

fn ascii_trigger(b: &[u8], i: usize, t: &Triggers) -> bool {
    match b.get(i) {
        Some(b'&') => t.entities && entities::entity_len(b, i).is_some(),
        Some(0x1B) => t.escapes || t.controls,
        Some(b'\r') => t.line_breaks,
        Some(&x) => t.controls && simple::is_removable_control(x as char),
        None => false,
    }
}

/// The byte offset of the first place at or after `from` that may need
/// repair, or `None` when the rest of `text` is clean.
pub(crate) fn find(text: &str, from: usize, t: &Triggers) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    // End of the last non-ASCII character seen (for adjacency).
    let mut prev_end = usize::MAX;
    let extra = t.ascii_extra();
    loop {
        i = if extra { i } else { skip_plain(b, i) };
        let &x = b.get(i)?;
        if x < 0x80 {
            if (x == b'&' || x == 0x1B || extra) && ascii_trigger(b, i, t) {
                return Some(i);
            }
            i += 1;
            continue;
        }
        let c = text.get(i..).and_then(|s| s.chars().next())?;
        if (t.mojibake && prev_end == i) || single_trigger(c, t) {
            return Some(i);
        }
        i += c.len_utf8();
        prev_end = i;
    }
}
