//! The fast path: one pass over the bytes that finds the first place where
//! the text might need repair. Clean text is never looked at again.
//!
//! Every rule of the badness heuristic needs either a single "trigger"
//! character (a C1 control, Ã, Â, Œ, œ, U+FFFD) or two non-ASCII characters
//! side by side, so ASCII runs are skipped 32 bytes at a time and only
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

/// Whether a block has only plain ASCII: not `&` or ESC, and with `extra`
/// no control character other than tab and LF either. Written over a
/// fixed-size array so that the compiler vectorises it.
#[inline]
fn block_is_plain(block: &[u8; 32], extra: bool) -> bool {
    let mut flag = 0u8;
    for &x in block {
        flag |= u8::from(x >= 0x80) | u8::from(x == b'&') | u8::from(x == 0x1B);
    }
    if extra {
        for &x in block {
            flag |= u8::from(x < 0x20 && x != b'\t' && x != b'\n') | u8::from(x == 0x7F);
        }
    }
    flag == 0
}

/// Skips bytes that are plain ASCII (see [`block_is_plain`]).
#[inline]
fn skip_plain(b: &[u8], mut i: usize, extra: bool) -> usize {
    while let Some(block) = b.get(i..i + 32).and_then(|s| <&[u8; 32]>::try_from(s).ok()) {
        if !block_is_plain(block, extra) {
            break;
        }
        i += 32;
    }
    while let Some(&x) = b.get(i) {
        let special = x >= 0x80
            || x == b'&'
            || x == 0x1B
            || (extra && ((x < 0x20 && x != b'\t' && x != b'\n') || x == 0x7F));
        if special {
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
        i = skip_plain(b, i, extra);
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
