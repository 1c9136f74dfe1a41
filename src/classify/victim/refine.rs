//! Second thoughts on Company and Target: a person hit, a government body
//! or victims described in lower case, the parent named before the victim.

use crate::classify::lexicon;
use crate::classify::{capitalise, pieces, Context, IncidentType};
use crate::gazetteer::EntityKind;
use std::sync::LazyLock;

use super::parent::parent_named_before;
use super::people::{applicants, counted_people, deceived_staff};
use super::phrase::{joins, word};
use super::place::{
    adjective_of, country_named, is_place, main_country, place_adjective, short_country_names,
    us_adjective,
};
use super::product::{is_product, is_system_in};
use super::words::{
    is_number_word, is_stop_word, not_an_organisation, GOVERNMENT_WORDS, SYSTEM_WORDS,
};
use super::{Victim, STRONG_VICTIM, WEAK_VICTIM};

/// Second thoughts on Company and Target, from what the text says of the
/// victim chosen:
///
/// - a person hit ("Michael Terpin lost ...") is the Target, and the
///   Company is the organisation the text names as theirs ("his AT&T
///   number");
/// - a government body of `attacker_country` (the country the text blames)
///   is not the victim.
pub(crate) fn refine(
    ctx: &Context<'_>,
    victims: &[Victim],
    t: IncidentType,
    attacker_country: Option<&str>,
    company: String,
    target: String,
) -> (String, String) {
    if company == target && is_person(ctx, &target) {
        if let Some(org) = persons_organisation(ctx) {
            return (org, target);
        }
    }
    // "Donald Trump's 2024 presidential campaign" is "Trump Presidential
    // Campaign".
    if company == target {
        if let Some(body) = persons_body(ctx, &target) {
            return (body.clone(), body);
        }
    }
    // A takedown's operation and a supply chain's package stand as found.
    if t == IncidentType::LawEnforcement
        || t == IncidentType::SupplyChain
            && !company.is_empty()
            && super::target::package_named(ctx).is_some_and(|p| p.starts_with(&company))
    {
        return (company, target);
    }
    if company == target && victims.iter().any(|v| v.name == target) {
        // "tricking employees with text messages": the people a deception
        // worked on; "200,000 Charlie Hebdo subscribers": the people whose
        // data was taken.
        let people = deceived_staff(ctx).or_else(|| {
            matches!(t, IncidentType::DataBreach | IncidentType::HackAndLeak)
                .then(|| counted_people(ctx, &target).or_else(|| applicants(ctx)))
                .flatten()
        });
        if let Some(people) = people {
            let target = format!("{target} {people}");
            return (company, target);
        }
    }
    // "Live Nation Entertainment, the parent company of Ticketmaster".
    if company == target {
        if let Some(parent) = parent_named_before(ctx, &company) {
            return (parent, target);
        }
    }
    // The organisation named as hit, if any, and how firmly.
    let top = victims
        .iter()
        .find(|v| !is_system_in(ctx, &v.name) && !is_product(&v.name) && !is_place(ctx, &v.name));
    let weak = top.is_none_or(|v| v.victim < WEAK_VICTIM);
    // The one telling the story, named as hit only by a cue or two ("an
    // attack on a provider that buys Cloudflare's service").
    let told = top.is_some_and(|v| v.reporter > 0.0 && v.victim < STRONG_VICTIM);
    let vulnerability = matches!(t, IncidentType::Vulnerability | IncidentType::Patch);
    if weak && !vulnerability {
        if let Some((country, body)) = government_body(ctx, attacker_country) {
            return (country, body);
        }
    }
    if weak || told {
        if let Some(described) = described_victims(ctx) {
            // The vendor of a flawed product, or the organisation telling,
            // stays the Company; else the first place named, or the kind
            // of victim when the places are several.
            let company = match (described.country, described.sector) {
                (Some(country), _) if weak && !vulnerability => country,
                // ... when no organisation stood for the victim.
                (None, Some(sector))
                    if weak
                        && !vulnerability
                        && (company == "Unknown" || is_place(ctx, &company)) =>
                {
                    sector
                }
                _ => company,
            };
            return (company, described.target);
        }
    }
    (company, target)
}

/// Lower-case words that make a government body of the noun after them
/// ("state institutions", "the federal administration").
const BODY_MODIFIERS: &[&str] = &["federal", "state", "presidential", "national", "central"];

/// Nouns of a government body written in lower case.
const BODY_NOUNS: &[&str] = &[
    "administration",
    "institutions",
    "agencies",
    "ministries",
    "parliament",
    "police",
];

/// A government body the lead paragraph names in lower case, with its
/// country: "the Swiss federal administration", "state institutions" (of the
/// country the article names most), "the presidential administration" give
/// ("Switzerland", "Swiss Federal Administration"), ... One hash look-up
/// per lower-case word of the lead. Not a body of `attacker_country`
/// ("addresses belonged to Russian state institutions").
fn government_body(ctx: &Context<'_>, attacker_country: Option<&str>) -> Option<(String, String)> {
    let lead = ctx.body.first()?;
    let toks = ctx.doc.tokens();
    let from = toks.partition_point(|t| t.span.start < lead.start);
    let to = toks.partition_point(|t| t.span.start < lead.end);
    for i in from + 1..to {
        let noun = word(ctx, toks, i);
        if !BODY_NOUNS.contains(&noun) || !joins(ctx, toks, i - 1) {
            continue;
        }
        let modifier = word(ctx, toks, i - 1);
        if !BODY_MODIFIERS.contains(&modifier) {
            continue;
        }
        // "Swiss federal administration": the country's adjective first.
        let adjective = i
            .checked_sub(2)
            .filter(|&j| j >= from && joins(ctx, toks, j))
            .map(|j| word(ctx, toks, j))
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()));
        let country = adjective
            .and_then(|a| {
                ctx.gazetteer
                    .lookup(a)
                    .into_iter()
                    .filter_map(|id| ctx.gazetteer.get(id))
                    .find(|e| e.kind == EntityKind::Country && e.adjective.as_deref() == Some(a))
                    .map(|e| e.name.clone())
            })
            .or_else(|| main_country(ctx, None))?;
        if Some(country.as_str()) == attacker_country {
            continue;
        }
        let adjective = adjective_of(ctx, &country)?;
        let body = format!(
            "{} {} {}",
            us_adjective(&country, &adjective),
            capitalise(modifier),
            capitalise(noun)
        );
        return Some((country, body));
    }
    None
}

/// Victims described, not named, with where they are, after a victim cue:
/// "against government, education and transportation organisations in
/// Ukraine and Western Europe", "aimed at an internet service provider in
/// East Asia", "organisations in the satellite and energy sectors in the
/// United States": ("Government, Education and Transportation
/// Organisations in Ukraine and Western Europe", the first place's
/// country).
static DESCRIBED: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)(?:against|targeting|targeted|aimed at|targets were|attacks on|(?:broken|broke|breaking) into(?:\s+the\s+(?:networks|systems)\s+of)?|login pages for)\s+(?:an?\s+|the\s+)?((?:[a-z0-9][a-z0-9-]*,?\s+){0,8}?)(organi[sz]ations|companies|entities|institutions|specialists|experts|providers?|operators|firms|businesses|universities|banks|airports|hospitals|schools|utilities)(?:\s+in\s+the\s+((?:[a-z][a-z-]*,?\s+){1,12}?)sectors?)?\s+in\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of)\s+(?:other\s+)?countries)",
    )
});

/// The cue words of [`DESCRIBED`]: every match starts with one, and holds no
/// full stop (the pattern runs piece by piece, see [`pieces`]).
pub(crate) const DESCRIBED_VICTIM_ANCHORS: &[&str] = &[
    "against",
    "targeting",
    "targeted",
    "aimed at",
    "targets were",
    "attacks on",
    "broken into",
    "broke into",
    "breaking into",
    "login pages for",
];

/// Words that say how many, not what kind ("at least ten", "several of
/// the", "more than 300"), besides the number words up to ten and numbers.
const QUANTIFIERS: &[&str] = &[
    "a",
    "about",
    "all",
    "almost",
    "around",
    "at",
    "dozen",
    "dozens",
    "eleven",
    "few",
    "fifty",
    "handful",
    "host",
    "hundreds",
    "least",
    "many",
    "more",
    "nearly",
    "number",
    "of",
    "over",
    "range",
    "scores",
    "series",
    "several",
    "some",
    "than",
    "the",
    "thirty",
    "thousands",
    "twelve",
    "twenty",
    "variety",
    "wide",
];

/// Words that end a list of kinds of victims: prepositions, comparisons and
/// words of the attack itself.
const NOT_KINDS: &[&str] = &[
    "at", "on", "by", "with", "from", "to", "for", "than", "once", "twice", "same", "victim",
    "victims", "were", "was", "is", "are",
];

/// Nouns of [`DESCRIBED`] that name no kind of victim by themselves.
const GENERIC_NOUNS: &[&str] = &[
    "organisations",
    "organizations",
    "companies",
    "entities",
    "institutions",
    "firms",
    "businesses",
];

/// Victims described by kind and place ([`described_victims`]).
struct Described {
    /// "Government, Education and Transportation Organisations in Ukraine
    /// and Western Europe".
    target: String,
    /// The first place's country, when it is one.
    country: Option<String>,
    /// The kind alone ("Universities", "Mobile Operators") when the places
    /// name no one country: the Company, for want of a state.
    sector: Option<String>,
}

fn described_victims(ctx: &Context<'_>) -> Option<Described> {
    let re = DESCRIBED.as_ref()?;
    let pieces = ctx
        .body
        .iter()
        .chain(ctx.references)
        .flat_map(|&line| pieces::DESCRIBED_VICTIMS.pieces(ctx.text, ctx.marks(), line));
    for (_, text) in pieces {
        // A cheap test first.
        if !text.contains(" in ") {
            continue;
        }
        for caps in re.captures_iter(text) {
            let (Some(noun), Some(places)) = (caps.get(2), caps.get(4)) else {
                continue;
            };
            let kinds = caps
                .get(3)
                .or(caps.get(1))
                .map_or("", |m| m.as_str())
                .trim();
            // The places are places: the first is a country or a region.
            let first = places
                .as_str()
                .split(", ")
                .next()
                .and_then(|p| p.split(" and ").next())
                .unwrap_or_default()
                .trim_start_matches("the ");
            let counted = places.as_str().ends_with("countries");
            let country = if counted {
                None
            } else {
                country_named(ctx, first)
            };
            let region = counted || not_an_organisation(first);
            if country.is_none() && !region {
                continue;
            }
            // "at least ten mobile operators": how many is no kind.
            let kinds = kinds
                .split(' ')
                .skip_while(|w| {
                    let w = w.trim_end_matches(',');
                    QUANTIFIERS.contains(&w)
                        || is_number_word(w)
                        || w.starts_with(|c: char| c.is_ascii_digit())
                })
                .collect::<Vec<_>>()
                .join(" ");
            let kinds = kinds.as_str();
            // "against the same victim more than once, at organisations in
            // 15 countries": a clause, not kinds of victims.
            if kinds
                .split(' ')
                .any(|w| NOT_KINDS.contains(&w.trim_end_matches(',')))
            {
                continue;
            }
            let title = |s: &str| -> String {
                s.split(' ')
                    .filter(|w| !w.is_empty())
                    .map(|w| {
                        if matches!(w, "and" | "in" | "the" | "of") {
                            w.to_string()
                        } else {
                            w.split('-').map(capitalise).collect::<Vec<_>>().join("-")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            let places = if counted {
                title(places.as_str())
            } else {
                short_country_names(ctx, places.as_str())
            };
            let sector = if kinds.is_empty() {
                title(noun.as_str())
            } else {
                format!("{} {}", title(kinds), title(noun.as_str()))
            };
            // One place with an adjective: "East Asian Internet Service
            // Provider", as news writes it.
            if let Some(adjective) = place_adjective(ctx, &places) {
                return Some(Described {
                    target: format!("{adjective} {sector}"),
                    country,
                    sector: None,
                });
            }
            // Several places, or a count of countries: no one country is
            // hit, the sector is ("Universities in 14 Countries"), when it
            // is a kind ("organisations" alone is none).
            let generic = kinds.is_empty() && GENERIC_NOUNS.contains(&noun.as_str());
            let several = (counted || country.is_none()) && !generic;
            return Some(Described {
                target: format!("{sector} in {places}"),
                country,
                sector: several.then_some(sector),
            });
        }
    }
    None
}

/// Whether `name` is a person's: two or three words written as names
/// ("Michael Terpin"), none of them an organisation's word, the last word
/// written alone more often than the whole name (news calls people by
/// their surname), and "his" or "her" in the text.
fn is_person(ctx: &Context<'_>, name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let Some(last) = words.last() else {
        return false;
    };
    let name_like = |w: &&str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
    };
    let organisation_word = |w: &&str| {
        let lower = w.to_ascii_lowercase();
        GOVERNMENT_WORDS.contains(&lower.as_str()) || SYSTEM_WORDS.contains(&lower.as_str())
    };
    if !(2..=3).contains(&words.len())
        || !words.iter().all(name_like)
        || words.iter().any(organisation_word)
        || is_place(ctx, name)
    {
        return false;
    }
    if !(ctx.text.contains(" his ") || ctx.text.contains(" her ")) {
        return false;
    }
    let alone = memchr::memmem::find_iter(ctx.text.as_bytes(), last)
        .take(64)
        .filter(|&at| {
            let before = ctx.text.get(..at).unwrap_or_default();
            let after = ctx.text.get(at + last.len()..).unwrap_or_default();
            !after.starts_with(|c: char| c.is_alphanumeric())
                && !before.ends_with(|c: char| c.is_alphanumeric())
        })
        .count();
    let whole = memchr::memmem::find_iter(ctx.text.as_bytes(), name)
        .take(64)
        .count();
    alone > 2 * whole
}

/// The organisation a person's own things are at ("his AT&T number", "her
/// Acme account"): the capitalised name after "his" or "her" that the text
/// names at least twice.
fn persons_organisation(ctx: &Context<'_>) -> Option<String> {
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 32;
    for pronoun in [" his ", " her "] {
        for at in memchr::memmem::find_iter(ctx.text.as_bytes(), pronoun).take(MAX_HITS) {
            let rest = ctx.text.get(at + pronoun.len()..).unwrap_or_default();
            let word: &str = rest
                .split(|c: char| !(c.is_alphanumeric() || c == '&' || c == '-'))
                .next()
                .unwrap_or_default();
            let capitalised = word.starts_with(|c: char| c.is_uppercase())
                && word.len() >= 2
                && !is_stop_word(word);
            if capitalised && ctx.text.matches(word).take(2).count() == 2 && !is_place(ctx, word) {
                return Some(word.to_string());
            }
        }
    }
    None
}

/// Nouns of a person's organisation written in lower case after their
/// name's possessive ("Jane Doe's re-election campaign").
const PERSONS_BODIES: &[&str] = &["campaign", "foundation", "company", "firm", "charity"];

/// "Donald Trump's 2024 presidential campaign": the person's surname and
/// the organisation, capitalised ("Trump Presidential Campaign"), when
/// `name` is written as a person's.
fn persons_body(ctx: &Context<'_>, name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let surname = words.last()?;
    let name_like = words.len() >= 2
        && words.len() <= 3
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
        });
    if !name_like {
        return None;
    }
    for possessive in ["'s ", "\u{2019}s "] {
        let marker = format!("{name}{possessive}");
        let Some(at) = ctx.text.find(&marker) else {
            continue;
        };
        let rest = ctx.text.get(at + marker.len()..).unwrap_or_default();
        // A year or number, then up to two lower-case words and the noun.
        let mut out: Vec<String> = Vec::new();
        for w in rest.split(' ').take(4) {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            if out.is_empty() && !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                break;
            }
            out.push(capitalise(w));
            if PERSONS_BODIES.contains(&w) {
                return Some(format!("{surname} {}", out.join(" ")));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn described_victims_pattern_finds_on_pieces_what_it_finds_on_lines() {
        let written = [
            "attacks against energy and shipping companies in Norway and the UAE. Then more.",
            "It was aimed at an internet service provider in East Asia",
            "The campaign targeted organisations in the satellite and energy sectors in the United States.",
        ];
        let gate = crate::classify::pieces::DESCRIBED_VICTIMS;
        crate::classify::pieces::check::gate_holds(
            "described-victims",
            &DESCRIBED,
            gate,
            &written,
            3,
        );
    }
}
