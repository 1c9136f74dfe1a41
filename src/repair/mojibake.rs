//! Mojibake: UTF-8 that was decoded with a single-byte code page, once or
//! several times. Re-encode through the code page, check that the bytes are
//! UTF-8, decode.
//!
//! The strategy follows ftfy's `fix_encoding` (Apache-2.0, `ftfy/__init__.py`
//! and `ftfy/fixes.py`): when a segment looks bad, first try to re-encode the
//! whole segment in each code page; when no code page decodes all of it, fix
//! the runs that look like UTF-8 one by one; finally read C1 controls as
//! windows-1252. The byte transforms `restore_byte_a0` and
//! `replace_lossy_sequences` are ported; `restore_lost_quote` is ours.

use super::badness::is_bad;
use super::codepages::{self, CODEPAGES, COUNT, MAC_ROMAN};
use super::{Change, RepairKind};

/// The per-character view of a segment: characters and their byte offsets
/// (with one extra offset at the end).
pub(crate) struct Chars {
    pub chars: Vec<char>,
    pub offsets: Vec<usize>,
    /// For each character, the byte it encodes to in each code page (all 0
    /// for ASCII, which encodes to itself).
    pub enc: Vec<codepages::Bytes>,
    /// Whether some non-ASCII character is in no code page at all (then no
    /// code page can re-encode the whole text).
    pub unencodable: bool,
}

impl Chars {
    pub(crate) fn new(s: &str) -> Chars {
        let mut chars = Vec::with_capacity(s.len());
        let mut offsets = Vec::with_capacity(s.len() + 1);
        let mut enc = Vec::with_capacity(s.len());
        let mut unencodable = false;
        for (i, c) in s.char_indices() {
            chars.push(c);
            offsets.push(i);
            if c.is_ascii() {
                enc.push([0; COUNT]);
            } else {
                let b = codepages::bytes_of(c);
                if c != '\u{FFFD}' && b == [0; COUNT] {
                    unencodable = true;
                }
                enc.push(b);
            }
        }
        offsets.push(s.len());
        Chars {
            chars,
            offsets,
            enc,
            unencodable,
        }
    }

    fn byte(&self, char_index: usize) -> usize {
        self.offsets.get(char_index).copied().unwrap_or(0)
    }
}

/// One pass of mojibake repair over `seg`; the changes are in `seg`'s byte
/// offsets, sorted and disjoint. Empty when nothing is to be done.
pub(crate) fn fix_once(seg: &str, view: &Chars) -> Vec<Change> {
    fix_once_with(seg, view, false)
}

/// [`fix_once`], with `known_bad` when the caller saw badness in context.
fn fix_once_with(seg: &str, view: &Chars, known_bad: bool) -> Vec<Change> {
    let bad = known_bad || is_bad(&view.chars);
    if let Some(changes) = fix_whole(seg, view, bad) {
        return changes;
    }
    if bad {
        let changes = fix_runs(seg, view);
        if !changes.is_empty() {
            return changes;
        }
    }
    fix_regions(seg, view)
}

/// Repairs `s` completely (all layers) and returns the result, or `None`
/// when nothing changed. Used for runs inside a segment.
fn fix_fully(s: &str, known_bad: bool) -> Option<(String, &'static str, RepairKind)> {
    let mut text = s.to_owned();
    let mut first_encoding = None;
    let mut kind = RepairKind::Mojibake;
    for round in 0..8 {
        let view = Chars::new(&text);
        let changes = fix_once_with(&text, &view, known_bad && round == 0);
        if changes.is_empty() {
            break;
        }
        if first_encoding.is_none() {
            first_encoding = changes.first().and_then(|c| c.encoding);
        }
        if changes.iter().any(|c| c.kind == RepairKind::LostByte) {
            kind = RepairKind::LostByte;
        }
        text = super::apply(&text, &changes);
    }
    if text == s {
        None
    } else {
        Some((text, first_encoding.unwrap_or("windows-1252"), kind))
    }
}

/// Flags for bytes of a re-encoded segment.
const ALTERED: u8 = 1;

/// A segment re-encoded in one code page.
struct Encoded {
    bytes: Vec<u8>,
    /// For each byte, the index of the character it came from.
    src: Vec<usize>,
    /// For each byte, whether a transform put it there.
    flags: Vec<u8>,
}

impl Encoded {
    fn new(chars: &[char], enc: &[codepages::Bytes], page: usize) -> Option<Encoded> {
        let mut bytes = Vec::with_capacity(chars.len());
        for (&c, b) in chars.iter().zip(enc) {
            let byte = match b.get(page) {
                _ if c.is_ascii() => c as u8,
                Some(&x) if x != 0 => x,
                _ => codepages::encode_char(c, page)?,
            };
            bytes.push(byte);
        }
        let src = (0..chars.len()).collect();
        let flags = vec![0; chars.len()];
        Some(Encoded { bytes, src, flags })
    }

    fn insert(&mut self, at: usize, byte: u8, src: usize) {
        if at <= self.bytes.len() {
            self.bytes.insert(at, byte);
            self.src.insert(at, src);
            self.flags.insert(at, ALTERED);
        }
    }

    fn set(&mut self, at: usize, byte: u8) {
        if let (Some(b), Some(f)) = (self.bytes.get_mut(at), self.flags.get_mut(at)) {
            *b = byte;
            *f = ALTERED;
        }
    }

    fn get(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }
}

fn is_cont(b: Option<u8>) -> bool {
    b.is_some_and(|b| (0x80..0xC0).contains(&b))
}

/// cti-extract: a right double quote (E2 80 9D) whose last byte the code
/// page could not represent and dropped, leaving "â€" before a space, a line
/// end or the end of the text (or before U+FFFD, read as byte 0x1A). Of the
/// characters E2 80 + an undefined byte could be, ” is by far the most
/// common; ftfy instead reads "â€ " as a dagger (E2 80 A0) and eats the
/// space. Between two letters or digits the lost byte is taken to be 0x90
/// (U+2010 HYPHEN), and where the code page leaves 0x9C undefined too
/// (windows-1253) "â€" before a word is an opening quote “.
fn restore_lost_quote(e: &mut Encoded, page: usize) {
    if !codepages::is_undefined(0x9D, page) {
        return;
    }
    let open_undefined = codepages::is_undefined(0x9C, page);
    let hyphen_undefined = codepages::is_undefined(0x90, page);
    let mut i = 0;
    while i + 1 < e.bytes.len() {
        if e.get(i) == Some(0xE2) && e.get(i + 1) == Some(0x80) {
            let next = e.get(i + 2);
            let word_after = next.is_some_and(|b| b.is_ascii_alphanumeric());
            let word_before = i
                .checked_sub(1)
                .and_then(|k| e.get(k))
                .is_some_and(|b| b.is_ascii_alphanumeric());
            let lost = if word_after && word_before && hyphen_undefined {
                0x90
            } else if word_after && open_undefined {
                0x9C
            } else {
                0x9D
            };
            if next == Some(0x1A) {
                e.set(i + 2, lost);
            } else if !is_cont(next) {
                let src = e.src.get(i + 1).copied().unwrap_or(0);
                e.insert(i + 2, lost, src);
            }
            i += 3;
        } else {
            i += 1;
        }
    }
}

/// ftfy's `ALTERED_UTF8_RE`: does a UTF-8 sequence start at `i` whose 0xA0
/// byte became a space? Returns the length of the match and the position of
/// the space to restore.
fn altered_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let at = |k: usize| b.get(i + k).copied();
    let c80 = |x: Option<u8>| x.is_some_and(|x| (0x80..0xC0).contains(&x));
    let c_no_a0 =
        |x: Option<u8>| x.is_some_and(|x| matches!(x, 0x80..=0x84 | 0x86..=0x9F | 0xA1..=0xBF));
    let sp = |x: Option<u8>| x == Some(b' ');
    let lead = at(0)?;
    if matches!(lead, 0xC2 | 0xC3 | 0xC5 | 0xCE | 0xD0 | 0xD9) && sp(at(1)) {
        return Some((2, i + 1));
    }
    if matches!(lead, 0xE2 | 0xE3) && sp(at(1)) && c_no_a0(at(2)) {
        return Some((3, i + 1));
    }
    if (0xE0..=0xE3).contains(&lead) && c_no_a0(at(1)) && sp(at(2)) {
        return Some((3, i + 2));
    }
    if lead == 0xF0 {
        if sp(at(1)) && c80(at(2)) && c80(at(3)) {
            return Some((4, i + 1));
        }
        if c80(at(1)) && sp(at(2)) && c80(at(3)) {
            return Some((4, i + 2));
        }
        if c80(at(1)) && c80(at(2)) && sp(at(3)) {
            return Some((4, i + 3));
        }
    }
    None
}

/// ftfy's `restore_byte_a0`: put back a 0xA0 byte that became a space, where
/// that makes a UTF-8 sequence. "Ã " followed by a word becomes "à " (the
/// space stays), except before the Portuguese "às", "àquele", ...
fn restore_byte_a0(e: &mut Encoded) {
    // Every sequence `altered_at` matches starts with a byte of 0xC2 or
    // more: the others are passed over without a call.
    if !e
        .bytes
        .iter()
        .enumerate()
        .any(|(i, &x)| x >= 0xC2 && altered_at(&e.bytes, i).is_some())
    {
        return;
    }
    // A_GRAVE_WORD_RE = b"\xc3 (?! |quele|quela|quilo|s )"
    let mut i = 0;
    while i + 1 < e.bytes.len() {
        if e.get(i) == Some(0xC3) && e.get(i + 1) == Some(b' ') {
            let rest = e.bytes.get(i + 2..).unwrap_or_default();
            let excluded = [&b" "[..], b"quele", b"quela", b"quilo", b"s "]
                .iter()
                .any(|p| rest.starts_with(p));
            if !excluded {
                let src = e.src.get(i).copied().unwrap_or(0);
                e.insert(i + 1, 0xA0, src);
                i += 3;
                continue;
            }
        }
        i += 1;
    }
    let mut i = 0;
    while i < e.bytes.len() {
        match altered_at(&e.bytes, i) {
            Some((len, space)) => {
                e.set(space, 0xA0);
                i += len;
            }
            None => i += 1,
        }
    }
}

/// ftfy's `replace_lossy_sequences`: a UTF-8 sequence with a byte lost to
/// U+FFFD (encoded as 0x1A) or '?' becomes U+FFFD as a whole; a lone 0x1A
/// becomes U+FFFD again.
fn replace_lossy_sequences(e: &mut Encoded) {
    if !e.bytes.contains(&0x1A) {
        return;
    }
    let mut out = Encoded {
        bytes: Vec::with_capacity(e.bytes.len()),
        src: Vec::with_capacity(e.bytes.len()),
        flags: Vec::with_capacity(e.bytes.len()),
    };
    let b = &e.bytes;
    let mut i = 0;
    while i < b.len() {
        let len = lossy_at(b, i);
        if len > 0 {
            let first = e.src.get(i).copied().unwrap_or(0);
            let last = e.src.get(i + len - 1).copied().unwrap_or(first);
            for (k, &byte) in [0xEF, 0xBF, 0xBD].iter().enumerate() {
                out.bytes.push(byte);
                out.src.push(if k == 0 { first } else { last });
                out.flags.push(ALTERED);
            }
            i += len;
        } else {
            out.bytes.push(b.get(i).copied().unwrap_or(0));
            out.src.push(e.src.get(i).copied().unwrap_or(0));
            out.flags.push(e.flags.get(i).copied().unwrap_or(0));
            i += 1;
        }
    }
    *e = out;
}

/// The length of a `LOSSY_UTF8_RE` match at `i`, or 0.
fn lossy_at(b: &[u8], i: usize) -> usize {
    let at = |k: usize| b.get(i + k).copied();
    let sub = |x: Option<u8>| x == Some(0x1A);
    let subq = |x: Option<u8>| matches!(x, Some(0x1A) | Some(b'?'));
    let cont = |x: Option<u8>| x.is_some_and(|x| x == 0x1A || (0x80..0xC0).contains(&x));
    let pure = |x: Option<u8>| x.is_some_and(|x| (0x80..0xC0).contains(&x));
    let Some(lead) = at(0) else { return 0 };
    if (0xC2..=0xDF).contains(&lead) && sub(at(1)) {
        return 2;
    }
    if (0xC2..=0xC3).contains(&lead) && at(1) == Some(b'?') {
        return 2;
    }
    if lead == 0xED {
        let hi = |x: Option<u8>| x.is_some_and(|x| (0xA0..=0xAF).contains(&x));
        let lo = |x: Option<u8>| x.is_some_and(|x| (0xB0..=0xBF).contains(&x));
        if hi(at(1))
            && subq(at(2))
            && at(3) == Some(0xED)
            && lo(at(4))
            && (subq(at(5)) || pure(at(5)))
        {
            return 6;
        }
        if hi(at(1))
            && (subq(at(2)) || pure(at(2)))
            && at(3) == Some(0xED)
            && lo(at(4))
            && subq(at(5))
        {
            return 6;
        }
    }
    if (0xE0..=0xEF).contains(&lead)
        && ((subq(at(1)) && cont(at(2))) || (cont(at(1)) && subq(at(2))))
    {
        return 3;
    }
    if (0xF0..=0xF4).contains(&lead) {
        let (x, y, z) = (at(1), at(2), at(3));
        if (subq(x) && cont(y) && cont(z))
            || (cont(x) && subq(y) && cont(z))
            || (cont(x) && cont(y) && subq(z))
        {
            return 4;
        }
    }
    if lead == 0x1A {
        return 1;
    }
    0
}

/// Decodes one UTF-8 (or CESU-8 / Java "modified UTF-8") sequence at `i`:
/// the character and its length in bytes.
fn decode_at(b: &[u8], i: usize) -> Option<(char, usize)> {
    let lead = *b.get(i)?;
    if lead < 0x80 {
        return Some((lead as char, 1));
    }
    // CESU-8 surrogate pair (ftfy's utf-8-variants codec).
    if let Some(
        &[0xED, h @ 0xA0..=0xAF, h2 @ 0x80..=0xBF, 0xED, l @ 0xB0..=0xBF, l2 @ 0x80..=0xBF],
    ) = b.get(i..i + 6)
    {
        let hi = 0xD000 | (u32::from(h & 0x3F) << 6) | u32::from(h2 & 0x3F);
        let lo = 0xD000 | (u32::from(l & 0x3F) << 6) | u32::from(l2 & 0x3F);
        let cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
        return char::from_u32(cp).map(|c| (c, 6));
    }
    // Java's two-byte NUL.
    if lead == 0xC0 && b.get(i + 1) == Some(&0x80) {
        return Some(('\0', 2));
    }
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let seq = b.get(i..i + len)?;
    let s = std::str::from_utf8(seq).ok()?;
    s.chars().next().map(|c| (c, len))
}

/// Re-encodes the whole segment in each code page. When the segment looks
/// bad (ftfy's badness), the best-scoring code page whose bytes are UTF-8
/// wins (ftfy takes the first; ties go to the first here too). When it does
/// not, a reading is still taken if it saves at least two bytes, scores
/// strictly better than the segment, and produces no C1 or private-use
/// character (cti-extract addition: mojibake of one script through another
/// script's code page, which the badness rules do not see).
fn fix_whole(seg: &str, view: &Chars, bad: bool) -> Option<Vec<Change>> {
    let chars = &view.chars;
    if view.unencodable {
        return None;
    }
    // Code pages in which the text has the shape of UTF-8 as it is; when
    // none and the text looks bad, all of them, with the byte transforms
    // (restored 0xA0, lost bytes) that can give it that shape.
    let shaped: Vec<usize> = (0..COUNT).filter(|&p| maybe_utf8(view, p)).collect();
    let pages: Vec<usize> = if bad && shaped.is_empty() {
        (0..COUNT).collect()
    } else {
        shaped
    };
    let mut found: Vec<(Vec<Change>, usize)> = Vec::new();
    for page in pages {
        let Some(mut e) = Encoded::new(chars, &view.enc, page) else {
            continue;
        };
        let sloppy = CODEPAGES.get(page).is_some_and(|p| p.sloppy);
        if sloppy {
            restore_lost_quote(&mut e, page);
        }
        if bad {
            if page != MAC_ROMAN {
                restore_byte_a0(&mut e);
            }
            if sloppy {
                replace_lossy_sequences(&mut e);
            }
        }
        if let Some(candidate) = decode_groups(view, &e, page) {
            // Code pages that agree on the result (windows-1252 and
            // windows-1254 on "â€œ") are one candidate, the first.
            if !found.iter().any(|(c, _)| same_changes(c, &candidate.0)) {
                found.push(candidate);
            }
        }
    }
    if bad && found.len() == 1 {
        return found.pop().map(|(changes, _)| changes);
    }
    let mut best: Option<(Vec<Change>, usize)> = None;
    let mut orig_score = None;
    for (changes, evidence) in found {
        let fixed = super::apply(seg, &changes);
        let fixed_chars: Vec<char> = fixed.chars().collect();
        let score = super::plausible::score(&fixed_chars);
        if !bad {
            let orig = *orig_score.get_or_insert_with(|| super::plausible::score(chars));
            if !structural_ok(evidence, orig, score) || super::plausible::has_forbidden(&fixed) {
                continue;
            }
        }
        let better = match &best {
            Some((_, b)) => score < *b,
            None => true,
        };
        if better {
            best = Some((changes, score));
        }
    }
    best.map(|(changes, _)| changes)
}

/// Whether a reading that ftfy's badness does not ask for is still taken:
/// it saves at least two bytes and is more plausible, or it saves one byte
/// and is much more plausible (two points).
fn structural_ok(evidence: usize, before: usize, after: usize) -> bool {
    (evidence >= 2 && after < before) || (evidence == 1 && after + 2 <= before)
}

fn same_changes(a: &[Change], b: &[Change]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .all(|(x, y)| x.start == y.start && x.end == y.end && x.replacement == y.replacement)
}

/// A quick necessary condition for the whole text to re-encode in `page`
/// to UTF-8 (without the byte transforms): every non-ASCII character is the
/// lead or a continuation of a complete sequence, or "â€" of a lost quote.
fn maybe_utf8(view: &Chars, page: usize) -> bool {
    let lost_quote = codepages::is_undefined(0x9D, page);
    let high = |k: usize| -> u8 {
        view.enc
            .get(k)
            .and_then(|b| b.get(page))
            .copied()
            .unwrap_or(0)
    };
    let mut i = 0;
    let n = view.chars.len();
    while i < n {
        if view.chars.get(i).is_some_and(char::is_ascii) {
            i += 1;
            continue;
        }
        let Some(k) = needs(high(i)) else {
            return false;
        };
        if (1..=k).all(|d| (0x80..0xC0).contains(&high(i + d))) {
            i += k + 1;
        } else if lost_quote && high(i) == 0xE2 && high(i + 1) == 0x80 {
            i += 2;
        } else {
            return false;
        }
    }
    true
}

/// Decodes the re-encoded bytes as UTF-8 and turns each multi-byte sequence
/// into a change of the characters it came from; `None` if the bytes are not
/// UTF-8.
fn decode_groups(view: &Chars, e: &Encoded, page: usize) -> Option<(Vec<Change>, usize)> {
    let name = CODEPAGES.get(page).map(|p| p.name);
    let mut changes: Vec<Change> = Vec::new();
    let mut evidence = 0;
    // The character range of the change being built.
    let mut i = 0;
    while i < e.bytes.len() {
        let (c, len) = decode_at(&e.bytes, i)?;
        let altered = e
            .flags
            .get(i..i + len)
            .is_some_and(|f| f.contains(&ALTERED));
        if len == 1 && !altered {
            i += 1;
            continue;
        }
        evidence += len - 1;
        let first = e.src.get(i).copied()?;
        let last = e.src.get(i + len - 1).copied()?;
        let start = view.byte(first);
        let end = view.byte(last + 1);
        let kind = if altered {
            RepairKind::LostByte
        } else {
            RepairKind::Mojibake
        };
        match changes.last_mut() {
            Some(prev) if prev.end == start && prev.kind == kind => {
                prev.end = end;
                prev.replacement.push(c);
            }
            Some(prev) if prev.end > start => {
                // Two sequences claim the same character (an inserted byte):
                // extend the previous change.
                prev.end = prev.end.max(end);
                prev.replacement.push(c);
            }
            _ => changes.push(Change {
                start,
                end,
                replacement: c.to_string(),
                kind,
                encoding: name,
            }),
        }
        i += len;
    }
    if changes.is_empty() {
        None
    } else {
        Some((changes, evidence))
    }
}

/// Character classes of ftfy's `UTF8_DETECTOR_RE` (computed from the code
/// page tables instead of listed).
const FIRST2: u8 = 1;
const FIRST3: u8 = 2;
const FIRST4: u8 = 4;
const CONT: u8 = 8;
const STRICT: u8 = 16;

/// The code pages the clues are drawn from (ftfy uses Latin-1 and the
/// windows-125x pages; cp437, MacRoman and ISO-8859-2 are added here).
const CLUE_PAGES: [usize; COUNT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

fn clues(c: char) -> u8 {
    if c == ' ' {
        return CONT;
    }
    if c.is_ascii() {
        return 0;
    }
    let bytes = codepages::bytes_of(c);
    let mut f = 0;
    for page in CLUE_PAGES {
        let b = bytes.get(page).copied().unwrap_or(0);
        match b {
            0xC2..=0xDF => f |= FIRST2,
            0xE0..=0xEF => f |= FIRST3,
            0xF0 | 0xF3 => f |= FIRST4,
            0x80..=0xBF => f |= CONT,
            _ => {}
        }
    }
    if f & CONT != 0 && !"\u{2013}\u{2014}\u{2015}\u{2018}\u{2019}\u{201A}\u{201C}\u{201D}\u{201E}\u{2022}\u{2026}".contains(c) {
        f |= STRICT;
    }
    f
}

/// The end of a run of UTF-8-looking sequences starting at `i`, if one does.
fn run_at(chars: &[char], i: usize) -> Option<usize> {
    let cl = |k: usize| chars.get(k).map_or(0, |&c| clues(c));
    let mut p = i;
    loop {
        let lead = cl(p);
        if lead & FIRST2 != 0 && cl(p + 1) & CONT != 0 {
            p += 2;
        } else if lead & FIRST3 != 0 && cl(p + 1) & CONT != 0 && cl(p + 2) & CONT != 0 {
            p += 3;
        } else if lead & FIRST4 != 0
            && cl(p + 1) & CONT != 0
            && cl(p + 2) & CONT != 0
            && cl(p + 3) & CONT != 0
        {
            p += 4;
        } else if chars.get(p) == Some(&'â') && chars.get(p + 1) == Some(&'€') {
            // cti-extract: the quote that lost its last byte.
            p += 2;
        } else {
            break;
        }
    }
    (p > i).then_some(p)
}

/// Whether replacing `run` by `fixed` makes the text more plausible and
/// adds no forbidden character.
fn plausible_fix(run: &str, fixed: &str) -> bool {
    if super::plausible::has_forbidden(fixed) {
        return false;
    }
    let a: Vec<char> = run.chars().collect();
    let b: Vec<char> = fixed.chars().collect();
    super::plausible::score(&b) <= super::plausible::score(&a)
}

/// ftfy's `decode_inconsistent_utf8`: fix each run that looks like UTF-8
/// mojibake, on its own.
fn fix_runs(seg: &str, view: &Chars) -> Vec<Change> {
    let chars = &view.chars;
    let mut changes = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let preceded_by_strict = i > 0 && chars.get(i - 1).is_some_and(|&c| clues(c) & STRICT != 0);
        if preceded_by_strict {
            i += 1;
            continue;
        }
        let Some(end) = run_at(chars, i) else {
            i += 1;
            continue;
        };
        // The run with one character of context on each side: ftfy looks
        // at the run alone and misses "ná»™i" (the "»™" needs the "i").
        let ctx = chars
            .get(i.saturating_sub(1)..(end + 1).min(chars.len()))
            .unwrap_or_default();
        if end - i < chars.len() && is_bad(ctx) {
            let (start_b, end_b) = (view.byte(i), view.byte(end));
            if let Some(run) = seg.get(start_b..end_b) {
                if let Some((fixed, encoding, kind)) =
                    fix_fully(run, true).filter(|(f, _, _)| plausible_fix(run, f))
                {
                    changes.push(Change {
                        start: start_b,
                        end: end_b,
                        replacement: fixed,
                        kind,
                        encoding: Some(encoding),
                    });
                }
            }
        }
        i = end;
    }
    changes
}

/// The number of continuation bytes a UTF-8 lead byte needs.
fn needs(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// The character range of the region of `page` mojibake starting at or
/// after `from`: ASCII and complete UTF-8 sequences (in `page`), beginning
/// and ending with a sequence. Returns (start, end, next search position).
fn region_at(view: &Chars, from: usize, page: usize) -> Option<(usize, usize, usize)> {
    let chars = &view.chars;
    let high = |k: usize| -> Option<u8> {
        let b = view.enc.get(k)?.get(page).copied()?;
        (b != 0).then_some(b)
    };
    let n = chars.len();
    let mut i = from;
    let mut start = None;
    let mut last_end = 0;
    let lost_quote = codepages::is_undefined(0x9D, page);
    while i < n {
        let c = chars.get(i).copied().unwrap_or(' ');
        if c.is_ascii() {
            i += 1;
            continue;
        }
        let group = high(i).and_then(|b| {
            let k = needs(b)?;
            let conts = (1..=k).all(|d| high(i + d).is_some_and(|x| (0x80..0xC0).contains(&x)));
            if conts {
                let mut bytes = vec![b];
                for d in 1..=k {
                    bytes.push(high(i + d).unwrap_or(0));
                }
                std::str::from_utf8(&bytes).ok().map(|_| k + 1)
            } else if lost_quote && b == 0xE2 && high(i + 1) == Some(0x80) {
                Some(2)
            } else {
                None
            }
        });
        match group {
            Some(len) => {
                start.get_or_insert(i);
                i += len;
                last_end = i;
            }
            None => {
                // A stray character ends the region.
                if let Some(s) = start {
                    return Some((s, last_end, i + 1));
                }
                i += 1;
            }
        }
    }
    start.map(|s| (s, last_end, n))
}

/// cti-extract addition: regions of one code page's mojibake inside a line
/// that also has text no single code page can encode (mojibake mixed with
/// correct text in another script). Each region is re-encoded on its own and
/// kept when it looks bad in context (ftfy's badness) and the repair is not
/// less plausible, or when it saves at least two bytes and is strictly more
/// plausible. Overlapping candidates from different code pages: the larger
/// improvement wins.
fn fix_regions(seg: &str, view: &Chars) -> Vec<Change> {
    let chars = &view.chars;
    let mut cands: Vec<(usize, usize, usize, Vec<Change>)> = Vec::new();
    for page in 0..COUNT {
        let mut from = 0;
        while let Some((start, end, next)) = region_at(view, from, page) {
            from = next.max(from + 1);
            let Some(region) = chars.get(start..end) else {
                continue;
            };
            if region.len() == chars.len() {
                continue;
            }
            let ctx = chars
                .get(start.saturating_sub(1)..(end + 1).min(chars.len()))
                .unwrap_or_default();
            let bad = is_bad(ctx);
            let Some(mut e) =
                Encoded::new(region, view.enc.get(start..end).unwrap_or_default(), page)
            else {
                continue;
            };
            if CODEPAGES.get(page).is_some_and(|p| p.sloppy) {
                restore_lost_quote(&mut e, page);
            }
            let sub = Chars {
                chars: region.to_vec(),
                offsets: view
                    .offsets
                    .get(start..=end)
                    .map(<[usize]>::to_vec)
                    .unwrap_or_default(),
                enc: Vec::new(),
                unencodable: false,
            };
            let Some((changes, evidence)) = decode_groups(&sub, &e, page) else {
                continue;
            };
            let (sb, eb) = (view.byte(start), view.byte(end));
            let Some(before) = seg.get(sb..eb) else {
                continue;
            };
            // `sub` offsets are absolute, so the changes are too.
            let rebased: Vec<Change> = changes
                .into_iter()
                .map(|c| Change {
                    start: c.start - sb,
                    end: c.end - sb,
                    ..c
                })
                .collect();
            let after = super::apply(before, &rebased);
            if super::plausible::has_forbidden(&after) {
                continue;
            }
            let sb_score = super::plausible::score(region);
            let after_chars: Vec<char> = after.chars().collect();
            let sa_score = super::plausible::score(&after_chars);
            let ok = if bad {
                sa_score <= sb_score
            } else {
                structural_ok(evidence, sb_score, sa_score)
            };
            if ok {
                let gain = sb_score.saturating_sub(sa_score) * 4 + evidence;
                let abs: Vec<Change> = rebased
                    .into_iter()
                    .map(|c| Change {
                        start: c.start + sb,
                        end: c.end + sb,
                        ..c
                    })
                    .collect();
                cands.push((gain, sb, eb, abs));
            }
        }
    }
    // Best first; ties keep code page order (stable sort).
    cands.sort_by_key(|c| std::cmp::Reverse(c.0));
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out: Vec<Change> = Vec::new();
    for (_, sb, eb, changes) in cands {
        if taken.iter().any(|&(s, e)| sb < e && s < eb) {
            continue;
        }
        taken.push((sb, eb));
        out.extend(changes);
    }
    out.sort_by_key(|c| c.start);
    out
}
