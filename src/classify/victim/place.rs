//! Countries and places: the country a sentence or article names, a
//! country's adjective, and names composed with it.

use crate::classify::Context;
use crate::fast_hash::FastMap;
use crate::gazetteer::EntityKind;
use crate::report::Span;

/// The first country named in a sentence (mentions are in text order; the
/// first 256 of the sentence are read),
/// other than `attackers` (the attacker's attributed country: "weeks before
/// Russia's invasion, Ukrainian ministries were defaced"), even when it is
/// the only one ("hackers linked to China breached the New York transit
/// authority": no Chinese authority).
pub(super) fn country_in(
    ctx: &Context<'_>,
    sentence: Span,
    attackers: Option<&str>,
) -> Option<String> {
    /// The mentions of a sentence read at most (bounded work per phrase in
    /// a hostile "sentence" of megabytes).
    const MAX_MENTIONS: usize = 256;
    let from = ctx
        .mentions
        .partition_point(|m| m.span.start < sentence.start);
    let mut countries = ctx
        .mentions
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .take(MAX_MENTIONS)
        .filter(|m| m.kind == EntityKind::Country && !allegiance(ctx, m.span))
        .filter(|m| sentence.start <= m.span.start && m.span.end <= sentence.end)
        .filter_map(|m| m.entity)
        .filter_map(|id| ctx.gazetteer.get(id))
        .map(|e| e.name.as_str());
    // The attackers' own country is not where their victim is ("hackers
    // linked to China breached the New York transit authority").
    countries
        .find(|c| Some(*c) != attackers)
        .map(str::to_string)
}

/// "pro-Russian", "anti-Israel": a country named for someone's side, not as
/// a place; "Chinese hackers", "a suspected Chinese cyberattack": the
/// attackers' country, not where the victim is.
fn allegiance(ctx: &Context<'_>, span: Span) -> bool {
    /// What follows a country's adjective that names the attackers or
    /// their attack.
    const ATTACKERS: &[&str] = &[
        " hackers",
        " hacker ",
        " hacking group",
        " attackers",
        " threat actor",
        " cyberattack",
        " cyber attack",
        " cyber-attack",
        " state-sponsored",
        " state-backed",
        " state hackers",
        " government hackers",
        " military hackers",
        " spies",
        " cyber espionage",
        " cyber-espionage",
        " cyberespionage",
        "-linked",
        "-backed",
        "-sponsored",
        "-nexus",
    ];
    /// What ties attackers to a country named after it ("hackers tied to
    /// the Chinese government").
    const TIED: &[&str] = &[
        "tied to the ",
        "linked to the ",
        "backed by the ",
        "working for the ",
        "on behalf of the ",
        "sponsored by the ",
    ];
    let tied = ctx.before(span.start, 20);
    if TIED.iter().any(|t| tied.ends_with(t)) {
        return true;
    }
    let before = ctx.before(span.start, 5).to_ascii_lowercase();
    let after = ctx.text.get(span.end..).unwrap_or_default();
    before.ends_with("pro-")
        || before.ends_with("anti-")
        || ATTACKERS.iter().any(|w| {
            after
                .get(..w.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(w))
        })
}

/// The country the article speaks of most.
pub(super) fn main_country(ctx: &Context<'_>, except: Option<&str>) -> Option<String> {
    let mut counts: FastMap<String, usize> = FastMap::default();
    for m in ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Country && !allegiance(ctx, m.span))
    {
        if let Some(e) = m.entity.and_then(|id| ctx.gazetteer.get(id)) {
            if Some(e.name.as_str()) != except {
                *counts.entry(e.name.clone()).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(name, _)| name)
}

pub(super) fn adjective_of(ctx: &Context<'_>, country: &str) -> Option<String> {
    ctx.gazetteer
        .lookup(country)
        .into_iter()
        .filter_map(|id| ctx.gazetteer.get(id))
        .find(|e| e.kind == EntityKind::Country && e.name == country)
        .and_then(|e| e.adjective.clone())
}

/// "Ministry of Defence" of Poland is "Polish Ministry of Defence", and so is
/// "Ministry of Defence of Poland"; a name that already starts with the
/// country or its adjective stays as it is.
pub(super) fn with_adjective(name: &str, country: &str, adjective: Option<&str>) -> String {
    let Some(adj) = adjective else {
        return name.to_string();
    };
    // "Scottish Environment Protection Agency": a name that opens on a
    // people's or a region's adjective of its own takes no other.
    let first = name.split(' ').next().unwrap_or_default();
    let own_adjective = first.len() >= 5
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && ["ish", "ian", "ese"].iter().any(|end| first.ends_with(end));
    if name.starts_with(adj) || name.starts_with(country) || own_adjective {
        return name.to_string();
    }
    let bare = [" of the ", " of "]
        .iter()
        .find_map(|of| name.strip_suffix(&format!("{of}{country}")))
        .unwrap_or(name);
    if bare.contains(country) {
        return name.to_string();
    }
    format!("{adj} {bare}")
}

/// News writes "US", not "American", before a body or a sector of the
/// United States ("US State Department").
pub(super) fn us_adjective<'a>(country: &str, adjective: &'a str) -> &'a str {
    if country == "United States" {
        "US"
    } else {
        adjective
    }
}

/// The canonical name of the country `name` names ("UK" is "United
/// Kingdom"), if it names one.
pub(super) fn country_named(ctx: &Context<'_>, name: &str) -> Option<String> {
    ctx.gazetteer
        .lookup(name)
        .iter()
        .filter_map(|&id| ctx.gazetteer.get(id))
        .find(|e| e.kind == EntityKind::Country)
        .map(|e| e.name.clone())
}

/// Whether a name is a country, a city or another place in the gazetteer.
pub(super) fn is_place(ctx: &Context<'_>, name: &str) -> bool {
    // One look-up for both tests.
    let ids = ctx.gazetteer.lookup(name);
    let entities = || ids.iter().filter_map(|&id| ctx.gazetteer.get(id));
    !entities().any(|e| e.kind == EntityKind::Actor)
        && entities().any(|e| e.kind == EntityKind::Country)
}

/// A list of places with each country of several words written as news
/// abbreviates it: "the United States and the United Arab Emirates" is
/// "the US and the UAE".
pub(super) fn short_country_names(ctx: &Context<'_>, places: &str) -> String {
    let mut out = places.to_string();
    for place in places.split(", ").flat_map(|p| p.split(" and ")) {
        let place = place.trim_start_matches("and ").trim_start_matches("the ");
        if !place.contains(' ') {
            continue;
        }
        // The initials, when they name the same country ("UAE", not
        // "SK" for South Korea).
        let initials: String = place
            .split(' ')
            .filter_map(|w| w.chars().next())
            .filter(char::is_ascii_uppercase)
            .collect();
        let same = initials.len() >= 2
            && country_named(ctx, &initials).is_some_and(|c| c == place)
            && country_named(ctx, place).is_some_and(|c| c == place);
        if same {
            let short = initials;
            out = out.replacen(place, &short, 1);
        }
    }
    out
}

/// The adjective of one place ("East Asia": "East Asian", "Norway":
/// "Norwegian", the United States: "US"); none for a list of places.
pub(super) fn place_adjective(ctx: &Context<'_>, places: &str) -> Option<String> {
    if places.contains(',') || places.contains(" and ") {
        return None;
    }
    let place = places.trim_start_matches("the ");
    if let Some(country) = country_named(ctx, place) {
        let adjective = adjective_of(ctx, &country)?;
        return Some(us_adjective(&country, &adjective).to_string());
    }
    // A region named by its continent ("East Asia", "Western Europe").
    ["Asia", "Europe", "America", "Africa"]
        .iter()
        .find_map(|continent| {
            let head = place.strip_suffix(continent)?;
            let adjective = if *continent == "Europe" {
                "European"
            } else {
                &format!("{continent}n")
            };
            let head_ok = head.is_empty()
                || head.ends_with(' ')
                    && head.split_whitespace().count() == 1
                    && head.starts_with(|c: char| c.is_ascii_uppercase());
            head_ok.then(|| format!("{head}{adjective}"))
        })
}

#[cfg(test)]
mod tests {
    use super::with_adjective;

    #[test]
    fn with_adjective_table() {
        // (name, country, adjective, expected)
        let cases = [
            (
                "Ministry of Defence",
                "Poland",
                "Polish",
                "Polish Ministry of Defence",
            ),
            (
                "Ministry of Defence of Poland",
                "Poland",
                "Polish",
                "Polish Ministry of Defence",
            ),
            ("Polish Post", "Poland", "Polish", "Polish Post"),
            (
                "Scottish Environment Protection Agency",
                "United Kingdom",
                "British",
                "Scottish Environment Protection Agency",
            ),
        ];
        for (name, country, adjective, expected) in cases {
            assert_eq!(
                with_adjective(name, country, Some(adjective)),
                expected,
                "{name}"
            );
        }
    }
}
