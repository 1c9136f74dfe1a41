//! Merging names that stand for one organisation: short forms ("MGM"
//! for "MGM Resorts International"), abbreviations ("SEDENA") and local
//! names ("known locally as Hacienda") and initialisms ("SEC" for "Securities
//! and Exchange Commission").

use crate::classify::Context;
use crate::fast_hash::FastMap;
use crate::gazetteer::EntityKind;
use crate::text::Gap;
use crate::Span;
use std::sync::LazyLock;

use super::words::CONNECTORS;
use super::{names_government, Victim};

/// "MGM" and "MGM Resorts" count for "MGM Resorts International", and
/// "Print Spooler" for "Windows Print Spooler", when the text writes the full
/// name first: the scores of a short form go to the longest name that starts
/// or ends with it.
pub(super) fn merge_short_forms(by_name: &mut FastMap<&str, Victim>) {
    for end in [End::First, End::Last] {
        /// Beyond this many names sharing a word, no merging (bounded work
        /// on hostile input).
        const MAX_GROUP: usize = 64;
        // The names by the word at that end, sorted: each group is a run.
        let mut by_word: Vec<(&str, &str)> = by_name
            .keys()
            .map(|&name| {
                let word = match end {
                    End::First => name.split(' ').next(),
                    End::Last => name.rsplit(' ').next(),
                };
                (word.unwrap_or_default(), name)
            })
            .collect();
        by_word.sort_unstable();
        for run in by_word.chunk_by(|a, b| a.0 == b.0) {
            if run.len() > MAX_GROUP || run.len() < 2 {
                continue;
            }
            let mut names: Vec<&str> = run.iter().map(|&(_, name)| name).collect();
            names.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            merge_group(by_name, &names, end);
        }
    }
}

/// The longer of two names, the first in byte order between two of one
/// length: the map's keys come in no fixed order, so a tie must not be
/// left to it (the output would change from run to run).
fn longer_first(a: &str, b: &str) -> std::cmp::Ordering {
    a.len().cmp(&b.len()).then_with(|| b.cmp(a))
}

/// "Secretariat of National Defense (SEDENA)", "the Python Package Index
/// (PyPI)" (a one-word short name with the long name's first letter), "the
/// Ministry of Finance, known locally as Hacienda": the short or local
/// name's scores go to the name it stands for.
pub(super) fn merge_abbreviations<'t>(ctx: &Context<'t>, by_name: &mut FastMap<&'t str, Victim>) {
    /// Bounded work on hostile input.
    const MAX_PARENTHESES: usize = 256;
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    let opening = ctx
        .text
        .match_indices('(')
        .filter_map(|(i, _)| i.checked_sub(1))
        .filter(|&i| ctx.text.as_bytes().get(i) == Some(&b' '));
    for open in opening.take(MAX_PARENTHESES) {
        let Some(inner) = ctx
            .text
            .get(open + 2..)
            .and_then(|rest| rest.split_once(')'))
            .map(|(inner, _)| inner)
        else {
            continue;
        };
        let abbreviation = (2..=10).contains(&inner.len())
            && inner
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        // "the Python Package Index (PyPI)", "the Scottish Environment
        // Protection Agency (Sepa)": a short name of one word, with the long
        // name's first letter.
        let short_name = (2..=10).contains(&inner.len())
            && inner.starts_with(|c: char| c.is_ascii_uppercase())
            && inner.chars().all(|c| c.is_ascii_alphanumeric());
        if !(abbreviation || short_name) || !by_name.contains_key(inner) {
            continue;
        }
        let before = ctx.text.get(..open).unwrap_or_default();
        let long = by_name
            .keys()
            .filter(|name| {
                name.len() > inner.len()
                    && before.ends_with(*name)
                    && (abbreviation || name.as_bytes().first() == inner.as_bytes().first())
            })
            .max_by(|a, b| longer_first(a, b));
        if let Some(&long) = long {
            pairs.push((inner, long));
        }
    }
    // "the Ministry of Finance, known locally as Hacienda": the local name's
    // scores go to the name it stands for.
    for (at, marker) in known_as_markers(ctx.text).take(MAX_PARENTHESES) {
        let after = ctx.text.get(at + marker.len()..).unwrap_or_default();
        let Some(&short) = by_name
            .keys()
            .filter(|name| {
                after.starts_with(*name)
                    && !after
                        .get(name.len()..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(char::is_alphanumeric)
            })
            .max_by(|a, b| longer_first(a, b))
        else {
            continue;
        };
        let before = ctx.text.get(..at).unwrap_or_default();
        let long = by_name
            .keys()
            .filter(|name| **name != short && before.ends_with(*name))
            .max_by(|a, b| longer_first(a, b));
        if let Some(&long) = long {
            pairs.push((short, long));
        }
    }
    for (short, long) in pairs {
        let Some(s) = by_name.remove(short) else {
            continue;
        };
        match by_name.get_mut(long) {
            Some(l) => l.absorb(s),
            None => {
                by_name.insert(short, s);
            }
        }
    }
}

/// "the US Securities and Exchange Commission ... the SEC": a government
/// body's initialism gives its scores to the name written before it whose
/// words' initials spell it ("and", "of", "the" and "for" left out), with a
/// country written right before that name ("US"). Other initialisms stay as
/// written: news calls NATO and WPP so.
pub(super) fn expand_initialisms<'t>(ctx: &Context<'t>, by_name: &mut FastMap<&'t str, Victim>) {
    /// Bounded work on hostile input.
    const MAX_INITIALISMS: usize = 16;
    let mut shorts: Vec<(&'t str, usize)> = by_name
        .iter()
        .filter(|(name, _)| {
            (3..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
        })
        .map(|(&name, v)| (name, v.first.start))
        .collect();
    shorts.sort_unstable();
    let mut pairs: Vec<(&'t str, Span)> = Vec::new();
    for &(short, first) in shorts.iter().take(MAX_INITIALISMS) {
        if let Some(long) = spelled_before(ctx, short, first) {
            pairs.push((short, long));
        }
    }
    for (short, long_span) in pairs {
        let Some(long) = long_span.slice(ctx.text).filter(|l| names_government(l)) else {
            continue;
        };
        let Some(mut s) = by_name.remove(short) else {
            continue;
        };
        match by_name.get_mut(long) {
            Some(l) => l.absorb(s),
            None => {
                s.name = long.to_string();
                s.first = long_span;
                s.government = true;
                by_name.insert(long, s);
            }
        }
    }
}

/// The first name written before `before` whose capitalised words' initials
/// spell `short` (see [`expand_initialisms`]).
fn spelled_before(ctx: &Context<'_>, short: &str, before: usize) -> Option<Span> {
    let toks = ctx.doc.tokens();
    let end = toks.partition_point(|t| t.span.start < before);
    let want = short.as_bytes();
    let first = *want.first()?;
    // The mentions are in text order: one binary search per token asked.
    let is_country = |t: &crate::text::Token| {
        let at = ctx
            .mentions
            .partition_point(|m| m.span.start < t.span.start);
        ctx.mentions.get(at).is_some_and(|m| {
            m.kind == EntityKind::Country
                && m.span.start == t.span.start
                && m.span.end == t.span.end
        })
    };
    for i in 0..end {
        let Some(t) = toks.get(i) else { break };
        if ctx.text.as_bytes().get(t.span.start) != Some(&first) {
            continue;
        }
        // "US Agency for International Development" for USAID: a country's
        // initials give the first letters.
        let country_initials = !t.shape.has_lower
            && t.gap == Gap::Join
            && want.starts_with(ctx.doc.token_text(t).as_bytes())
            && is_country(t);
        if !t.shape.has_lower && !country_initials {
            continue;
        }
        // Walk the words: each capitalised one must give the next letter
        // (at most two little words for each: bounded on hostile input).
        let (mut k, mut j) = if country_initials {
            (ctx.doc.token_text(t).len(), i + 1)
        } else {
            (0usize, i)
        };
        let limit = end.min(i + 3 * want.len());
        while k < want.len() && j < limit {
            let Some(w) = toks.get(j) else { break };
            let word = ctx.doc.token_text(w);
            let little = k > 0 && (word == "and" || CONNECTORS.contains(&word));
            if !little {
                if !w.shape.initial_upper || word.as_bytes().first() != want.get(k) {
                    break;
                }
                k += 1;
            }
            j += 1;
            if k < want.len() && w.gap != Gap::Join {
                break;
            }
        }
        let (Some(start), Some(last)) = (toks.get(i), toks.get(j.wrapping_sub(1))) else {
            continue;
        };
        if k != want.len() || last.span.end > before {
            continue;
        }
        // A country right before: "the US Securities and Exchange Commission".
        let country = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .filter(|p| p.gap == Gap::Join && p.shape.initial_upper)
            .filter(|p| is_country(p));
        let from = country.map_or(start.span.start, |p| p.span.start);
        return Some(Span::new(from, last.span.end));
    }
    None
}

/// The places of ", known as ", ", known locally as " and ", also known as "
/// in `text`, in text order, with the marker found there: one search for
/// their common word.
fn known_as_markers(text: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    static KNOWN: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("known "));
    KNOWN.find_iter(text.as_bytes()).filter_map(move |at| {
        let before = text.get(..at)?;
        let start = if before.ends_with(", also ") {
            at - ", also ".len()
        } else if before.ends_with(", ") {
            at - ", ".len()
        } else {
            return None;
        };
        let marker = [", known as ", ", known locally as ", ", also known as "]
            .into_iter()
            .find(|m| text.get(start..).is_some_and(|t| t.starts_with(m)))?;
        Some((start, marker))
    })
}

/// Which end of a longer name a short form is.
#[derive(Clone, Copy)]
enum End {
    First,
    Last,
}

fn merge_group<'t>(by_name: &mut FastMap<&'t str, Victim>, names: &[&'t str], end: End) {
    for &short in names.iter().rev() {
        let first_short = by_name.get(short).map(|v| v.first.start).unwrap_or(0);
        // The full name is introduced first and shortened after.
        let Some(long) = names.iter().find(|l| {
            let joined = match end {
                End::First => l
                    .strip_prefix(short)
                    .is_some_and(|rest| rest.starts_with(' ')),
                End::Last => l
                    .strip_suffix(short)
                    .is_some_and(|rest| rest.ends_with(' ')),
            };
            l.len() > short.len()
                && joined
                && by_name
                    .get(*l)
                    .is_some_and(|v| v.first.start <= first_short)
        }) else {
            continue;
        };
        let Some(s) = by_name.remove(short) else {
            continue;
        };
        if let Some(l) = by_name.get_mut(*long) {
            if s.first.start < l.first.start {
                l.first = s.first;
            }
            l.absorb(s);
        } else {
            by_name.insert(short, s);
        }
    }
}

impl Victim {
    /// Takes in the scores of another name for the same organisation, and
    /// its country when this one has none.
    fn absorb(&mut self, other: Victim) {
        self.victim += other.victim;
        self.reporter += other.reporter;
        self.count += other.count;
        if self.country.is_none() {
            self.country = other.country;
        }
    }
}
