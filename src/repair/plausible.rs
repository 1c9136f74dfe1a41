//! How implausible a text looks as written language: letters of two scripts
//! inside one word, non-ASCII symbols wedged between letters, a capital
//! between small letters, C1 controls and private-use characters.
//!
//! This is cti-extract's own measure (not ftfy's). Mojibake scores high
//! ("tГЄte", "л°”мќґнЉё", "rƩseautage"); its repair scores low. It is used to
//! choose between code pages that all re-encode to valid UTF-8, and to accept
//! repairs that ftfy's badness rules do not see.

use super::badness;

/// A coarse script class for a letter; 0 for "no script" (digits,
/// punctuation, symbols, spaces).
fn script(c: char) -> u16 {
    let cp = c as u32;
    if c.is_ascii_alphabetic() {
        return 1;
    }
    if cp < 0x80 || !c.is_alphabetic() {
        return 0;
    }
    match cp {
        0xAA | 0xBA | 0xC0..=0x24F | 0x1E00..=0x1EFF | 0x250..=0x2AF => 1,
        0x370..=0x3FF | 0x1F00..=0x1FFF => 2,
        0x400..=0x52F => 3,
        0x530..=0x58F => 4,
        0x590..=0x5FF => 5,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => 6,
        // Hangul, kana and Han together: they mix in one text.
        0x1100..=0x11FF
        | 0x3040..=0x30FF
        | 0x3130..=0x318F
        | 0x3400..=0x9FFF
        | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF => 7,
        _ => 16 + (cp >> 7) as u16,
    }
}

/// Punctuation that legitimately sits between letters.
fn joiner(c: char) -> bool {
    matches!(
        c,
        '’' | '‘' | 'ʼ' | '·' | '‐' | '‑' | '\u{AD}' | '\u{200C}' | '\u{200D}' | '׳' | '״'
    ) || c.is_ascii()
}

fn symbol(c: char) -> bool {
    !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace() && !joiner(c) && !is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5C7 | 0x610..=0x61A | 0x64B..=0x65F
        | 0x670 | 0x6D6..=0x6ED | 0x900..=0x903 | 0x93A..=0x94F | 0x951..=0x957 | 0x962..=0x963
        | 0x981..=0x983 | 0x9BC..=0x9D7 | 0xA01..=0xA83 | 0xABC..=0xACD | 0xE31 | 0xE34..=0xE3A
        | 0xE47..=0xE4E | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || (0x900..=0xDFF).contains(&(c as u32)) && !c.is_alphanumeric()
}

/// Latin letters that hardly any language writes (Latin Extended-B and IPA,
/// minus the Romanian, Vietnamese, pinyin and Azerbaijani letters there):
/// when two code pages give valid UTF-8, "nenƭ" loses to "není".
fn rare_letter(c: char) -> bool {
    matches!(c as u32, 0x180..=0x2AF)
        && !matches!(
            c as u32,
            0x1A0 | 0x1A1 | 0x1AF | 0x1B0 | 0x218..=0x21B | 0x1CD..=0x1DC | 0x259 | 0x18F | 0x1E6 | 0x1E7
        )
}

/// The implausibility score of `text` (0 for ordinary text in any script).
pub(crate) fn weirdness(text: &[char]) -> usize {
    let mut score = 0;
    // Whether the current word (run of letters) has had a small letter.
    let mut word_has_lower = false;
    // The script of the nearest letter to the left.
    let mut left_script = 0u16;
    for (i, &c) in text.iter().enumerate() {
        let cp = c as u32;
        if (0x80..0xA0).contains(&cp) || (0xE000..=0xF8FF).contains(&cp) {
            score += 2;
            word_has_lower = false;
            continue;
        }
        if rare_letter(c) {
            score += 1;
        }
        let prev = i.checked_sub(1).and_then(|k| text.get(k)).copied();
        let next = text.get(i + 1).copied();
        let here = script(c);
        if let Some(p) = prev {
            let a = script(p);
            // Two letters of different scripts side by side (CJK next to
            // Latin is common and not counted).
            if a != 0 && here != 0 && a != here && !(a.min(here) == 1 && a.max(here) == 7) {
                score += 1;
            }
        }
        // A symbol inside a token, next to a letter: "f├╝r", "wymagajÄ…cy".
        if symbol(c) {
            let inside = |x: Option<char>| x.is_some_and(|x| !x.is_whitespace());
            if inside(prev)
                && inside(next)
                && (prev.is_some_and(char::is_alphabetic) || next.is_some_and(char::is_alphabetic))
            {
                score += 1;
            }
        }
        // A capital (not ASCII) after a small letter in the same word:
        // "ungĂĽltige", "baÄŸ".
        if c.is_alphabetic() {
            if !c.is_ascii() && c.is_uppercase() && word_has_lower {
                score += 1;
            }
            if c.is_lowercase() {
                word_has_lower = true;
            }
        } else {
            word_has_lower = false;
        }
        // A one-letter word of another script amid Latin text: "Date: В 2021"
        // (windows-1251 mojibake of a no-break space).
        if here > 1
            && here != 7
            && !prev.is_some_and(char::is_alphabetic)
            && !next.is_some_and(char::is_alphabetic)
        {
            let right = text
                .iter()
                .skip(i + 1)
                .map(|&x| script(x))
                .find(|&s| s != 0)
                .unwrap_or(0);
            let latin_or_none = |s: u16| s == 0 || s == 1;
            if latin_or_none(left_script)
                && latin_or_none(right)
                && (left_script == 1 || right == 1)
            {
                score += 2;
            }
        }
        if here != 0 {
            left_script = here;
        }
    }
    score
}

/// Weirdness plus ftfy's badness (weighted), the measure a repair must lower.
pub(crate) fn score(text: &[char]) -> usize {
    weirdness(text) + 2 * badness::badness(text)
}

/// Characters a repair must never produce: C1 controls, private use,
/// noncharacters.
pub(crate) fn has_forbidden(text: &str) -> bool {
    text.chars().any(|c| {
        let cp = c as u32;
        (0x80..0xA0).contains(&cp)
            || (0xE000..=0xF8FF).contains(&cp)
            || (0xFDD0..=0xFDEF).contains(&cp)
            || (cp & 0xFFFE) == 0xFFFE
            || cp >= 0xF0000
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> usize {
        weirdness(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn mojibake_is_weird() {
        assert!(w("en-tГЄte") >= 2);
        assert!(w("rƩseautage") >= 1);
        assert!(w("ungĂĽltige") >= 2);
        assert!(w("f├╝r") >= 2);
        assert!(w("Date: В\u{a0}2021") >= 2);
        assert!(w("О¤О±Оє") >= 2);
    }

    #[test]
    fn text_is_not() {
        for s in [
            "en-tête de ligne",
            "Він пішов додому",
            "Το πακέτο",
            "바이트 단위 전체 크기",
            "BMP格式",
            "l’été à Paris",
            "Ελληνικά and English",
            "В\u{a0}Москве",
            "“quoted” «Oui» it’s ©2024",
            "iPhone McDonald",
            "पहुँच नियंत्रण",
            "שלום עולם",
            "مرحبا بالعالم",
            "สวัสดีครับ",
        ] {
            assert_eq!(w(s), 0, "{s}");
        }
    }
}
