//! Alias discovery: names an article itself gives for a known actor.
//!
//! "APT31, also known as Judgement Panda, Bronze Vinewood or RedBravo, a
//! cyber-espionage group" links three names to APT31 even where the data
//! lacks them. The triggers: "also known as", "aka", "a.k.a.", "also tracked
//! as", "also called", "which `<Vendor>` calls / tracks as / refers to as";
//! after a trigger comes a list of names separated by commas, "or", "and" or
//! slashes, each made of capitalised words or words with digits.

use crate::fast_hash::FastSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::matcher::{Mention, MentionRule};
use super::small::{EntityIds, Name};
use super::{EntityId, EntityKind, Gazetteer};
use crate::report::Span;
use crate::text::{ascii_key, folded, Document, Gap, Token};

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
    let mut seen: FastSet<String> = FastSet::default();
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

/// Names of a regional branch of an actor whose name is an ordinary word:
/// the name and a country right after it ("Anonymous Indonesia",
/// "Anonymous Philippines"), when the gazetteer does not know the whole.
/// The branch is a group of its own, introduced by being named.
pub(crate) fn regional_branches(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    mentions: &[Mention],
    introduced: &mut Vec<IntroducedName>,
) {
    let text = doc.text();
    for pair in mentions.windows(2) {
        let [actor, country] = pair else {
            continue;
        };
        let adjacent = actor.kind == EntityKind::Actor
            && country.kind == EntityKind::Country
            && country.span.start == actor.span.end + 1
            && text.get(actor.span.end..country.span.start) == Some(" ");
        if !adjacent || !gazetteer.alias_flags(&actor.alias).common_word {
            continue;
        }
        let span = Span::new(actor.span.start, country.span.end);
        let Some(name) = span.slice(text) else {
            continue;
        };
        // Capitalised as a name ("Anonymous Indonesia", not "anonymous
        // Indonesian sources").
        let capitalised = name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
        let taken = introduced.iter().any(|n| n.name == name);
        if !capitalised || taken || !gazetteer.lookup(name).is_empty() {
            continue;
        }
        introduced.push(IntroducedName {
            name: name.to_string(),
            span,
            trigger: "(regional branch)".to_string(),
        });
    }
}

/// The last words of the vendors' naming schemes for threat actors
/// (CrowdStrike's animals, Microsoft's weather), capitalised as in a name.
const SCHEME_WORDS: [u64; 13] = [
    ascii_key("panda"),
    ascii_key("bear"),
    ascii_key("kitten"),
    ascii_key("chollima"),
    ascii_key("spider"),
    ascii_key("jackal"),
    ascii_key("typhoon"),
    ascii_key("blizzard"),
    ascii_key("sandstorm"),
    ascii_key("sleet"),
    ascii_key("tempest"),
    ascii_key("cyclone"),
    ascii_key("tsunami"),
];

/// Names in a vendor's naming scheme that the gazetteer does not know: one
/// capitalised word and a scheme word ("Twisted Panda", "Storm Tempest"),
/// written at least twice. A newly named group reads so in any report.
pub(crate) fn scheme_names(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    mentions: &[Mention],
    introduced: &mut Vec<IntroducedName>,
) {
    /// Bounded work on hostile input: the names looked up.
    const MAX_NAMES: usize = 32;
    let text = doc.text();
    let toks = doc.tokens();
    let mut found: Vec<(Span, &str)> = Vec::new();
    for pair in toks.windows(2) {
        let [first, scheme] = pair else {
            continue;
        };
        // The cheap tests first: most tokens are not capitalised.
        if !scheme.shape.initial_upper
            || !first.shape.initial_upper
            || !SCHEME_WORDS.contains(&scheme.key)
            || first.shape.has_digit
            || first.gap != Gap::Join
            || text.get(first.span.end..scheme.span.start) != Some(" ")
        {
            continue;
        }
        let span = Span::new(first.span.start, scheme.span.end);
        let Some(name) = span.slice(text) else {
            continue;
        };
        // Lower-case after the capital ("Twisted", not "APT" or "THE").
        if !name
            .split(' ')
            .all(|w| w.chars().skip(1).all(char::is_lowercase))
        {
            continue;
        }
        found.push((span, name));
        if found.len() >= MAX_NAMES * 4 {
            break;
        }
    }
    let mut looked_up = 0;
    for (i, &(span, name)) in found.iter().enumerate() {
        let twice = found.iter().filter(|(_, n)| *n == name).nth(1).is_some();
        let first = found.iter().position(|(_, n)| *n == name) == Some(i);
        if !twice || !first || looked_up >= MAX_NAMES {
            continue;
        }
        // Mentions are in text order: the one that could cover the name
        // starts at or before it.
        let before = mentions.partition_point(|m| m.span.start <= span.start);
        let covered = before
            .checked_sub(1)
            .and_then(|k| mentions.get(k))
            .is_some_and(|m| span.end <= m.span.end);
        if covered || introduced.iter().any(|n| n.name == name) {
            continue;
        }
        looked_up += 1;
        if !gazetteer.lookup(name).is_empty() || STOP_WORDS.contains(&name) {
            continue;
        }
        introduced.push(IntroducedName {
            name: name.to_string(),
            span,
            trigger: "(naming scheme)".to_string(),
        });
    }
}

/// Names introduced as a group's that are the plural of one listed actor's
/// name of several words ("the hacking group Fancy Bears" of "Fancy Bear")
/// name that actor: they move from `introduced` to `discovered`.
pub(crate) fn plurals_of_listed(
    gazetteer: &Gazetteer,
    introduced: &mut Vec<IntroducedName>,
    discovered: &mut Vec<DiscoveredAlias>,
) {
    introduced.retain(|n| {
        let Some(singular) = n.name.strip_suffix('s').filter(|s| s.contains(' ')) else {
            return true;
        };
        let mut actors = gazetteer.lookup(singular).into_iter().filter(|&id| {
            gazetteer
                .get(id)
                .is_some_and(|e| e.kind == EntityKind::Actor)
        });
        let (Some(entity), None) = (actors.next(), actors.next()) else {
            return true;
        };
        discovered.push(DiscoveredAlias {
            alias: n.name.clone(),
            entity,
            span: n.span,
            trigger: "plural of a listed name".to_string(),
        });
        false
    });
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

/// The introduced name of [`INTRODUCTION_PATTERN`] and [`SELF_NAMED`], in
/// group 1: up to three capitalised words, possibly quoted.
macro_rules! introduced_name {
    () => {
        r#"["“‘']?([A-Z][A-Za-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)?(?:[ -][A-Z0-9][A-Za-z0-9]+){0,2})["”’']?"#
    };
}

/// "named", "dubbed", "tracked as"... followed by a (possibly quoted) name;
/// or "threat actor" directly followed by a capitalised name.
const INTRODUCTION_PATTERN: &str = concat!(
    r#"(?:(?-u:\b)(?:dubbed|named|naming|calls?|called|track(?:s|ed|ing)?(?:\s+(?:it|them|the\s+(?:group|actor|threat\s+actor|gang|crew)))?\s+as|refer(?:s|red)?\s+to\s+(?:it|them)\s+as|[Tt]hreat\s+[Aa]ctor)\s+(?:the\s+)?)"#,
    introduced_name!()
);

/// "calling itself", "calls themselves" followed by a (possibly quoted)
/// name: a pattern of its own, tried only where those words are, so that
/// [`INTRODUCTION_PATTERN`] stays as fast as it was.
/// A self-chosen name may also join its words with "of" ("a group calling
/// itself Hackers of Savior", "Guardians of Peace", "Cyber Army of Russia
/// Reborn"), hold a possessive before another capitalised word ("the
/// People's Cyber Army") or end in a version ("a hacker calling himself
/// Guccifer 2.0").
static SELF_NAMED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^call(?:s|ed|ing)?\s+(?:itself|themselves|himself|herself)\s+(?:the\s+)?",
        r#"["“‘']?([A-Z][A-Za-z0-9]*(?:[A-Z0-9][A-Za-z0-9]*)?(?:['’]s [A-Z][A-Za-z0-9]+)?(?:[ -][A-Z0-9][A-Za-z0-9]+|\s+of(?:\s+the)?\s+[A-Z][A-Za-z0-9]+| [0-9]\.[0-9]){0,3})["”’']?"#
    ))
    .ok()
});

/// The length of up to three more capitalised words that `tail` (the text
/// after a quoted name as matched) holds before the closing quote, or 0
/// when no closing quote follows them.
fn quoted_words_on(tail: &str) -> usize {
    let mut len = 0;
    for _ in 0..3 {
        let Some(word) = tail.get(len..).and_then(|t| t.strip_prefix(' ')) else {
            break;
        };
        let n = word.bytes().take_while(u8::is_ascii_alphanumeric).count();
        if n == 0 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            break;
        }
        len += 1 + n;
    }
    let closed = tail
        .get(len..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| "\"\u{201D}'".contains(c));
    if len > 0 && closed {
        len
    } else {
        0
    }
}

/// Whether `rest` starts with "call", "calls", "called" or "calling", then
/// "itself" or "themselves".
fn self_naming(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix("call") else {
        return false;
    };
    let after = after
        .strip_prefix("ing")
        .or_else(|| after.strip_prefix("ed"))
        .or_else(|| after.strip_prefix('s'))
        .unwrap_or(after)
        .trim_start();
    ["itself", "themselves", "himself", "herself"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// [`INTRODUCTION_PATTERN`], matched only at the start of the haystack.
static INTRODUCTION: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(&format!("^{INTRODUCTION_PATTERN}")).ok());

/// The trigger words every match of [`INTRODUCTION_PATTERN`] starts with,
/// each at an ASCII word boundary (as in the pattern) and followed by white
/// space: every match starts where this finds one. The same search finds
/// the actor nouns [`classified`] reads back from ("group", "actor",
/// "gang", "crew"), where the pattern never matches. The matcher's token
/// pass finds them ([`trigger_words_in_token`]); the tests hold it to this
/// pattern's search.
#[cfg(test)]
static INTRODUCTION_WORDS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:(?:dubbed|named|naming|calls?|called|calling|track(?:s|ed|ing)?|refer(?:s|red)?|[Tt]hreat)\s|(?:[Gg]roup|[Aa]ctor|[Gg]ang|[Cc]rew|GROUP|ACTOR|GANG|CREW)(?-u:\b))",
    )
    .ok()
});

/// The start of every occurrence of [`INTRODUCTION_WORDS`] in `text` from
/// `from` to `to`, or `None` if the pattern did not compile (what the
/// matcher's token pass finds, for the tests). Occurrences are
/// reported without overlaps, but every start of a match of
/// [`INTRODUCTION_PATTERN`] is reported: two occurrences that overlap start
/// at the same word boundary.
#[cfg(test)]
fn introduction_words(text: &str, from: usize, to: usize) -> Option<Vec<usize>> {
    let words = INTRODUCTION_WORDS.as_ref()?;
    let hay = text.get(from..to)?;
    Some(words.find_iter(hay).map(|m| from + m.start()).collect())
}

/// The words [`INTRODUCTION_WORDS`] starts a match with, folded: a token
/// whose key is none of theirs starts no match (unless it holds characters
/// outside ASCII or hidden ones, see [`trigger_words_in_token`]).
const TRIGGER_WORDS: [&str; 19] = [
    "dubbed", "named", "naming", "call", "calls", "called", "calling", "track", "tracks",
    "tracked", "tracking", "refer", "refers", "referred", "threat", "group", "actor", "gang",
    "crew",
];

/// Multiplies a token key into the index of [`TRIGGER_FILTER`].
const TRIGGER_MUL: u64 = 0x9FB2_1C65_1E98_DF25;

/// A 1,024-bit filter over the keys of [`TRIGGER_WORDS`], small enough for
/// the per-token loop of the matcher.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
static TRIGGER_FILTER: [u64; 16] = {
    let mut f = [0u64; 16];
    let mut i = 0;
    while i < TRIGGER_WORDS.len() {
        let h = (ascii_key(TRIGGER_WORDS[i]).wrapping_mul(TRIGGER_MUL) >> 54) as usize;
        f[h >> 6] |= 1 << (h & 63);
        i += 1;
    }
    f
};

/// Whether a token with this key and shape may hold the start of a match of
/// [`INTRODUCTION_WORDS`]: its key passes [`TRIGGER_FILTER`], or it holds
/// characters outside ASCII or hidden ones (where a match may start inside
/// it). Branch-free, for the matcher's per-token loop.
#[inline]
pub(crate) fn may_hold_trigger(t: &Token) -> bool {
    let h = (t.key.wrapping_mul(TRIGGER_MUL) >> 54) as usize;
    let bit = TRIGGER_FILTER
        .get(h >> 6)
        .map_or(0, |w| (w >> (h & 63)) & 1);
    (bit != 0) | t.shape.non_ascii | t.shape.hidden
}

/// Where the text from `from` to `to` over which [`INTRODUCTION_WORDS`] is
/// searched lies in `doc`: from the first sentence's start to the last's end.
pub(crate) fn trigger_range(doc: &Document<'_>) -> (usize, usize) {
    let sentences = doc.sentences();
    let from = sentences.iter().map(|s| s.start).min().unwrap_or(0);
    let to = sentences.iter().map(|s| s.end).max().unwrap_or(0);
    (from, to)
}

/// Appends to `out` the start of every match of [`INTRODUCTION_WORDS`] in
/// `text[from..to]` that starts inside token `k`, as a search through that
/// text would find them, for a token that [`may_hold_trigger`]; tokens must
/// be given in order. A match starts at an ASCII word boundary: at the
/// token's start or, inside it, after a byte outside ASCII (a letter of
/// another script, a hidden character). There the run of ASCII letters
/// and digits must be one of the pattern's words, followed by white space
/// (the verbs) or by no ASCII word byte (the nouns).
pub(crate) fn trigger_words_in_token(
    doc: &Document<'_>,
    k: usize,
    (from, to): (usize, usize),
    out: &mut Vec<usize>,
) {
    let Some(t) = doc.tokens().get(k) else {
        return;
    };
    let bytes = doc.text().as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    if !(t.shape.non_ascii || t.shape.hidden) {
        if trigger_word_at(doc.text(), start, (from, to)) {
            out.push(start);
        }
        return;
    }
    for p in start..end.min(to) {
        let boundary = p == start || bytes.get(p - 1).is_some_and(|&b| b >= 0x80);
        if boundary
            && bytes.get(p).is_some_and(u8::is_ascii_alphabetic)
            && trigger_word_at(doc.text(), p, (from, to))
        {
            out.push(p);
        }
    }
}

/// Whether a match of [`INTRODUCTION_WORDS`] in `text[from..to]` starts at
/// byte `p` (an ASCII letter).
fn trigger_word_at(text: &str, p: usize, (from, to): (usize, usize)) -> bool {
    let bytes = text.as_bytes();
    let word_byte = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    if p < from || p >= to || p > from && bytes.get(p - 1).is_some_and(word_byte) {
        return false;
    }
    let run = bytes
        .get(p..to)
        .unwrap_or_default()
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let end = p + run;
    match text.get(p..end).unwrap_or_default() {
        "dubbed" | "named" | "naming" | "call" | "calls" | "called" | "calling" | "track"
        | "tracks" | "tracked" | "tracking" | "refer" | "refers" | "referred" | "threat"
        | "Threat" => text
            .get(end..to)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_whitespace),
        "group" | "Group" | "GROUP" | "actor" | "Actor" | "ACTOR" | "gang" | "Gang" | "GANG"
        | "crew" | "Crew" | "CREW" => end >= to || !bytes.get(end).is_some_and(word_byte),
        _ => false,
    }
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
    // "an international hacking ring that called itself the Xbox
    // Underground", "a hacktivist collective calling itself ...".
    "ring",
    "collective",
    "syndicate",
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
    "vulnerabilities",
    "flaw",
    "flaws",
    "bug",
    "bugs",
    "issue",
    "issues",
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

/// A cheap necessary condition for [`INTRODUCTION`] to match at `at`, a
/// trigger word: what follows the word and its white space can start the
/// rest of the pattern ("the", a quote or a capital after "named" and the
/// like; "it", "them" or "as" after "tracked"; "to" after "refers"; "actor"
/// after "threat"). Most trigger words ("named after", "tracking the")
/// fail it, and are never given to the pattern. A word it does not know is
/// let through.
fn may_introduce_at(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..) else {
        return true;
    };
    let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (word, after) = rest.split_at(word_len);
    let Some(next) = after.trim_start().chars().next() else {
        return false;
    };
    match word {
        "dubbed" | "named" | "naming" | "call" | "calls" | "called" => {
            matches!(next, 't' | 'i' | '"' | '\u{201C}' | '\'') || next.is_ascii_uppercase()
        }
        // "calling itself", "calling themselves", "calling himself".
        "calling" => matches!(next, 'i' | 't' | 'h'),
        "track" | "tracks" | "tracked" | "tracking" => matches!(next, 'i' | 't' | 'a'),
        "refer" | "refers" | "referred" => next == 't',
        "threat" | "Threat" => matches!(next, 'A' | 'a'),
        _ => true,
    }
}

/// Finds names introduced for actors the gazetteer does not know.
/// `words` are where [`INTRODUCTION_WORDS`] matches over the text of the
/// sentences, in order (collected by the matcher's token pass with
/// [`trigger_words_in_token`]).
pub(crate) fn introduced(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    words: &[usize],
) -> Vec<IntroducedName> {
    let Some(pattern) = INTRODUCTION.as_ref() else {
        return Vec::new();
    };
    let text = doc.text();
    let mut out: Vec<IntroducedName> = Vec::new();
    let mut seen: FastSet<&str> = FastSet::default();
    let sentences = doc.sentences();
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
            if at < resume || actor_noun_at(text, at) || !may_introduce_at(text, at) {
                continue;
            }
            let Some(rest) = text.get(at..sentence.end) else {
                continue;
            };
            // The extent of the match first (the fast engine), the name's
            // group only for a sentence about who attacked.
            let pattern = match SELF_NAMED.as_ref() {
                Some(self_named) if self_naming(rest) => self_named,
                _ => pattern,
            };
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
            // "Sygnia, which tracks the group as Weaver Ant": the trigger
            // itself says an actor is named, whatever its name's words.
            let tracked_group = whole.as_str().starts_with("track")
                && [
                    " the group ",
                    " the actor ",
                    " the threat actor ",
                    " the gang ",
                    " the crew ",
                ]
                .iter()
                .any(|w| whole.as_str().contains(w));
            // The nearest kind word before the trigger decides what is named.
            // "a hacker calling himself Guccifer 2.0", "a user calling
            // himself PhineasFisher": a persona.
            let persona = || {
                let reflexive = whole.as_str().split_whitespace().nth(1);
                // "the suspects, three Spanish men, called themselves the
                // DDP Team": people named as a group by their own name.
                let people = matches!(reflexive, Some("themselves")) && {
                    let tail = tail_of(before);
                    ["suspects", "men", "members", "teenagers", "students"]
                        .iter()
                        .any(|w| tail.contains(w))
                };
                people
                    || matches!(reflexive, Some("himself" | "herself")) && {
                        let tail = tail_of(before);
                        [
                            "hacker",
                            "persona",
                            "user",
                            "someone",
                            "individual",
                            "person",
                        ]
                        .iter()
                        .any(|w| tail.contains(w))
                    }
            };
            if !threat_actor
                && !tracked_group
                && nearest_kind_word(before) != Some(true)
                && !persona()
            {
                continue;
            }
            let Some(name) = pattern.captures(rest).and_then(|c| c.get(1)) else {
                continue;
            };
            let name_start = whole_start + name.start();
            let trigger = s
                .get(whole_start..name_start)
                .unwrap_or_default()
                .trim_matches(|c: char| c.is_whitespace() || OPENING_QUOTES.contains(&c))
                .to_string();
            let mut name_text = name.as_str();
            let quoted = s
                .get(..name_start)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| OPENING_QUOTES.contains(&c));
            // "calling himself 'Anna-senpai'": a quoted name goes on through
            // a hyphen and small letters up to its closing quote.
            if quoted {
                let tail = rest.get(name.end()..).unwrap_or_default();
                let more = tail.strip_prefix('-').map_or(0, |t| {
                    let word = t
                        .bytes()
                        .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                        .count();
                    let closed = t
                        .get(word..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| "\"”'".contains(c));
                    if word > 0 && closed {
                        word + 1
                    } else {
                        0
                    }
                });
                // '"The Group With No Name"': a quoted name goes on through
                // more capitalised words up to its closing quote.
                let more = if more > 0 {
                    more
                } else {
                    quoted_words_on(tail)
                };
                name_text = rest
                    .get(name.start()..name.end() + more)
                    .unwrap_or(name_text);
            }
            // Headlines capitalise every word ("Threat Actor Profile"): only
            // a quoted name or one that is no ordinary word counts.
            // A group "calling itself" something names itself: no headline
            // writes that.
            let mut trigger_words = trigger.split_whitespace().rev();
            let last = match trigger_words.next() {
                Some("the") => trigger_words.next(),
                last => last,
            };
            let self_named = matches!(last, Some("itself" | "themselves" | "himself" | "herself"));
            // "he belongs to a group called Crackas With Attitude": a group
            // named right after its noun, in small letters, is prose.
            // Not a company's name ("a criminal group named
            // Skynet-Corporation" sold malware as a business).
            let group_called = matches!(last, Some("called" | "named" | "dubbed"))
                && group_noun_ends(before)
                && !names_company(name_text);
            if !quoted && !self_named && !group_called && !tracked_group && !distinctive(name_text)
            {
                continue;
            }
            // "the group called ACTA a threat to freedom": calling something
            // something, not a name given (an article or a possessive
            // follows the name).
            let complement = matches!(last, Some("called" | "calls" | "call"))
                && rest.get(name.end()..).is_some_and(|after| {
                    [" a ", " an ", " the ", " his ", " her ", " its ", " their "]
                        .iter()
                        .any(|w| after.starts_with(w))
                });
            if complement {
                continue;
            }
            // "published a report called \"For God and My President\"": the
            // title of a work, not anyone's name.
            if matches!(last, Some("called" | "named" | "titled" | "entitled"))
                && work_noun_ends(before)
            {
                continue;
            }
            let lower = name_text.to_ascii_lowercase();
            if STOP_WORDS.contains(&lower.as_str()) || name_text.len() < 3 || is_cve_id(&lower) {
                continue;
            }
            // A listed name is the gazetteer's to find; but "a hacker
            // calling himself Bjorka" names a persona, whatever piece of
            // software shares the name.
            let known = gazetteer.lookup(name_text);
            let persona_of_software = self_named
                && known.iter().all(|&id| {
                    gazetteer
                        .get(id)
                        .is_some_and(|e| e.kind == EntityKind::Software)
                });
            if !known.is_empty() && !persona_of_software {
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
    quoted_lists(gazetteer, doc, &mut out);
    classified(gazetteer, doc, words, &mut out);
    kind_named(gazetteer, doc, words, &mut out);
    out
}

/// The name right after a kind of actor: "the hacktivist group ZyxSec
/// Pilipinas", "another ransomware gang, DarkFooX, ...". One to three
/// capitalised words after "group", "gang" or "crew" (a comma between),
/// where the word before the noun says what kind of actor
/// ([`KIND_WORDS`]). The name must be coined ([`distinctive`]), quoted, or
/// followed by the group's deed in small letters ([`GROUP_DEEDS`]): "the
/// Hacking Group Anonymous Philippines" alone could be a headline's capitals.
static KIND_NAMED: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(concat!(r"^,?[ ]", introduced_name!())).ok());

/// The words before "group", "gang" or "crew" that make it an actor's
/// ([`kind_named`]).
const KIND_WORDS: [u64; 11] = [
    ascii_key("hacktivist"),
    ascii_key("hacking"),
    ascii_key("hacker"),
    ascii_key("ransomware"),
    ascii_key("extortion"),
    ascii_key("cybercrime"),
    ascii_key("cybercriminal"),
    ascii_key("criminal"),
    ascii_key("espionage"),
    ascii_key("apt"),
    ascii_key("threat"),
];

/// How many names [`kind_named`] looks for again in the whole text.
const MAX_NAME_SEARCHES: usize = 32;

/// How far after "group" [`KIND_NAMED`] reads, in bytes.
const KIND_NAME_WINDOW: usize = 96;

/// What a group did, in small letters, right after its name: the name is
/// then written in prose ([`kind_named`]).
const GROUP_DEEDS: &[&str] = &[
    "defaced",
    "hacked",
    "leaked",
    "dumped",
    "published",
    "claimed",
    "breached",
    "stole",
    "attacked",
    "targeted",
    "encrypted",
    "posted",
    "hijacked",
];

/// Names after a kind of actor ([`KIND_NAMED`]) that the gazetteer does not
/// know. `words` are where [`INTRODUCTION_WORDS`] matched: the nouns among
/// them are the ones read.
fn kind_named(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    words: &[usize],
    out: &mut Vec<IntroducedName>,
) {
    let Some(pattern) = KIND_NAMED.as_ref() else {
        return;
    };
    let text = doc.text();
    let toks = doc.tokens();
    // The names out already, for a look-up each.
    let mut known: FastSet<String> = out.iter().map(|n| n.name.clone()).collect();
    // Searches of the whole text for a name written again, bounded on
    // hostile input (thousands of kinds, each before another name).
    let mut searches_left = MAX_NAME_SEARCHES;
    for &at in words {
        if !actor_noun_at(text, at)
            || text
                .get(at..at + 5)
                .is_some_and(|w| w.eq_ignore_ascii_case("actor"))
        {
            continue;
        }
        // A name starts with a capital or a quote, after a space or ", "
        // (the cheap test first: most nouns go on with a small word).
        let noun_len = if text
            .get(at..at + 5)
            .is_some_and(|w| w.eq_ignore_ascii_case("group"))
        {
            5
        } else {
            4
        };
        let after = text.get(at + noun_len..).unwrap_or_default();
        let opening = after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix(' '))
            .and_then(|a| a.chars().next());
        if !opening.is_some_and(|c| c.is_ascii_uppercase() || OPENING_QUOTES.contains(&c)) {
            continue;
        }
        let Some(k) = token_at(doc, at) else {
            continue;
        };
        let (Some(noun), Some(kind)) = (toks.get(k), k.checked_sub(1).and_then(|j| toks.get(j)))
        else {
            continue;
        };
        let spaced = text
            .get(kind.span.end..noun.span.start)
            .is_some_and(|b| b == " ");
        // The noun is the whole token ("groups" is not "group").
        if !spaced || !KIND_WORDS.contains(&kind.key) || noun.span.end != at + noun_len {
            continue;
        }
        // Three words and quotes fit in a short window: the pattern reads no
        // further.
        let Some(rest) =
            floor_boundary(text, noun.span.end + KIND_NAME_WINDOW).get(noun.span.end..)
        else {
            continue;
        };
        let Some(name) = pattern.captures(rest).and_then(|c| c.get(1)) else {
            continue;
        };
        let name_text = name.as_str();
        let start = noun.span.end + name.start();
        let quoted = text
            .get(..start)
            .and_then(|b| b.chars().next_back())
            .is_some_and(|c| OPENING_QUOTES.contains(&c));
        // An ordinary-looking name counts where prose, not a title, goes on
        // with what the group did ("the hacktivist group Anonymous
        // Philippines defaced ...": a title would capitalise the verb).
        let deed_follows = || {
            let after = text.get(start + name_text.len()..).unwrap_or_default();
            after.strip_prefix(' ').is_some_and(|a| {
                let verb = a
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .next()
                    .unwrap_or("");
                GROUP_DEEDS.contains(&verb)
            })
        };
        // Or where the kind and the noun are in small letters (prose, not a
        // title: "the emblem of the hacker group Lizard Squad") and the text
        // writes the name again, unless a vendor's naming follows ("a group
        // Microsoft tracks as ...": the vendor, not the group).
        let mut named_in_prose = || {
            let small = |t: &Token| {
                text.get(t.span.start..t.span.end)
                    .is_some_and(|w| !w.bytes().any(|b| b.is_ascii_uppercase()))
            };
            let after = text.get(start + name_text.len()..).unwrap_or_default();
            let vendor_naming = [" tracks", " calls", " dubs", " refers", " named", " dubbed"]
                .iter()
                .any(|v| after.starts_with(v));
            if !small(kind) || !small(noun) || vendor_naming || searches_left == 0 {
                return false;
            }
            searches_left -= 1;
            memchr::memmem::find_iter(text.as_bytes(), name_text.as_bytes())
                .nth(1)
                .is_some()
        };
        if !quoted && !distinctive(name_text) && !deed_follows() && !named_in_prose()
            || name_text.len() < 4
        {
            continue;
        }
        if STOP_WORDS.contains(&name_text.to_ascii_lowercase().as_str())
            || !gazetteer.lookup(name_text).is_empty()
            || !known.insert(name_text.to_string())
        {
            continue;
        }
        out.push(IntroducedName {
            name: name_text.to_string(),
            span: Span::new(start, start + name_text.len()),
            trigger: text
                .get(kind.span.start..noun.span.end)
                .unwrap_or_default()
                .to_string(),
        });
    }
}

/// "known by the aliases", "known as", "identified themselves as", "goes
/// by", "aka": phrases after which an actor's names follow, in a list.
/// Anchored at the end of the text before an opening quote.
static LIST_TRIGGER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?i-u)\b(?:known\s+(?:by\s+the\s+(?:aliases|names|nicknames|handles|monikers)|under\s+the\s+(?:aliases|names|nicknames|handles|monikers)|as)|(?:identif(?:y|ies|ied)|present(?:s|ed)?|call(?:s|ed)?|describ(?:e|es|ed)|refer(?:s|red)?\s+to|brand(?:s|ed)?|style[sd]?)\s+(?:themselves|itself|himself|herself)(?:\s+as)?|go(?:es)?\s+by|going\s+by|went\s+by|aka|a\.k\.a\.?)[\s:,]+$",
    )
    .ok()
});

/// Quotation marks that open and close a quoted name.
const OPENING_QUOTES: &[char] = &['"', '\u{201C}', '\u{2018}', '\'', '\u{AB}'];
const CLOSING_QUOTES: &[char] = &['"', '\u{201D}', '\u{2019}', '\'', '\u{BB}'];

/// Names an actor goes by, listed in quotes after a [`LIST_TRIGGER`] in a
/// sentence about an actor: "a threat actor known by the aliases 'Foo' and
/// 'BarX'", "the group, who called themselves “Foo,” “Bar
/// Team” and ...". Each quoted name the gazetteer does not know is
/// introduced; known ones are passed over and the list goes on. Only the
/// opening quotes (found with `memchr`) before a capital or a digit are
/// looked at.
fn quoted_lists(gazetteer: &Gazetteer, doc: &Document<'_>, out: &mut Vec<IntroducedName>) {
    let Some(trigger) = LIST_TRIGGER.as_ref() else {
        return;
    };
    let text = doc.text();
    let bytes = text.as_bytes();
    let sentences = doc.sentences();
    // The names out already, for a look-up each (a scan of `out` for each
    // name was quadratic on thousands of introduced names).
    let mut known: FastSet<String> = out.iter().map(|n| n.name.clone()).collect();
    // Where the last list read ended: its names are not read again.
    let mut resume = 0;
    // An ASCII quote, or the first byte of U+201C and U+2018.
    for p in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        let quote_len = match bytes.get(p..p + 3) {
            Some([0xE2, 0x80, 0x9C | 0x98]) => 3,
            _ if bytes.get(p) != Some(&0xE2) => 1,
            _ => continue,
        };
        let start = p + quote_len;
        if start < resume
            || !bytes
                .get(start)
                .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            continue;
        }
        let Some(k) = token_at(doc, start) else {
            continue;
        };
        let Some(quote) = text.get(..start).and_then(|b| b.chars().next_back()) else {
            continue;
        };
        if !OPENING_QUOTES.contains(&quote) {
            continue;
        }
        let quote_at = start - quote.len_utf8();
        let (offset, window) = ceil_window(text, quote_at.saturating_sub(64), quote_at);
        let Some(found) = trigger.find(window) else {
            continue;
        };
        let trigger_at = offset + found.start();
        // The sentence it is in: the words before it must speak of an actor.
        let Some(i) = doc.sentence_of(k) else {
            continue;
        };
        let Some(sentence) = sentences.get(i) else {
            continue;
        };
        let before = text
            .get(sentence.start.min(trigger_at)..trigger_at)
            .unwrap_or_default();
        if nearest_kind_word(before) != Some(true) {
            continue;
        }
        let phrase = found
            .as_str()
            .trim_end_matches(|c: char| c.is_whitespace() || ":,".contains(c));
        // The sentence's closing quote and full stop lie outside its span.
        let end = sentences.get(i + 1).map_or(text.len(), |s| s.start);
        let mut at = quote_at;
        for _ in 0..8 {
            let Some((name, span, next)) = quoted_name(text, at, end) else {
                break;
            };
            if gazetteer.lookup(name).is_empty() && known.insert(name.to_string()) {
                out.push(IntroducedName {
                    name: name.to_string(),
                    span,
                    trigger: phrase.to_string(),
                });
            }
            at = next;
        }
        resume = at;
    }
}

/// Where `text[from..to]` starts with `from` moved up to a char boundary,
/// and that text.
fn ceil_window(text: &str, mut from: usize, to: usize) -> (usize, &str) {
    while from < to && !text.is_char_boundary(from) {
        from += 1;
    }
    (from, text.get(from..to).unwrap_or_default())
}

/// The last 80 characters of `before`, lower-cased: where the words that
/// say what is named are looked for.
fn tail_of(before: &str) -> String {
    let tail_start = before
        .char_indices()
        .rev()
        .take(80)
        .last()
        .map_or(before.len(), |(i, _)| i);
    before
        .get(tail_start..)
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether `lower` (lower case) is a CVE identifier ("cve-2024-24576"): a
/// flaw's name, never an actor's.
fn is_cve_id(lower: &str) -> bool {
    lower
        .strip_prefix("cve-")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the nearest word before the end of `before` (in its last 80
/// characters) that says what is named speaks of an actor (`Some(true)`),
/// of software or an operation (`Some(false)`), or there is none.
fn nearest_kind_word(before: &str) -> Option<bool> {
    tail_of(before)
        .rsplit(|c: char| !c.is_alphanumeric())
        .find_map(|w| {
            if ACTOR_WORDS.contains(&w) {
                Some(true)
            } else if NOT_ACTOR_WORDS.contains(&w) {
                Some(false)
            } else {
                None
            }
        })
}

/// One quoted name of a list starting at byte `at` (white space, a comma,
/// "and" or "or" may come first), if it ends before `end`: the name, its
/// span, and where the list may go on. A name is one to four words, the
/// first starting with a capital or a digit, the others with a capital or
/// a digit or one of "of", "the", "de"; a comma or full stop just inside the
/// closing quote belongs to the sentence (“Foo,”).
fn quoted_name(text: &str, at: usize, end: usize) -> Option<(&str, Span, usize)> {
    let rest = text.get(at..end)?;
    let mut skipped = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    for joiner in ["and ", "or ", "& "] {
        if let Some(r) = skipped.strip_prefix(joiner) {
            skipped = r.trim_start();
        }
    }
    let open = skipped
        .chars()
        .next()
        .filter(|c| OPENING_QUOTES.contains(c))?;
    let inner_start = at + (rest.len() - skipped.len()) + open.len_utf8();
    let inner = text.get(inner_start..end)?;
    let close = inner.find(CLOSING_QUOTES)?;
    if close > 48 {
        return None;
    }
    let quoted = inner.get(..close)?;
    let name = quoted.trim().trim_end_matches([',', '.', ';']).trim_end();
    let lead = quoted.len() - quoted.trim_start().len();
    let words: Vec<&str> = name.split_whitespace().collect();
    let word_ok = |(k, w): (usize, &&str)| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || k > 0 && matches!(*w, "of" | "the" | "de")
    };
    let plausible = (1..=4).contains(&words.len())
        && name.chars().filter(|c| c.is_alphanumeric()).count() >= 2
        && words.iter().enumerate().all(word_ok)
        && words
            .last()
            .is_some_and(|w| !matches!(*w, "of" | "the" | "de"))
        && !STOP_WORDS.contains(&name.to_ascii_lowercase().as_str());
    if !plausible {
        return None;
    }
    let start = inner_start + lead;
    let closing = inner.get(close..)?.chars().next()?;
    let next = inner_start + close + closing.len_utf8();
    Some((name, Span::new(start, start + name.len()), next))
}

/// Whether one of the actor nouns of [`INTRODUCTION_WORDS`] starts at
/// byte `at`.
fn actor_noun_at(text: &str, at: usize) -> bool {
    let word = |n: usize| text.get(at..at + n).unwrap_or_default();
    word(5).eq_ignore_ascii_case("group")
        || word(5).eq_ignore_ascii_case("actor")
        || word(4).eq_ignore_ascii_case("gang")
        || word(4).eq_ignore_ascii_case("crew")
}

/// The index of the token that starts at byte `at`, if one does.
fn token_at(doc: &Document<'_>, at: usize) -> Option<usize> {
    let toks = doc.tokens();
    let k = toks.partition_point(|t| t.span.start < at);
    toks.get(k).filter(|t| t.span.start == at).map(|_| k)
}

/// Coined names (inner capitals or digits, see [`distinctive`]) that the
/// text says are an actor ("ReconFooX is a threat group", "assessed
/// ReconFooX as a high-capability APT group"), where the gazetteer does not
/// know them. Read backwards from the words "group", "actor", "gang" and
/// "crew": up to four words that name no software or operation ("a malware
/// group" does not count), "a" or "an", "is", "was", "as" or "remains", and
/// the name. `words` are where [`INTRODUCTION_WORDS`] matched: the nouns
/// among them are the ones read.
fn classified(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    words: &[usize],
    out: &mut Vec<IntroducedName>,
) {
    const ACTOR_NOUNS: [u64; 4] = [
        ascii_key("group"),
        ascii_key("actor"),
        ascii_key("gang"),
        ascii_key("crew"),
    ];
    const ARTICLES: [u64; 2] = [ascii_key("a"), ascii_key("an")];
    const VERBS: [u64; 4] = [
        ascii_key("is"),
        ascii_key("was"),
        ascii_key("as"),
        ascii_key("remains"),
    ];
    let text = doc.text();
    let toks = doc.tokens();
    // The names out already, for a look-up each.
    let mut known: FastSet<String> = out.iter().map(|n| n.name.clone()).collect();
    // The text between tokens `a` and `a + 1`.
    let between = |a: usize| -> Option<&str> {
        let (x, y) = (toks.get(a)?, toks.get(a + 1)?);
        text.get(x.span.end..y.span.start)
    };
    let spaced = |a: usize| between(a).is_some_and(|b| !b.is_empty() && b.trim().is_empty());
    for &at in words {
        if !actor_noun_at(text, at) {
            continue;
        }
        // "is a", "as an", "was a", "remains a" end in "s a" or "s an":
        // most nouns have neither before them.
        let near = text
            .as_bytes()
            .get(at.saturating_sub(48)..at)
            .unwrap_or_default();
        if !near.windows(4).any(|w| w == b"s a ") && !near.windows(5).any(|w| w == b"s an ") {
            continue;
        }
        let Some(k) = token_at(doc, at) else {
            continue;
        };
        let Some(t) = toks.get(k).filter(|t| ACTOR_NOUNS.contains(&t.key)) else {
            continue;
        };
        // The article, at most four filler tokens before the noun.
        let Some(article) = (k.saturating_sub(5)..k)
            .rev()
            .find(|&j| toks.get(j).is_some_and(|x| ARTICLES.contains(&x.key)))
        else {
            continue;
        };
        let filler_ok = (article + 1..k).all(|j| {
            let word = toks.get(j).map(|x| doc.token_text(x)).unwrap_or_default();
            word.bytes().all(|b| b.is_ascii_alphabetic())
                && !NOT_ACTOR_WORDS.contains(&word.to_ascii_lowercase().as_str())
        }) && (article..k).all(|j| spaced(j) || between(j) == Some("-"));
        let (Some(verb), Some(name_at)) = (article.checked_sub(1), article.checked_sub(2)) else {
            continue;
        };
        if !filler_ok
            || !toks.get(verb).is_some_and(|x| VERBS.contains(&x.key))
            || !spaced(verb)
            || between(name_at) != Some(" ")
        {
            continue;
        }
        let Some(name_tok) = toks.get(name_at) else {
            continue;
        };
        let name = doc.token_text(name_tok);
        let before_name = text
            .get(..name_tok.span.start)
            .and_then(|b| b.chars().next_back());
        // Not the end of a file or host name ("x.FooBar"), nor a lone word.
        if before_name.is_some_and(|c| matches!(c, '.' | '/' | '_' | '-' | '@'))
            || !name.starts_with(|c: char| c.is_ascii_uppercase())
            || !name.chars().all(char::is_alphanumeric)
            || !distinctive(name)
            || name.len() < 4
        {
            continue;
        }
        if !gazetteer.lookup(name).is_empty() || !known.insert(name.to_string()) {
            continue;
        }
        let phrase = text
            .get(toks.get(verb).map_or(0, |x| x.span.start)..t.span.end)
            .unwrap_or_default();
        out.push(IntroducedName {
            name: name.to_string(),
            span: name_tok.span,
            trigger: phrase.to_string(),
        });
    }
}

/// Whether `before` ends with a group's noun after a small-letter word ("a
/// group ", "a hacker collective "): the name after it is written in prose,
/// not in a headline's capitals.
fn group_noun_ends(before: &str) -> bool {
    const GROUP_NOUNS: &[&str] = &["group", "gang", "crew", "collective"];
    let mut words = before.split_whitespace().rev();
    let (Some(noun), Some(previous)) = (words.next(), words.next()) else {
        return false;
    };
    GROUP_NOUNS.contains(&noun)
        && previous
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
}

/// Whether `before` ends with a noun for a written or made work ("a report",
/// "the documentary"), whose title the name after "called" is.
fn work_noun_ends(before: &str) -> bool {
    const WORK_NOUNS: &[&str] = &[
        "report",
        "paper",
        "book",
        "film",
        "documentary",
        "study",
        "article",
        "essay",
        "document",
        "presentation",
        "talk",
        "podcast",
        "song",
        "album",
        "series",
    ];
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| WORK_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n)))
}

/// Whether a word of `name` is a corporate suffix ("Skynet-Corporation").
fn names_company(name: &str) -> bool {
    const CORPORATE: &[&str] = &[
        "corporation",
        "corp",
        "inc",
        "ltd",
        "llc",
        "company",
        "gmbh",
    ];
    name.split([' ', '-']).any(|w| {
        CORPORATE
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w.trim_end_matches('.')))
    })
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

/// Words after a malware name that make it name the people behind the
/// malware: "the Foo gang", "Foo operators".
const OPERATOR_WORDS: &[&str] = &[
    "gang",
    "group",
    "crew",
    "team",
    "operators",
    "actors",
    "affiliates",
];

/// Turns a mention of malware followed by a word for its people ("the Foo
/// gang", "the Foo group’s toolkit") into an actor mention of the whole
/// phrase. Ransomware is left as it is: a ransomware family already stands
/// for its gang.
pub(crate) fn operators(gazetteer: &Gazetteer, doc: &Document<'_>, mentions: &mut [Mention]) {
    let text = doc.text();
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Software {
            continue;
        }
        let ransomware = m.candidates.iter().chain(m.entity.iter()).any(|&id| {
            gazetteer
                .get(id)
                .is_some_and(|e| e.subkind.as_deref() == Some("ransomware"))
        });
        if ransomware {
            continue;
        }
        let Some(after) = text.get(m.span.end..) else {
            continue;
        };
        // One space (or a no-break space), then the word.
        let Some(rest) = after
            .strip_prefix(' ')
            .or_else(|| after.strip_prefix('\u{A0}'))
        else {
            continue;
        };
        let word_len = rest
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        let Some(word) = rest.get(..word_len) else {
            continue;
        };
        if !OPERATOR_WORDS.contains(&word) {
            continue;
        }
        let end = m.span.end + (after.len() - rest.len()) + word_len;
        let Some(surface) = text.get(m.span.start..end) else {
            continue;
        };
        m.span = Span::new(m.span.start, end);
        m.text = Name::from(surface);
        m.kind = EntityKind::Actor;
        m.entity = None;
        m.candidates = EntityIds::new();
        m.confidence = 0.8;
        m.rule = MentionRule::Operators;
    }
}

/// What a method, not an actor, is named after: "dubbed this method",
/// "a technique known as", right before the name (quotes, brackets and
/// emphasis marks between).
static METHOD_NAMING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)\b(?:(?:dubbed|called|named|termed)\s+(?:this|that|the|a|an)\s+(?:new\s+)?(?:method|technique|tactic|trick|scheme|approach)|(?:method|technique|tactic|trick|scheme|approach)\s+(?:is\s+)?(?:dubbed|called|named|termed|known\s+as))[\s"'“”‘’\[(*_]*$"#,
    )
    .ok()
});

/// How far before a name [`METHOD_NAMING`] is looked for, in bytes.
const METHOD_WINDOW: usize = 64;

/// Drops the actor mentions that the text uses as the name of a method
/// ("researchers dubbed this method BazarCall"): a list that files a
/// technique's name as an actor does not make the technique an actor here.
pub(crate) fn method_names(doc: &Document<'_>, mentions: &mut Vec<Mention>) {
    let Some(naming) = METHOD_NAMING.as_ref() else {
        return;
    };
    let text = doc.text();
    mentions.retain(|m| {
        if m.kind != EntityKind::Actor {
            return true;
        }
        let before = floor_boundary(text, m.span.start);
        let (_, window) = ceil_window(
            before,
            before.len().saturating_sub(METHOD_WINDOW),
            before.len(),
        );
        // The line's last word is the window's: the cheap test first.
        if !may_name_method(window) {
            return true;
        }
        let line = window.rsplit('\n').next().unwrap_or_default();
        !naming.is_match(line)
    });
}

/// A cheap necessary condition for [`METHOD_NAMING`] to match `line`: once
/// the quotes, brackets and white space at its end are set aside, it ends
/// in a whole word that can end the pattern ("dubbed", "method", the "as"
/// of "known as"...), compared as the pattern's `(?i)` compares (the long
/// s and the Kelvin sign fold to "s" and "k").
fn may_name_method(line: &str) -> bool {
    const LAST_WORDS: &[&str] = &[
        "dubbed",
        "called",
        "named",
        "termed",
        "as",
        "method",
        "technique",
        "tactic",
        "trick",
        "scheme",
        "approach",
    ];
    let body = line.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\''
                    | '\u{201C}'
                    | '\u{201D}'
                    | '\u{2018}'
                    | '\u{2019}'
                    | '['
                    | '('
                    | '*'
                    | '_'
            )
    });
    // The word backwards, at most nine letters (the longest is
    // "technique"); anything outside ASCII but the two is no such word.
    let mut word = [0u8; 9];
    let mut n = 0;
    for c in body.chars().rev() {
        if !c.is_alphabetic() {
            break;
        }
        let c = match c {
            '\u{17F}' => 's',
            '\u{212A}' => 'k',
            c => c.to_ascii_lowercase(),
        };
        let (Some(slot), true) = (word.get_mut(n), c.is_ascii()) else {
            return false;
        };
        *slot = c as u8;
        n += 1;
    }
    let word = word.get(..n).unwrap_or_default();
    LAST_WORDS
        .iter()
        .any(|w| w.len() == n && w.bytes().rev().eq(word.iter().copied()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token pass finds the trigger words where the pattern's search
    /// does: cases, boundaries, white space, characters outside ASCII and
    /// hidden ones.
    #[test]
    fn trigger_words_by_token_as_by_search() {
        let texts = [
            "The group, dubbed Foo, named it. A threat actor called Bar tracks as.",
            "Threat Actor X; THREAT GROUP; Gang crew CREW gAng groups grouped.",
            "re-named x_named named_x named\u{a0}Foo named\u{2003}Foo named.",
            "énamed Foo, xnamed, a\u{200b}named Bar, group\u{e9} groupé actor_",
            "tracking tracked refer refers referred referring calls call caller",
            "calls\tX track\nY the group",
            "named",
            "",
            "  group  ",
            "caf\u{e9} named Foo, \u{65e5}\u{672c}named Bar, \u{3a9}group, \u{3a9}Threat\u{3a9} ",
            "na\u{200b}med Foo, threat\u{ad}\u{a0}x, gro\u{200b}up, \u{e9}\u{e9}crew\u{e9}",
        ];
        for text in texts {
            let doc = Document::new(text);
            let range = trigger_range(&doc);
            let mut got = Vec::new();
            for (k, t) in doc.tokens().iter().enumerate() {
                if may_hold_trigger(t) {
                    trigger_words_in_token(&doc, k, range, &mut got);
                }
            }
            let want = introduction_words(text, range.0, range.1).unwrap_or_default();
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The cheap test of [`may_name_method`] never turns away a line the
    /// pattern matches.
    #[test]
    fn cheap_method_test_keeps_every_match() {
        let Some(naming) = METHOD_NAMING.as_ref() else {
            return;
        };
        let lines = [
            "researchers dubbed this method ",
            "they CALLED THE NEW TECHNIQUE \u{201C}",
            "the technique is known as '",
            "the trick is called (",
            "a scheme termed *",
            "the approach is named \"",
            "the method, known as",
            "the tactic is known a\u{17F} ",
            "a TRIC\u{212A} dubbed_",
            "the group named ",
            "renamed this method",
            "",
        ];
        let mut matched = 0;
        for line in lines {
            let matches = naming.is_match(line);
            matched += usize::from(matches);
            assert!(!matches || may_name_method(line), "{line:?}");
        }
        assert!(matched >= 7, "{matched}");
    }

    /// The cheap test never turns away a trigger word the pattern matches at.
    #[test]
    fn cheap_introduction_test_keeps_every_match() {
        let texts = [
            "a group dubbed Foo, named \u{201C}Bar\u{201D}, calls 'Baz', called the Qux",
            "tracked as Foo, tracks it as Bar, tracking them as Baz, track\u{a0}as Qux",
            "refers to it as Foo, referred to them as Bar, refer to it as Baz",
            "Threat Actor Foo, threat actor Bar, threat  Actor Baz, threat intel",
            "named after, tracking the, called for, dubbed it, refers back",
            "named\nFoo named\u{2003}\"Bar\" named:Foo named",
        ];
        let Some(pattern) = INTRODUCTION.as_ref() else {
            return;
        };
        let mut matched = 0;
        for text in texts {
            for at in introduction_words(text, 0, text.len()).unwrap_or_default() {
                let rest = text.get(at..).unwrap_or_default();
                let matches = pattern.is_match(rest);
                matched += usize::from(matches);
                assert!(!matches || may_introduce_at(text, at), "{rest:?}");
            }
        }
        assert!(matched >= 14, "{matched}");
    }
}
