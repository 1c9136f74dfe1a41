//! Company and Target from the victims found: the organisation, its
//! country or vendor, and what of it was hit.

use crate::classify::attacker::{action_target, Attacker, AttackerSource};
use crate::classify::lexicon;
use crate::classify::{capitalise, Context, IncidentType};
use crate::fast_hash::FastMap;
use crate::gazetteer::EntityKind;
use std::sync::LazyLock;

use super::assets::{asset_of, device_of, kind_of_network};
use super::parent::{parent_of, subsidiary_named};
use super::people::{
    counted_people, data_of_people, deceived_role, feature_users, hired_into_team, people_of,
    people_worked_on, product_customers, program_users, software_users,
};
use super::place::{
    adjective_of, country_named, is_place, main_country, us_adjective, with_adjective,
};
use super::product::{
    entities_by_mentions, families_by_mentions, is_product, is_system_in, is_vendor_company,
    kev_product, stated_vendor, users_word, vendor_and_product, vendor_as_written, vendor_of,
};
use super::words::{is_stop_word, word_after, GOVERNMENT_WORDS};
use super::{security_firm, speaks_of_attack, Victim, STRONG_VICTIM, WEAK_VICTIM};

/// Company and Target from the victims.
///
/// - a law-enforcement story: the group acted against and its
///   infrastructure;
/// - an organisation: itself (or its parent, or in a vulnerability story the
///   vendor) and what of it was hit ("Kyivstar Mobile Network");
/// - a national government body: its country, and the body with the
///   country's adjective ("Czech Ministry of Foreign Affairs"); a local body
///   (municipal, county, city) stands for itself;
/// - only products: their vendor, and the products;
/// - only places: the country, and a sector the text names with it ("US
///   critical infrastructure operators").
pub(crate) fn company_and_target(
    ctx: &Context<'_>,
    victims: &[Victim],
    t: IncidentType,
    attacker: &Attacker,
) -> (String, String) {
    // "A former Rutgers University student who repeatedly knocked the
    // university's network offline was sentenced": a person's sentence for
    // harm to an organisation the first sentence names (a university, a
    // bank, a ministry) is that organisation's story, whatever tools it
    // names.
    let victim_of_person_in_lead = t == IncidentType::LawEnforcement
        && attacker.source == AttackerSource::Person
        && ctx.first_sentence().is_some_and(|first| {
            victims.iter().any(|v| {
                v.victim >= super::STRONG_VICTIM
                    && first.start <= v.first.start
                    && v.first.end <= first.end
                    && super::ends_in_organisation_word(&v.name)
            })
        });
    // A takedown or sanctions story names what was acted against: "members
    // of the Trickbot group", "the Emotet botnet".
    if t == IncidentType::LawEnforcement && !victim_of_person_in_lead {
        if let Some(group) = named_before(ctx, "members of the ", &[" group", " gang"]) {
            return (group.clone(), format!("{group} Group Members"));
        }
        // Not the person charged ("Odell used a botnet").
        let botnet = named_before(ctx, "", &[" botnet"]).filter(|b| {
            attacker.source != AttackerSource::Person
                || !attacker.name.split(' ').any(|w| w == b.as_str())
        });
        if let Some(botnet) = botnet {
            let target = if mentions_infrastructure(ctx) {
                format!("{botnet} Botnet Infrastructure")
            } else {
                format!("{botnet} Botnet")
            };
            return (botnet, target);
        }
    }
    // A person charged or sentenced: the operation prosecuted is the malware
    // family the text names most ("Raccoon Stealer" for its operator).
    if t == IncidentType::LawEnforcement
        && attacker.source == AttackerSource::Person
        && !victim_of_person_in_lead
    {
        let family = family_named_most(ctx);
        // A family the text names once is background ("bitcoin the GRU used
        // for the Drovorub malware"): the service seized or shut down, run
        // by the person ("shut down ChipMixer ... charged its operator"),
        // comes before it.
        let background = family.as_ref().is_some_and(|f| named_once(ctx, f));
        if family.is_none() || background {
            if let Some((service, _)) =
                action_target(ctx).filter(|(name, _)| !attacker.name.ends_with(name))
            {
                let target = if mentions_infrastructure(ctx) {
                    format!("{service} Infrastructure")
                } else {
                    service.to_string()
                };
                return (service.to_string(), target);
            }
        }
        if let Some(family) = family {
            let target = format!("{family} Operator");
            return (family, target);
        }
        // Else the group the text names most, the person one of its members
        // ("suspected of belonging to ShinyHunters"). Not a group named in one
        // sentence only, of the person's past or of another incident ("as a
        // teenager he was linked to the Lizard Squad group").
        // Not when the text names an organisation the person harmed
        // ("sentenced for the DDoS on the Church of Scientology ... a member of
        // Anonymous"): the victim is the story's.
        // (A weaker bar than STRONG_VICTIM: one clear phrase of harm.)
        const HARMED: f32 = 3.0;
        let organisation_hit = victims.iter().any(|v| v.victim >= HARMED);
        if let Some(group) = group_named_most(ctx)
            .filter(|g| !named_in_one_sentence(ctx, g))
            .filter(|_| !organisation_hit)
        {
            let target = format!("{group} Member");
            return (group, target);
        }
    }
    // The attacker acted against, unless it is a person arrested for an
    // attack on a victim the article names.
    if t == IncidentType::LawEnforcement
        && !matches!(
            attacker.source,
            AttackerSource::Described | AttackerSource::Person
        )
        && attacker.name != "Unknown"
    {
        // "the Hive ransomware", written so more often than not: the
        // operation's name as the text gives it.
        let name = match word_after_most(ctx, &attacker.name) {
            Some("ransomware") => format!("{} Ransomware", attacker.name),
            _ => attacker.name.clone(),
        };
        let target = if mentions_infrastructure(ctx) {
            format!("{name} Infrastructure")
        } else {
            name
        };
        return (attacker.name.clone(), target);
    }
    let mut organisations: Vec<&Victim> = victims
        .iter()
        .filter(|v| !is_system_in(ctx, &v.name) && !is_product(&v.name))
        .collect();
    // A named organisation before a country or city.
    organisations.sort_by_cached_key(|v| is_place(ctx, &v.name));
    // A supplier's product carried the attack: the supplier, and those who
    // run the product ("SolarWinds Orion Customers").
    if t == IncidentType::SupplyChain {
        // Not a supplier the text names once, to compare ("compared the
        // incident to the SolarWinds Orion compromise"), while it names
        // another organisation as the one hit.
        // The first organisation, strongly hit, no place or security firm.
        let hit = organisations.first().filter(|v| {
            v.victim >= STRONG_VICTIM && !is_place(ctx, &v.name) && !security_firm(&v.name)
        });
        let other_hit = |vendor: &str| {
            hit.is_some_and(|_| {
                !victims
                    .iter()
                    .any(|w| w.name.starts_with(vendor) && w.victim >= WEAK_VICTIM)
                    && memchr::memmem::find_iter(ctx.text.as_bytes(), vendor)
                        .nth(1)
                        .is_none()
            })
        };
        // "Cyberhaven, a data loss prevention company, has confirmed that
        // attackers hijacked its Chrome extension": the lead's subject, hit,
        // is the supplier, whatever platform's product the text names.
        if let Some(v) = hit.filter(|v| opens_the_body(ctx, &v.name)) {
            return (v.name.clone(), format!("{} {}", v.name, users_word(ctx)));
        }
        if let Some((vendor, product)) =
            vendor_and_product(ctx).filter(|(vendor, _)| !other_hit(vendor))
        {
            return (vendor, format!("{product} {}", users_word(ctx)));
        }
        // A package of a public registry, named again and again
        // ("ua-parser-js", "tj-actions/changed-files"): its project was
        // hit, and the projects that depend on it.
        if let Some(package) = package_named(ctx) {
            let owner = package.split('/').next().unwrap_or_default();
            let owner = owner.trim_start_matches('@').to_string();
            return (owner, format!("Projects Depending on {package}"));
        }
    }
    let vulnerability = matches!(t, IncidentType::Vulnerability | IncidentType::Patch);
    // A flaw in a product, no organisation strongly named as hit: the
    // product's vendor, and its users ("MOVEit Transfer Customers").
    let kev = if vulnerability {
        kev_product(ctx)
    } else {
        None
    };
    // The vendor telling of its own flaw is not its victim.
    let strong_victim = organisations.iter().any(|v| {
        v.victim >= STRONG_VICTIM
            && !is_place(ctx, &v.name)
            && !kev.as_ref().is_some_and(|(vendor, _)| {
                v.name.starts_with(vendor.as_str()) || vendor.starts_with(v.name.as_str())
            })
    });
    if vulnerability && !strong_victim {
        if let Some((vendor, product)) = kev {
            // "Cisco IOS XE" when the text writes the vendor before it.
            let product = vendor_and_product(ctx)
                .filter(|(v, pair)| {
                    v.eq_ignore_ascii_case(&vendor) && pair.ends_with(&format!(" {product}"))
                })
                .map_or(product, |(_, pair)| pair);
            // "PAN-OS firewall": the device the product runs on.
            let product = match device_of(ctx, &product) {
                Some(device) => format!("{product} {device}"),
                None => product,
            };
            return (
                vendor_as_written(ctx, &vendor),
                format!("{product} {}", users_word(ctx)),
            );
        }
    }
    // A product hit far harder than any organisation named ("Outlook" down,
    // "Telegram" where the attackers boasted) speaks for its vendor.
    let product_first = victims
        .first()
        .filter(|v| is_product(&v.name) && v.victim >= WEAK_VICTIM)
        .is_some_and(|p| {
            organisations
                .first()
                .is_none_or(|o| o.victim * 2.0 < p.victim)
        });
    // A lead that speaks of a country hit ("Petrol stations across Iran
    // stopped") outweighs an organisation named weakly further down.
    let lead = ctx.body.first().copied();
    let in_lead =
        |v: &Victim| lead.is_some_and(|l| l.start <= v.first.start && v.first.end <= l.end);
    let lead_place = organisations
        .iter()
        .find(|v| is_place(ctx, &v.name) && in_lead(v))
        .copied();
    let outweighed = |v: &Victim| lead_place.is_some() && !in_lead(v) && v.victim < STRONG_VICTIM;
    let top = organisations
        .first()
        .filter(|v| !(is_place(ctx, &v.name) || product_first || outweighed(v)));
    let Some(top) = top else {
        let place = lead_place.or_else(|| organisations.first().copied());
        return without_organisation(ctx, victims, vulnerability, place.as_ref(), attacker);
    };
    // "Norway's parliament, the Storting": a government body its country
    // names, written as the country's adjective and the body.
    if let Some((country, body)) = described_as_government(ctx, &top.name) {
        let target = match adjective_of(ctx, &country) {
            Some(adj) => format!("{} {body}", us_adjective(&country, &adj)),
            None => format!("{country} {body}"),
        };
        return (country, target);
    }
    if top.government && !local_body(&top.name) && !international_body(&top.name) {
        let country = top
            .country
            .clone()
            .or_else(|| main_country(ctx, attacker.attribution.country.as_deref()));
        let target = match &country {
            Some(c) => with_adjective(
                &top.name,
                c,
                adjective_of(ctx, c)
                    .map(|a| us_adjective(c, &a).to_string())
                    .as_deref(),
            ),
            None => top.name.clone(),
        };
        let company = country.unwrap_or_else(|| top.name.clone());
        return (company, target);
    }
    // "Riviera Beach, a city of 35,000": a city hit is its city government.
    if let Some(city) = city_government(ctx, &top.name) {
        return city;
    }
    // A vendor hit in a flaw story is the flaw's vendor ("Apple's M-series
    // processors"), whatever other product the text names.
    let company = if vulnerability && !(is_vendor_company(&top.name) && top.victim >= STRONG_VICTIM)
    {
        kev_product(ctx)
            .map(|(vendor, _)| vendor_as_written(ctx, &vendor))
            .or_else(|| stated_vendor(ctx))
            .unwrap_or_else(|| top.name.clone())
    } else {
        parent_of(ctx, &top.name).unwrap_or_else(|| top.name.clone())
    };
    // People are what a phishing, fraud or spying story hits ("its own
    // staff", "Twilio employees"); in other stories, what of the
    // organisation was hit.
    let people_first = matches!(
        t,
        IncidentType::Phishing
            | IncidentType::Fraud
            | IncidentType::Espionage
            | IncidentType::Malware
            | IncidentType::Vulnerability
            | IncidentType::SupplyChain
    );
    // "Toyota Boshoku Europe": the unit hit, when the text names it.
    if let Some(unit) = subsidiary_named(ctx, &top.name) {
        return (company, unit);
    }
    let social = matches!(t, IncidentType::Phishing | IncidentType::Fraud);
    // Those who run the organisation's program or product: "M.E.Doc Users
    // in Ukraine", "Kaseya VSA Customers".
    let users = program_users(ctx, &top.name).or_else(|| product_customers(ctx, &top.name));
    let what = if users.is_some() {
        users
    } else if people_first {
        people_of(ctx, &top.name)
            .or_else(|| {
                // Social engineering works on people: "they called a small
                // number of employees" names whom, without "its"; "a
                // meeting with an agency leader", by role.
                social
                    .then(|| people_worked_on(ctx).or_else(|| deceived_role(ctx)))
                    .flatten()
            })
            .or_else(|| hired_into_team(ctx))
            .or_else(|| (t == IncidentType::SupplyChain).then(|| software_users(ctx, &top.name)))
            .or_else(|| asset_of(ctx, &top.name))
    } else {
        let breach = matches!(t, IncidentType::DataBreach | IncidentType::HackAndLeak);
        breach
            .then(|| {
                feature_users(ctx)
                    .or_else(|| counted_people(ctx, &top.name))
                    .or_else(|| people_of(ctx, &top.name))
            })
            .flatten()
            .or_else(|| asset_of(ctx, &top.name))
            .or_else(|| breach.then(|| data_of_people(ctx)).flatten())
    };
    let what = what.map(|w| kind_of_network(ctx, w));
    let target = match what {
        Some(what) => format!("{} {}", top.name, what),
        // "City of Atlanta" hit as a whole is its city government, as a
        // bare city name is (see city_government).
        None => match top.name.strip_prefix("City of ") {
            Some(city) if !city.is_empty() => format!("{city} City Government"),
            _ => top.name.clone(),
        },
    };
    (company, target)
}

/// "The city council of Riviera Beach, a city of about 35,000 people",
/// "Baltimore's city government": a bare name the text calls a city gives
/// the city's government, as news and the digest write it ("City of
/// Riviera Beach", "Riviera Beach City Government").
fn city_government(ctx: &Context<'_>, name: &str) -> Option<(String, String)> {
    let bare = !name.is_empty()
        && name.split(' ').count() <= 3
        && name
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !is_stop_word(w) && w != "City")
        && !super::names_government(name);
    if !bare {
        return None;
    }
    /// Bounded work: the first few times the name is written.
    const MAX_HITS: usize = 16;
    let text = ctx.text;
    let called_city = memchr::memmem::find_iter(text.as_bytes(), name)
        .take(MAX_HITS)
        .any(|at| {
            let before = text.get(..at).unwrap_or_default();
            let after = text.get(at + name.len()..).unwrap_or_default();
            [
                ", a city",
                "'s city ",
                "\u{2019}s city ",
                " city council",
                " City Council",
            ]
            .iter()
            .any(|s| after.starts_with(s))
                || ["ity council of ", "the city of "]
                    .iter()
                    .any(|s| before.ends_with(s))
        });
    called_city.then(|| (format!("City of {name}"), format!("{name} City Government")))
}

/// "Norway's parliament, the Storting", "the Storting, Norway's
/// parliament": the country and the body ("Parliament") a name is given
/// as, when the body is a government word.
fn described_as_government(ctx: &Context<'_>, name: &str) -> Option<(String, String)> {
    /// Bounded work: the first few times the name is written.
    const MAX_HITS: usize = 8;
    for line in ctx.body.iter().chain(ctx.references) {
        let Some(text) = line.slice(ctx.text) else {
            continue;
        };
        for at in memchr::memmem::find_iter(text.as_bytes(), name).take(MAX_HITS) {
            let before = text.get(..at).unwrap_or_default();
            let after = text.get(at + name.len()..).unwrap_or_default();
            let described = before
                .strip_suffix(", the ")
                .or_else(|| before.strip_suffix(", "))
                .and_then(|b| b.get(b.len().saturating_sub(60)..))
                .and_then(|b| b.rsplit_once(", ").map_or(Some(b), |(_, tail)| Some(tail)))
                .and_then(government_of_country)
                .or_else(|| {
                    after
                        .strip_prefix(", ")
                        .and_then(|a| a.split([',', '.', ';']).next())
                        .and_then(government_of_country)
                });
            if let Some((country, body)) = described {
                if let Some(country) = country_named(ctx, country) {
                    return Some((country, body));
                }
            }
        }
    }
    None
}

/// "Norway's parliament" (ending the text given, or all of it): the
/// country's word and the body, capitalised, when the body's last word is
/// a government word and its words are lower-case.
fn government_of_country(text: &str) -> Option<(&str, String)> {
    let (head, body) = text
        .rsplit_once("'s ")
        .or_else(|| text.rsplit_once("\u{2019}s "))?;
    let country = head.rsplit(' ').next()?;
    let words: Vec<&str> = body.split(' ').collect();
    let last = words.last()?;
    let lower = words.len() <= 3
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
    if !lower || !GOVERNMENT_WORDS.contains(last) || !country.starts_with(char::is_uppercase) {
        return None;
    }
    let body: Vec<String> = words.iter().map(|w| capitalise(w)).collect();
    Some((country, body.join(" ")))
}

/// Company and Target when no organisation is named as the victim.
fn without_organisation(
    ctx: &Context<'_>,
    victims: &[Victim],
    vulnerability: bool,
    place: Option<&&Victim>,
    attacker: &Attacker,
) -> (String, String) {
    // Products hit: their vendor, and the products ("Outlook and Azure").
    let products: Vec<&str> = victims
        .iter()
        .filter(|v| is_product(&v.name))
        .map(|v| v.name.as_str())
        .take(3)
        .collect();
    if let Some(vendor) = products.first().and_then(|p| vendor_of(p)) {
        let target = match products.as_slice() {
            [.., last] if products.len() > 1 => format!(
                "{} and {last}",
                products
                    .get(..products.len() - 1)
                    .unwrap_or_default()
                    .join(", ")
            ),
            _ => products.join(""),
        };
        // A flaw in one product hurts those who run it ("Apache Log4j
        // Users"), not the product.
        let target = if vulnerability && products.len() == 1 {
            format!("{target} {}", users_word(ctx))
        } else {
            target
        };
        return (vendor_as_written(ctx, vendor), target);
    }
    let vendor = vulnerability
        .then(|| {
            kev_product(ctx)
                .map(|(vendor, _)| vendor_as_written(ctx, &vendor))
                .or_else(|| stated_vendor(ctx))
        })
        .flatten();
    // A country hit is its own Company; a city, the country named with it.
    let country = place
        .map(|v| {
            country_named(ctx, &v.name)
                .or_else(|| v.country.clone())
                .unwrap_or_else(|| v.name.clone())
        })
        // Not the attacker's own country ("Chinese hackers" are not news
        // about China as a victim).
        .or_else(|| main_country(ctx, attacker.attribution.country.as_deref()));
    let sector = sector_phrase(ctx, attacker);
    // The sector's country ("US think tank") before the one most named.
    let sector_country = sector.as_ref().and_then(|(_, c)| c.clone());
    let company = vendor
        .or(sector_country)
        .or_else(|| country.clone())
        .unwrap_or_else(|| "Unknown".to_string());
    let target = match (sector, place) {
        (Some((sector, _)), _) => sector,
        (None, Some(v)) => v.name.clone(),
        (None, None) => company.clone(),
    };
    (company, target)
}

/// The malware family (not a tool) the text names most, by its canonical
/// name; the first named on a tie.
fn family_named_most(ctx: &Context<'_>) -> Option<String> {
    families_by_mentions(ctx)
        .into_iter()
        .find(|e| e.subkind.as_deref() != Some("tool"))
        .map(|e| e.name.clone())
}

/// Whether the body's first sentence opens with `name` in apposition, after
/// a dateline if any ("Cyberhaven, a data loss prevention company, has
/// confirmed"): the story's subject.
fn opens_the_body(ctx: &Context<'_>, name: &str) -> bool {
    super::lead_after_dateline(ctx)
        .and_then(|opening| opening.strip_prefix(name))
        .is_some_and(|rest| {
            rest.starts_with(", a ") || rest.starts_with(", an ") || rest.starts_with(", the ")
        })
}

/// Whether every mention of the entity `name` stands in one sentence.
fn named_in_one_sentence(ctx: &Context<'_>, name: &str) -> bool {
    let ids = ctx.gazetteer.lookup(name);
    let mut sentences = ctx
        .mentions
        .iter()
        .filter(|m| m.entity.is_some_and(|id| ids.contains(&id)))
        .map(|m| ctx.sentence_span(m.span.start).map(|s| s.start));
    let first = sentences.next();
    sentences.all(|s| Some(s) == first)
}

/// Whether the text names the entity called `name` (its canonical name)
/// once only.
fn named_once(ctx: &Context<'_>, name: &str) -> bool {
    let ids = ctx.gazetteer.lookup(name);
    ctx.mentions
        .iter()
        .filter(|m| m.entity.is_some_and(|id| ids.contains(&id)))
        .nth(1)
        .is_none()
}

/// A package name: lower-case words joined by two or more hyphens or
/// underscores ("ua-parser-js"), or an owner and a name joined by a slash
/// ("tj-actions/changed-files"), scoped or not ("@ctrl/tinycolor",
/// "@solana/web3.js").
static PACKAGE: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)[a-z][a-z0-9]*(?:[-_][a-z0-9]+){2,}(?-u:\b)|(?:@|(?-u:\b))[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*/[a-z0-9][a-z0-9_.-]*[a-z0-9](?-u:\b)",
    )
});

/// The package a supply-chain story names most, in its body and again in
/// the body or the references, in a text that speaks of a registry or a
/// package.
pub(super) fn package_named(ctx: &Context<'_>) -> Option<String> {
    const REGISTRY_WORDS: &[&str] = &["npm", "PyPI", "package", "library", "GitHub Action"];
    let re = PACKAGE.as_ref()?;
    if !REGISTRY_WORDS.iter().any(|w| ctx.text.contains(w)) {
        return None;
    }
    // (package, mentions, mentions in the body)
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    let body_lines = ctx.body.len();
    let lines = ctx.body.iter().chain(ctx.references);
    for (k, line) in lines
        .enumerate()
        .filter_map(|(k, s)| Some((k, s.slice(ctx.text)?)))
    {
        for m in re.find_iter(line) {
            // A word of its own, not part of an address, a path or a query
            // ("user@host", "/usr/lib", "format=auto/sites/default").
            let before = line.get(..m.start()).and_then(|b| b.chars().next_back());
            let after = line.get(m.end()..).and_then(|a| a.chars().next());
            let opens = |c: char| c.is_whitespace() || "(\"'`\u{201C}\u{2018}[".contains(c);
            if !before.is_none_or(opens) || after == Some('/') {
                continue;
            }
            // "command-and-control", "man-in-the-middle": words of prose
            // joined, not a package.
            const JOINING: &[&str] = &["and", "of", "the", "in", "to", "by", "for", "on", "or"];
            if m.as_str()
                .split(['-', '_'])
                .any(|part| JOINING.contains(&part))
            {
                continue;
            }
            let in_body = usize::from(k < body_lines);
            if let Some(entry) = counts.iter_mut().find(|(p, _, _)| *p == m.as_str()) {
                entry.1 += 1;
                entry.2 += in_body;
            } else if counts.len() < 64 {
                counts.push((m.as_str(), 1, in_body));
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, n, in_body)| n >= 2 && in_body >= 1)
        .map(|(p, n, _)| (p, n))
        .fold(None, |best: Option<(&str, usize)>, (p, n)| match best {
            Some((_, m)) if m >= n => best,
            _ => Some((p, n)),
        })
        .map(|(p, _)| p.to_string())
}

/// The actor of the gazetteer the text names most (the first named on a
/// tie), by its canonical name.
fn group_named_most(ctx: &Context<'_>) -> Option<String> {
    entities_by_mentions(ctx, EntityKind::Actor)
        .first()
        .map(|e| e.name.clone())
}

/// A body of many states ("World Anti-Doping Agency", "International Atomic
/// Energy Agency", "United Nations Development Programme"): its own
/// organisation, no country's government.
fn international_body(name: &str) -> bool {
    [
        "World ",
        "International ",
        "Global ",
        "United Nations ",
        "European ",
    ]
    .iter()
    .any(|p| name.starts_with(p))
}

/// A municipal, county or city body: its own organisation, not its
/// country's government.
fn local_body(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "municipal" | "municipality" | "county" | "city" | "town" | "borough" | "district"
        )
    })
}

/// The name written most often between `lead` and one of `nouns` in the
/// body and references ("members of the Trickbot group", "the 911 S5
/// residential proxy botnet"): up to three words that start with a capital
/// or a digit, after up to two lower-case words that describe it.
fn named_before(ctx: &Context<'_>, lead: &str, nouns: &[&str]) -> Option<String> {
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 64;
    let mut counts: FastMap<&str, (usize, usize)> = FastMap::default();
    for line in ctx.body.iter().chain(ctx.references) {
        let Some(text) = line.slice(ctx.text) else {
            continue;
        };
        for noun in nouns {
            for at in memchr::memmem::find_iter(text.as_bytes(), noun).take(MAX_HITS) {
                let after = text.get(at + noun.len()..).unwrap_or_default();
                if after.starts_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                let before = text.get(..at).unwrap_or_default();
                let words: Vec<(usize, &str)> = before
                    .rsplit(' ')
                    .scan(before.len(), |end, w| {
                        let start = end.saturating_sub(w.len());
                        *end = start.saturating_sub(1);
                        Some((start, w))
                    })
                    .take(5)
                    .collect();
                let described = words
                    .iter()
                    .take_while(|(_, w)| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    .count()
                    .min(2);
                // "In 2005 a botnet", "a sweep against botnet operators": a
                // determiner or a preposition, not a word that describes.
                if words.iter().take(described).any(|(_, w)| is_stop_word(w)) {
                    continue;
                }
                let name: Vec<&(usize, &str)> = words
                    .iter()
                    .skip(described)
                    .take_while(|(_, w)| {
                        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                            && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                            && !is_stop_word(w)
                    })
                    .take(3)
                    .collect();
                let (Some(first), Some(last)) = (name.last(), name.first()) else {
                    continue;
                };
                let start = first.0.min(before.len());
                let end = (last.0 + last.1.len()).min(before.len());
                let (Some(found), Some(head)) = (text.get(start..end), text.get(..start)) else {
                    continue;
                };
                if !head.ends_with(lead) {
                    continue;
                }
                // A year ("In 2005 a botnet"), a description ("DDoS-for-hire",
                // "FBI-led") or a country ("Russian intelligence botnet")
                // names no botnet or group.
                let described_by_hyphen = found.split(' ').any(|w| {
                    w.split('-')
                        .skip(1)
                        .any(|part| part.starts_with(|c: char| c.is_ascii_lowercase()))
                });
                let country = ctx
                    .gazetteer
                    .lookup(found)
                    .into_iter()
                    .filter_map(|id| ctx.gazetteer.get(id))
                    .any(|e| e.kind == EntityKind::Country);
                if !found.contains(char::is_alphabetic) || described_by_hyphen || country {
                    continue;
                }
                let e = counts.entry(found).or_insert((0, line.start + start));
                e.0 += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(name, _)| name.to_string())
}

/// Whether the text speaks of servers, infrastructure or sites taken down.
fn mentions_infrastructure(ctx: &Context<'_>) -> bool {
    ctx.body.iter().any(|s| {
        s.slice(ctx.text).is_some_and(|line| {
            let lower = line.to_ascii_lowercase();
            [
                "infrastructure",
                "servers",
                "leak site",
                "taken down",
                "seized",
            ]
            .iter()
            .any(|w| lower.contains(w))
        })
    })
}

/// A sector the text names with a country in an attack sentence ("American
/// critical infrastructure operators", "US telecommunications providers").
static SECTOR: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)([A-Z][A-Za-z]+)\s+((?:[a-z][a-z-]+\s+){0,3}?(?:operators|providers|companies|organi[sz]ations|firms|agencies|entities|utilities|institutions|think tanks?|networks|sector|industry|universit(?:y|ies)|hospitals?|banks?|utilit(?:y|ies)|stations))(?-u:\b)",
    )
});

/// Verbs that make the phrase before them the one reporting.
const REPORTING_VERBS: &[&str] = &[
    "say", "says", "said", "warn", "warned", "warns", "report", "reported", "reports", "urge",
    "urged", "advise", "advised", "assess", "assessed",
];

/// The sector phrase and its country's name; not of `attacker_country`
/// ("addresses belonged to Russian state institutions" tells where the
/// attack came from).
fn sector_phrase(ctx: &Context<'_>, attacker: &Attacker) -> Option<(String, Option<String>)> {
    let re = SECTOR.as_ref()?;
    let attacker_country = attacker.attribution.country.as_deref();
    // "Groups such as SideWinder have been reported spying on Pakistani
    // organisations": the victims of other actors than the story's.
    let other_actor_in = |sentence: crate::Span| {
        ctx.mentions_in(sentence).any(|m| {
            m.kind == EntityKind::Actor
                && m.entity
                    .and_then(|id| ctx.gazetteer.get(id))
                    .is_none_or(|e| e.name != attacker.name)
        })
    };
    for sentence in ctx.sentences() {
        let Some(text) = sentence.slice(ctx.text) else {
            continue;
        };
        if !speaks_of_attack(ctx, *sentence) || other_actor_in(*sentence) {
            continue;
        }
        for caps in re.captures_iter(text) {
            let (Some(place), Some(sector)) = (caps.get(1), caps.get(2)) else {
                continue;
            };
            // "US agencies say": the ones telling, not the ones hit.
            let next_word = text
                .get(sector.end()..)
                .and_then(|t| t.split_whitespace().next())
                .unwrap_or_default();
            if !is_place(ctx, place.as_str()) || REPORTING_VERBS.contains(&next_word) {
                continue;
            }
            // "Israel and on organisations doing business there": words of
            // a clause, not of a sector.
            const FUNCTION_WORDS: &[&str] = &[
                "on", "in", "of", "the", "to", "for", "with", "by", "at", "from",
            ];
            if sector
                .as_str()
                .split_whitespace()
                .any(|w| FUNCTION_WORDS.contains(&w))
            {
                continue;
            }
            let words: Vec<String> = sector.as_str().split_whitespace().map(capitalise).collect();
            let country = ctx
                .gazetteer
                .lookup(place.as_str())
                .iter()
                .filter_map(|&id| ctx.gazetteer.get(id))
                .find(|e| e.kind == EntityKind::Country)
                .map(|e| e.name.clone());
            if country.is_some() && country.as_deref() == attacker_country {
                continue;
            }
            let place = match &country {
                Some(c) => us_adjective(c, place.as_str()),
                None => place.as_str(),
            };
            // "a US think tank focused on foreign affairs": what it works
            // on, as a compound before the noun ("Foreign-Affairs").
            let focus = text
                .get(sector.end()..)
                .and_then(focus_of)
                .map(|f| format!("{f} "))
                .unwrap_or_default();
            return Some((format!("{place} {focus}{}", words.join(" ")), country));
        }
    }
    None
}

/// The lower-case word the text writes most often right after `name`
/// (twice at least, and more often than any other; none on a tie).
fn word_after_most<'t>(ctx: &Context<'t>, name: &str) -> Option<&'t str> {
    /// Bounded work on hostile input.
    const MAX_HITS: usize = 64;
    let mut counts: FastMap<&str, usize> = FastMap::default();
    for at in memchr::memmem::find_iter(ctx.text.as_bytes(), name).take(MAX_HITS) {
        let next = word_after(ctx.text, at + name.len());
        if next.starts_with(|c: char| c.is_ascii_lowercase()) {
            *counts.entry(next).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(w, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(_, m)| m < n) => Some(w),
        _ => None,
    }
}

/// " focused on foreign affairs": what a body works on, one or two
/// lower-case words, as a hyphenated compound ("Foreign-Affairs").
fn focus_of(after: &str) -> Option<String> {
    let rest = [
        " focused on ",
        " focusing on ",
        " specialising in ",
        " specializing in ",
    ]
    .iter()
    .find_map(|m| after.strip_prefix(m))?;
    let words: Vec<&str> = rest
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .take_while(|w| {
            !w.is_empty() && w.starts_with(|c: char| c.is_ascii_lowercase()) && !is_stop_word(w)
        })
        .take(3)
        .collect();
    if words.is_empty() || words.len() > 2 {
        return None;
    }
    let words: Vec<String> = words.iter().map(|w| capitalise(w)).collect();
    Some(words.join("-"))
}
