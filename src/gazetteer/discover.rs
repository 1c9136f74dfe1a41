//! Alias discovery: names an article itself gives for a known actor.
//!
//! "APT31, also known as Judgement Panda, Bronze Vinewood or RedBravo, a
//! cyber-espionage group" links three names to APT31 even where the data
//! lacks them. The triggers: "also known as", "aka", "a.k.a.", "also tracked
//! as", "also called", "which `<Vendor>` calls / tracks as / refers to as";
//! after a trigger comes a list of names separated by commas, "or", "and" or
//! slashes, each made of capitalised words or words with digits.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::matcher::Mention;
use super::{EntityId, EntityKind, Gazetteer};
use crate::report::Span;
use crate::text::{folded, Document, Gap};

/// An alias the article introduced for a known entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiscoveredAlias {
    /// The name as the article writes it.
    pub alias: String,
    /// The entity it was linked to.
    pub entity: EntityId,
    /// Where the name is introduced.
    pub span: Span,
    /// The phrase that introduced it ("also known as").
    pub trigger: String,
}

/// A trigger right after a mention: optional comma or bracket, then the
/// phrase. Anchored at the start of the text that follows the mention.
static TRIGGER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\s,(\[]*(?:(?:which|whom|that)\s+(?:is\s+)?(?:also\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:calls|tracks\s+as|refers\s+to\s+as|names|dubs)|(?:is\s+)?(?:also\s+)?(?:known|tracked|referred\s+to|called|named|dubbed)(?:\s+as)?|aka|a\.k\.a\.|alias)[\s:]+",
    )
    .ok()
});

/// Words that end a list of names even when capitalised.
const STOP_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "which",
    "who",
    "that",
    "is",
    "was",
    "and",
    "or",
    "in",
    "by",
    "according",
    "microsoft",
    "mandiant",
    "crowdstrike",
    "secureworks",
    "google",
    "proofpoint",
];

/// The most words one discovered name may have.
const MAX_NAME_TOKENS: usize = 4;

/// Finds aliases introduced right after actor mentions.
pub(crate) fn discover(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    mentions: &[Mention],
) -> Vec<DiscoveredAlias> {
    let Some(trigger) = TRIGGER.as_ref() else {
        return Vec::new();
    };
    let text = doc.text();
    let toks = doc.tokens();
    let mut out: Vec<DiscoveredAlias> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for m in mentions {
        let (EntityKind::Actor, Some(entity)) = (m.kind, m.entity) else {
            continue;
        };
        let Some(after) = text.get(m.span.end..) else {
            continue;
        };
        let window = after.get(..after.len().min(120)).unwrap_or(after);
        let window = floor_boundary(after, window.len());
        let Some(found) = trigger.find(window) else {
            continue;
        };
        let phrase = found
            .as_str()
            .trim_matches(|c: char| c.is_whitespace() || ",([:".contains(c));
        let list_start = m.span.end + found.end();
        let mut k = toks.partition_point(|t| t.span.start < list_start);
        if k >= toks.len() {
            continue;
        }
        // Read names until something that is not a name or a separator.
        let mut names_read = 0;
        while names_read < 6 {
            let Some((name_end, next)) = read_name(doc, k) else {
                break;
            };
            let (Some(first), Some(last)) = (toks.get(k), toks.get(name_end)) else {
                break;
            };
            let span = Span::new(first.span.start, last.span.end);
            let name = span.slice(text).unwrap_or_default().to_string();
            names_read += 1;
            let known = gazetteer.lookup(&name);
            if known.is_empty() && seen.insert(folded(&name)) {
                out.push(DiscoveredAlias {
                    alias: name,
                    entity,
                    span,
                    trigger: phrase.to_string(),
                });
            }
            match next {
                Some(n) => k = n,
                None => break,
            }
        }
    }
    out
}

/// Abbreviations the text gives right after an actor's name of several
/// words: "Golden Chickens (GC)". The initials become an alias of the actor
/// when the name names one, or an introduced name when it is ambiguous.
pub(crate) fn initials(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    mentions: &[Mention],
    discovered: &mut Vec<DiscoveredAlias>,
    introduced: &mut Vec<IntroducedName>,
) {
    let text = doc.text();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Actor) {
        let Some(after) = text.get(m.span.end..) else {
            continue;
        };
        let Some((initials, span)) = bracketed_initials(&m.text, after, m.span.end) else {
            continue;
        };
        let taken = discovered.iter().any(|d| d.alias == initials)
            || introduced.iter().any(|n| n.name == initials);
        if taken || !gazetteer.lookup(initials).is_empty() {
            continue;
        }
        let trigger = "(initials)".to_string();
        match m.entity {
            Some(entity) => discovered.push(DiscoveredAlias {
                alias: initials.to_string(),
                entity,
                span,
                trigger,
            }),
            None if !m.candidates.is_empty() => introduced.push(IntroducedName {
                name: initials.to_string(),
                span,
                trigger,
            }),
            None => {}
        }
    }
}

/// The initials of `name` (two words or more) when `after`, the text right
/// after it, starts with them in capitals between brackets ("Golden Chickens
/// (GC)"), with their span (`offset` is where `after` starts).
fn bracketed_initials<'a>(name: &str, after: &'a str, offset: usize) -> Option<(&'a str, Span)> {
    let inner = after
        .strip_prefix(" (")
        .or_else(|| after.strip_prefix('('))?;
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let close = inner.find(')')?;
    let initials = inner.get(..close)?;
    let expected: String = words.iter().filter_map(|w| w.chars().next()).collect();
    if initials != expected {
        return None;
    }
    let start = offset + (after.len() - inner.len());
    Some((initials, Span::new(start, start + initials.len())))
}

/// The largest char boundary of `s` not above `at`.
fn floor_boundary(s: &str, mut at: usize) -> &str {
    while at > 0 && !s.is_char_boundary(at) {
        at -= 1;
    }
    s.get(..at).unwrap_or_default()
}

/// Reads one name starting at token `k`: capitalised words or words with
/// digits, joined by single spaces or hyphens. Returns its last token and,
/// when a list separator (",", "or", "and", "/") follows, the first token of
/// the next name.
fn read_name(doc: &Document<'_>, k: usize) -> Option<(usize, Option<usize>)> {
    let toks = doc.tokens();
    let text = doc.text();
    let is_name_word = |i: usize| {
        toks.get(i).is_some_and(|t| {
            let w = doc.token_text(t).to_ascii_lowercase();
            (t.shape.initial_upper || t.shape.has_digit || t.shape.has_upper)
                && !STOP_WORDS.contains(&w.as_str())
        })
    };
    if !is_name_word(k) {
        return None;
    }
    let mut end = k;
    while end + 1 - k < MAX_NAME_TOKENS {
        let t = toks.get(end)?;
        if t.gap == Gap::Break || !is_name_word(end + 1) {
            break;
        }
        end += 1;
    }
    let last = toks.get(end)?;
    let next = toks.get(end + 1)?;
    let between = text.get(last.span.end..next.span.start)?.trim();
    let next_word = doc.token_text(next).to_ascii_lowercase();
    let follows = match between {
        "," | "/" | ";" => {
            if next_word == "or" || next_word == "and" {
                Some(end + 2)
            } else {
                Some(end + 1)
            }
        }
        "" if next_word == "or" || next_word == "and" => Some(end + 2),
        _ => None,
    };
    // After a comma the list goes on only if a name follows.
    let follows = follows.filter(|&n| is_name_word(n));
    Some((end, follows))
}

/// A name the article introduces for an actor the gazetteer does not know
/// ("we are naming the attackers ReconHellcat", "Threat Actor HydroJiin").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IntroducedName {
    /// The name as written.
    pub name: String,
    /// Where it is introduced.
    pub span: Span,
    /// The phrase that introduced it.
    pub trigger: String,
}

/// "named", "dubbed", "tracked as"... followed by a (possibly quoted) name;
/// or "threat actor" directly followed by a capitalised name.
const INTRODUCTION_PATTERN: &str = r#"(?:(?-u:\b)(?:dubbed|named|naming|calls?|called|track(?:s|ed|ing)?(?:\s+(?:it|them))?\s+as|refer(?:s|red)?\s+to\s+(?:it|them)\s+as|[Tt]hreat\s+[Aa]ctor)\s+(?:the\s+)?)["“']?([A-Z][A-Za-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)?(?:[ -][A-Z0-9][A-Za-z0-9]+){0,2})["”']?"#;

/// [`INTRODUCTION_PATTERN`], matched only at the start of the haystack.
static INTRODUCTION: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!("^{INTRODUCTION_PATTERN}")).ok());

/// The trigger words every match of [`INTRODUCTION_PATTERN`] starts with,
/// each at an ASCII word boundary (as in the pattern) and followed by white
/// space: every match starts where this finds one.
static INTRODUCTION_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:dubbed|named|naming|calls?|called|track(?:s|ed|ing)?|refer(?:s|red)?|[Tt]hreat)\s",
    )
    .ok()
});

/// The start of every occurrence of [`INTRODUCTION_WORDS`] in `text` from
/// `from` to `to`, or `None` if the pattern did not compile. Occurrences are
/// reported without overlaps, but every start of a match of
/// [`INTRODUCTION_PATTERN`] is reported: two occurrences that overlap start
/// at the same word boundary.
fn introduction_words(text: &str, from: usize, to: usize) -> Option<Vec<usize>> {
    let words = INTRODUCTION_WORDS.as_ref()?;
    let hay = text.get(from..to)?;
    Some(words.find_iter(hay).map(|m| from + m.start()).collect())
}

/// Words that show the sentence is about who attacked.
const ACTOR_WORDS: &[&str] = &[
    "group",
    "actor",
    "actors",
    "attackers",
    "attacker",
    "apt",
    "gang",
    "hackers",
    "operators",
    "adversary",
    "crew",
    "cluster",
];

/// Words that show the introduced name is software or an operation, not an
/// actor.
const NOT_ACTOR_WORDS: &[&str] = &[
    "malware",
    "loader",
    "backdoor",
    "ransomware",
    "variant",
    "campaign",
    "operation",
    "tool",
    "trojan",
    "stealer",
    "implant",
    "botnet",
    "family",
    "framework",
    "exploit",
    "vulnerability",
    "technique",
    "document",
    "file",
    "script",
    "service",
    "website",
    "site",
    "company",
    "shop",
    "platform",
    "app",
];

/// Finds names introduced for actors the gazetteer does not know.
pub(crate) fn introduced(gazetteer: &Gazetteer, doc: &Document<'_>) -> Vec<IntroducedName> {
    let Some(pattern) = INTRODUCTION.as_ref() else {
        return Vec::new();
    };
    let text = doc.text();
    let mut out: Vec<IntroducedName> = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let sentences = doc.sentences();
    let from = sentences.iter().map(|s| s.start).min().unwrap_or(0);
    let to = sentences.iter().map(|s| s.end).max().unwrap_or(0);
    let Some(words) = introduction_words(text, from, to) else {
        return out;
    };
    for sentence in sentences {
        let Some(s) = sentence.slice(text) else {
            continue;
        };
        // The matches in the sentence, from left to right, without
        // overlaps, as a search through it would find them: each starts at
        // a trigger word, where the anchored pattern is tried.
        let first = words.partition_point(|&w| w < sentence.start);
        let mut resume = sentence.start;
        for &at in words.get(first..).unwrap_or_default() {
            if at >= sentence.end {
                break;
            }
            if at < resume {
                continue;
            }
            let Some(rest) = text.get(at..sentence.end) else {
                continue;
            };
            // The extent of the match first (the fast engine), the name's
            // group only for a sentence about who attacked.
            let Some(whole) = pattern.find(rest) else {
                continue;
            };
            resume = at + whole.end();
            // Offsets into the sentence (the pattern is anchored: the match
            // starts at the trigger word).
            let whole_start = at - sentence.start;
            let before = s.get(..whole_start).unwrap_or_default();
            let threat_actor = rest
                .get(.."threat actor".len())
                .is_some_and(|w| w.eq_ignore_ascii_case("threat actor"));
            let words = |list: &[&str], hay: &str| {
                hay.split(|c: char| !c.is_alphanumeric())
                    .any(|w| list.contains(&w))
            };
            // The nearest kind word before the trigger decides what is named.
            let tail_start = before
                .char_indices()
                .rev()
                .take(80)
                .last()
                .map_or(before.len(), |(i, _)| i);
            let tail = before
                .get(tail_start..)
                .unwrap_or_default()
                .to_ascii_lowercase();
            if !threat_actor && (!words(ACTOR_WORDS, &tail) || words(NOT_ACTOR_WORDS, &tail)) {
                continue;
            }
            let Some(name) = pattern.captures(rest).and_then(|c| c.get(1)) else {
                continue;
            };
            let name_start = whole_start + name.start();
            let trigger = s
                .get(whole_start..name_start)
                .unwrap_or_default()
                .trim_matches(|c: char| c.is_whitespace() || "\"“'".contains(c))
                .to_string();
            let name_text = name.as_str();
            let quoted = s
                .get(..name_start)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| "\"“'".contains(c));
            // Headlines capitalise every word ("Threat Actor Profile"): only
            // a quoted name or one that is no ordinary word counts.
            if !quoted && !distinctive(name_text) {
                continue;
            }
            let lower = name_text.to_ascii_lowercase();
            if STOP_WORDS.contains(&lower.as_str()) || name_text.len() < 3 {
                continue;
            }
            if !gazetteer.lookup(name_text).is_empty() {
                continue;
            }
            if !seen.insert(name_text) {
                continue;
            }
            let start = sentence.start + name_start;
            out.push(IntroducedName {
                name: name_text.to_string(),
                span: Span::new(start, start + name_text.len()),
                trigger,
            });
        }
    }
    out
}

/// Inner capitals after a lower-case letter ("ReconHellcat") or letters
/// mixed with digits ("Cl0p"): not an ordinary word.
fn distinctive(name: &str) -> bool {
    let mut prev_lower = false;
    let (mut letters, mut digits) = (false, false);
    for c in name.chars() {
        if c.is_uppercase() && prev_lower {
            return true;
        }
        prev_lower = c.is_lowercase();
        letters |= c.is_alphabetic();
        digits |= c.is_numeric();
    }
    letters && digits
}
