//! The "badness" heuristic: counts character sequences that are far more
//! likely to be mojibake than intended text.
//!
//! This is a port of ftfy's `BADNESS_RE` (Apache-2.0, `ftfy/badness.py`, by
//! Robyn Speer): the same character categories and the same rules, matched by
//! hand over a `char` slice instead of by a regex, plus a few rules of our own
//! for news text (marked "cti-extract addition").

use std::sync::LazyLock;

pub(crate) const COMMON: u16 = 1 << 0;
pub(crate) const C1: u16 = 1 << 1;
pub(crate) const BAD: u16 = 1 << 2;
pub(crate) const LAW: u16 = 1 << 3;
pub(crate) const CURRENCY: u16 = 1 << 4;
pub(crate) const START: u16 = 1 << 5;
pub(crate) const END: u16 = 1 << 6;
pub(crate) const NUMERIC: u16 = 1 << 7;
pub(crate) const KAOMOJI: u16 = 1 << 8;
pub(crate) const UPPER_ACC: u16 = 1 << 9;
pub(crate) const LOWER_ACC: u16 = 1 << 10;
pub(crate) const UPPER_COMMON: u16 = 1 << 11;
pub(crate) const LOWER_COMMON: u16 = 1 << 12;
pub(crate) const BOX: u16 = 1 << 13;

/// Characters at or above U+0600 that have a category (sorted by the table
/// builder); below it a dense table is used.
struct Categories {
    dense: Vec<u16>,
    sparse: Vec<(char, u16)>,
}

const DENSE: usize = 0x600;

fn ranges(spec: &[(char, char)], flag: u16, out: &mut Vec<(char, u16)>) {
    for &(a, b) in spec {
        for cp in (a as u32)..=(b as u32) {
            if let Some(c) = char::from_u32(cp) {
                out.push((c, flag));
            }
        }
    }
}

fn chars(spec: &str, flag: u16, out: &mut Vec<(char, u16)>) {
    out.extend(spec.chars().map(|c| (c, flag)));
}

static CATEGORIES: LazyLock<Categories> = LazyLock::new(|| {
    let mut all: Vec<(char, u16)> = Vec::new();
    chars(
        "\u{A0}\u{AD}\u{B7}\u{B4}\u{2013}\u{2014}\u{2015}\u{2026}\u{2019}",
        COMMON,
        &mut all,
    );
    ranges(&[('\u{80}', '\u{9F}')], C1, &mut all);
    chars(
        "\u{A6}\u{A4}\u{A8}\u{AC}\u{AF}\u{B8}\u{192}\u{2C6}\u{2C7}\u{2D8}\u{2DB}\u{2DC}\
         \u{2020}\u{2021}\u{2030}\u{2310}\u{25CA}\u{FFFD}\u{AA}\u{BA}",
        BAD,
        &mut all,
    );
    chars("\u{B6}\u{A7}", LAW, &mut all);
    chars("\u{A2}\u{A3}\u{A5}\u{20A7}\u{20AC}", CURRENCY, &mut all);
    chars(
        "\u{A1}\u{AB}\u{BF}\u{A9}\u{384}\u{385}\u{2018}\u{201A}\u{201C}\u{201E}\u{2022}\u{2039}\u{F8FF}",
        START,
        &mut all,
    );
    chars("\u{AE}\u{BB}\u{2DD}\u{201D}\u{203A}\u{2122}", END, &mut all);
    chars(
        "\u{B2}\u{B3}\u{B9}\u{B1}\u{BC}\u{BD}\u{BE}\u{D7}\u{B5}\u{F7}\u{2044}\u{2202}\u{2206}\
         \u{220F}\u{2211}\u{221A}\u{221E}\u{2229}\u{222B}\u{2248}\u{2260}\u{2261}\u{2264}\u{2265}\u{2116}",
        NUMERIC,
        &mut all,
    );
    ranges(
        &[
            ('\u{D2}', '\u{D6}'),
            ('\u{D9}', '\u{DC}'),
            ('\u{F2}', '\u{F6}'),
            ('\u{F8}', '\u{FC}'),
        ],
        KAOMOJI,
        &mut all,
    );
    chars("\u{150}\u{14C}\u{16A}\u{172}\u{B0}", KAOMOJI, &mut all);
    ranges(&[('\u{C0}', '\u{D1}')], UPPER_ACC, &mut all);
    chars(
        "\u{D8}\u{DC}\u{DD}\u{102}\u{100}\u{104}\u{106}\u{10C}\u{10E}\u{110}\u{118}\u{11A}\u{112}\
         \u{116}\u{11E}\u{122}\u{130}\u{12A}\u{136}\u{139}\u{13D}\u{141}\u{13B}\u{143}\u{147}\
         \u{145}\u{152}\u{158}\u{15A}\u{15E}\u{160}\u{162}\u{164}\u{16E}\u{170}\u{178}\u{179}\
         \u{17B}\u{17D}\u{490}",
        UPPER_ACC,
        &mut all,
    );
    chars("\u{DF}", LOWER_ACC, &mut all);
    ranges(&[('\u{E0}', '\u{F1}')], LOWER_ACC, &mut all);
    chars(
        "\u{103}\u{105}\u{101}\u{107}\u{10D}\u{10F}\u{111}\u{119}\u{11B}\u{113}\u{117}\u{11F}\
         \u{123}\u{12F}\u{12B}\u{137}\u{13A}\u{13E}\u{142}\u{13C}\u{153}\u{155}\u{15B}\u{15F}\
         \u{161}\u{165}\u{FC}\u{17A}\u{17C}\u{17E}\u{491}\u{FB01}\u{FB02}",
        LOWER_ACC,
        &mut all,
    );
    chars("\u{DE}", UPPER_COMMON, &mut all);
    ranges(
        &[('\u{391}', '\u{3A9}'), ('\u{401}', '\u{42F}')],
        UPPER_COMMON,
        &mut all,
    );
    chars(
        "\u{386}\u{388}\u{389}\u{38A}\u{38C}\u{38E}\u{38F}\u{3AA}\u{3AB}",
        UPPER_COMMON,
        &mut all,
    );
    ranges(
        &[('\u{3B1}', '\u{3C9}'), ('\u{430}', '\u{45F}')],
        LOWER_COMMON,
        &mut all,
    );
    chars(
        "\u{3AC}\u{3AD}\u{3AE}\u{3AF}\u{3B0}",
        LOWER_COMMON,
        &mut all,
    );
    chars("│┌┐┘├┤┬┼▀▄█▌▐░▒▓", BOX, &mut all);
    ranges(&[('\u{2550}', '\u{256C}')], BOX, &mut all);

    let mut dense = vec![0u16; DENSE];
    let mut sparse: Vec<(char, u16)> = Vec::new();
    for (c, flag) in all {
        match dense.get_mut(c as usize) {
            Some(slot) => *slot |= flag,
            None => match sparse.iter_mut().find(|(s, _)| *s == c) {
                Some((_, f)) => *f |= flag,
                None => sparse.push((c, flag)),
            },
        }
    }
    sparse.sort_unstable();
    Categories { dense, sparse }
});

/// The badness categories of `c` (a bit set of the constants above).
pub(crate) fn category(c: char) -> u16 {
    let t = &*CATEGORIES;
    match t.dense.get(c as usize) {
        Some(&f) => f,
        None => match t.sparse.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => t.sparse.get(i).map_or(0, |&(_, f)| f),
            Err(_) => 0,
        },
    }
}

/// Whether `text` contains at least one mojibake-looking sequence.
pub(crate) fn is_bad(text: &[char]) -> bool {
    (0..text.len()).any(|i| match_at(text, i).is_some())
}

/// Counts the non-overlapping mojibake-looking sequences in `text`.
pub(crate) fn badness(text: &[char]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < text.len() {
        match match_at(text, i) {
            Some(len) => {
                n += 1;
                i += len.max(1);
            }
            None => i += 1,
        }
    }
    n
}

fn is(c: Option<char>, flags: u16) -> bool {
    c.is_some_and(|c| category(c) & flags != 0)
}

fn one_of(c: Option<char>, set: &str) -> bool {
    c.is_some_and(|c| set.contains(c))
}

fn ascii_letter(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphabetic())
}

fn ascii_lower(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_lowercase())
}

fn space(c: Option<char>) -> bool {
    c.is_some_and(char::is_whitespace)
}

fn word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

const ACC: u16 = LOWER_ACC | UPPER_ACC;

/// The length of the first rule that matches at `i`, if any (the rules in
/// ftfy's order).
fn match_at(t: &[char], i: usize) -> Option<usize> {
    let at = |k: usize| t.get(i + k).copied();
    let (a, b, c) = (at(0), at(1), at(2));
    let a_cat = a.map_or(0, category);
    // Most characters have no category and start no rule: quick exit, except
    // for the rules that start with an ASCII letter, a space or punctuation.
    if a_cat == 0 && !a.is_some_and(|a| a.is_ascii() || a.is_whitespace()) {
        return None;
    }
    // Every rule that starts with an ASCII character needs a non-ASCII one
    // next, or whitespace and then Ã or Â.
    if a.is_some_and(|a| a.is_ascii())
        && b.is_some_and(|b| b.is_ascii())
        && !(b.is_some_and(|b| b.is_ascii_whitespace()) && matches!(c, Some('Ã' | 'Â')))
    {
        return None;
    }
    let b_cat = b.map_or(0, category);
    let has = |cat: u16, f: u16| cat & f != 0;

    if has(a_cat, C1) {
        return Some(1);
    }
    if has(
        a_cat,
        BAD | ACC | BOX | START | END | CURRENCY | NUMERIC | LAW,
    ) && has(b_cat, BAD)
    {
        return Some(2);
    }
    if ascii_letter(a) && has(b_cat, LOWER_COMMON | UPPER_COMMON) && is(c, BAD) {
        return Some(3);
    }
    if has(a_cat, BAD) && has(b_cat, ACC | BOX | START | END | CURRENCY | NUMERIC | LAW) {
        return Some(2);
    }
    if has(
        a_cat,
        LOWER_ACC | LOWER_COMMON | BOX | END | CURRENCY | NUMERIC,
    ) && has(b_cat, UPPER_ACC)
    {
        return Some(2);
    }
    if has(a_cat, BOX | END | CURRENCY | NUMERIC) && has(b_cat, LOWER_ACC) {
        return Some(2);
    }
    if has(a_cat, LOWER_ACC | BOX | END) && has(b_cat, CURRENCY) {
        return Some(2);
    }
    if space(a) && has(b_cat, UPPER_ACC) && is(c, CURRENCY) {
        return Some(3);
    }
    if has(a_cat, UPPER_ACC | BOX) && has(b_cat, NUMERIC | LAW) {
        return Some(2);
    }
    if has(a_cat, ACC | BOX | CURRENCY | END) && has(b_cat, START) && is(c, NUMERIC) {
        return Some(3);
    }
    if has(a_cat, ACC | CURRENCY | NUMERIC | BOX | LAW) && has(b_cat, END) && is(c, START) {
        return Some(3);
    }
    if has(a_cat, CURRENCY | NUMERIC | BOX) && has(b_cat, START) {
        return Some(2);
    }
    if ascii_lower(a) && has(b_cat, UPPER_ACC) && is(c, START | CURRENCY) {
        return Some(3);
    }
    if has(a_cat, BOX) && has(b_cat, KAOMOJI) {
        return Some(2);
    }
    if has(a_cat, ACC | CURRENCY | NUMERIC | START | END | LAW) && has(b_cat, BOX) {
        return Some(2);
    }
    if has(a_cat, BOX) && has(b_cat, END) {
        return Some(2);
    }
    if has(a_cat, ACC) && has(b_cat, START | END) && word(c) {
        return Some(3);
    }
    // The rest are rules about particular characters.
    let a_char = a.unwrap_or(' ');
    if !(a_char.is_ascii() || has(a_cat, UPPER_ACC | END) || "œ×Ùà√≈‚вГβāΒΓΞΟВРСâ".contains(a_char))
    {
        return None;
    }
    if one_of(a, "Œœ") && b.is_some_and(|b| !b.is_ascii_alphabetic()) {
        return Some(2);
    }
    if has(a_cat, UPPER_ACC) && b == Some('°') {
        return Some(2);
    }
    if one_of(a, "ÂÃÎÐ") && (one_of(b, "€œŠš¢£Ÿž\u{A0}\u{AD}®©°·»–—´") || has(b_cat, START | END))
    {
        return Some(2);
    }
    if a == Some('×') && one_of(b, "²³") {
        return Some(2);
    }
    let arabic_follow =
        |x: Option<char>| is(x, COMMON | CURRENCY | BAD | NUMERIC | START) || one_of(x, "ŸŠ®°µ»");
    if one_of(a, "ØÙ") && arabic_follow(b) && one_of(c, "ØÙ") && arabic_follow(at(3)) {
        return Some(4);
    }
    if a == Some('à') && one_of(b, "²µ¹¼½¾") {
        return Some(2);
    }
    if a == Some('√') && one_of(b, "±∂†≠®™´≤≥¥µø") {
        return Some(2);
    }
    if a == Some('≈') && one_of(b, "°¢") {
        return Some(2);
    }
    if a == Some('‚') && b == Some('Ä') && one_of(c, "ìîïòôúùû†°¢π") {
        return Some(3);
    }
    if a == Some('‚') && one_of(b, "âó") && one_of(c, "àä°ê") {
        return Some(3);
    }
    if a == Some('в') && b == Some('Ђ') {
        return Some(2);
    }
    if one_of(a, "ВГРС")
        && (is(b, C1 | BAD | START | END | CURRENCY) || one_of(b, "°µ"))
        && one_of(c, "ВГРС")
    {
        return Some(3);
    }
    if a == Some('Г')
        && b == Some('ў')
        && c == Some('В')
        && at(3) == Some('Ђ')
        && at(4) == Some('В')
        && at(5).is_some_and(|x| x != '\n')
        && at(6).is_some_and(|x| x.is_ascii_alphabetic() || x == ' ')
    {
        return Some(7);
    }
    if a == Some('Ã') && one_of(b, "\u{A0}¡") {
        return Some(2);
    }
    if ascii_lower(a) {
        if one_of(b, "ÃÂ") && c == Some(' ') {
            return Some(3);
        }
        if space(b) && one_of(c, "ÃÂ") && at(3) == Some(' ') {
            return Some(4);
        }
    }
    if i == 0 && one_of(a, "ÃÂ") && b == Some(' ') {
        return Some(2);
    }
    if (ascii_lower(a) || one_of(a, ".,?!") || has(a_cat, END))
        && b == Some('Â')
        && (c == Some(' ') || is(c, START | END))
    {
        return Some(3);
    }
    if a == Some('β') && b == Some('€') && one_of(c, "™\u{A0}Ά\u{AD}®°") {
        return Some(3);
    }
    if one_of(a, "ΒΓΞΟ")
        && (is(b, C1 | BAD | START | END | CURRENCY) || b == Some('°'))
        && one_of(c, "ΒΓΞΟ")
    {
        return Some(3);
    }
    if a == Some('ā') && b == Some('€') {
        return Some(2);
    }
    // cti-extract addition: "â" followed by a windows-1252 character of the
    // 0x80..=0x9F range other than quotes, dashes and the ellipsis is the
    // first two bytes of a UTF-8 character in U+2000..U+27FF ("â„¢" for ™,
    // "â€" for a quote whose last byte was lost). ftfy misses the lone ones.
    if a == Some('â') && one_of(b, "€‚ƒ„†‡ˆ‰Š‹ŒŽ•˜™š›œžŸ") {
        return Some(2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(s: &str) -> bool {
        is_bad(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn flags_mojibake() {
        for s in [
            "cafÃ©",
            "itâ€™s",
            "Acmeâ„¢",
            "certaintyâ€ that",
            "\u{80}",
            "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
        ] {
            assert!(bad(s), "{s}");
        }
    }

    #[test]
    fn leaves_text_alone() {
        for s in [
            "café",
            "it’s “quoted” — ok…",
            "ÉTÉ» ok",
            "Він пішов",
            "Ελληνικά",
            "日本語",
            "naïve façade",
        ] {
            assert!(!bad(s), "{s}");
        }
    }
}
