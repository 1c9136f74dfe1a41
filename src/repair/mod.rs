//! Mojibake repair: text that was decoded with the wrong code page, once or
//! several times, and the other glitches of text that went through too many
//! programs.
//!
//! [`fix_text`] covers what Python's ftfy `fix_text` does by default
//! (mojibake through Latin-1, windows-1250/1251/1252/1253/1254/1257,
//! ISO-8859-2, MacRoman and cp437, in several layers and mixed with correct
//! text; bytes lost on the way; C1 controls; HTML entities in text without
//! markup; terminal escapes; Latin ligatures), plus the cases ftfy gets wrong
//! in news text: a closing quote whose last byte was lost ("certaintyâ€ that")
//! and a lone "â„¢". Correct text in any script comes back unchanged, without
//! a copy. The lossy normalisations (straight quotes, standard widths, line
//! breaks, invisible controls) are options of [`RepairOptions`], off by
//! default.
//!
//! The approach is ftfy's (Apache-2.0, by Robyn Speer): a "badness"
//! heuristic decides whether a line looks like mojibake, and re-encoding
//! through a code page must give valid UTF-8. It runs on a fast scan: a line
//! is only examined when it has a character that mojibake is made of next to
//! another non-ASCII character, or a C1 control, an entity, an escape.
//!
//! ```
//! use cti_extract::repair::fix_text;
//!
//! assert_eq!(fix_text("The attackerâ€™s â€œloaderâ€ that"), "The attacker’s “loader” that");
//! assert_eq!(fix_text("cafÃ© Ð¿Ñ€Ð¸Ð²ÐµÑ‚"), "café привет");
//! assert!(matches!(fix_text("already “fine”"), std::borrow::Cow::Borrowed(_)));
//! ```

mod badness;
mod codepages;
mod cp_tables;
mod entities;
mod entities_table;
mod mojibake;
mod plausible;
mod scan;
mod simple;
mod width_table;

use std::borrow::Cow;

use serde::Serialize;

use crate::report::Span;

/// What kind of repair a [`RepairStep`] made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RepairKind {
    /// UTF-8 that had been decoded with a single-byte code page (named in
    /// [`RepairStep::encoding`]) was re-encoded and decoded as UTF-8.
    Mojibake,
    /// Like `Mojibake`, but a byte had been lost on the way and was restored
    /// (a 0x9D dropped from a closing quote, a 0xA0 that became a space) or
    /// the lost character was replaced by U+FFFD.
    LostByte,
    /// A C1 control character read as windows-1252, as browsers do.
    C1Control,
    /// An HTML entity or character reference in text without markup.
    HtmlEntity,
    /// An ANSI terminal escape sequence removed.
    TerminalEscape,
    /// A Latin ligature (ﬁ, ﬂ, Ĳ, ...) split into letters.
    Ligature,
    /// A curly quote made straight (option).
    Quote,
    /// A full-width or half-width character made standard width (option).
    Width,
    /// A CR, CRLF, U+2028, U+2029 or U+0085 line break made LF (option).
    LineBreak,
    /// An invisible control character removed (option).
    ControlChar,
}

/// One change that repair made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepairStep {
    /// What was repaired.
    pub kind: RepairKind,
    /// The bytes of the input that the change came from. When several steps
    /// touch the same text (two layers of mojibake), each has the span of the
    /// input it came from.
    pub span: Span,
    /// The text the step replaced, as it was when the step ran (after the
    /// steps before it).
    pub original: String,
    /// The text it was replaced with.
    pub replacement: String,
    /// The code page the text had been misread with, for mojibake.
    pub encoding: Option<&'static str>,
}

/// Repaired text and the steps that made it.
#[derive(Debug, Clone)]
pub struct Repaired<'a> {
    /// The repaired text; borrowed when nothing changed.
    pub text: Cow<'a, str>,
    /// The changes, in the order they were made.
    pub steps: Vec<RepairStep>,
}

/// Which repairs to make. The defaults are lossless: they only undo damage.
///
/// ```
/// use cti_extract::repair::RepairOptions;
///
/// let opts = RepairOptions::new().uncurl_quotes(true);
/// assert_eq!(opts.fix("itâ€™s"), "it's");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepairOptions {
    fix_encoding: bool,
    fix_c1_controls: bool,
    unescape_html: bool,
    remove_terminal_escapes: bool,
    fix_latin_ligatures: bool,
    uncurl_quotes: bool,
    fix_character_width: bool,
    fix_line_breaks: bool,
    remove_control_chars: bool,
}

impl Default for RepairOptions {
    fn default() -> Self {
        RepairOptions {
            fix_encoding: true,
            fix_c1_controls: true,
            unescape_html: true,
            remove_terminal_escapes: true,
            fix_latin_ligatures: true,
            uncurl_quotes: false,
            fix_character_width: false,
            fix_line_breaks: false,
            remove_control_chars: false,
        }
    }
}

/// Repairs `text` with the default options; borrows it when nothing changed.
///
/// ```
/// use cti_extract::repair::fix_text;
///
/// assert_eq!(fix_text("certaintyâ€\nthat"), "certainty”\nthat");
/// assert_eq!(fix_text("Acmeâ„¢ &amp; ﬁles"), "Acme™ & files");
/// ```
pub fn fix_text(text: &str) -> Cow<'_, str> {
    RepairOptions::default().fix(text)
}

/// Repairs `text` with the default options and says what was changed.
///
/// ```
/// use cti_extract::repair::{fix_and_explain, RepairKind};
///
/// let r = fix_and_explain("a cafÃ© b");
/// assert_eq!(r.text, "a café b");
/// assert_eq!(r.steps[0].kind, RepairKind::Mojibake);
/// assert_eq!(r.steps[0].span.slice("a cafÃ© b"), Some("Ã©"));
/// assert_eq!(r.steps[0].replacement, "é");
/// ```
pub fn fix_and_explain(text: &str) -> Repaired<'_> {
    RepairOptions::default().fix_and_explain(text)
}

impl RepairOptions {
    /// The default options: every lossless repair on, the lossy ones off.
    pub fn new() -> Self {
        Self::default()
    }

    /// Undo mojibake (default on).
    pub fn fix_encoding(mut self, on: bool) -> Self {
        self.fix_encoding = on;
        self
    }

    /// Read C1 control characters as windows-1252 (default on).
    pub fn fix_c1_controls(mut self, on: bool) -> Self {
        self.fix_c1_controls = on;
        self
    }

    /// Decode HTML entities in lines without a `<` (default on).
    pub fn unescape_html(mut self, on: bool) -> Self {
        self.unescape_html = on;
        self
    }

    /// Remove ANSI terminal escapes (default on).
    pub fn remove_terminal_escapes(mut self, on: bool) -> Self {
        self.remove_terminal_escapes = on;
        self
    }

    /// Split Latin ligatures such as ﬁ into letters (default on).
    pub fn fix_latin_ligatures(mut self, on: bool) -> Self {
        self.fix_latin_ligatures = on;
        self
    }

    /// Make curly quotes straight (lossy, default off).
    pub fn uncurl_quotes(mut self, on: bool) -> Self {
        self.uncurl_quotes = on;
        self
    }

    /// Make full-width and half-width characters standard width, and the
    /// ideographic space a space (lossy, default off).
    pub fn fix_character_width(mut self, on: bool) -> Self {
        self.fix_character_width = on;
        self
    }

    /// Make every line break LF (lossy, default off).
    pub fn fix_line_breaks(mut self, on: bool) -> Self {
        self.fix_line_breaks = on;
        self
    }

    /// Remove invisible control characters: C0 controls other than tab, LF,
    /// FF and CR, DEL, U+206A..U+206F, U+FEFF, U+FFF9..U+FFFC (lossy,
    /// default off).
    pub fn remove_control_chars(mut self, on: bool) -> Self {
        self.remove_control_chars = on;
        self
    }

    /// All of ftfy's default fixes, including the lossy ones (not NFC
    /// normalisation, which this crate does not do).
    pub fn ftfy_defaults() -> Self {
        Self::default()
            .uncurl_quotes(true)
            .fix_character_width(true)
            .fix_line_breaks(true)
            .remove_control_chars(true)
    }

    /// Repairs `text`; borrows it when nothing changed.
    pub fn fix<'a>(&self, text: &'a str) -> Cow<'a, str> {
        self.run(text, false).text
    }

    /// Repairs `text` and says what was changed.
    pub fn fix_and_explain<'a>(&self, text: &'a str) -> Repaired<'a> {
        self.run(text, true)
    }

    /// Whether the scan finds anything in `text` that `triggers` could
    /// repair.
    fn may_need(&self, text: &str, triggers: &scan::Triggers) -> bool {
        scan::find(text, 0, triggers).is_some()
    }

    fn triggers(&self) -> scan::Triggers {
        scan::Triggers {
            entities: self.unescape_html,
            escapes: self.remove_terminal_escapes,
            ligatures: self.fix_latin_ligatures,
            c1: self.fix_c1_controls,
            mojibake: self.fix_encoding,
            quotes: self.uncurl_quotes,
            width: self.fix_character_width,
            line_breaks: self.fix_line_breaks,
            controls: self.remove_control_chars,
        }
    }

    fn run<'a>(&self, text: &'a str, explain: bool) -> Repaired<'a> {
        let triggers = self.triggers();
        let mut out: Option<String> = None;
        let mut steps = Vec::new();
        // `copied`: how much of `text` is already in `out`.
        let mut copied = 0;
        let mut pos = 0;
        while let Some(hit) = scan::find(text, pos, &triggers) {
            let before = text.get(pos..hit).unwrap_or_default();
            let line_start = before.rfind('\n').map_or(pos, |k| pos + k + 1);
            let line_end = text
                .get(hit..)
                .and_then(|s| memchr::memchr(b'\n', s.as_bytes()))
                .map_or(text.len(), |k| hit + k + 1);
            let line = text.get(line_start..line_end).unwrap_or_default();
            if let Some(fixed) = self.fix_line(line, line_start, explain, &mut steps) {
                let buf = out.get_or_insert_with(|| String::with_capacity(text.len()));
                buf.push_str(text.get(copied..line_start).unwrap_or_default());
                buf.push_str(&fixed);
                copied = line_end;
            }
            pos = line_end;
        }
        let text = match out {
            Some(mut buf) => {
                buf.push_str(text.get(copied..).unwrap_or_default());
                Cow::Owned(buf)
            }
            None => Cow::Borrowed(text),
        };
        Repaired { text, steps }
    }

    /// Repairs one line (a segment ending after `\n`, as in ftfy); `None`
    /// when it does not change. Steps get spans offset by `base`.
    fn fix_line(
        &self,
        line: &str,
        base: usize,
        explain: bool,
        steps: &mut Vec<RepairStep>,
    ) -> Option<String> {
        let mut t = Tracker {
            text: line.to_owned(),
            explain,
            stages: Vec::new(),
            pending: Vec::new(),
        };
        // As ftfy: a line with a '<' is markup, whose entities stay.
        let unescape = self.unescape_html && !line.contains('<');
        let triggers = self.triggers();
        let mojibake_only = &scan::Triggers {
            entities: false,
            escapes: false,
            ligatures: false,
            quotes: false,
            width: false,
            line_breaks: false,
            controls: false,
            ..triggers
        };
        for _ in 0..MAX_ROUNDS {
            let round_start = t.text.clone();
            if unescape {
                t.stage(entities::changes);
            }
            // Lines the scan sent here only for an entity, an escape or an
            // optional fix skip the mojibake stage.
            if self.fix_encoding && self.may_need(&t.text, mojibake_only) {
                for _ in 0..MAX_ROUNDS {
                    let view = mojibake::Chars::new(&t.text);
                    let changes = mojibake::fix_once(&t.text, &view);
                    // Stop when nothing changed or the scan finds nothing
                    // left that could be mojibake.
                    if !t.apply(changes) || !self.may_need(&t.text, mojibake_only) {
                        break;
                    }
                }
            }
            if self.fix_c1_controls {
                t.stage(simple::c1_controls);
            }
            if self.fix_latin_ligatures {
                t.stage(simple::ligatures);
            }
            if self.fix_character_width {
                t.stage(simple::character_width);
            }
            if self.uncurl_quotes {
                t.stage(simple::uncurl_quotes);
            }
            if self.fix_line_breaks {
                t.stage(simple::line_breaks);
            }
            if self.remove_terminal_escapes {
                t.stage(simple::terminal_escapes);
            }
            if self.remove_control_chars {
                t.stage(simple::control_chars);
            }
            if t.text == round_start || !self.may_need(&t.text, &triggers) {
                break;
            }
        }
        if t.text == line {
            return None;
        }
        let fixed = std::mem::take(&mut t.text);
        if explain {
            t.finish(base, line, steps);
        }
        Some(fixed)
    }
}

/// Rounds of fixing before giving up on reaching a fixed point (each round
/// that changes something shortens the text or removes an entity, so real
/// text needs few).
const MAX_ROUNDS: usize = 16;

/// One replacement, in byte offsets of the text it applies to.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    pub kind: RepairKind,
    pub encoding: Option<&'static str>,
}

/// Applies sorted, disjoint changes to `text`.
pub(crate) fn apply(text: &str, changes: &[Change]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for c in changes {
        if c.start < at {
            continue;
        }
        out.push_str(text.get(at..c.start).unwrap_or_default());
        out.push_str(&c.replacement);
        at = c.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// An edit as seen by span mapping: input range and output length.
#[derive(Debug, Clone, Copy)]
struct Edit {
    start: usize,
    end: usize,
    new_len: usize,
}

/// The text of a line as the stages change it, with what is needed to map
/// each step back to the input.
struct Tracker {
    text: String,
    explain: bool,
    stages: Vec<Vec<Edit>>,
    pending: Vec<(usize, Change, String)>,
}

impl Tracker {
    fn stage(&mut self, f: fn(&str) -> Vec<Change>) -> bool {
        let changes = f(&self.text);
        self.apply(changes)
    }

    fn apply(&mut self, changes: Vec<Change>) -> bool {
        if changes.is_empty() {
            return false;
        }
        let next = apply(&self.text, &changes);
        if next == self.text {
            return false;
        }
        if self.explain {
            let stage = self.stages.len();
            let mut edits = Vec::with_capacity(changes.len());
            for c in changes {
                let original = self.text.get(c.start..c.end).unwrap_or_default().to_owned();
                edits.push(Edit {
                    start: c.start,
                    end: c.end,
                    new_len: c.replacement.len(),
                });
                self.pending.push((stage, c, original));
            }
            self.stages.push(edits);
        }
        self.text = next;
        true
    }

    fn finish(self, base: usize, line: &str, steps: &mut Vec<RepairStep>) {
        for (stage, c, original) in self.pending {
            let (mut start, mut end) = (c.start, c.end);
            for edits in self.stages.iter().take(stage).rev() {
                start = map_back(edits, start, false);
                end = map_back(edits, end, true);
            }
            let end = end.clamp(start, line.len());
            steps.push(RepairStep {
                kind: c.kind,
                span: Span::new(base + start, base + end),
                original,
                replacement: c.replacement,
                encoding: c.encoding,
            });
        }
    }
}

/// Maps a position in a stage's output to its input. A position inside a
/// replaced range maps to the start of the range (or its end, for `is_end`).
fn map_back(edits: &[Edit], pos: usize, is_end: bool) -> usize {
    // `shift` = output position - input position, so far.
    let mut shift: isize = 0;
    for e in edits {
        let out_start = e.start as isize + shift;
        let out_end = out_start + e.new_len as isize;
        let p = pos as isize;
        if is_end {
            if p <= out_start {
                break;
            }
            if p <= out_end {
                return e.end;
            }
        } else {
            if p < out_start {
                break;
            }
            if p < out_end {
                return e.start;
            }
        }
        shift += e.new_len as isize - (e.end as isize - e.start as isize);
    }
    (pos as isize - shift).max(0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_map_through_layers() {
        let input = "x &amp; Ã¢â‚¬â„¢ y";
        let r = fix_and_explain(input);
        assert_eq!(r.text, "x & ’ y");
        for s in &r.steps {
            assert!(s.span.slice(input).is_some(), "{s:?}");
        }
        let last = r.steps.last().map(|s| s.span.slice(input));
        assert_eq!(last, Some(Some("Ã¢â‚¬â„¢")));
    }
}
