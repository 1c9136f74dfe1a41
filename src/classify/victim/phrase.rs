//! Organisation phrases: runs of capitalised tokens in a sentence, with
//! connectors inside and stop words trimmed at both ends.

use crate::classify::Context;
use crate::report::Span;
use crate::text::{Gap, Token};

use super::place::is_place;
use super::product::is_vendor;
use super::words::{is_number_word, is_stop_word, may_be_stop_key, CONNECTORS, CORPORATE_SUFFIXES};
use crate::gazetteer::EntityKind;

/// The organisation phrases of one sentence, written to `out` (cleared
/// first: one buffer serves every sentence).
pub(super) fn phrases(ctx: &Context<'_>, toks: &[Token], out: &mut Vec<Span>) {
    out.clear();
    // A dateline opening the sentence is skipped, dash and all.
    let mut i =
        dateline_end(ctx.text, toks).map_or(0, |end| toks.partition_point(|t| t.span.start < end));
    while i < toks.len() {
        if !is_name_token(ctx, toks, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut j = i;
        while j + 1 < toks.len() {
            if !joins(ctx, toks, j) {
                break;
            }
            if is_name_token(ctx, toks, j + 1) {
                j += 1;
                end = j;
            } else if (is_connector(ctx, toks, j + 1) || and_inside_name(ctx, toks, start, j))
                && j + 2 < toks.len()
                && joins(ctx, toks, j + 1)
                && is_name_token(ctx, toks, j + 2)
            {
                j += 2;
                end = j;
            } else {
                break;
            }
        }
        // "Hudson's Bay Company", "McDonald's Corporation": a possessive
        // inside a company's name, which ends in a company word.
        if let Some(last) = possessive_company(ctx, toks, end) {
            end = last;
        }
        // Trim stop words at both ends.
        let (mut s, mut e) = (start, end);
        // "All India Institute of Medical Sciences", "All Nippon Airways":
        // "All" before a country's name and more of the name is the name's.
        let all_of_a_country =
            s + 1 < e && word(ctx, toks, s) == "All" && is_place(ctx, word(ctx, toks, s + 1));
        // A stop word joined by a hyphen is part of the name
        // ("Südwestfalen-IT", "A-Mark").
        let hyphened = |a: usize| {
            let (Some(x), Some(y)) = (toks.get(a), toks.get(a + 1)) else {
                return false;
            };
            ctx.text.get(x.span.end..y.span.start) == Some("-")
        };
        // "the website of The Sun": "The" capitalised inside a sentence,
        // before one word, is the name's own.
        let the_of_a_name = s + 1 == e
            && word(ctx, toks, s) == "The"
            && s.checked_sub(1)
                .and_then(|p| toks.get(p))
                .zip(toks.get(s))
                .and_then(|(p, t)| ctx.text.get(p.span.end..t.span.start))
                .is_some_and(|gap| gap == " ");
        while s <= e
            && is_stop(ctx, toks, s)
            && !(s == start && (all_of_a_country || the_of_a_name))
            && !(s < e && hyphened(s))
        {
            s += 1;
        }
        // A number word ends names ("Capital One"); it only starts none.
        while e > s
            && (is_stop(ctx, toks, e) && !is_number_word(word(ctx, toks, e)) && !hyphened(e - 1)
                || is_connector(ctx, toks, e))
        {
            e -= 1;
        }
        if s <= e {
            if let (Some(a), Some(b)) = (toks.get(s), toks.get(e)) {
                let end_at = if s < e {
                    dotted_suffix_end(ctx.text, b.span.start).unwrap_or(b.span.end)
                } else {
                    b.span.end
                };
                // "VoIP.ms", "Polyfill.io": a name written as its domain.
                let end_at = domain_suffix_end(ctx.text, end_at).unwrap_or(end_at);
                // "Wendy's says the breach reached 1,025 restaurants": a
                // one-word name the text never writes without its "'s" is
                // a brand's name, not a possessive.
                // The check searches the text: only within the budget of
                // such searches (see `Context::may_scan_text`).
                let end_at = if s == e && possessive_after(ctx.text, end_at) && ctx.may_scan_text()
                {
                    brand_possessive_end(ctx.text, a.span.start, end_at).unwrap_or(end_at)
                } else {
                    end_at
                };
                // A capitalised piece of an address names no organisation
                // ("https://hackmd.io/s/BJGs6Tfiw").
                // A lone letter names no one ("P" of "A.P. Møller–Maersk",
                // "M" of "M&A"), unless it is the platform X.
                let one_letter = end_at - a.span.start <= 4
                    && ctx.text.get(a.span.start..end_at).is_some_and(|n| {
                        n != "X" && n.chars().filter(|c| c.is_alphanumeric()).count() < 2
                    });
                // A title's capitals for what happened ("Hit by Ransomware
                // Attack") name no one.
                let incident_words = INCIDENT_INITIALS
                    .contains(&ctx.text.as_bytes().get(a.span.start).copied().unwrap_or(0))
                    && ctx
                        .text
                        .get(a.span.start..end_at)
                        .is_some_and(|n| n.split(' ').all(|w| INCIDENT_WORDS.contains(&w)));
                if !one_letter
                    && !incident_words
                    && !crate::gazetteer::inside_url(ctx.text, a.span.start, end_at)
                {
                    out.push(Span::new(a.span.start, end_at));
                }
            }
        }
        i = end + 1;
    }
}

/// Where a dotted legal suffix that starts at `at` ends ("S.A.", "N.V.",
/// "S.p.A.": two to four groups of one or two letters, each with its dot):
/// the last word of "Orion S.A." is "S.A.", not "S".
fn dotted_suffix_end(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes().get(at..)?;
    let (mut i, mut groups) = (0, 0);
    while groups < 4 {
        let letters = bytes
            .get(i..)?
            .iter()
            .take(3)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        if !(1..=2).contains(&letters) || bytes.get(i + letters) != Some(&b'.') {
            break;
        }
        i += letters + 1;
        groups += 1;
    }
    // Not followed by a letter or digit ("S.A.B" is no suffix).
    let clean_end = !bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    (groups >= 2 && clean_end).then_some(at + i)
}

/// Top-level domains that end a name written as its domain ("VoIP.ms").
const NAME_DOMAINS: &[&str] = &[
    "com", "net", "org", "io", "ms", "co", "ai", "app", "gg", "me", "tv", "info",
];

/// Where a top-level domain that follows a name at `at` ends: ".ms" after
/// "VoIP" (in small letters, followed by no letter, digit, slash or further
/// domain part: "polyfill.io/v3" is a web address, not a name).
fn domain_suffix_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.as_bytes().get(at..)?;
    if rest.first() != Some(&b'.') {
        return None;
    }
    let len = rest
        .iter()
        .skip(1)
        .take(5)
        .take_while(|b| b.is_ascii_lowercase())
        .count();
    let tld = text.get(at + 1..at + 1 + len)?;
    let after = rest.get(1 + len..).unwrap_or_default();
    let continues = match after {
        [b, ..] if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'@') => true,
        [b'.', b, ..] => b.is_ascii_alphanumeric(),
        _ => false,
    };
    (NAME_DOMAINS.contains(&tld) && !continues).then_some(at + 1 + len)
}

/// `name` without a top-level domain at its end ("Outlook.com" is
/// "Outlook").
pub(super) fn without_domain(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((base, tld)) if !base.is_empty() && NAME_DOMAINS.contains(&tld) => base,
        _ => name,
    }
}

/// Where a dateline that opens `toks` (a sentence) ends, after its dash:
/// capitals at the start of a line, then maybe a country or an agency, then
/// a dash ("MAASTRICHT, Netherlands -- ", "KYIV -- ", "LONDON (Reuters) -
/// "). It tells where the story was filed, not who was hit.
pub(super) fn dateline_end(text: &str, toks: &[Token]) -> Option<usize> {
    let first = toks.first()?;
    let start = first.span.start;
    let line_start = text
        .get(..start)
        .is_some_and(|before| before.is_empty() || before.ends_with('\n'));
    if !line_start || first.shape.has_lower || !first.shape.has_upper {
        return None;
    }
    // A dateline is short: its place, a country or agency and the dash fit
    // in the line's first 160 bytes (read no further on a long line).
    let rest = text.get(start..)?;
    let head = (0..=rest.len().min(160))
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .and_then(|i| rest.get(..i))
        .unwrap_or_default();
    let line = head.split('\n').next().unwrap_or_default();
    // The place: words in capitals ("NEW YORK", "SAN DIEGO/WASHINGTON"),
    // up to a comma.
    let capital = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars().all(|c| {
                c.is_alphabetic() && !c.is_lowercase() || matches!(c, '.' | '-' | '\'' | '/')
            })
    };
    let (mut place_end, mut offset) = (0, 0);
    for word in line.split(' ') {
        let (core, comma) = word.strip_suffix(',').map_or((word, false), |c| (c, true));
        if !capital(core) {
            break;
        }
        place_end = offset + core.len();
        offset += word.len() + 1;
        if comma {
            break;
        }
    }
    let place = line.get(..place_end)?;
    if place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    // The dash within a few words: after ", Netherlands" or " (Reuters)".
    let head_end = line
        .char_indices()
        .nth(place.chars().count() + 48)
        .map_or(line.len(), |(i, _)| i);
    let head = line.get(place_end..head_end)?;
    let (at, dash) = [" -- ", " \u{2014} ", " \u{2013} ", " - "]
        .iter()
        .filter_map(|dash| head.find(dash).map(|at| (at, dash.len())))
        .min()?;
    let between = head.get(..at)?;
    let country = |b: &str| {
        b.split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(['.', ';', ',']))
    };
    // ", Netherlands", ", 11 November 2015", ", Switzerland, Nov. 11":
    // comma-separated parts, each a country (or state) or a date.
    let tail_ok = between.is_empty()
        || between
            .strip_prefix(", ")
            .is_some_and(|parts| parts.split(", ").all(|p| country(p) || is_date(p)))
        || between.starts_with(" (") && between.ends_with(')');
    tail_ok.then_some(start + place_end + at + dash)
}

/// A date as datelines write it: "11 November 2015", "Nov. 9", "March 3,
/// 2021" (split at the comma: "March 3" and "2021").
fn is_date(part: &str) -> bool {
    const ABBREVIATED: &[&str] = &[
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
        "dec.",
    ];
    let day_or_year = |w: &str| {
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| w.strip_suffix(suffix))
            .unwrap_or(w);
        (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let month = |w: &str| {
        crate::classify::MONTHS
            .iter()
            .chain(ABBREVIATED)
            .any(|m| m.eq_ignore_ascii_case(w))
    };
    !part.is_empty() && part.split(' ').all(|w| day_or_year(w) || month(w))
}

pub(super) fn word<'t>(ctx: &Context<'t>, toks: &[Token], i: usize) -> &'t str {
    toks.get(i)
        .and_then(|t| t.span.slice(ctx.text))
        .unwrap_or_default()
}

fn is_name_token(ctx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    t.shape.initial_upper
        || t.shape.has_upper && t.shape.has_digit
        || t.shape.has_upper && lower_then_capital(word(ctx, toks, i))
}

/// "eBay", "eHealth": one small letter, then a capital and small letters, a
/// name written so.
fn lower_then_capital(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.get(1).is_some_and(u8::is_ascii_uppercase)
        && b.iter().skip(2).all(u8::is_ascii_lowercase)
}

/// Capitalised words of a title that tell what happened, not to whom.
const INCIDENT_WORDS: &[&str] = &[
    "Ransomware",
    "Attack",
    "Attacks",
    "Cyberattack",
    "Cyberattacks",
    "Cyber",
    "Breach",
    "Data",
    "Hack",
    "Leak",
    "Incident",
    "Malware",
    "Outage",
];

/// The first letters of [`INCIDENT_WORDS`]: most phrases start with none.
const INCIDENT_INITIALS: &[u8] = b"RACBDHLIMO";

/// Whether "'s" follows byte `at`.
fn possessive_after(text: &str, at: usize) -> bool {
    text.get(at..)
        .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("\u{2019}s"))
}

/// Where the name `text[start..end]` ends with its "'s" when the text
/// writes that word at least twice and never without "'s" after it
/// ("Wendy's", "Domino's"): a brand's name, not a possessive. One pass of
/// the text per such name.
fn brand_possessive_end(text: &str, start: usize, end: usize) -> Option<usize> {
    /// How many times the name must be written.
    const AT_LEAST: usize = 2;
    let name = text.get(start..end)?;
    let suffix_len = |at: usize| {
        let rest = text.get(at..)?;
        ["'s", "\u{2019}s"]
            .iter()
            .find(|p| rest.starts_with(**p))
            .map(|p| p.len())
    };
    let own = suffix_len(end)?;
    // Only a letter or digit after the "s" makes another word ("Wendy'sX").
    if text
        .get(end + own..)
        .and_then(|r| r.chars().next())
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    // What follows a name but never a possessive: punctuation, a verb,
    // "and" ("Wendy's says", "Christie's, the auction house,").
    const AFTER_NAME: &[&str] = &[
        ",",
        ".",
        ";",
        ":",
        ")",
        " said",
        " says",
        " has ",
        " had ",
        " is ",
        " was ",
        " confirmed",
        " told",
        " announced",
        " reported",
        " disclosed",
        " and ",
    ];
    let mut seen = 0;
    let mut as_a_name = false;
    for at in memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()) {
        let before = text.get(..at).and_then(|b| b.chars().next_back());
        let after = text.get(at + name.len()..).and_then(|r| r.chars().next());
        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let own = suffix_len(at + name.len())?;
        as_a_name |= text
            .get(at + name.len() + own..)
            .is_some_and(|rest| AFTER_NAME.iter().any(|w| rest.starts_with(w)));
        seen += 1;
    }
    (seen >= AT_LEAST && as_a_name).then_some(end + own)
}

/// When token `i` is followed by "'s" and capitalised words that end in a
/// company word ("Hudson's Bay Company"), the last of them.
fn possessive_company(ctx: &Context<'_>, toks: &[Token], i: usize) -> Option<usize> {
    /// How many capitalised words may follow the possessive.
    const MAX_WORDS: usize = 4;
    let (a, s) = (toks.get(i)?, toks.get(i + 1)?);
    let between = ctx.text.get(a.span.end..s.span.start)?;
    if !matches!(between, "'" | "\u{2019}") || word(ctx, toks, i + 1) != "s" {
        return None;
    }
    let next = toks.get(i + 2)?;
    if ctx.text.get(s.span.end..next.span.start) != Some(" ") {
        return None;
    }
    for j in i + 2..i + 2 + MAX_WORDS {
        if !is_name_token(ctx, toks, j) {
            return None;
        }
        let w = word(ctx, toks, j);
        if matches!(w, "Company" | "Companies") || CORPORATE_SUFFIXES.contains(&w) {
            return Some(j);
        }
        // "Boston Children's Hospital", "King's College": an institution
        // named so, unless a country's possessive ("Ukraine's National
        // Bank" is the country's bank).
        if INSTITUTION_TAILS.contains(&w) && !is_place(ctx, word(ctx, toks, i)) {
            return Some(j);
        }
        // "the Information Commissioner's Office", "the Sheriff's Office":
        // an office holder's office (not "Microsoft's Office").
        if w == "Office" && OFFICE_HOLDERS.contains(&word(ctx, toks, i)) {
            return Some(j);
        }
        if !joins(ctx, toks, j) {
            return None;
        }
    }
    None
}

/// The last words of institutions whose names hold a possessive
/// ("Children's Hospital", "Queen's University", "King's College").
const INSTITUTION_TAILS: &[&str] = &["Hospital", "Hospitals", "College", "University", "Clinic"];

/// Office holders whose office is an institution ("the Attorney General's
/// Office").
const OFFICE_HOLDERS: &[&str] = &[
    "Attorney",
    "Auditor",
    "Commissioner",
    "Comptroller",
    "Controller",
    "Coroner",
    "General",
    "Governor",
    "Marshal",
    "Mayor",
    "Minister",
    "President",
    "Prosecutor",
    "Sheriff",
    "Treasurer",
];

/// Whether the "and" after token `last` (of a phrase that began at `start`)
/// is part of a public body's name rather than a list of two names: "the
/// Department of Health and Human Services", "the Ministry of Trade and
/// Industry" (a head word with "of" or "for" before it), "the Cybersecurity
/// and Infrastructure Security Agency", "the Food and Drug Administration"
/// (a head word ends the words after it). Never when a head word stands
/// either side of the "and" ("the Ministry and National Institute") or the
/// word after it is an acronym, a place, a vendor or a name the gazetteer
/// knows other than a sector's ("Reader and Microsoft Office").
fn and_inside_name(ctx: &Context<'_>, toks: &[Token], start: usize, last: usize) -> bool {
    /// How many words after the "and" may lead to the head word.
    const MAX_AFTER: usize = 4;
    if word(ctx, toks, last + 1) != "and" || !joins(ctx, toks, last + 1) {
        return false;
    }
    let Some(next) = toks.get(last + 2) else {
        return false;
    };
    let next_word = word(ctx, toks, last + 2);
    if BODY_HEADS.contains(&word(ctx, toks, last))
        || BODY_HEADS.contains(&next_word)
        || !next.shape.has_lower
        || is_place(ctx, next_word)
        || ctx
            .mentions
            .get(
                ctx.mentions
                    .partition_point(|m| m.span.start < next.span.start),
            )
            .is_some_and(|m| m.span.start == next.span.start && m.kind != EntityKind::Sector)
        || is_vendor(next_word)
    {
        return false;
    }
    /// How many words before the "and" may hold the head word and its "of".
    const MAX_BEFORE: usize = 8;
    let head_of = (last.saturating_sub(MAX_BEFORE).max(start)..last).any(|k| {
        BODY_HEADS.contains(&word(ctx, toks, k)) && matches!(word(ctx, toks, k + 1), "of" | "for")
    });
    if head_of {
        return true;
    }
    let mut k = last + 2;
    for _ in 0..MAX_AFTER {
        if BODY_HEADS.contains(&word(ctx, toks, k)) {
            return true;
        }
        if !joins(ctx, toks, k) || !is_name_token(ctx, toks, k + 1) {
            return false;
        }
        k += 1;
    }
    BODY_HEADS.contains(&word(ctx, toks, k))
}

/// The words that head a public body's name ("Ministry", "Agency",
/// "Commission").
const BODY_HEADS: &[&str] = &[
    "Administration",
    "Agency",
    "Authority",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Commission",
    "Committee",
    "Council",
    "Department",
    "Departments",
    "Directorate",
    "Inspectorate",
    "Institute",
    "Ministry",
    "Office",
    "Secretariat",
    "Service",
    "Services",
];

/// Whether token `i` is a stop word: not one glued to the next by an
/// ampersand, which makes it part of a name ("AT&T", not "at").
fn is_stop(ctx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    // The token's key rules out most words before the word is read.
    toks.get(i).is_some_and(|t| may_be_stop_key(t.key))
        && is_stop_word(word(ctx, toks, i))
        && !matches!(
            (toks.get(i), toks.get(i + 1)),
            (Some(a), Some(b)) if ctx.text.get(a.span.end..b.span.start) == Some("&")
        )
}

fn is_connector(ctx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    CONNECTORS.contains(&word(ctx, toks, i))
}

/// Whether token `i` is joined to the next by one space, a hyphen, a dot or
/// an ampersand (not a comma, a quote or a line break).
pub(super) fn joins(ctx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    let (Some(a), Some(b)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    if a.gap == Gap::Break {
        // "&" between spaces is a break for the tokenizer; allow it.
        return ctx.text.get(a.span.end..b.span.start) == Some(" & ");
    }
    matches!(
        ctx.text.get(a.span.end..b.span.start),
        Some(" " | "-" | "." | "&")
    )
}

#[cfg(test)]
mod tests {
    use super::{dateline_end, dotted_suffix_end};
    use crate::text::Document;

    #[test]
    fn dotted_suffix_table() {
        for (text, expected) in [
            ("S.A., a group", Some(4)),
            ("N.V. said", Some(4)),
            ("S.p.A. and", Some(6)),
            ("S.A.B of", None),
            ("S. A.", None),
            ("SA said", None),
            ("Inc. said", None),
            ("", None),
        ] {
            assert_eq!(dotted_suffix_end(text, 0), expected, "{text:?}");
        }
    }

    #[test]
    fn dateline_table() {
        // (name, text, where the dateline ends)
        let cases: &[(&str, &str, Option<usize>)] = &[
            ("city", "KYIV -- The service said", Some(8)),
            (
                "city_and_country",
                "MAASTRICHT, Netherlands -- The",
                Some(27),
            ),
            ("agency", "LONDON (Reuters) - Globex said", Some(19)),
            ("em_dash", "NEW YORK \u{2014} Globex said", Some(13)),
            (
                "non_ascii_city",
                "\u{c5}LESUND, Norway \u{2014} Police",
                Some(21),
            ),
            ("no_dash", "NASA said on Monday", None),
            (
                "a_sentence_before_the_dash",
                "NASA said. It was - over",
                None,
            ),
            ("lower_case_start", "Kyiv -- The service", None),
            ("two_letters", "US -- The agency", None),
            (
                "day_month_year",
                "GENEVA, 11 November 2015 -- ProtonMail",
                Some(28),
            ),
            ("month_day_year", "NEW YORK, Nov. 9, 2011 -- US", Some(26)),
            (
                "country_and_date",
                "ZURICH, Switzerland, March 3 -- Globex",
                Some(32),
            ),
            ("not_a_date", "GENEVA, 11 servers -- x", None),
            ("not_at_a_line_start", "x KYIV -- y", None),
            (
                "not_a_country_after_the_comma",
                "KYIV, a city of many -- x",
                None,
            ),
            (
                "dash_far_away",
                "KYIV, Far Away Land Of Many Many Many Many Many Words -- x",
                None,
            ),
        ];
        for (name, text, expected) in cases {
            let doc = Document::new(text);
            let toks = doc.tokens();
            let skip = usize::from(text.starts_with('x'));
            let got = dateline_end(text, toks.get(skip..).unwrap_or_default());
            assert_eq!(got, *expected, "case {name}");
        }
    }
}
