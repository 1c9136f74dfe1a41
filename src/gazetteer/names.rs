//! Name normalisation: the variants an alias is also written as, and casing
//! rules for aliases that are ordinary words.
//!
//! Keys (see [`crate::text`]) already fold case, full-width forms, and join
//! words across spaces, hyphens, dots and underscores, so "APT31", "APT 31"
//! and "APT-31" share a key while "APT3", "APT31" and "APT310" do not, and
//! "APT-C-36" (key `aptc36`) is not "APT36". This module adds what keys
//! cannot: spelling variants (Judgement = Judgment) and the optional trailing
//! "Group", "Team", "Gang" or "Crew".

/// British and American spellings, and other variants of words that occur in
/// actor names.
const SPELLINGS: &[(&str, &str)] = &[
    ("judgment", "judgement"),
    ("cozy", "cosy"),
    ("gray", "grey"),
    ("center", "centre"),
    ("defense", "defence"),
    ("organization", "organisation"),
    ("armor", "armour"),
    ("color", "colour"),
];

/// Words that may follow a name without changing what it names.
const TRAILING_GROUP_WORDS: &[&str] = &["group", "team", "gang", "crew"];

/// A variant of an alias and whether it was derived by dropping a trailing
/// group word (which makes it weaker evidence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant {
    pub text: String,
    pub stripped: bool,
}

/// The alias itself plus its spelling variants and, when it ends in a group
/// word, the same without it.
pub(crate) fn variants(alias: &str) -> Vec<Variant> {
    let mut out = vec![Variant {
        text: alias.to_string(),
        stripped: false,
    }];
    let lower = alias.to_ascii_lowercase();
    for &(a, b) in SPELLINGS {
        for (from, to) in [(a, b), (b, a)] {
            // Most names hold none of the words: a plain scan says so
            // without setting up a substring searcher.
            if !lower
                .as_bytes()
                .windows(from.len())
                .any(|w| w == from.as_bytes())
            {
                continue;
            }
            if let Some(replaced) = replace_word_ci(alias, from, to) {
                push_unique(&mut out, replaced, false);
            }
        }
    }
    let base: Vec<Variant> = out.clone();
    for v in base {
        if let Some(stripped) = strip_trailing_group_word(&v.text) {
            push_unique(&mut out, stripped, true);
        }
    }
    out
}

fn push_unique(out: &mut Vec<Variant>, text: String, stripped: bool) {
    if !out.iter().any(|v| v.text.eq_ignore_ascii_case(&text)) {
        out.push(Variant { text, stripped });
    }
}

/// Replaces the whole word `from` (ASCII case-insensitive) with `to`, keeping
/// the first letter's case.
fn replace_word_ci(text: &str, from: &str, to: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let mut out = String::new();
    let mut last = 0;
    let mut found = false;
    let mut search = 0;
    while let Some(pos) = lower.get(search..).and_then(|s| s.find(from)) {
        let at = search + pos;
        let end = at + from.len();
        let before_ok = lower[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after_ok = lower
            .get(end..)
            .and_then(|s| s.chars().next())
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            out.push_str(text.get(last..at)?);
            let original = text.get(at..end)?;
            if original.starts_with(|c: char| c.is_ascii_uppercase()) {
                let mut chars = to.chars();
                if let Some(first) = chars.next() {
                    out.push(first.to_ascii_uppercase());
                    out.push_str(chars.as_str());
                }
            } else {
                out.push_str(to);
            }
            last = end;
            found = true;
        }
        search = end;
    }
    if !found {
        return None;
    }
    out.push_str(text.get(last..)?);
    Some(out)
}

/// "Lazarus Group" gives "Lazarus"; a name that is only the group word gives
/// nothing.
fn strip_trailing_group_word(text: &str) -> Option<String> {
    let trimmed = text.trim_end();
    let (head, last) = trimmed.rsplit_once([' ', '-', '_'])?;
    if !TRAILING_GROUP_WORDS.contains(&last.to_ascii_lowercase().as_str()) {
        return None;
    }
    let head = head.trim_end();
    if head.chars().filter(|c| c.is_alphanumeric()).count() < 4 {
        return None;
    }
    Some(head.to_string())
}

/// Whether `surface` is written in the alias's usual casing: the same
/// letters with the same case, all in upper case, or in title case where
/// the alias is all upper case (PLATINUM, Platinum). Lower-case writing of a
/// capitalised alias is not usual.
pub(crate) fn usual_casing(surface: &str, alias: &str) -> bool {
    if surface == alias {
        return true;
    }
    if surface.is_ascii() && alias.is_ascii() {
        return usual_casing_ascii(surface.as_bytes(), alias.as_bytes());
    }
    if alphanumerics(surface).eq(alphanumerics(alias)) {
        return true;
    }
    let (mut letters, mut all_upper) = (0usize, true);
    for c in alphanumerics(surface).filter(|c| c.is_alphabetic()) {
        letters += 1;
        all_upper &= c.is_uppercase();
    }
    if all_upper && letters > 1 {
        return true;
    }
    // Both capitalised word by word: "DarkSide" for "Darkside"; a
    // lower-case start is not the name's usual casing.
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
    if words(surface).count() == words(alias).count()
        && words(alias).next().is_some_and(capitalised)
        && words(surface)
            .zip(words(alias))
            .all(|(sw, aw)| capitalised(sw) == capitalised(aw))
    {
        return true;
    }
    let alias_all_upper = alphanumerics(alias)
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if alias_all_upper {
        // Title case of each word: first letter upper, rest lower.
        return words(surface).all(|w| {
            let mut cs = w.chars();
            cs.next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                && cs.all(|c| !c.is_uppercase())
        });
    }
    false
}

/// [`usual_casing`] for ASCII text, the same rules on bytes.
fn usual_casing_ascii(surface: &[u8], alias: &[u8]) -> bool {
    let letters = |s: &[u8]| -> (usize, bool) {
        let mut n = 0usize;
        let mut all_upper = true;
        for &b in s {
            if b.is_ascii_alphabetic() {
                n += 1;
                all_upper &= b.is_ascii_uppercase();
            }
        }
        (n, all_upper)
    };
    if ascii_alphanumerics(surface).eq(ascii_alphanumerics(alias)) {
        return true;
    }
    let (n, all_upper) = letters(surface);
    if all_upper && n > 1 {
        return true;
    }
    let capitalised = |w: &[u8]| {
        w.first()
            .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    };
    if ascii_words(surface).count() == ascii_words(alias).count()
        && ascii_words(alias).next().is_some_and(capitalised)
        && ascii_words(surface)
            .zip(ascii_words(alias))
            .all(|(sw, aw)| capitalised(sw) == capitalised(aw))
    {
        return true;
    }
    if letters(alias).1 {
        return ascii_words(surface)
            .all(|w| capitalised(w) && w.iter().skip(1).all(|c| !c.is_ascii_uppercase()));
    }
    false
}

/// The letters and digits of an ASCII `s`.
fn ascii_alphanumerics(s: &[u8]) -> impl Iterator<Item = u8> + '_ {
    s.iter().copied().filter(u8::is_ascii_alphanumeric)
}

/// The words of ASCII letters and digits of `s`.
fn ascii_words(s: &[u8]) -> impl Iterator<Item = &[u8]> {
    s.split(|c| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The letters and digits of `s`.
fn alphanumerics(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars().filter(|c| c.is_alphanumeric())
}

/// The words of letters and digits of `s`.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether an alias is short enough to be mistaken for an abbreviation:
/// three letters and digits or fewer.
pub(crate) fn is_short(alias: &str) -> bool {
    alias.chars().filter(|c| c.is_alphanumeric()).count() <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_table() {
        let cases: &[(&str, &[&str])] = &[
            ("APT31", &["APT31"]),
            ("Judgment Panda", &["Judgment Panda", "Judgement Panda"]),
            ("Lazarus Group", &["Lazarus Group", "Lazarus"]),
            ("Cozy Bear", &["Cozy Bear", "Cosy Bear"]),
            ("The Group", &["The Group"]),
        ];
        for (alias, expected) in cases {
            let got: Vec<String> = variants(alias).into_iter().map(|v| v.text).collect();
            assert_eq!(got, *expected, "{alias}");
        }
    }

    #[test]
    fn casing_table() {
        let cases: &[(&str, &str, bool)] = &[
            ("Play", "Play", true),
            ("PLAY", "Play", true),
            ("play", "Play", false),
            ("Platinum", "PLATINUM", true),
            ("platinum", "PLATINUM", false),
            ("PLATINUM", "PLATINUM", true),
            ("Mustang Panda", "Mustang Panda", true),
            ("mustang panda", "Mustang Panda", false),
        ];
        for (surface, alias, expected) in cases {
            assert_eq!(
                usual_casing(surface, alias),
                *expected,
                "{surface} vs {alias}"
            );
        }
    }
}
