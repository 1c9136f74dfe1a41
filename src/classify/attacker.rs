//! Attacker: who the article says attacked.
//!
//! Candidates are the actors the gazetteer found (canonical names), names
//! the article introduced or vendors' tracking names it does not know, and
//! ransomware families (news names a ransomware gang by its family). Each
//! mention counts by where it stands (the opening and the references weigh
//! more) and more in a sentence that attributes the attack ("behind",
//! "attributed to", "claimed"). The most mentioned wins; a tie goes to the
//! first named. With no candidate, the attacker as the text describes it
//! ("Chinese state-sponsored hackers", "unknown fraudsters"), else `Unknown`.

use crate::fast_hash::{FastMap, FastSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::pieces;
use super::{Attribution, Context, Evidence, IncidentType, Lexicons};
use crate::gazetteer::{EntityId, EntityKind, Mention, MentionRule};
use crate::text::folded;

/// Where the attacker's name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttackerSource {
    /// A threat actor in the gazetteer, by its canonical name.
    Gazetteer,
    /// A ransomware family standing for its gang.
    Ransomware,
    /// A name the article introduced, or a vendor's tracking name, that the
    /// gazetteer does not know.
    Unlisted,
    /// The attacker as the text describes it, no name given.
    Described,
    /// A person the article says was arrested, charged or convicted for it,
    /// who owned up to it, or the persona it says did it.
    Person,
    /// A state agency the article names as the culprit ("GCHQ was behind
    /// the intrusion"), as written, where no actor is named.
    Agency,
    /// A malware family the story is about, standing for whoever runs it,
    /// where no one else is named ("Emotet hit the city's systems").
    Malware,
    /// Nothing said.
    Unknown,
}

/// The chosen attacker.
#[derive(Debug, Clone)]
pub(crate) struct Attacker {
    pub name: String,
    pub source: AttackerSource,
    /// A state-sponsored actor, or one the text ties to a state.
    pub state: bool,
    pub attribution: Attribution,
}

/// Sentences that attribute an attack.
const ATTRIBUTION_WORDS: &[&str] = &[
    "behind",
    "attributed",
    "responsible",
    "claimed",
    "carried",
    "conducted",
    "blamed",
    "accused",
    "linked",
    "orchestrated",
    "blames",
    "blame",
    "tied",
];

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Entity(EntityId),
    Surface(String),
}

struct Candidate {
    name: String,
    source: AttackerSource,
    entity: Option<EntityId>,
    /// The text attributes the attack to it in so many words ("attributed
    /// the operation to TA505").
    named_culprit: bool,
    score: f32,
    first: usize,
    surfaces: FastMap<String, usize>,
    /// The sentence (its start) and the span of the last mention.
    last: Option<(usize, crate::Span)>,
    /// The number of sentences that name it.
    sentences: u32,
}

/// The score an actor starts with when the article names the state agency
/// the data files it under (once per actor, not per mention).
const AGENCY_NAMED: f32 = 1.0;

/// The canonical `name` in the capitals the text writes it with, when the
/// text writes that very name with capitals inside it that the data lacks
/// ("GnosticPlayers" for a list's "Gnosticplayers", not "CHERNOVITE" for
/// "Chernovite"); otherwise `name`.
fn as_written(name: &str, surface: &str) -> String {
    let inner_capitals = |s: &str| s.chars().skip(1).filter(|c| c.is_uppercase()).count();
    if surface != name
        && surface.eq_ignore_ascii_case(name)
        && surface.starts_with(|c: char| c.is_uppercase())
        && surface.chars().any(char::is_lowercase)
        && inner_capitals(surface) > inner_capitals(name)
    {
        surface.to_string()
    } else {
        name.to_string()
    }
}

/// Chooses the attacker.
pub(crate) fn choose(ctx: &Context<'_>, lex: &Lexicons, evidence: &mut Vec<Evidence>) -> Attacker {
    if let Some((name, at)) = accused_in_lead(ctx) {
        let rule = "person the lead says was arrested, charged or extradited";
        return named_attacker(ctx, (name, at), rule, AttackerSource::Person, evidence);
    }
    if let Some(found) = sanctioned_in_lead(ctx) {
        let rule = "organisation the first sentence says was sanctioned";
        return named_attacker(ctx, found, rule, AttackerSource::Unlisted, evidence);
    }
    let mut candidates: FastMap<Key, Candidate> = FastMap::default();
    // The state agencies the article names ("the GRU's Unit 74455"): an
    // actor the data files under one of them is the one attributed.
    // A unit's agency counts too ("the GRU" for an actor filed under "GRU
    // Unit 74455").
    // Each agency once: an actor's look-ups scan these lists.
    let mut agency_ids: Vec<EntityId> = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Agency)
        .filter_map(|m| m.entity)
        .collect();
    agency_ids.sort_unstable();
    agency_ids.dedup();
    let named_agencies: Vec<&crate::gazetteer::Entity> = agency_ids
        .iter()
        .filter_map(|&id| ctx.gazetteer.get(id))
        .collect();
    let agencies: Vec<&str> = named_agencies.iter().map(|e| e.name.as_str()).collect();
    let agency_named = |agency: &str| {
        agencies.contains(&agency) || unit_of_named_agency(ctx, agency, &named_agencies)
    };
    let examples = example_lists(ctx);
    // The story's year, or the first the body writes when its opening
    // gives none ("last autumn ... in the summer of 2024").
    let reference_year = reference_year(ctx, story_year(ctx));
    // A ransomware family stands for its gang in a story of ransom
    // ("ransomware", "a ransom note") or where a group word follows it ("the
    // Cl0p extortion gang"); elsewhere it is named for another reason
    // ("charged over Sony Pictures and the WannaCry outbreak").
    let speaks_of_ransom = memchr::memmem::find(ctx.text.as_bytes(), b"ansom").is_some();
    // A family the data files as plain malware is ransomware where the text
    // calls it so ("RobbinHood ransomware", "ransomware known as
    // RobbinHood"), in every mention.
    let called_ransomware: FastSet<EntityId> = if speaks_of_ransom {
        ctx.mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Software && called_ransomware_at(ctx, m.span))
            .filter_map(|m| m.entity)
            .collect()
    } else {
        FastSet::default()
    };
    let campaign_names = campaign_names(ctx);
    // "Robinhood, the commission-free trading app, disclosed": a family's
    // name set beside a company's word names the company, not the
    // ransomware.
    let companies: FastSet<EntityId> = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Software && company_in_apposition(ctx, m.span))
        .filter_map(|m| m.entity)
        .collect();
    // "the University of Vermont has not said which ransomware struck its
    // systems": the families the text names are other victims'.
    let family_withheld = speaks_of_ransom && family_withheld(ctx);
    // The ransomware families named so far, and the gangs named as their
    // operators: (family, gang).
    let mut families_named: Vec<(crate::Span, Key)> = Vec::new();
    let mut operators: Vec<(Key, Key)> = Vec::new();
    // Unlisted names of several words ("Anonymous Indonesia"): a listed
    // actor whose name is an ordinary word and begins one of them is the
    // movement the named branch belongs to, not the story's attacker.
    // The branch must be named in the lead or more than once ("Even some
    // folks from Anonymous Bahrain took part", late in a story of
    // Anonymous, names no branch the story is about).
    let lead = ctx.body.first().copied();
    let unlisted: Vec<&Mention> = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Actor && m.entity.is_none() && m.candidates.is_empty())
        .filter(|m| m.text.contains(' '))
        .collect();
    let mut named_times: FastMap<&str, usize> = FastMap::default();
    for m in &unlisted {
        *named_times.entry(&*m.text).or_default() += 1;
    }
    // The names' first words, up to each space ("Anonymous" of "Anonymous
    // Indonesia"): a movement's name is one of them.
    let mut branch_heads: FastSet<&str> = FastSet::default();
    for m in &unlisted {
        let in_lead = lead.is_some_and(|l| l.start <= m.span.start && m.span.end <= l.end);
        if in_lead || named_times.get(&*m.text).is_some_and(|&n| n > 1) {
            for (at, _) in m.text.match_indices(' ') {
                branch_heads.insert(m.text.get(..at).unwrap_or_default());
            }
        }
    }
    let branch_named = |m: &Mention| {
        m.entity.is_some()
            && branch_heads.contains(&*m.text)
            && ctx.gazetteer.alias_flags(&m.alias).common_word
    };
    // Whether the text names two actors or more (a movement gives way only
    // to another actor, see [`named_as_movement`]).
    let mut actor_entities = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Actor)
        .map(|m| m.entity);
    let first_actor = actor_entities.next();
    let several_actors = actor_entities.any(|e| Some(e) != first_actor);
    let researchers = researchers_introduced(ctx);
    // The actors the writer says have nothing to do with the story: read
    // only where the text says "nothing" at all.
    let unlinked: FastSet<EntityId> =
        if memchr::memmem::find(ctx.text.as_bytes(), b"nothing").is_some() {
            ctx.mentions
                .iter()
                .filter(|m| m.kind == EntityKind::Actor && nothing_links_after(ctx, m.span))
                .filter_map(|m| m.entity)
                .collect()
        } else {
            FastSet::default()
        };
    // The listed actors the text introduces by name ("a group researchers
    // call Evilnum"), whatever else their name may mean.
    let introduced_groups: FastSet<EntityId> = ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Actor && introduced_here(ctx, m.span.start))
        .filter_map(|m| m.entity)
        .collect();
    for (index, m) in ctx.mentions.iter().enumerate() {
        if m.kind == EntityKind::Actor
            && (branch_named(m) || several_actors && named_as_movement(ctx, m))
        {
            continue;
        }
        if !researchers.is_empty() && m.entity.is_none() && researchers.contains(&&*m.text) {
            continue;
        }
        if !unlinked.is_empty() && m.entity.is_some_and(|id| unlinked.contains(&id)) {
            continue;
        }
        // "ransomware groups including Conti, REvil and Black Basta used
        // Qakbot": names given as examples are not the story's attacker.
        if examples.contains(&index) {
            continue;
        }
        // "an address linked to the 2022 Ronin Bridge theft that the FBI
        // attributed to Lazarus Group": the culprit of another incident.
        if m.kind == EntityKind::Actor
            && (culprit_of_another_incident(ctx, m.span)
                || blamed_for_another_incident(ctx, m.span.end))
        {
            continue;
        }
        // "The attack came days after the Conti ransomware attack on
        // Ireland's health service": an earlier incident's culprit.
        if matches!(m.kind, EntityKind::Actor | EntityKind::Software)
            && (earlier_incident_named(ctx, m.span) || since_an_earlier_incident(ctx, m.span))
        {
            continue;
        }
        // "... including a group that PwC calls Red Menshen, but the
        // investigators did not attribute the intrusion to that group".
        if m.kind == EntityKind::Actor
            && (attribution_denied_after(ctx, m.span) || relation_denied_before(ctx, m.span))
        {
            continue;
        }
        let (key, name, source, entity, bonus) =
            match (m.kind, m.entity) {
                (EntityKind::Actor, Some(id)) => {
                    let Some(e) = ctx.gazetteer.get(id) else {
                        continue;
                    };
                    let own_agency = e.agency.as_deref().is_some_and(agency_named);
                    (
                        Key::Entity(id),
                        as_written(&e.name, &m.text),
                        AttackerSource::Gazetteer,
                        Some(id),
                        if own_agency { AGENCY_NAMED } else { 0.0 },
                    )
                }
                (EntityKind::Actor, None) if m.candidates.is_empty() => (
                    Key::Surface(folded(&m.text)),
                    m.text.to_string(),
                    AttackerSource::Unlisted,
                    None,
                    0.0,
                ),
                (EntityKind::Actor, None) => {
                    // An ambiguous alias: the umbrella actor with most names.
                    let Some(&id) = m.candidates.iter().max_by_key(|&&c| {
                        ctx.gazetteer.get(c).map(|e| e.aliases.len()).unwrap_or(0)
                    }) else {
                        continue;
                    };
                    let Some(e) = ctx.gazetteer.get(id) else {
                        continue;
                    };
                    (
                        Key::Entity(id),
                        e.name.clone(),
                        AttackerSource::Gazetteer,
                        Some(id),
                        0.0,
                    )
                }
                (EntityKind::Software, Some(id)) => {
                    let Some(e) = ctx.gazetteer.get(id) else {
                        continue;
                    };
                    if companies.contains(&id) {
                        continue;
                    }
                    let ransomware = e.subkind.as_deref() == Some("ransomware")
                        || called_ransomware.contains(&id);
                    // "an operation against the gang behind Grandoreiro": the
                    // people behind a family, named by it.
                    let behind = gang_behind(ctx, m.span);
                    if !behind
                        && (!ransomware
                            || family_withheld
                            || !(speaks_of_ransom
                                || group_word_follows(ctx, m.span, 2)
                                || group_in_apposition(ctx, m.span)))
                    {
                        continue;
                    }
                    (
                        Key::Entity(id),
                        String::new(),
                        AttackerSource::Ransomware,
                        Some(id),
                        0.0,
                    )
                }
                _ => continue,
            };
        // (Read once the mention is known to be a candidate: most software
        // named is no ransomware and is dropped above.)
        // "earlier campaigns such as Gooligan, which compromised ...,
        // HummingBad, run by Yingmob, and CopyCat": a name written once, in
        // a list of examples that clauses break up.
        // "Earlier this month Royal Mail was forced to suspend deliveries
        // after a ransomware attack that was later linked to LockBit": a
        // sentence of background, the name written only there.
        if in_loose_example_list(ctx, m.span)
            || in_background_sentence(ctx, m.span)
            || common_word_capitalised(ctx, m.span)
            || link_denied_next(ctx, m.span)
            || hit_itself(ctx, m.span)
        {
            continue;
        }
        // "the White House blamed North Korea for the WannaCry ransomware
        // outbreak", in a story about an exchange's theft: the family names
        // another incident, one someone else is blamed for.
        if m.kind == EntityKind::Software && family_of_an_incident_blamed(ctx, m.span) {
            continue;
        }
        // "In early 2022 the LAPSUS$ extortion group had reached ...", in a
        // story of 2023: an earlier incident's actor or family. Not one the
        // sentence introduces ("Trickbot began around 2016, and the group
        // behind it, which CrowdStrike tracks as Wizard Spider").
        // Unless the sentence opens with that earlier date ("In March 2021,
        // a Chinese group that Microsoft calls HAFNIUM exploited ..."): the
        // whole sentence is then the earlier incident.
        if matches!(m.kind, EntityKind::Actor | EntityKind::Software)
            && (years_later(ctx, m.span)
                || reference_year.is_some_and(|year| {
                    set_before(ctx, m.span, year) && !introduced_here(ctx, m.span.start)
                        || opens_with_earlier_date(ctx, m.span, year)
                }))
        {
            continue;
        }
        // "Operation Triangulation" names a campaign, not who ran it, whether
        // the article coins it or a community list files it as an actor
        // under that name (an alias "Operation X" of a named group still
        // points to the group).
        let operation = |name: &str| {
            name.split(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("operation"))
        };
        let campaign = match m.entity.and_then(|id| ctx.gazetteer.get(id)) {
            Some(e) => operation(&e.name),
            None => operation(&m.text),
        };
        // "Cisco Talos named the espionage campaign ArcaneDoor": the name of
        // a campaign wherever the text writes it, once it says so.
        let named_as_campaign = m.entity.is_some_and(|id| campaign_names.contains(&id));
        if m.kind == EntityKind::Actor && (campaign || named_as_campaign) {
            continue;
        }
        // "Lumma Stealer" names the malware, even where a vendor also calls
        // its developers by it; "the X gang" is the gang.
        // Unless the text introduces it as a group's name ("another Russian
        // group, known in Germany as Snake").
        // Once introduced so, every mention names the group ("A hacking
        // group that researchers call Evilnum ... Evilnum goes after").
        if m.kind == EntityKind::Actor
            && names_malware(ctx, m)
            && !m.entity.is_some_and(|id| introduced_groups.contains(&id))
        {
            continue;
        }
        if m.kind == EntityKind::Actor && introduced_as_tool(ctx, m.span.start) {
            continue;
        }
        let mut weight = ctx.weight_at(m.span.start) * m.confidence.max(0.3);
        if attributes(ctx, m.span.start) {
            weight += 0.5;
        }
        // "the actor it calls Secret Blizzard": the reporter naming the
        // actor its story is about.
        if introduced_here(ctx, m.span.start) {
            weight += 0.5;
        }
        // "took control of Storm-0156 servers": an actor that suffers.
        if super::victim::after_victim_cue(ctx, lex, m.span) {
            weight *= 0.4;
        }
        if m.rule == MentionRule::TrackingId {
            weight *= 0.8;
        }
        let culprit = m.kind == EntityKind::Actor && attributed_to(ctx, m.span.start);
        // "DoppelPaymer is run by a criminal group it calls Doppel Spider":
        // the family's gang, named; the family's weight is the gang's.
        if source == AttackerSource::Ransomware {
            families_named.push((m.span, key.clone()));
        } else if source == AttackerSource::Gazetteer {
            if let Some(family) = family_operated_by(ctx, m.span, &families_named) {
                operators.push((family, key.clone()));
            }
        }
        let c = candidates.entry(key).or_insert_with(|| Candidate {
            name,
            source,
            entity,
            named_culprit: false,
            score: bonus,
            first: m.span.start,
            surfaces: FastMap::default(),
            last: None,
            sentences: 0,
        });
        // "APT27, also known as Budworm, Emissary Panda and LuckyMouse": the
        // other names of an actor listed in one sentence name it once.
        let sentence = ctx.sentence_span(m.span.start).map(|s| s.start);
        let alias_listed = c.last.is_some_and(|(at, span)| {
            Some(at) == sentence && span.slice(ctx.text) != m.span.slice(ctx.text)
        });
        if !alias_listed {
            c.score += weight;
        }
        if c.last.map(|(at, _)| at) != sentence || sentence.is_none() {
            c.sentences += 1;
        }
        c.last = sentence.map(|at| (at, m.span));
        c.named_culprit |= culprit;
        // "the Play ransomware group" matched the alias "PLAY Ransomware":
        // the gang is "Play".
        let surface = match m.text.len().checked_sub(" ransomware".len()) {
            Some(cut)
                if m.kind == EntityKind::Software
                    && cut > 0
                    && m.text
                        .get(cut..)
                        .is_some_and(|t| t.eq_ignore_ascii_case(" ransomware")) =>
            {
                m.text.get(..cut).unwrap_or(&m.text)
            }
            _ => &m.text,
        };
        *c.surfaces.entry(surface.to_string()).or_default() += 1;
    }
    merge_versions(&mut candidates);
    for (family, gang) in operators {
        if family == gang || !candidates.contains_key(&gang) {
            continue;
        }
        let Some(f) = candidates.remove(&family) else {
            continue;
        };
        if let Some(g) = candidates.get_mut(&gang) {
            g.score += f.score;
            g.first = g.first.min(f.first);
            g.sentences += f.sentences;
        }
    }
    // A ransomware family stands for its gang when no one is named as the
    // culprit: a group the text attributes the attack to in so many words
    // ("Fox-IT attributed the operation to TA505") is who used it.
    let culprit_named = candidates
        .values()
        .any(|c| c.named_culprit && c.source == AttackerSource::Gazetteer);
    if culprit_named {
        candidates.retain(|_, c| c.source != AttackerSource::Ransomware);
    }
    // "Who is behind the attacks remains unknown ... the AIVD had penetrated
    // the network of Cozy Bear": where the text says no one is known to have
    // done it, a group named in one sentence and never named the culprit is
    // background.
    if !candidates.is_empty() && culprit_unknown(ctx) {
        candidates.retain(|_, c| {
            c.named_culprit
                || c.sentences > 1
                || !matches!(
                    c.source,
                    AttackerSource::Gazetteer | AttackerSource::Unlisted
                )
        });
    }
    // Near ties (within a tenth) go to the better-known name (more aliases:
    // "Lazarus Group" over one of its clusters), then to the first named.
    let fame = |c: &Candidate| {
        c.entity
            .and_then(|id| ctx.gazetteer.get(id))
            .map(|e| e.aliases.len())
            .unwrap_or(0)
    };
    let top = candidates.values().map(|c| c.score).fold(0.0f32, f32::max);
    // "Three separate hacking groups working for the Chinese state ...",
    // "the gangs behind RobbinHood, Maze, PonyFinal and several other
    // ransomware families": a report on several groups at once is filed
    // under the first it names, of those it tells of at some length.
    let several = candidates.len() >= 3 && several_groups_in_lead(ctx);
    let best = if several {
        candidates
            .into_values()
            .filter(|c| c.score >= top * 0.4)
            .min_by_key(|c| c.first)
    } else {
        candidates
            .into_values()
            .filter(|c| c.score >= top * 0.9)
            .max_by(|a, b| fame(a).cmp(&fame(b)).then(b.first.cmp(&a.first)))
    };
    if let Some(c) = best {
        let name = if c.source == AttackerSource::Ransomware {
            // The gang as the article writes it most ("ALPHV", "Cl0p").
            let mut surfaces: Vec<(String, usize)> = c.surfaces.into_iter().collect();
            surfaces.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            surfaces
                .into_iter()
                .next()
                .map(|(s, _)| s)
                .unwrap_or_default()
        } else {
            c.name
        };
        evidence.push(Evidence {
            field: "Attacker",
            rule: format!("most mentioned ({:?}), score {:.1}", c.source, c.score),
            text: name.clone(),
            span: None,
            weight: c.score,
        });
        let entity = c.entity.and_then(|id| ctx.gazetteer.get(id));
        let mut attribution = Attribution {
            country: entity.and_then(|e| e.country.clone()),
            agency: entity.and_then(|e| e.agency.clone()),
        };
        let state = entity.is_some_and(|e| e.subkind.as_deref() == Some("state-sponsored"));
        if attribution.country.is_none() {
            attribution.country = stated_country(ctx);
        }
        return Attacker {
            name,
            source: c.source,
            state,
            attribution,
        };
    }
    if let Some(signed) = defacement_signature(ctx) {
        let rule = "the name a defacement's message signs with";
        return named_attacker(ctx, signed, rule, AttackerSource::Unlisted, evidence);
    }
    if let Some(actor) = actor_of_named_unit(ctx, evidence) {
        return actor;
    }
    if let Some(agency) = agency_culprit(ctx, evidence) {
        return agency;
    }
    // A person charged for it is named over the family he ran ("charged
    // with running Rapper Bot, a DDoS-for-hire botnet").
    let mut told = Vec::new();
    let found = described(ctx, &mut told);
    // "Talos named the malware PathWiper and attributes the operation to a
    // Russia-nexus APT actor": a description the text blames outright is
    // named over the family.
    let blamed = found.source == AttackerSource::Described
        && told
            .iter()
            .filter_map(|e| e.span)
            .any(|at| attributed_in_sentence(ctx, at.start));
    if found.source != AttackerSource::Person && !blamed {
        if let Some(family) = introduced_family(ctx) {
            let rule = "an unlisted malware family or scheme the body introduces and names again";
            return named_attacker(ctx, family, rule, AttackerSource::Unlisted, evidence);
        }
    }
    // "The researchers call the operation Dark Basin": where nothing else
    // names or describes the attacker, the name researchers gave the
    // operation stands for it.
    // ("Unknown scammers" is no name either.)
    if found.source == AttackerSource::Unknown || found.name.starts_with("Unknown") {
        if let Some(operation) = introduced_operation(ctx) {
            let rule = "the name the body gives the operation, written again";
            return named_attacker(ctx, operation, rule, AttackerSource::Unlisted, evidence);
        }
    }
    evidence.append(&mut told);
    found
}

/// Where the first of capture groups 1 to `groups` that took part lies,
/// for every match of `re` in the body's lines, in text order.
fn names_captured_in_body<'c>(
    ctx: &'c Context<'_>,
    re: &'c Regex,
    groups: usize,
) -> impl Iterator<Item = crate::Span> + 'c {
    ctx.body
        .iter()
        .filter_map(|line| Some((line.start, line.slice(ctx.text)?)))
        .flat_map(move |(start, line)| re.captures_iter(line).map(move |c| (start, c)))
        .filter_map(move |(start, c)| {
            let m = (1..=groups).find_map(|g| c.get(g))?;
            Some(crate::Span::new(start + m.start(), start + m.end()))
        })
}

/// Whether the name at `span` goes on, with a hyphen or another
/// capitalised word ("Shai-Hulud", "Agent Smith"): it is only the start of
/// a longer name.
fn name_goes_on(text: &str, span: crate::Span) -> bool {
    let rest = text.get(span.end..).unwrap_or_default();
    rest.starts_with('-')
        || rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// A two-word name the body gives an operation, a campaign or a group ("the
/// researchers call the operation Dark Basin", "which Kaspersky has named
/// Operation Ghoul", "a banking malware operation, dubbed Dark Tequila"),
/// written again in the body or a reference's title, and not a name the
/// gazetteer knows (a listed actor is
/// chosen by its own rules). One-word names are [`introduced_family`]'s.
fn introduced_operation(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    static INTRODUCED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        const KIND: &str = "(?i:operation|campaign|activity|group|cluster|scheme)";
        const NAME: &str =
            r#"["\x{201C}']?((?:Operation )?[A-Z][A-Za-z0-9]+ [A-Z][A-Za-z0-9]+)["\x{201D}']?"#;
        super::lexicon::ascii_regex(&format!(
            r"(?-u:\b)(?i:named|called|calls?|dubbed|christened) the (?:[\w-]+ ){{0,2}}?{KIND} {NAME}|(?-u:\b){KIND},? (?:(?:which|that) (?:[\w-]+ ){{0,4}}?)?(?i:called|named|dubbed|calls?) (?:it )?{NAME}"
        ))
    });
    let re = INTRODUCED.as_ref()?;
    let text = ctx.text;
    let body_start = ctx.body.first()?.start;
    // The body, and the references' titles after it ("Agari: Scarlet
    // Widow, BEC bitcoin laundry").
    let end = ctx
        .references
        .last()
        .map_or(ctx.body.last()?.end, |r| r.end);
    let body = text.get(body_start..end)?;
    names_captured_in_body(ctx, re, 2).take(4).find_map(|span| {
        let name = span.slice(text)?;
        // Not the start of a longer name ("Operation Ghost Dukes").
        if name_goes_on(text, span) || !ctx.gazetteer.lookup(name).is_empty() {
            return None;
        }
        // Nor the name of those who hunted them ("The FBI called the
        // two-year investigation Operation Ghost Click").
        let before = ctx.before(span.start, 48).to_ascii_lowercase();
        if ["investigation", "probe", "crackdown", "takedown"]
            .iter()
            .any(|w| before.contains(w))
        {
            return None;
        }
        let in_body = crate::Span::new(
            span.start.saturating_sub(body_start),
            span.end.saturating_sub(body_start),
        );
        super::written_again(body, name, in_body).then(|| (name.to_string(), span))
    })
}

/// An organisation sanctioned, set in apposition to what it is ("imposed
/// sanctions on Aeza Group, a Russian \"bulletproof\" hosting provider",
/// "sanctioned Contoso Ltd, a cryptocurrency exchange").
static SANCTIONED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r#"(?-u:\b)(?:sanctions (?:on|against)|sanctioned) ((?:[A-Z][A-Za-z0-9&.-]* ){0,4}[A-Z][A-Za-z0-9&-]*), (?:a|an|the) (?:[\w"'\x{201C}\x{201D}-]+ ){0,5}?(?:company|provider|firm|exchange|service|network|platform|business|mixer|marketplace)(?-u:\b)"#,
    )
});

/// The organisation the story's first sentence says was sanctioned
/// ([`SANCTIONED`]): the story is the action against it, whatever actors
/// it served ("named as hosting operations for the Lazarus Group"). Not a
/// name the gazetteer knows (a listed actor is a candidate anyway, a
/// country is no one's name).
fn sanctioned_in_lead(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let first = ctx.first_sentence()?;
    let line = first.slice(ctx.text)?;
    memchr::memmem::find(line.as_bytes(), b"anction")?;
    let caps = SANCTIONED.as_ref()?.captures(line)?;
    let name = caps.get(1)?;
    let at = crate::Span::new(first.start + name.start(), first.start + name.end());
    let name = name.as_str();
    (!names_no_one(name.split(' ').next().unwrap_or_default())
        && ctx.gazetteer.lookup(name).is_empty())
    .then(|| (name.to_string(), at))
}

/// How often, at least, the body names an introduced family (the
/// introduction included) for it to stand for its operators.
const FAMILY_NAMED_AT_LEAST: usize = 3;

/// An unlisted malware family or scheme the body introduces by name ("a
/// Trojan known as DroidDream", "the malware, which the company calls
/// SparkCat", "named the scheme Vastflux", "calls the threat GiftGhostBot",
/// "WireX, a botnet built from phones", "hackers used the Corkow
/// malware", "which ESET has named Linux/Moose"), one word in capitals
/// (with the platform before a slash, if any) that the gazetteer does not know, named
/// at least [`FAMILY_NAMED_AT_LEAST`] times and never in small letters (not
/// an ordinary word): where no actor is named, the family stands for its
/// unknown operators. Not a name that goes on with a hyphen or another
/// capitalised word ("Shai-Hulud", "Agent Smith"): its first word is not it.
fn introduced_family(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    static INTRODUCED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        const KIND: &str = "(?i:malware|trojan|botnet|bot|spyware|stealer|infostealer|ransomware|backdoor|rat|worm|adware|implant|loader|toolset|family|strain|scheme|operation|threat)";
        // "Linux/Moose", "Win32/Industroyer": ESET's names carry the
        // platform.
        const NAME: &str = r#"["“']?([A-Z][A-Za-z0-9]+(?:/[A-Z][A-Za-z0-9]+)?)"#;
        super::lexicon::ascii_regex(&format!(
            r"(?-u:\b){KIND}s?,? (?:(?:which|that) (?:[\w-]+ ){{0,4}}?)?(?i:called|named|dubbed|known as|nicknamed|calls?) (?:it )?{NAME}|(?-u:\b)(?i:named|called|calls?|dubbed) the (?:[\w-]+ ){{0,4}}?{KIND} {NAME}|(?-u:\b)([A-Z][A-Za-z0-9]+), an? (?:[\w-]+ ){{0,3}}?(?i:botnet|malware|trojan|spyware|stealer|infostealer|backdoor|worm|operation|scheme)(?-u:\b)|(?-u:\b)(?:used|using|deployed|deploying) the ([A-Z][A-Za-z0-9]+) (?:malware|trojan|backdoor|botnet)(?-u:\b)"
        ))
    });
    let re = INTRODUCED.as_ref()?;
    let body = ctx.body.first()?.start..ctx.body.last()?.end;
    let text = ctx.text;
    let lower = text.get(body.clone())?.to_ascii_lowercase();
    let word_at = |at: usize, len: usize| {
        let bytes = lower.as_bytes();
        let before = at.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(at + len);
        !before.is_some_and(u8::is_ascii_alphanumeric)
            && !after.is_some_and(u8::is_ascii_alphanumeric)
    };
    names_captured_in_body(ctx, re, 4).take(8).find_map(|span| {
        let name = span.slice(text)?;
        let goes_on = name_goes_on(text, span);
        // Nor the last word of a longer name ("Rapper Bot", "SQL
        // Slammer", "Operation NightScout"), unless a sentence ends
        // before it.
        let previous = ctx
            .before(span.start, 40)
            .strip_suffix(' ')
            .map(|b| b.rsplit(' ').next().unwrap_or_default());
        let ends_longer = previous.is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase()) && !w.ends_with(['.', '!', '?'])
        });
        // A name the data gives an agency only ("SOVA", Slovenia's
        // intelligence agency) is the family the text calls it.
        let listed = ctx.gazetteer.lookup(name).into_iter().any(|id| {
            ctx.gazetteer
                .get(id)
                .is_none_or(|e| e.kind != EntityKind::Agency)
        });
        if goes_on || ends_longer || listed {
            return None;
        }
        // "Linux/Moose" is "Moose" after its introduction.
        let platform_named = name.contains('/');
        let folded = name.rsplit('/').next().unwrap_or(name).to_ascii_lowercase();
        let mut named = 0;
        for at in memchr::memmem::find_iter(lower.as_bytes(), folded.as_bytes()) {
            if !word_at(at, folded.len()) {
                continue;
            }
            // Written in small letters: an ordinary word (but "Linux/Moose"
            // is none, whatever "moose" means).
            let written = text.get(body.start + at..body.start + at + folded.len());
            if !written.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase())) {
                if platform_named {
                    continue;
                }
                return None;
            }
            named += 1;
        }
        (named >= FAMILY_NAMED_AT_LEAST).then(|| (name.to_string(), span))
    })
}

/// The actor the data files under a military or intelligence unit the body
/// names ("officers of Unit 61398" for APT1), when that unit is the agency
/// of exactly one actor: read only when no actor is named. A whole agency
/// ("the GRU") files many actors and names none of them.
fn actor_of_named_unit(ctx: &Context<'_>, evidence: &mut Vec<Evidence>) -> Option<Attacker> {
    let body = ctx.body.first()?.start..ctx.body.last()?.end;
    // Each unit is looked up once: a look-up scans the data's entities.
    let mut looked_up: Vec<EntityId> = Vec::new();
    ctx.mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Agency && body.contains(&m.span.start))
        .find_map(|m| {
            let id = m.entity?;
            if looked_up.contains(&id) {
                return None;
            }
            looked_up.push(id);
            if inside_a_longer_name(ctx, m.span) {
                return None;
            }
            let unit = ctx.gazetteer.get(id)?;
            unit.parent.as_ref()?;
            let mut filed = ctx.gazetteer.entities().iter().filter(|e| {
                e.kind == EntityKind::Actor && e.agency.as_deref() == Some(unit.name.as_str())
            });
            let actor = filed.next()?;
            if filed.next().is_some() {
                return None;
            }
            evidence.push(Evidence {
                field: "Attacker",
                rule: "the one actor filed under the unit the text names".to_string(),
                text: actor.name.clone(),
                span: Some(m.span),
                weight: 1.0,
            });
            Some(Attacker {
                name: actor.name.clone(),
                source: AttackerSource::Agency,
                state: true,
                attribution: Attribution {
                    country: actor.country.clone(),
                    agency: actor.agency.clone(),
                },
            })
        })
}

/// Whether the unit's name at `span` ends a longer proper name ("the CISPA
/// Helmholtz Center for Information Security", a research centre, not the
/// FSB's): the word before it is capitalised and no country or agency
/// ("FSB Center for Information Security").
fn inside_a_longer_name(ctx: &Context<'_>, span: crate::Span) -> bool {
    let before = ctx.before(span.start, 40);
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return false;
    }
    let word = trimmed
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    if !word.starts_with(|c: char| c.is_uppercase()) || word == "The" {
        return false;
    }
    let word_end = span.start.saturating_sub(before.len() - trimmed.len());
    !ctx.mentions.iter().any(|m| {
        matches!(m.kind, EntityKind::Agency | EntityKind::Country) && m.span.end == word_end
    })
}

/// The name a defaced page signs with, quoted in the first two paragraphs:
/// "This web site has been hacked by Iranian Cyber Army". One to four
/// capitalised words after "hacked by" inside quotation marks, that the
/// gazetteer does not file as a country and that end in no word for
/// attackers ("hacked by Chinese hackers" names no one).
fn defacement_signature(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    /// How far back the opening quote may be, in bytes.
    const QUOTE_REACH: usize = 160;
    static SIGNED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"^(?i:hacked by) (?:the )?([A-Z][A-Za-z0-9]*(?:[ -][A-Z][A-Za-z0-9]*){0,3})",
        )
    });
    let re = SIGNED.as_ref()?;
    let text = ctx.text;
    // The story's own defacement is told first; a message quoted further
    // down is often another site's ("On 7 January the website of ... showed
    // the words 'Hacked by ...'").
    let opening = ctx.body.get(1).or(ctx.body.first())?;
    let opening = text.get(..opening.end)?;
    // In any casing ("Ticketfly HacKeD By IsHaKdZ"); ASCII lower-casing
    // keeps every byte offset.
    let lowered = opening.to_ascii_lowercase();
    for at in memchr::memmem::find_iter(lowered.as_bytes(), b"hacked by ").take(32) {
        let Some(rest) = text.get(at..) else {
            continue;
        };
        let Some(name) = re.captures(rest).and_then(|c| c.get(1)) else {
            continue;
        };
        // Inside a quotation: an opening quote before, on the same line,
        // with no closing quote between.
        let before = ctx.before(at, QUOTE_REACH);
        let line = before.rsplit('\n').next().unwrap_or_default();
        let quoted = match line.rfind(['"', '\u{201C}', '\u{201D}']) {
            // A straight quote opens when the ones before it pair up.
            Some(o) if line.get(o..).is_some_and(|q| q.starts_with('"')) => {
                line.matches('"').count() % 2 == 1
            }
            Some(o) => line.get(o..).is_some_and(|q| q.starts_with('\u{201C}')),
            None => false,
        };
        if !quoted {
            continue;
        }
        let name_text = name.as_str();
        // "hacked by Russia", "hacked by Chinese Hackers": a description.
        let country = ctx.gazetteer.lookup(name_text).into_iter().any(|id| {
            ctx.gazetteer
                .get(id)
                .is_some_and(|e| e.kind == EntityKind::Country)
        });
        let described = name_text.rsplit(' ').next().is_some_and(|last| {
            ["hackers", "hacker", "attackers"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(last))
        });
        if country || described {
            continue;
        }
        let span = crate::Span::new(at + name.start(), at + name.end());
        return Some((name_text.to_string(), span));
    }
    None
}

/// The actors the body names as a campaign right before their name ("named
/// the espionage campaign ArcaneDoor", "the campaign dubbed X"), where the
/// name is the entity's own: a campaign's name that the data files as an
/// alias of a group ("0ktapus" of Scattered Spider) still points to it.
fn campaign_names(ctx: &Context<'_>) -> Vec<EntityId> {
    ctx.mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Actor)
        .filter(|m| {
            let before = ctx.before(m.span.start, 24);
            [
                "campaign ",
                "operation ",
                "campaign dubbed ",
                "campaign, dubbed ",
            ]
            .iter()
            .any(|w| super::ends_with_ignore_case(before.as_bytes(), w.as_bytes()))
        })
        // In the body: a reference's title capitalises its words ("Cyber
        // Espionage Campaign Sea Turtle - Targets Dutch IT").
        .filter(|m| {
            let i = ctx.body.partition_point(|b| b.end <= m.span.start);
            ctx.body.get(i).is_some_and(|b| b.start <= m.span.start)
        })
        .filter_map(|m| {
            let id = m.entity?;
            let e = ctx.gazetteer.get(id)?;
            e.name.eq_ignore_ascii_case(&m.text).then_some(id)
        })
        .collect()
}

/// What follows a state agency's name that makes it the culprit.
const CULPRIT_AFTER: &[&str] = &[
    " was behind",
    " were behind",
    " is behind",
    " are behind",
    " had hacked",
    " hacked",
    " broke into",
    " had broken into",
    " carried out the",
    " was responsible for the",
];

/// The first state agency of the gazetteer that the text names as the
/// culprit ("Britain's signals intelligence agency GCHQ was behind the
/// intrusion", "attributed the attack to the SVR"), as written, with its
/// country: read only when no actor is named.
fn agency_culprit(ctx: &Context<'_>, evidence: &mut Vec<Evidence>) -> Option<Attacker> {
    let (m, e) = ctx.mentions.iter().find_map(|m| {
        if m.kind != EntityKind::Agency {
            return None;
        }
        let e = m.entity.and_then(|id| ctx.gazetteer.get(id))?;
        let after = ctx.text.get(m.span.end..)?;
        let culprit =
            CULPRIT_AFTER.iter().any(|w| after.starts_with(w)) || attributed_to(ctx, m.span.start);
        culprit.then_some((m, e))
    })?;
    let name = m.text.to_string();
    evidence.push(Evidence {
        field: "Attacker",
        rule: "state agency named as the culprit".to_string(),
        text: name.clone(),
        span: Some(m.span),
        weight: 1.0,
    });
    Some(Attacker {
        name,
        source: AttackerSource::Agency,
        state: true,
        attribution: Attribution {
            country: e.country.clone(),
            agency: Some(e.name.clone()),
        },
    })
}

/// Ransomware families written as a version of another ("LockBit 3.0" and
/// "LockBit", separate families in the data) are one gang: the version's
/// score and mentions go to the family, under its name. The families are
/// taken in text order, at most the first 64, and a version goes to a family
/// that is no version itself, so the result does not depend on the map's
/// order.
fn merge_versions(candidates: &mut FastMap<Key, Candidate>) {
    let mut families: Vec<(&Key, &Candidate)> = candidates
        .iter()
        .filter(|(_, c)| c.source == AttackerSource::Ransomware)
        .collect();
    families.sort_by_key(|(_, c)| c.first);
    families.truncate(64);
    let version_of = |long: &Candidate, short: &Candidate| {
        long.surfaces.keys().all(|l| {
            short.surfaces.keys().any(|s| {
                l.strip_prefix(s.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
            })
        })
    };
    let is_version = |c: &Candidate| {
        families
            .iter()
            .any(|(_, other)| !std::ptr::eq(*other, c) && version_of(c, other))
    };
    let moves: Vec<(Key, Key)> = families
        .iter()
        .filter_map(|(long_key, long)| {
            families
                .iter()
                .find(|(k, short)| k != long_key && version_of(long, short) && !is_version(short))
                .map(|(short_key, _)| ((*long_key).clone(), (*short_key).clone()))
        })
        .collect();
    for (long_key, short_key) in moves {
        let Some(long) = candidates.remove(&long_key) else {
            continue;
        };
        let Some(short) = candidates.get_mut(&short_key) else {
            candidates.insert(long_key, long);
            continue;
        };
        short.score += long.score;
        short.first = short.first.min(long.first);
        short.sentences += long.sentences;
        // Counted under the family's own name.
        for (surface, n) in long.surfaces {
            let family = short
                .surfaces
                .keys()
                .filter(|s| surface.starts_with(s.as_str()))
                .max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)))
                .cloned()
                .unwrap_or(surface);
            *short.surfaces.entry(family).or_default() += n;
        }
    }
}

/// The criminal service or group a law-enforcement action was taken
/// against ("Police in 17 countries took down Genesis Market"), when no
/// actor is named: in such a story it stands as the attacker.
static ACTED_AGAINST: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:took down|taken down|takedown of|seized|dismantled|shut down|disrupted|sanctioned|designates?|designated)(?: the)? ([A-Z][A-Za-z0-9.-]*(?: [A-Z][A-Za-z0-9.-]*){0,2})",
    )
});

/// The longest "First Last" ending with a one-word `name` in `text`.
fn full_name<'t>(text: &'t str, name: &'t str) -> &'t str {
    if name.contains(' ') {
        return name;
    }
    memchr::memmem::find_iter(text.as_bytes(), name)
        .take(64)
        .filter_map(|at| {
            let before = text.get(..at)?.strip_suffix(' ')?;
            let word = before.rsplit([' ', '\n', '(', ',']).next()?;
            // "The RedLine" is no first name and surname.
            let starts_upper =
                word.chars().next().is_some_and(char::is_uppercase) && !not_a_name_any_case(word);
            let followed = text
                .get(at + name.len()..)
                .and_then(|t| t.chars().next())
                .is_none_or(|c| !c.is_alphanumeric());
            (starts_upper && followed && word.chars().all(char::is_alphanumeric))
                .then(|| text.get(at - word.len() - 1..at + name.len()))
                .flatten()
        })
        .next()
        .unwrap_or(name)
}

/// The attacker of a law-enforcement story: the target of the action when
/// the article names no actor.
pub(crate) fn acted_against(
    ctx: &Context<'_>,
    current: Attacker,
    evidence: &mut Vec<Evidence>,
) -> Attacker {
    // An actor the text names once, in passing ("unlike the spyware of NSO
    // Group"), beside a person it says was arrested or charged and names
    // again: the story is about the person.
    // A hacktivist collective that anyone may claim to belong to ("who
    // presented himself as a member of the hacking collective Anonymous"),
    // beside a person arrested or sentenced: the person.
    let collective = || {
        ctx.gazetteer
            .actor(&current.name)
            .is_some_and(|e| e.subkind.as_deref() == Some("hacktivist"))
    };
    // Likewise a ransomware family the body names once ("it would deploy a
    // variant of the Ragnarok ransomware"), beside a person charged.
    let family_once =
        current.source == AttackerSource::Ransomware && family_named_once(ctx, &current.name);
    if current.source == AttackerSource::Gazetteer
        && (named_once(ctx, &current.name) || collective())
        || family_once
    {
        if let Some(found) = accused_person(ctx) {
            return named_attacker(ctx, found, ACCUSED_RULE, AttackerSource::Person, evidence);
        }
    }
    if family_once {
        let opening = ctx.body.get(..2).unwrap_or(ctx.body);
        if let Some(found) = accused_person_in(ctx, opening, false) {
            return named_attacker(ctx, found, ACCUSED_RULE, AttackerSource::Person, evidence);
        }
    }
    if matches!(
        current.source,
        AttackerSource::Gazetteer
            | AttackerSource::Ransomware
            | AttackerSource::Unlisted
            | AttackerSource::Person
    ) {
        return current;
    }
    // "The police said Masaomi Matsuzaki, 39, was arrested": the person the
    // action names in the story's first two paragraphs, once is enough.
    let opening = ctx.body.get(..2).unwrap_or(ctx.body);
    if let Some(found) = accused_person_in(ctx, opening, false) {
        return named_attacker(ctx, found, ACCUSED_RULE, AttackerSource::Person, evidence);
    }
    let Some((name, at)) = action_target(ctx) else {
        return current;
    };
    evidence.push(Evidence {
        field: "Attacker",
        rule: "the target of a law-enforcement action".to_string(),
        text: name.to_string(),
        span: Some(at),
        weight: 1.0,
    });
    Attacker {
        name: name.to_string(),
        source: AttackerSource::Unlisted,
        state: false,
        attribution: current.attribution,
    }
}

/// Whether the body names the software family `name` once (its
/// references may name it again).
fn family_named_once(ctx: &Context<'_>, name: &str) -> bool {
    let Some(body) = ctx.body.first().zip(ctx.body.last()) else {
        return false;
    };
    let body = body.0.start..body.1.end;
    let ids = ctx.gazetteer.lookup(name);
    ctx.mentions
        .iter()
        .filter(|m| m.entity.is_some_and(|id| ids.contains(&id)))
        .filter(|m| body.contains(&m.span.start))
        .take(2)
        .count()
        == 1
}

/// Whether the actor the gazetteer calls `name` has a single mention.
fn named_once(ctx: &Context<'_>, name: &str) -> bool {
    let Some(id) = ctx.gazetteer.lookup(name).into_iter().find(|&id| {
        ctx.gazetteer
            .get(id)
            .is_some_and(|e| e.kind == EntityKind::Actor)
    }) else {
        return false;
    };
    ctx.mentions
        .iter()
        .filter(|m| m.entity == Some(id))
        .take(2)
        .count()
        == 1
}

/// What a law-enforcement action was taken against ([`ACTED_AGAINST`]):
/// the name so written most often, more than once in the text, no country
/// or agency; in full where the text gives a full name ("YunHe Wang").
pub(crate) fn action_target<'t>(ctx: &Context<'t>) -> Option<(&'t str, crate::Span)> {
    let re = ACTED_AGAINST.as_ref()?;
    let mut counts: FastMap<&str, (usize, crate::Span)> = FastMap::default();
    for span in ctx.body.iter().chain(ctx.references) {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        for caps in re.captures_iter(line) {
            let Some(name) = caps.get(1) else { continue };
            let at = crate::Span::new(span.start + name.start(), span.start + name.end());
            counts.entry(name.as_str()).or_insert((0, at)).0 += 1;
        }
    }
    // Named more than once, and not a country or agency. Bounded work on
    // hostile input: the first names only, counted in the first 256 KiB.
    let head_end = super::floor_char_boundary(ctx.text, 256 << 10);
    let head = ctx.text.get(..head_end).unwrap_or_default();
    let mut counts: Vec<(&str, (usize, crate::Span))> = counts.into_iter().collect();
    counts.sort_by_key(|(_, (_, at))| at.start);
    let best = counts
        .into_iter()
        .take(32)
        .filter(|(name, _)| head.matches(name).take(2).count() >= 2)
        .filter(|(name, _)| {
            !ctx.gazetteer
                .lookup(name)
                .iter()
                .filter_map(|&id| ctx.gazetteer.get(id))
                .any(|e| matches!(e.kind, EntityKind::Country | EntityKind::Agency))
        })
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.start.cmp(&a.1 .1.start)));
    let (name, (_, at)) = best?;
    // "Wang" is "YunHe Wang" where the text gives the full name.
    Some((full_name(head, name), at))
}

/// The nouns of an unnamed attacker that describe a fraud ("Unknown
/// fraudsters"): in a story of another type, which CLASSIFICATION.md files
/// by how it was done (a business e-mail compromise is Phishing), they say
/// no more than "Unknown".
const FRAUD_NOUNS: &[&str] = &["fraudsters", "scammers"];

/// `attacker` once the type is known: an unqualified fraud noun ("Unknown
/// scammers") is "Unknown" unless the story is a Fraud; a known family's
/// botnet ("the Mozi botnet") is the family unless the story is a DDoS (the
/// botnet's flood is the deed; elsewhere the malware is).
pub(crate) fn for_type(ctx: &Context<'_>, attacker: Attacker, t: IncidentType) -> Attacker {
    if attacker.source == AttackerSource::Described && t != IncidentType::Ddos {
        if let Some(family) = botnet_family(ctx, &attacker.name) {
            return Attacker {
                name: family.to_string(),
                ..attacker
            };
        }
    }
    let fraud_noun = attacker.source == AttackerSource::Described
        && attacker
            .name
            .strip_prefix("Unknown ")
            .is_some_and(|noun| FRAUD_NOUNS.contains(&noun));
    if fraud_noun && t != IncidentType::Fraud {
        Attacker {
            name: "Unknown".to_string(),
            source: AttackerSource::Unknown,
            ..attacker
        }
    } else {
        attacker
    }
}

/// "Mozi botnet", "Mirai-based botnet": the family a described botnet is
/// named by, if the gazetteer knows it as software.
fn botnet_family<'n>(ctx: &Context<'_>, name: &'n str) -> Option<&'n str> {
    let head = name.strip_suffix(" botnet")?;
    let family = head
        .strip_suffix("-based")
        .or_else(|| head.strip_suffix("-variant"))
        .unwrap_or(head);
    ctx.gazetteer
        .lookup(family)
        .iter()
        .filter_map(|&id| ctx.gazetteer.get(id))
        .any(|e| e.kind == EntityKind::Software)
        .then_some(family)
}

/// Whether an actor mention's words are also a software family's name, with
/// no group word after them.
fn names_malware(ctx: &Context<'_>, m: &crate::gazetteer::Mention) -> bool {
    let software = ctx
        .gazetteer
        .lookup(&m.text)
        .iter()
        .filter_map(|&id| ctx.gazetteer.get(id))
        // A ransomware "family" that shares an actor's name is the gang
        // (MISP lists ShinyHunters and LAPSUS$ so).
        .any(|e| e.kind == EntityKind::Software && e.subkind.as_deref() != Some("ransomware"));
    // "Turla gang", or in apposition: "Turla, a Russian group".
    let apposition = ctx
        .text
        .get(m.span.end..)
        .is_some_and(|rest| rest.starts_with(", "))
        && group_word_follows(ctx, crate::Span::new(m.span.start, m.span.end + 1), 4);
    software && !group_word_follows(ctx, m.span, 1) && !apposition
}

/// Whether the text calls the software named at `span` ransomware: "X
/// ransomware", "ransomware known as X" ("called", "dubbed", "named").
fn called_ransomware_at(ctx: &Context<'_>, span: crate::Span) -> bool {
    let after = ctx
        .text
        .get(span.end..)
        .unwrap_or_default()
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric());
    if after.eq_ignore_ascii_case("ransomware") {
        return true;
    }
    // "SamSam, a ransomware strain", "Ryuk, an advanced ransomware": the
    // apposition says what it is.
    let apposition = ctx
        .text
        .get(span.end..)
        .unwrap_or_default()
        .strip_prefix(", ")
        .and_then(|rest| rest.strip_prefix("a ").or_else(|| rest.strip_prefix("an ")))
        .is_some_and(|rest| {
            rest.split_whitespace().take(3).any(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case("ransomware")
            })
        });
    if apposition {
        return true;
    }
    let before = ctx.before(span.start, 40).trim_end();
    ["known as", "called", "dubbed", "named"]
        .iter()
        .any(|verb| {
            before
                .strip_suffix(verb)
                .and_then(|b| b.trim_end().get(b.trim_end().len().saturating_sub(10)..))
                .is_some_and(|w| w.eq_ignore_ascii_case("ransomware"))
        })
}

/// Whether the name at `span` is set in apposition to a company
/// ("Robinhood, the commission-free trading app, disclosed ..."): a
/// company's word among the five words after ", the", ", a" or ", an",
/// before the next comma.
fn company_in_apposition(ctx: &Context<'_>, span: crate::Span) -> bool {
    const COMPANY_WORDS: &[&str] = &[
        "app",
        "company",
        "firm",
        "platform",
        "bank",
        "broker",
        "brokerage",
        "retailer",
        "maker",
        "manufacturer",
        "provider",
        "startup",
        "chain",
        "exchange",
        "publisher",
        "developer",
    ];
    let Some(rest) = apposition_after(ctx, span) else {
        return false;
    };
    let clause = rest.split([',', '.']).next().unwrap_or_default();
    clause
        .split_whitespace()
        .take(5)
        .any(|w| COMPANY_WORDS.contains(&w))
}

/// Whether one of the `words` words after `span` is a group's ("Cl0p
/// gang", "the Cl0p extortion gang").
fn group_word_follows(ctx: &Context<'_>, span: crate::Span, words: usize) -> bool {
    group_word_in(ctx.text.get(span.end..).unwrap_or_default(), words)
}

/// Whether the name at `span` is set in apposition to a group ("Cl0p, a
/// Russian-speaking extortion gang that exploited ..."): a group's word
/// among the four words after ", a", ", an" or ", the".
fn group_in_apposition(ctx: &Context<'_>, span: crate::Span) -> bool {
    apposition_after(ctx, span).is_some_and(|rest| group_word_in(rest, 4))
}

/// The text after the name at `span` when an apposition follows it (", a",
/// ", an" or ", the"), from the apposition's first word on.
fn apposition_after<'t>(ctx: &Context<'t>, span: crate::Span) -> Option<&'t str> {
    let after = ctx.text.get(span.end..)?;
    [", a ", ", an ", ", the "]
        .iter()
        .find_map(|a| after.strip_prefix(a))
}

/// Whether one of the first `words` words of `text` is a group's.
fn group_word_in(text: &str, words: usize) -> bool {
    text.split_whitespace().take(words).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        // "the Clop gang's campaign": the possessive's group.
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w);
        [
            "group",
            "gang",
            "actor",
            "actors",
            "operators",
            "team",
            "crew",
            "affiliates",
        ]
        .iter()
        .any(|g| g.eq_ignore_ascii_case(w))
    })
}

/// Whether the words right before `at` name what follows ("it calls",
/// "tracked as", "dubbed", "called", "known in Germany as", "known in the
/// security industry as").
fn introduced_here(ctx: &Context<'_>, at: usize) -> bool {
    let before = ctx.before(at, 40).trim_end();
    [
        " calls",
        " call",
        " called",
        " called themselves",
        " calling themselves",
        " call themselves",
        " calls itself",
        " called itself",
        " calling itself",
        " tracks as",
        " tracked as",
        " tracks the group as",
        " tracked the group as",
        " tracks the actor as",
        " dubbed",
        " named",
        " known as",
        " refers to as",
    ]
    .iter()
    .any(|cue| before.ends_with(cue))
        // "known in Germany as Snake".
        || before.ends_with(" as")
            && before
                .rsplit(' ')
                .take(6)
                .any(|w| w.eq_ignore_ascii_case("known"))
}

/// Whether the name at `at` is introduced as a tool ("a backdoor it calls
/// NOTROBIN", "malware dubbed X"): the thing, even where a community list
/// files an actor under the name.
fn introduced_as_tool(ctx: &Context<'_>, at: usize) -> bool {
    const TOOLS: &[&str] = &[
        "backdoor", "malware", "implant", "tool", "trojan", "loader", "dropper", "rootkit",
        "stealer", "wiper", "webshell", "miner",
    ];
    let before = ctx.before(at, 48).trim_end();
    let Some(head) = [" calls", " called", " dubbed", " named", " known as"]
        .iter()
        .find_map(|cue| before.strip_suffix(cue))
    else {
        return false;
    };
    // The tool's noun, or that noun and one word ("a backdoor it calls").
    head.rsplit(' ').take(2).any(|w| {
        let w = w.strip_suffix('s').unwrap_or(w);
        TOOLS.iter().any(|t| w.eq_ignore_ascii_case(t))
    })
}

/// Whether the sentence at `at` attributes the attack.
fn attributes(ctx: &Context<'_>, at: usize) -> bool {
    ctx.window_span(at, 200).is_some_and(|window| {
        ctx.words_in(window)
            .any(|w| ATTRIBUTION_WORDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
    })
}

/// The family among `families` (named before, in text order) whose
/// operator the actor at `span` is, in the words between them: "X is run by
/// a criminal group it calls Y", "X is operated by the group that
/// CrowdStrike tracks as Y".
fn family_operated_by(
    ctx: &Context<'_>,
    span: crate::Span,
    families: &[(crate::Span, Key)],
) -> Option<Key> {
    static OPERATED_BY: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"^(?: ransomware)? (?:is|are|was|were|has been|had been) (?:run|operated|deployed) by (?:(?:a|an|the) )?(?:[^.;:]{0,100}? (?:that|which|whom|it) (?:[A-Z][\w-]*(?: [A-Z][\w-]*)? )?(?:calls|tracks as|dubs|refers to as|names) )?$",
        )
    });
    // "Ryuk appeared in 2018. CrowdStrike tracks the criminal group behind
    // it as Wizard Spider": the family of the sentence before.
    static BEHIND_IT: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:tracks|calls|names|dubs|refers to) (?:the )?(?:[\w-]+ )?(?:group|gang|crew|operators?) behind (?:it|them|the ransomware|the malware|the strain) as $",
        )
    });
    /// How far back the family may be named for "behind it", in bytes.
    const BEHIND_IT_REACH: usize = 400;
    let (family_span, key) = families.last()?;
    let gap = ctx.text.get(family_span.end..span.start)?;
    let same_sentence = ctx.sentence_span(family_span.start) == ctx.sentence_span(span.start);
    let operated = same_sentence
        && gap.len() <= 160
        && OPERATED_BY.as_ref().is_some_and(|re| re.is_match(gap));
    let behind_it = || {
        gap.len() <= BEHIND_IT_REACH
            && BEHIND_IT
                .as_ref()
                .is_some_and(|re| re.is_match(ctx.before(span.start, 120)))
    };
    (operated || behind_it()).then(|| key.clone())
}

/// Whether `agency` is a unit of one of the agencies `named` ("GRU Unit
/// 74455" of the GRU).
fn unit_of_named_agency(
    ctx: &Context<'_>,
    agency: &str,
    named: &[&crate::gazetteer::Entity],
) -> bool {
    if named.is_empty() {
        return false;
    }
    ctx.gazetteer
        .lookup(agency)
        .into_iter()
        .filter_map(|id| ctx.gazetteer.get(id))
        .filter(|unit| unit.kind == EntityKind::Agency)
        .filter_map(|unit| unit.parent.as_deref())
        .any(|parent| {
            named
                .iter()
                .any(|e| e.id.strip_prefix("agency:").unwrap_or(&e.id) == parent)
        })
}

/// Whether the words right before `at` attribute the attack (or its
/// malware) to what stands there: "attributed the operation to",
/// "attribute it to the", "a variant developed by", "several firms point
/// to".
fn attributed_to(ctx: &Context<'_>, at: usize) -> bool {
    static ATTRIBUTED_TO: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:attribut(?:e|ed|es) (?:the |this |that |these )?(?:attacks?|operations?|intrusions?|breach(?:es)?|incidents?|campaigns?|hacks?|strain|ransomware|malware|it|them) to|(?:developed|created|operated|deployed) by|(?:firms|companies|researchers|investigators|analysts|experts|evidence|clues) (?:all )?(?:point|pointed) to) (?:the )?$",
        )
    });
    let Some(re) = ATTRIBUTED_TO.as_ref() else {
        return false;
    };
    let from = (at.saturating_sub(60)..at)
        .find(|&i| ctx.text.is_char_boundary(i))
        .unwrap_or(at);
    ctx.text
        .get(from..at)
        .is_some_and(|before| re.is_match(before))
}

/// The clause of `span`'s sentence right before it (at most 300 bytes) or
/// right after it: a bounded read however long the sentence.
fn clause_before(ctx: &Context<'_>, span: crate::Span) -> Option<crate::Span> {
    let w = ctx.window_span(span.start, 300)?;
    Some(crate::Span::new(w.start, span.start))
}

/// See [`clause_before`].
fn clause_after(ctx: &Context<'_>, span: crate::Span) -> Option<crate::Span> {
    let w = ctx.window_span(span.start, span.end - span.start + 300)?;
    Some(crate::Span::new(span.end, w.end.max(span.end)))
}

/// Words that deny an attribution.
const ATTRIBUTION_DENIED: &[&str] = &[
    "did not attribute",
    "not been attributed",
    "was not attributed",
    "declined to attribute",
    "stopped short of attributing",
    "did not blame",
    "not been linked",
    "did not connect",
    "not connected",
    "does not prove",
    "did not prove",
    "do not prove",
    "no one has attributed",
    "nobody has attributed",
    "has not linked",
    "have not linked",
    // "a group calling itself AnonPlus claimed an intrusion into another
    // party's website, a separate incident with no connection to Rousseau".
    "a separate incident",
    "an unrelated incident",
    "a separate attack",
    "an unrelated attack",
    "no connection to",
];

/// Words after a name by which the writer denies that it did this
/// ("NB65 ... acts against Russian targets; nothing links it to the attack
/// on Ukrtelecom"): the actor is none of the story's, in any mention.
const NOTHING_LINKS: &[&str] = &[
    "nothing links it to",
    "nothing links them to",
    "nothing ties it to",
    "nothing ties them to",
    "nothing connects it to",
    "nothing connects them to",
    "there is nothing to link it to",
    "there is nothing to link them to",
];

/// Whether the rest of the sentence of `span` says [`NOTHING_LINKS`].
fn nothing_links_after(ctx: &Context<'_>, span: crate::Span) -> bool {
    static DENIED: LazyLock<super::AnyOf> = LazyLock::new(|| super::AnyOf::new(NOTHING_LINKS));
    clause_after(ctx, span)
        .and_then(|c| c.slice(ctx.text))
        .is_some_and(|rest| DENIED.in_text(rest))
}

/// Whether the rest of the sentence of `span` (at most 300 bytes) denies
/// an attribution: the group named is not said to be this attack's.
fn attribution_denied_after(ctx: &Context<'_>, span: crate::Span) -> bool {
    let rest = clause_after(ctx, span)
        .and_then(|c| c.slice(ctx.text))
        .unwrap_or_default();
    static DENIED: LazyLock<super::AnyOf> = LazyLock::new(|| super::AnyOf::new(ATTRIBUTION_DENIED));
    DENIED.in_text(rest)
}

/// Whether the words right before the name at `span` deny a relation to it
/// ("Odinaff does not appear to be related to the Lazarus group") or set it
/// in another case ("a separate piracy case against members of Team
/// Xecuter").
fn relation_denied_before(ctx: &Context<'_>, span: crate::Span) -> bool {
    static DENIED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?-u:\b)(?:not|no longer|never)\s+(?:appear\s+to\s+be\s+|seem\s+to\s+be\s+|believed\s+to\s+be\s+|been\s+|be\s+)?(?:related|linked|connected|tied)\s+to\s+(?:the\s+)?$|(?-u:\b)separate\s+(?:[a-z]+\s+){0,2}(?:case|cases|investigation|prosecution)\s+against\s+(?:members\s+of\s+)?(?:the\s+)?$",
        )
    });
    DENIED
        .as_ref()
        .is_some_and(|re| re.is_match(ctx.before(span.start, 60)))
}

/// Whether the sentence of `span` opens with "N years later" ("Three years
/// later a group calling itself ...", "A year later,"): another incident's
/// time, whatever the name.
fn years_later(ctx: &Context<'_>, span: crate::Span) -> bool {
    let Some(sentence) = ctx.sentence_span(span.start) else {
        return false;
    };
    let opening = ctx.text.get(sentence.start..span.start).unwrap_or_default();
    let mut words = opening.split_whitespace();
    let (Some(count), Some(unit), Some(later)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let count = count.to_ascii_lowercase();
    let counted = count.bytes().all(|b| b.is_ascii_digit())
        || [
            "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ]
        .contains(&count.as_str());
    counted && matches!(unit, "year" | "years") && later.trim_end_matches(',') == "later"
}

/// The year the story is set in: the first one its first sentence writes,
/// or else its opening paragraph ("The patch ... was part of the release
/// on 14 January 2020").
fn story_year(ctx: &Context<'_>) -> Option<u32> {
    years_in(ctx, ctx.first_sentence()?)
        .next()
        .or_else(|| years_in(ctx, *ctx.body.first()?).next())
}

/// The years (1900 to 2099) written as words of `span` ("2022", not
/// "2022-23" or "CVE-2022-...").
/// "a web shell manager popular among Chinese hackers": those who use a
/// tool in general, not whoever acted here.
fn users_of_a_tool(ctx: &Context<'_>, at: usize) -> bool {
    const MARKERS: &[&str] = &[
        "popular among ",
        "popular with ",
        "favoured by ",
        "favored by ",
        "widely used by ",
        "commonly used by ",
        "often used by ",
    ];
    let before = ctx.before(at, 24).to_ascii_lowercase();
    MARKERS.iter().any(|m| before.ends_with(m))
}

/// Whether the sentence of `span` opens with a date before `story_year`
/// ("In March 2021,", "In 2019,", "In late 2023 an Iran-linked group", "In
/// March last year", "Last year").
pub(super) fn opens_with_earlier_date(
    ctx: &Context<'_>,
    span: crate::Span,
    story_year: u32,
) -> bool {
    // Parts of the year that may stand between "In" and the year, as a
    // month's name may.
    const PARTS: &[&str] = &[
        "early", "late", "mid", "mid-", "spring", "summer", "autumn", "fall", "winter",
    ];
    let Some(sentence) = ctx
        .sentence_span(span.start)
        .and_then(|sentence| sentence.slice(ctx.text))
    else {
        return false;
    };
    // "Last year, ...", "In March last year the intelligence company ...".
    if sentence.starts_with("Last year") {
        return true;
    }
    let Some(rest) = sentence.strip_prefix("In ") else {
        return false;
    };
    let earlier_year = |word: &str| {
        let word = word.strip_suffix(',').unwrap_or(word);
        word.len() == 4
            && word
                .parse::<u32>()
                .is_ok_and(|y| (1990..story_year).contains(&y))
    };
    let mut words = rest.splitn(4, ' ');
    let first = words.next().unwrap_or_default();
    let qualified = super::MONTHS.contains(&first) || PARTS.contains(&first);
    earlier_year(first)
        || qualified
            && match words.next() {
                Some("last") => words.next().is_some_and(|w| w.starts_with("year")),
                next => next.is_some_and(earlier_year),
            }
}

fn years_in<'c>(ctx: &'c Context<'_>, span: crate::Span) -> impl Iterator<Item = u32> + 'c {
    let bytes = ctx.text.as_bytes();
    ctx.tokens_in(span).filter_map(move |t| {
        let word = bytes.get(t.span.start..t.span.end)?;
        let standalone =
            t.span.start == 0 || !matches!(bytes.get(t.span.start - 1), Some(b'-' | b'/' | b'.'));
        let year = match word {
            [b'1', b'9', c, d] | [b'2', b'0', c, d] if c.is_ascii_digit() && d.is_ascii_digit() => {
                std::str::from_utf8(word).ok()?.parse().ok()?
            }
            _ => return None,
        };
        standalone.then_some(year)
    })
}

/// Whether the sentence of `span` sets it before `story_year`: the last
/// year written before it in the sentence is earlier ("In early 2022 the
/// LAPSUS$ group had ...").
fn set_before(ctx: &Context<'_>, span: crate::Span, story_year: u32) -> bool {
    clause_before(ctx, span)
        .and_then(|before| years_in(ctx, before).last())
        .is_some_and(|y| y < story_year)
}

/// Whether the words right after `span`, up to a comma, date what it did
/// before the story ("the same weakness that the Mirai botnet exploited in
/// 2016, and ...", "defaced by Algerian hackers last year"): "last year",
/// or a year earlier than the story's, or than the first the body writes
/// when its opening gives none.
pub(super) fn dated_earlier_after(
    ctx: &Context<'_>,
    span: crate::Span,
    reference: Option<u32>,
) -> bool {
    let Some(after) = clause_after(ctx, span) else {
        return false;
    };
    let head = after.slice(ctx.text).unwrap_or_default();
    let head = head.split([',', ';', ':']).next().unwrap_or_default();
    let words: Vec<&str> = head.split_whitespace().take(6).collect();
    if words
        .windows(2)
        .any(|w| matches!(w, ["last", year] if year.trim_end_matches('.') == "year"))
    {
        return true;
    }
    let Some(year) = words
        .windows(2)
        .find_map(|w| match w {
            ["in", year] => year.trim_end_matches('.').parse::<u32>().ok(),
            _ => None,
        })
        .filter(|y| (1990..2100).contains(y))
    else {
        return false;
    };
    reference.is_some_and(|r| year < r)
}

/// The year a sentence's earlier date is compared with: the story's year or
/// the first the body writes ([`reference_year`]).
pub(super) fn year_of_the_story(ctx: &Context<'_>) -> Option<u32> {
    reference_year(ctx, story_year(ctx))
}

/// The story's year ([`story_year`]), or else the first year the body
/// writes: what [`dated_earlier_after`] compares with.
fn reference_year(ctx: &Context<'_>, story_year: Option<u32>) -> Option<u32> {
    story_year.or_else(|| {
        ctx.body
            .iter()
            .find_map(|&paragraph| years_in(ctx, paragraph).next())
    })
}

/// A named incident of a given year, then the attribution of it, right
/// before a name: "the 2022 Ronin Bridge theft that the FBI attributed to
/// North Korea's".
static OTHER_INCIDENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)the (?:19|20)\d\d ((?:[A-Z][\w.-]*\s+){1,3})(?:theft|hack|heist|attack|breach|intrusion|campaign|compromise|robbery)\s+(?:that|which)(?-u:\b)[^,;.]*(?-u:\b)(?:attributed to|blamed on|linked to|tied to|pinned on)\s+(?:[\w'\x{2019}]+\s+){0,3}$",
    )
});

/// "blamed Russian military intelligence for the Kyivstar attack": the
/// incident named right after a culprit, group 1 its name.
static BLAMED_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"^,? (?:for|over) the ((?:[A-Z][\w.-]*\s+){1,3})(?:attacks?|hacks?|breach|intrusion|outage|heist|theft|incident)(?-u:\b)",
    )
});

/// Whether the culprit ending at `end` is blamed for an incident the lead
/// does not name ("... later blamed Russian military intelligence for the
/// Kyivstar attack", in a story about another bank's outage): another
/// incident's culprit.
fn blamed_for_another_incident(ctx: &Context<'_>, end: usize) -> bool {
    let Some(re) = BLAMED_FOR.as_ref() else {
        return false;
    };
    let to = super::floor_char_boundary(ctx.text, end.saturating_add(80).min(ctx.text.len()));
    let after = ctx.text.get(end..to).unwrap_or_default();
    // "blamed North Korea's Lazarus Group for a string of thefts from
    // exchanges": a record of others, never this one.
    const SERIES: &[&str] = &[
        " for a string of ",
        " for a series of ",
        " for a wave of ",
        " for a spate of ",
        " for a run of ",
        " for a number of ",
        " for dozens of ",
        " for many of ",
    ];
    if SERIES.iter().any(|p| after.starts_with(p)) {
        return true;
    }
    if !after.starts_with(" for the ") && !after.starts_with(" over the ") {
        return false;
    }
    let Some(incident) = re.captures(after).and_then(|c| c.get(1)) else {
        return false;
    };
    let Some(lead) = ctx.body.first().and_then(|s| s.slice(ctx.text)) else {
        return false;
    };
    let name = incident
        .as_str()
        .split_whitespace()
        .next()
        .unwrap_or_default();
    !name.is_empty() && !lead.contains(name)
}

/// "blamed North Korea for the ", "attributed the theft to X over the
/// 2017 ": the words before a family that names an incident blamed on
/// someone.
static BLAMED_FOR_THE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:blamed|blames|blaming|accused|accuses|held)\s+[^.;:]{1,60}?\s+(?:for|over)\s+the\s+(?:(?:19|20)\d\d\s+)?$",
    )
});

/// Whether the family named at `span` names an incident someone is blamed
/// for ("blamed North Korea for the WannaCry ransomware outbreak"), one the
/// lead does not name and the text names nowhere else.
fn family_of_an_incident_blamed(ctx: &Context<'_>, span: crate::Span) -> bool {
    let Some(re) = BLAMED_FOR_THE.as_ref() else {
        return false;
    };
    let incident = incident_follows(
        ctx,
        span,
        &[" ransomware ", " malware ", " worm ", " "],
        &["outbreak", "attack", "epidemic", "campaign", "infections"],
        30,
    );
    if !incident || !re.is_match(ctx.before(span.start, 120)) {
        return false;
    }
    let name = span.slice(ctx.text).unwrap_or_default();
    let in_lead = ctx
        .body
        .first()
        .and_then(|s| s.slice(ctx.text))
        .is_some_and(|lead| lead.contains(name));
    !in_lead && ctx.may_scan_text() && !super::written_again(ctx.text, name, span)
}

/// Whether an incident's noun follows the name at `span`, within `reach`
/// bytes, after one of `joins` ("Conti ransomware attack", "WannaCry
/// ransomware outbreak").
fn incident_follows(
    ctx: &Context<'_>,
    span: crate::Span,
    joins: &[&str],
    nouns: &[&str],
    reach: usize,
) -> bool {
    let after = ctx.text.get(span.end..).unwrap_or_default();
    let after = after.get(..after.len().min(reach)).unwrap_or(after);
    joins
        .iter()
        .filter_map(|p| after.strip_prefix(p))
        .any(|rest| nouns.iter().any(|w| rest.starts_with(w)))
}

/// Whether the actor named at `span` is given as the culprit of another
/// incident, one the text names only there ("the 2022 Ronin Bridge theft
/// that the FBI attributed to Lazarus Group", in a story about another
/// theft).
fn culprit_of_another_incident(ctx: &Context<'_>, span: crate::Span) -> bool {
    let Some(re) = OTHER_INCIDENT.as_ref() else {
        return false;
    };
    // The pattern spans a clause: the last 300 bytes of the sentence before
    // the name hold it.
    let Some(clause) = clause_before(ctx, span) else {
        return false;
    };
    let Some(before) = clause.slice(ctx.text) else {
        return false;
    };
    let from = clause.start;
    // Cheap gate: the words of the pattern.
    if !before.contains(" to ") && !before.contains(" on ") {
        return false;
    }
    let Some(incident) = re.captures(before).and_then(|c| c.get(1)) else {
        return false;
    };
    let name = incident.as_str().trim();
    let at = from + incident.start();
    ctx.may_scan_text()
        && !super::written_again(ctx.text, name, crate::Span::new(at, at + name.len()))
}

/// "has not said which ransomware", "declined to name the ransomware
/// strain", "did not disclose what kind of ransomware": the victim keeps the
/// family to itself.
static FAMILY_WITHHELD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?i)(?-u:\b)(?:has|have|had|did|does|would|will)\s*(?:not|n't)\s+(?:yet\s+)?(?:said|say|named|name|disclosed|disclose|identified|identify|revealed|reveal|confirmed|confirm)\s+(?:which|what|the)\s+(?:kind\s+of\s+|type\s+of\s+|strain\s+of\s+|family\s+of\s+)?ransomware|(?:declined|refused)\s+to\s+(?:say|name|disclose|identify|reveal)\s+(?:which|what|the)\s+(?:kind\s+of\s+|type\s+of\s+|strain\s+of\s+)?ransomware",
    )
});

/// Whether the description at `at` is in apposition to an actor the text
/// names ("Cozy Bear, a Russian hacking group"): it says what that actor is,
/// and that actor, not a candidate, is no one's culprit here.
fn describes_a_named_actor(ctx: &Context<'_>, at: usize) -> bool {
    let before = ctx.before(at, 8);
    let mut rest = before;
    for article in ["a ", "an ", "the ", "A ", "An ", "The "] {
        if let Some(r) = rest.strip_suffix(article) {
            rest = r;
            break;
        }
    }
    let Some(rest) = rest.strip_suffix(", ") else {
        return false;
    };
    let end = at - (before.len() - rest.len());
    // The mentions are in order of their starts: the few that start before
    // `end`, nearest first.
    let to = ctx.mentions.partition_point(|m| m.span.start < end);
    ctx.mentions
        .get(..to)
        .unwrap_or_default()
        .iter()
        .rev()
        .take(4)
        .any(|m| m.span.end == end && m.kind == EntityKind::Actor)
}

/// Whether the opening paragraph tells of several groups at once: "three
/// separate hacking groups", "five state-backed hacking groups", "the gangs
/// behind".
fn several_groups_in_lead(ctx: &Context<'_>) -> bool {
    static SEVERAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|[2-9]|1[0-9]) (?:[\w-]+ ){0,3}?(?:groups|gangs|clusters|actors|crews)|the (?:gangs|groups) behind)(?-u:\b)",
        )
    });
    let Some(re) = SEVERAL.as_ref() else {
        return false;
    };
    ctx.body
        .first()
        .and_then(|lead| lead.slice(ctx.text))
        .is_some_and(|lead| re.is_match(lead))
}

/// "Who is behind the attacks remains unknown", "It was not clear who
/// published the data", "no group has claimed responsibility", "No group
/// has been publicly blamed for the attack", "Officials
/// did not name a specific group", "no government or security company has
/// publicly attributed it": the text says
/// the culprit is not known (not merely that the victim has not said who).
static CULPRIT_UNKNOWN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?i)(?-u:\b)(?:(?:(?:not|n't)\s+(?:yet\s+)?(?:known|clear)|unclear|nothing\s+is\s+known\s+about)\s+who\s+(?:was\s+|is\s+|were\s+|are\s+|had\s+been\s+)?(?:behind|responsible|published|carried|operated)|who\s+(?:was|is|were|are)\s+behind\s+(?:the|this|these|it)(?:\s+\w+){0,2}?\s+(?:remains?|is|was)\s+(?:unknown|unclear)|(?:no\s+one|nobody|no\s+group)\s+(?:has\s+|had\s+)?(?:yet\s+|publicly\s+)?claimed|no\s+(?:one|group|actor|gang)\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:publicly\s+|officially\s+|formally\s+)?(?:blamed|named|identified)|(?:(?:did|does|do|have|has|had)\s+not|declined\s+to|refused\s+to)\s+(?:yet\s+|publicly\s+)?(?:name|named|identify|identified)\s+(?:a|any)\s+(?:specific\s+|particular\s+|single\s+)?(?:group|actor|culprit|perpetrator|suspect)|no\s+(?:one|government|country|company|vendor|agency|security\s+(?:company|firm|vendor))(?:\s+or\s+(?:[a-z]+\s+){0,2}?(?:company|firm|vendor|researchers?|agency|government))?\s+(?:has|have|had)\s+(?:yet\s+)?(?:publicly\s+|officially\s+|formally\s+)?(?:attributed|blamed)\s+(?:it|the|this)|(?:attacker|hacker|culprit|perpetrator|thief|thieves)s?(?:'s|s')?\s+identity(?:\s+and\s+\w+)?\s+(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:unknown|unclear|a\s+mystery))",
    )
});

/// Whether the body says no one is known to be the culprit
/// ([`CULPRIT_UNKNOWN`]).
fn culprit_unknown(ctx: &Context<'_>) -> bool {
    static GATE: LazyLock<super::AnyOf> = LazyLock::new(|| {
        super::AnyOf::new(&[
            "who ",
            "claimed",
            " name",
            " identif",
            " identit",
            "attributed",
            "blamed",
        ])
    });
    let Some(re) = CULPRIT_UNKNOWN.as_ref() else {
        return false;
    };
    ctx.body.iter().any(|span| {
        span.slice(ctx.text)
            .is_some_and(|line| GATE.in_text(line) && re.is_match(line))
    })
}

/// Whether the body says the victim has not told which ransomware hit it.
fn family_withheld(ctx: &Context<'_>) -> bool {
    let Some(re) = FAMILY_WITHHELD.as_ref() else {
        return false;
    };
    // Cheap gates first: the pattern needs "ransomware" and a negation.
    static RANSOMWARE: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&["ransomware"]));
    static NEGATION: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&[" not ", "n't ", "declined", "refused"]));
    let gate = |line: &str| RANSOMWARE.in_text(line) && NEGATION.in_text(line);
    ctx.body
        .iter()
        .filter_map(|line| line.slice(ctx.text))
        .any(|line| gate(line) && re.is_match(line))
}

/// The names the text introduces for a researcher or an ethical hacker ("a
/// self-described ethical hacker calling himself Evariste Gal0is published
/// a report"): who found the flaw, not who exploited it.
fn researchers_introduced<'t>(ctx: &Context<'t>) -> FastSet<&'t str> {
    const FINDERS: &[&str] = &[
        "ethical hacker",
        "white-hat",
        "white hat",
        "security researcher",
        "bug hunter",
    ];
    ctx.mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Actor && m.entity.is_none() && m.candidates.is_empty())
        .filter(|m| {
            let before = ctx.before(m.span.start, 60);
            let introduced = introduced_here(ctx, m.span.start)
                || [" himself ", " herself ", " themselves "]
                    .iter()
                    .any(|w| before.ends_with(w));
            introduced && FINDERS.iter().any(|f| before.contains(f))
        })
        .filter_map(|m| m.span.slice(ctx.text))
        .collect()
}

/// Whether the mention `m` names, with an ordinary word, the movement
/// another actor of the text belongs to: "a hacking group aligned with the
/// Anonymous movement", "NB65, affiliated with #Anonymous". The movement is
/// not the story's attacker where the text names another actor (which the
/// caller checks).
fn named_as_movement(ctx: &Context<'_>, m: &Mention) -> bool {
    let before = ctx.before(m.span.start, 40);
    let before = before.strip_suffix('#').unwrap_or(before);
    let before = before.strip_suffix("the ").unwrap_or(before);
    let affiliated = ["affiliated with ", "aligned with ", "allied with "]
        .iter()
        .any(|p| before.ends_with(p));
    let movement = ctx
        .text
        .get(m.span.end..)
        .is_some_and(|after| after.starts_with(" movement"));
    (affiliated || movement) && ctx.gazetteer.alias_flags(&m.alias).common_word
}

/// The phrases that set an incident among others listed ("adds to a long
/// list of", "is the latest in a string of").
const OTHERS_LISTED: &[&str] = &[
    "adds to a long list of ",
    "adds to a list of ",
    "adds to a string of ",
    "adds to a growing list of ",
    "add to a long list of ",
    "add to a list of ",
    "add to a string of ",
    "add to a growing list of ",
    "adds to a run of ",
    "add to a run of ",
    "adds to a series of ",
    "add to a series of ",
    "adds to a wave of ",
    "add to a wave of ",
    "added to a long list of ",
    "added to a list of ",
    "added to a string of ",
    "added to a growing list of ",
    "added to a run of ",
    "added to a series of ",
    "added to a wave of ",
    // "Michigan has seen other education-related cyber incidents this
    // year: in May, ... the NetWalker ransomware".
    "has seen other ",
    "have seen other ",
    "had seen other ",
    "has suffered other ",
    "have suffered other ",
    "is the latest in a long line of ",
    "is the latest in a string of ",
    "is the latest in a series of ",
    "joins a long list of ",
    // "Observers were quick to draw comparisons with Germany. In 2015 ...".
    "comparisons with ",
    "comparison with ",
    // "The takedown follows other multinational operations ... In June 2014
    // an operation disrupted the CryptoLocker ransomware".
    "follows other ",
    "follows earlier ",
    "follows similar ",
    "followed other ",
    "followed earlier ",
    "followed similar ",
    // "The findings arrived at a moment of heightened concern about
    // routers. In May Microsoft warned that Volt Typhoon ...".
    "at a moment of ",
    "at a time of ",
    "comes amid ",
    "came amid ",
    "arrives amid ",
    "arrived amid ",
];

/// The searchers of [`OTHERS_LISTED`], built once.
static OTHERS_LISTED_ANY: LazyLock<super::AnyOf> =
    LazyLock::new(|| super::AnyOf::new(OTHERS_LISTED));

/// Openings of a sentence that tells another case than the story's.
pub(super) const OTHER_CASE_OPENINGS: &[&str] = &[
    // Another case, set beside this one ("By comparison, the ICO said
    // last year it would fine British Airways over the skimming attack
    // researchers attributed to a Magecart group").
    "By comparison",
    "In comparison",
    "For comparison",
    // An example of the kind, not this case ("The best-known case, the
    // LoJax rootkit that ESET attributed to the Sednit group, ...").
    "The best-known case",
    "The best-known example",
    "The most famous case",
    "The most famous example",
    "A well-known example",
    "One well-known example",
    "A notable example",
];

/// `opening` past the words that make its time approximate ("Almost
/// exactly a year earlier" gives "A year earlier"), its first letter
/// capitalised; `None` when it opens with none of them.
fn without_approximation(opening: &str) -> Option<String> {
    const APPROXIMATE: &[&str] = &[
        "almost ", "nearly ", "exactly ", "roughly ", "about ", "some ", "just ", "only ",
    ];
    let mut rest = opening;
    loop {
        let next = APPROXIMATE.iter().find_map(|w| {
            rest.get(..w.len())
                .filter(|head| head.eq_ignore_ascii_case(w))
                .and_then(|_| rest.get(w.len()..))
        });
        match next {
            Some(r) => rest = r,
            None => break,
        }
    }
    if rest.len() == opening.len() {
        return None;
    }
    let mut chars = rest.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// Whether `opening` starts with one of `openings` as whole words (a space
/// or a comma after it).
pub(super) fn opens_with_any(opening: &str, openings: &[&str]) -> bool {
    openings.iter().any(|o| {
        opening
            .strip_prefix(o)
            .is_some_and(|rest| rest.starts_with([' ', ',']))
    })
}

/// Whether the name at `span` stands in a sentence that opens on an
/// earlier time ("Earlier this month", "Last year", "Weeks earlier") or
/// follows one that sets this attack "after another", and the text writes
/// it nowhere else: an earlier incident told as background.
fn in_background_sentence(ctx: &Context<'_>, span: crate::Span) -> bool {
    const OPENINGS: &[&str] = &[
        "Earlier this week",
        "Earlier this month",
        "Earlier this year",
        "Earlier in the year",
        "Last week",
        "Last month",
        "Last year",
        "Days earlier",
        "Weeks earlier",
        "Months earlier",
        "A year earlier",
        "Previously",
        // Later events, in a story about an earlier one ("A year after
        // DerpTrolling's campaign, the group Lizard Squad took down ...").
        "A year after",
        "Years after",
        "A year later",
        "Months later",
        "Years later",
        "Later that year",
    ];
    let Some(sentence) = ctx.sentence_span(span.start) else {
        return false;
    };
    let opening = ctx.text.get(sentence.start..span.start).unwrap_or_default();
    let earlier = opens_with_any(opening, OPENINGS)
        || opens_with_any(opening, OTHER_CASE_OPENINGS)
        || without_approximation(opening).is_some_and(|o| opens_with_any(&o, OPENINGS));
    // "The disclosure arrives days after Microsoft said the Russian group
    // Midnight Blizzard had read ...", "The charges came less than a week
    // after ...": the sentence sets this story shortly after another, which
    // the rest of it tells.
    let shortly_after = || {
        static SHORTLY_AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
            super::lexicon::ascii_regex(
                r"^(?:The|This|It|That|Its)\s[^,.;:]{0,60}?(?-u:\b)(?:comes?|came|arrives?|arrived)\s+(?:just\s+|only\s+|barely\s+|less\s+than\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+)?(?:(?:a|one|two|three|four|five|six|several|a\s+few)\s+)?(?:days?|weeks?|months?|hours?)\s+after\s",
            )
        });
        SHORTLY_AFTER
            .as_ref()
            .is_some_and(|re| re.is_match(opening))
    };
    // "The attack came five weeks after another intrusion at a Portuguese
    // company. On 2 January the Lapsus$ group took down ...": the sentence
    // after one that sets this attack after another tells of that one.
    let after_another = || {
        let sentences = ctx.sentences();
        let i = sentences.partition_point(|s| s.end <= sentence.start);
        i.checked_sub(1)
            .and_then(|p| sentences.get(p))
            .and_then(|previous| previous.slice(ctx.text))
            .is_some_and(|previous| {
                let after = previous.len() <= 400
                    && memchr::memmem::find(previous.as_bytes(), b" after another ").is_some()
                    && memchr::memmem::find(previous.as_bytes(), b" said").is_none();
                // "The action is the latest in a string of botnet takedowns.
                // Microsoft seized domains of the Waledac botnet ...": a short
                // sentence that announces a list of others.
                let announced = previous.len() <= 160 && OTHERS_LISTED_ANY.in_text(previous);
                after || announced
            })
    };
    // "The incident adds to a long list of cyber operations in the Gulf,
    // from the Shamoon attack ... to the hijacking of news accounts by the
    // Syrian Electronic Army": others' incidents, listed. The phrase opens
    // the sentence: its first 200 bytes are read, however long it is.
    let list_of_others = || {
        /// How far into the sentence the list phrase is looked for, in bytes.
        const LIST_REACH: usize = 200;
        let head = opening
            .get(..super::floor_char_boundary(opening, LIST_REACH))
            .unwrap_or(opening);
        OTHERS_LISTED_ANY.in_text(head)
    };
    // "researchers later linked that heist to the North Korea-associated
    // Lazarus Group" (the heist told before, not this one),
    // "researchers have linked earlier examples to North Korea's Lazarus
    // Group", "an earlier campaign blamed on Chinese hackers": the culprit
    // of the earlier cases.
    let linked_to_earlier = || {
        static LINKED_EARLIER: LazyLock<Option<Regex>> = LazyLock::new(|| {
            super::lexicon::ascii_regex(
                r"(?i)(?:(?-u:\b)(?:linked|tied|attributed|traced)\s+(?:earlier|previous|past|similar|other|older|that|those)\s+(?:examples?|attacks?|incidents?|thefts?|heists?|cases?|campaigns?|operations?|intrusions?)\s+to|(?-u:\b)(?:earlier|previous|past|prior|separate|older)\s+(?:[a-z]+\s+)?(?:campaigns?|attacks?|breach(?:es)?|intrusions?|incidents?|operations?|hacks?|thefts?)\s+(?:that\s+(?:was|were)\s+|which\s+(?:was|were)\s+)?(?:blamed\s+on|attributed\s+to|linked\s+to|tied\s+to|pinned\s+on))\s+(?:[\w'\x{2019}-]+\s+){0,3}$",
            )
        });
        LINKED_EARLIER
            .as_ref()
            .is_some_and(|re| re.is_match(ctx.before(span.start, 120)))
    };
    // Named only in that sentence (twice there is still background).
    (earlier || shortly_after() || after_another() || list_of_others() || linked_to_earlier())
        && ctx.may_scan_text()
        && span
            .slice(ctx.text)
            .is_some_and(|name| !super::written_again(ctx.text, name, sentence))
}

/// Whether the sentence after the one naming `span` denies any link between
/// the cases it told and this one ("... where a seller calling themselves
/// Golem advertised the data. Nothing connects those cases to Roku beyond
/// the method."), and the text names it nowhere else.
fn link_denied_next(ctx: &Context<'_>, span: crate::Span) -> bool {
    /// Openings of a sentence that deny a link.
    const DENIALS: &[&str] = &[
        "Nothing connects ",
        "Nothing links ",
        "Nothing ties ",
        "Neither case ",
        "Neither incident ",
        "None of those ",
        "None of these ",
        "There is no evidence linking ",
        "No link ",
        "Neither has been ",
        "Neither have been ",
        "Neither group has ",
    ];
    /// How long the denying sentence may be, in bytes.
    const REACH: usize = 200;
    let Some(sentence) = ctx.sentence_span(span.start) else {
        return false;
    };
    let sentences = ctx.sentences();
    let i = sentences.partition_point(|s| s.end <= sentence.start);
    let denied = sentences
        .get(i + 1)
        .and_then(|next| next.slice(ctx.text))
        .is_some_and(|next| next.len() <= REACH && DENIALS.iter().any(|d| next.starts_with(d)));
    denied
        && ctx.may_scan_text()
        && span
            .slice(ctx.text)
            .is_some_and(|name| !super::written_again(ctx.text, name, sentence))
}

/// Whether the description at `at` is whom people hit work for ("people
/// thought to work for the German intelligence services"): an employer, not
/// the attacker.
fn employer_of_people_hit(ctx: &Context<'_>, at: usize) -> bool {
    let before = ctx.before(at, 24);
    [
        "work for the ",
        "works for the ",
        "worked for the ",
        "working for the ",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// Whether the name at `span` is one capitalised word ("Coronavirus",
/// opening a title) that the text writes capitalised only where every word
/// is (a line's or a sentence's first word) and in lower case elsewhere as
/// a common word ("coronavirus fears"): the word, not the family named
/// after it.
fn common_word_capitalised(ctx: &Context<'_>, span: crate::Span) -> bool {
    let name = span.slice(ctx.text).unwrap_or_default();
    let mut chars = name.chars();
    let titlecase = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && name.len() >= 4
        && chars.all(|c| c.is_ascii_lowercase());
    // Two searches of the whole text per candidate: within the budget only.
    if !titlecase || !ctx.may_scan_text() {
        return false;
    }
    let text = ctx.text;
    let bytes = text.as_bytes();
    let char_before = |i: usize| text.get(..i).and_then(|t| t.chars().next_back());
    let char_after = |i: usize| text.get(i..).and_then(|t| t.chars().next());
    // Each capitalised occurrence opens a line, a sentence or a title (a
    // reference's title follows its outlet, which the context blanks).
    let forced_capital = |i: usize| {
        let lead = text
            .get(..i)
            .unwrap_or_default()
            .trim_end_matches([' ', '"', '\u{201C}', '\'', '\u{2018}']);
        lead.is_empty() || lead.ends_with(['\n', '.', ':', '!', '?', '-'])
    };
    let whole_word = |i: usize, len: usize| {
        !char_before(i).is_some_and(char::is_alphanumeric)
            && !char_after(i + len).is_some_and(char::is_alphanumeric)
    };
    let capitalised_only_where_forced = memchr::memmem::find_iter(bytes, name)
        .take(64)
        .filter(|&i| whole_word(i, name.len()))
        .all(forced_capital);
    if !capitalised_only_where_forced {
        return false;
    }
    // A lower-case occurrence in prose: between spaces or punctuation, not
    // inside an address or a file name ("/coronavirus-lures").
    let lower = name.to_ascii_lowercase();
    memchr::memmem::find_iter(bytes, &lower).take(64).any(|i| {
        char_before(i).is_some_and(|c| matches!(c, ' ' | '"' | '(' | '\u{201C}'))
            && char_after(i + lower.len()).is_some_and(|c| {
                matches!(
                    c,
                    ' ' | ',' | '.' | ';' | ':' | '!' | '?' | ')' | '"' | '\u{201D}'
                )
            })
    })
}

/// Whether the name at `span` names who once hit another organisation the
/// text mentions ("Allied Universal, which was itself hit by the Maze
/// ransomware gang in 2019"), and the text names it nowhere else.
fn hit_itself(ctx: &Context<'_>, span: crate::Span) -> bool {
    static ITSELF: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?-u:\b)(?:was|were|had\s+been|has\s+been)\s+itself\s+(?:hit|attacked|breached|targeted|hacked)\s+by\s+(?:the\s+)?$|(?-u:\b)itself\s+(?:a\s+|the\s+)?victim\s+of\s+(?:the\s+|an?\s+)?$",
        )
    });
    let name = span.slice(ctx.text).unwrap_or_default();
    ITSELF
        .as_ref()
        .is_some_and(|re| re.is_match(ctx.before(span.start, 60)))
        && ctx.may_scan_text()
        && !super::written_again(ctx.text, name, span)
}

/// The words before a name that set this attack after another: "came days
/// after the", "follows the", "following the 2021".
static AFTER_ANOTHER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:came|comes|come|follows|followed|following)\s+(?:[a-z]+\s+){0,3}?(?:after\s+|on\s+the\s+heels\s+of\s+)?the\s+(?:(?:19|20)\d\d\s+)?$",
    )
});

/// Whether the name at `span` names the culprit of an earlier incident this
/// one is set after ("The attack came days after the Conti ransomware
/// attack on Ireland's health service"), and the text names it nowhere
/// else.
fn earlier_incident_named(ctx: &Context<'_>, span: crate::Span) -> bool {
    let Some(re) = AFTER_ANOTHER.as_ref() else {
        return false;
    };
    let incident = incident_follows(
        ctx,
        span,
        &[" ransomware ", " group's ", " gang's ", " "],
        &[
            "attack",
            "breach",
            "hack",
            "intrusion",
            "campaign",
            "outbreak",
        ],
        40,
    );
    if !incident {
        return false;
    }
    let Some(before) = clause_before(ctx, span).and_then(|c| c.slice(ctx.text)) else {
        return false;
    };
    let name = span.slice(ctx.text).unwrap_or_default();
    re.is_match(before) && ctx.may_scan_text() && !super::written_again(ctx.text, name, span)
}

/// Whether the name at `span` names the culprit of the earlier incident a
/// superlative measures this one against ("the most severe attack on a
/// national administration since the Conti gang paralysed Costa Rica's
/// finance ministry"), and the text names it nowhere else.
fn since_an_earlier_incident(ctx: &Context<'_>, span: crate::Span) -> bool {
    /// Words that measure an incident against earlier ones.
    const SUPERLATIVES: &[&str] = &[
        "most",
        "worst",
        "biggest",
        "largest",
        "first",
        "severest",
        "costliest",
        "greatest",
    ];
    let before = ctx.before(span.start, 400);
    let Some(head) = before
        .strip_suffix("since the ")
        .or_else(|| before.strip_suffix("since "))
    else {
        return false;
    };
    // Within the sentence: what follows its last full stop.
    let head = head.rsplit(". ").next().unwrap_or(head);
    let measured = head
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| SUPERLATIVES.contains(&w));
    let name = span.slice(ctx.text).unwrap_or_default();
    measured && ctx.may_scan_text() && !super::written_again(ctx.text, name, span)
}

/// The name of an attacker the text describes by a noun alone, or as
/// unknown: "Unknown fraudsters", "Unknown ransomware gang" where the noun
/// says what kind of criminal it is ([`SAYS_WHAT_KIND`]) or that a state
/// is behind it ("Unknown state-sponsored group"); "Unknown" for
/// "unknown hackers", "an unidentified criminal group", "a ransomware
/// group", which say no more than that someone attacked.
fn unknown_named(noun_lower: &str) -> String {
    /// The nouns that say more than that someone attacked.
    const SAYS_WHAT_KIND: &[&str] = &[
        "fraudsters",
        "scammers",
        "extortionists",
        "hacktivists",
        "ransomware gang",
        "extortion gang",
    ];
    // "a state-sponsored group" says whose.
    if SAYS_WHAT_KIND.contains(&noun_lower) || noun_lower.contains("state") {
        format!("Unknown {noun_lower}")
    } else {
        "Unknown".to_string()
    }
}

/// "Chinese state-sponsored hackers", "unknown ransomware gang": the attacker
/// as described. Also a country adjective joined to "-linked", "-backed".
static DESCRIBED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?i)(?-u:\b)((?:unknown|unidentified|suspected|anonymous|pro-[a-z]+|(?:(?:North|South) )?[A-Z][a-z]+(?:[- ](?:state[- ]sponsored|state[- ]backed|government[- ]backed|sponsored|linked|backed|nexus|aligned|state|military|variant|based))?(?:[- ](?:state[- ]sponsored|state[- ]backed))?)\s+)?((?:ransomware|extortion|hacking|cybercrime|criminal)\s+(?:gang|group|crew|operators?)|hackers|threat actors?|(?:state[- ]sponsored|state[- ]backed|nation[- ]state|state) actors?|(?:state[- ]sponsored|state[- ]backed|nation[- ]state) (?:groups?|organi[sz]ations?)|(?:APT|advanced persistent threat) (?:actors?|groups?)|attackers|fraudsters|scammers|extortionists|cybercriminals|criminals|hacktivists|spies|botnets?|military intelligence|intelligence services?)(?-u:\b)",
    )
});

/// The nouns of [`DESCRIBED`]: every match holds one at the start of a word,
/// and none a full stop (the pattern runs piece by piece, see
/// [`super::pieces`]).
pub(crate) const DESCRIBED_ANCHORS: &[&str] = &[
    "ransomware",
    "extortion",
    "hacking",
    "cybercrime",
    "criminal",
    "hackers",
    "threat actor",
    "state-sponsored actor",
    "state sponsored actor",
    "state-backed actor",
    "state backed actor",
    "nation-state actor",
    "nation state actor",
    "state actor",
    "state-sponsored group",
    "state sponsored group",
    "state-backed group",
    "state backed group",
    "nation-state group",
    "nation state group",
    "state-sponsored organisation",
    "state sponsored organisation",
    "state-sponsored organization",
    "state sponsored organization",
    "state-backed organisation",
    "state-backed organization",
    "nation-state organisation",
    "nation-state organization",
    "APT actor",
    "APT group",
    "advanced persistent threat",
    "attackers",
    "fraudsters",
    "scammers",
    "extortionists",
    "cybercriminals",
    "hacktivists",
    "spies",
    "botnet",
    "military intelligence",
    "intelligence service",
];

/// Nouns that name no one in particular: with no qualifier, the attacker is
/// `Unknown`. An intelligence service no adjective places is mostly one
/// that investigates ("the Dutch intelligence service AIVD had penetrated
/// the network of Cozy Bear").
const GENERIC_NOUNS: &[&str] = &[
    "attackers",
    "botnet",
    "botnets",
    "hackers",
    "threat actor",
    "threat actors",
    "criminals",
    "cybercriminals",
    "intelligence service",
    "intelligence services",
    "military intelligence",
    "apt actor",
    "apt actors",
    "apt group",
    "apt groups",
    "advanced persistent threat actor",
    "advanced persistent threat actors",
    "advanced persistent threat group",
    "advanced persistent threat groups",
];

/// A [`DESCRIBED`] noun as an attacker's name writes it: lower case, with
/// "APT" for "advanced persistent threat" ("a Russia-nexus advanced
/// persistent threat actor" is a "Russia-nexus APT actor").
fn noun_as_named(noun: &str) -> String {
    let lower = noun.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("advanced persistent threat ")
        .or_else(|| lower.strip_prefix("apt "));
    match rest {
        Some(rest) => format!("APT {rest}"),
        None => lower,
    }
}

/// Words that are not a describing qualifier even when capitalised.
const NOT_QUALIFIERS: &[&str] = &[
    "the", "these", "those", "their", "its", "our", "some", "many", "other", "two", "three", "and",
    "of", "by", "that", "when", "where", "while", "as", "a", "an", "for", "to", "from", "with",
    "at", "on", "in", "into", "against", "about", "than", "are", "were", "is", "was",
];

fn described(ctx: &Context<'_>, evidence: &mut Vec<Evidence>) -> Attacker {
    let unknown = Attacker {
        name: "Unknown".to_string(),
        source: AttackerSource::Unknown,
        state: false,
        attribution: Attribution {
            country: stated_country(ctx),
            agency: None,
        },
    };
    let Some(re) = DESCRIBED.as_ref() else {
        return unknown;
    };
    let story_year = story_year(ctx);
    let reference_year = reference_year(ctx, story_year);
    let mut culprit_unknown_said: Option<bool> = None;
    let mut fallback: Option<(String, crate::Span)> = None;
    // The first qualified description, unless a later one stands in a
    // sentence of attribution ("... was almost certainly behind the
    // operation"): that one.
    let mut first: Option<(String, bool, crate::Span)> = None;
    let pieces = ctx
        .body
        .iter()
        .chain(ctx.references)
        .flat_map(|&span| pieces::DESCRIBED.pieces(ctx.text, ctx.marks(), span))
        .map(|(span, piece)| (span.start, piece));
    for (piece_start, piece) in pieces {
        for caps in re.captures_iter(piece) {
            let (Some(whole), Some(noun)) = (caps.get(0), caps.get(2)) else {
                continue;
            };
            // "criminals and state-backed hackers": a word of no description
            // before the qualifier is not part of it.
            let qualifier = caps
                .get(1)
                .map(|q| q.as_str().trim())
                .map(|q| match q.split_once(' ') {
                    Some((first, rest))
                        if NOT_QUALIFIERS.contains(&first.to_ascii_lowercase().as_str()) =>
                    {
                        rest.trim()
                    }
                    _ => q,
                })
                .filter(|q| !NOT_QUALIFIERS.contains(&q.to_ascii_lowercase().as_str()));
            let at = crate::Span::new(piece_start + whole.start(), piece_start + whole.end());
            let noun = noun.as_str();
            // "a sophisticated state actor": of a state's actor, how it is
            // described is all a government says of it.
            let qualifier = qualifier.filter(|q| {
                is_qualifier(q)
                    || names_software(ctx, q)
                    || q.eq_ignore_ascii_case("sophisticated") && is_state_actor(noun)
            });
            // An unqualified noun after the fallback is found, or a generic
            // one, changes nothing: its sentence is not read.
            if qualifier.is_none()
                && (fallback.is_some()
                    || GENERIC_NOUNS.contains(&noun.to_ascii_lowercase().as_str()))
            {
                continue;
            }
            // "a non-state actor": the very opposite of the description.
            let negated_prefix = ctx.before(at.start, 4).eq_ignore_ascii_case("non-");
            if negated_prefix
                || describes_a_named_actor(ctx, at.start)
                || blamed_for_another_incident(ctx, at.end)
                || hypothetical(ctx, at.start)
                || denied_before(ctx, at.start)
                || users_of_a_tool(ctx, at.start)
                || years_later(ctx, at)
                || story_year.is_some_and(|y| set_before(ctx, at, y))
                || reference_year.is_some_and(|y| opens_with_earlier_date(ctx, at, y))
                || dated_earlier_after(ctx, at, reference_year)
                || in_background_sentence(ctx, at)
                || since_an_earlier_incident(ctx, at)
                || hit_itself(ctx, at)
                || link_denied_next(ctx, at)
                || employer_of_people_hit(ctx, at.start)
            {
                continue;
            }
            match qualifier {
                Some(q) => {
                    // One word for an attacker nobody has named: "unidentified
                    // hackers" and "unnamed hackers" are "Unknown hackers".
                    let q = if ["unidentified", "unnamed"]
                        .iter()
                        .any(|w| q.eq_ignore_ascii_case(w))
                    {
                        "unknown"
                    } else {
                        q
                    };
                    // A headline's capitals are not the name's ("Chinese
                    // Hackers Suspected In ..."), and "suspected" after the
                    // noun says the same as before it.
                    let noun_lower = noun_as_named(noun);
                    let after = ctx.text.get(at.end..).unwrap_or_default();
                    // "a group of suspected Chinese hackers": "suspected"
                    // before the adjective, after a determiner or a
                    // preposition, says the same (not the verb of
                    // "Investigators suspected Chinese hackers").
                    let suspected_before = {
                        let before = ctx.before(at.start, 40).to_ascii_lowercase();
                        before.strip_suffix("suspected ").is_some_and(|b| {
                            let word = b.trim_end().rsplit(' ').next().unwrap_or_default();
                            [
                                "a", "an", "the", "of", "by", "from", "to", "for", "among",
                                "against", "some", "two", "three", "several",
                            ]
                            .contains(&word)
                        })
                    };
                    let suspected = (suspected_before
                        || after
                            .get(..11)
                            .is_some_and(|w| w.eq_ignore_ascii_case(" suspected ")))
                        && !q.to_ascii_lowercase().starts_with("suspected");
                    let name = if suspected {
                        super::capitalise(&format!("suspected {q} {noun_lower}"))
                    } else if q.eq_ignore_ascii_case("unknown") {
                        unknown_named(&noun_lower)
                    } else if !is_qualifier(q)
                        && names_software(ctx, q)
                        && !noun_lower.starts_with("botnet")
                    {
                        // "the Shamoon attackers", "the Snatch extortion
                        // group": the family names them ("the Mirai botnet"
                        // is written whole).
                        q.to_string()
                    } else {
                        super::capitalise(&format!("{q} {noun_lower}"))
                    };
                    let lower = q.to_ascii_lowercase();
                    // "Chinese state-sponsored hackers", and the services of a
                    // state themselves: "Russian military intelligence",
                    // "Iranian intelligence services", "North Korean spies".
                    let state = ["state", "government", "military"]
                        .iter()
                        .any(|w| lower.contains(w))
                        || ["intelligence", "spies", "state", "nation"]
                            .iter()
                            .any(|w| noun.to_ascii_lowercase().contains(w));
                    // A reference's title that blames says no more than the
                    // body's own description before it.
                    let title_after_body = first.is_some() && ctx.in_references(at.start);
                    if attributed_in_sentence(ctx, at.start) && !title_after_body {
                        let (name, state, at) = as_the_state_s(ctx, name, state, at);
                        let name = suspected_if_hedged(ctx, name, at);
                        return described_as(name, state, at, unknown, evidence);
                    }
                    // "Nobody has claimed responsibility ... an attractive
                    // target for pro-Russian attackers": where the culprit
                    // is said to be unknown, only a description of an
                    // unknown one, or one the sentence blames, stands.
                    let unknown_said =
                        *culprit_unknown_said.get_or_insert_with(|| culprit_unknown(ctx));
                    let of_the_unknown = ["unknown", "suspected"]
                        .iter()
                        .any(|w| lower.starts_with(w));
                    if first.is_none() && (of_the_unknown || !unknown_said) {
                        first = Some((name, state, at));
                    }
                }
                None => {
                    // "attackers", "hackers" say nothing of who; "fraudsters",
                    // "hacktivists", "a ransomware gang" do (tested above).
                    fallback = Some((noun.to_ascii_lowercase(), at));
                }
            }
        }
    }
    // "Bahrain targeted by Iranian hackers" in a reference's title, "Hackers
    // suspected of working for Iran" in the body: the body's description
    // says more (here, that they are only suspected).
    if first
        .as_ref()
        .is_some_and(|(_, _, at)| ctx.in_references(at.start))
    {
        let from_body = from_a_country(ctx, story_year).filter(|(_, found)| {
            !ctx.in_references(found.start) && attributed_or_lead(ctx, *found)
        });
        if let Some((name, at)) = from_body {
            let name = suspected_if_hedged(ctx, name, at);
            return described_as(name, false, at, unknown, evidence);
        }
    }
    if let Some((name, state, at)) = first {
        // "two suspected cybercriminals" beside "a complaint against Ab Cd,
        // whom it accused of ...": the person named and charged says more
        // than a description of unnamed criminals (a state's actor stays).
        if !state {
            if let Some(found) = accused_person(ctx) {
                let source = AttackerSource::Person;
                return named_attacker(ctx, found, ACCUSED_RULE, source, evidence);
            }
            // "Romanian hackers ... Adrian-Tiberiu Oprea admitted his part
            // ... Oprea was arrested in Romania": the person named in full
            // and later arrested, by surname, again and again.
            if let Some(found) = accused_by_full_name(ctx).filter(|(name, at)| {
                surname_of(name).is_some_and(|surname| {
                    memchr::memmem::find_iter(ctx.text.as_bytes(), surname)
                        .filter(|&i| i >= at.end)
                        .take(3)
                        .count()
                        >= 3
                })
            }) {
                let source = AttackerSource::Person;
                return named_attacker(ctx, found, FULL_NAME_RULE, source, evidence);
            }
        }
        let (name, state, at) = as_the_state_s(ctx, name, state, at);
        let name = suspected_if_hedged(ctx, name, at);
        return described_as(name, state, at, unknown, evidence);
    }
    if let Some((name, at)) = insider(ctx) {
        return described_as(name, false, at, unknown, evidence);
    }
    if let Some((name, at)) = working_for_a_state(ctx) {
        let name = suspected_if_hedged(ctx, name, at);
        return described_as(name, true, at, unknown, evidence);
    }
    if let Some((name, at)) = from_a_country(ctx, story_year) {
        // "no government has publicly attributed it ... Microsoft said
        // state-backed hackers from Russia had targeted vaccine makers":
        // where the culprit is said to be unknown, hackers from a country
        // stand only in a sentence that blames them.
        let unknown_said = *culprit_unknown_said.get_or_insert_with(|| culprit_unknown(ctx));
        if !unknown_said || attributed_in_sentence(ctx, at.start) {
            let name = suspected_if_hedged(ctx, name, at);
            return described_as(name, false, at, unknown, evidence);
        }
    }
    if let Some((name, at)) = country_suspected(ctx) {
        return described_as(name, true, at, unknown, evidence);
    }
    // Named, not described: a person, a service taken down, a collective.
    let named: [(NameFinder, &str, AttackerSource); 9] = [
        (accused_person, ACCUSED_RULE, AttackerSource::Person),
        (
            accused_by_surname,
            "person introduced by name and later arrested, charged or convicted",
            AttackerSource::Person,
        ),
        (
            service_acted_against,
            "the service an enforcement action was taken against",
            AttackerSource::Unlisted,
        ),
        (
            collective_named,
            "a collective the text names",
            AttackerSource::Unlisted,
        ),
        (
            claimant_named,
            "a name that claimed the attack",
            AttackerSource::Unlisted,
        ),
        (
            claimed_by_named,
            "a name the attack was claimed by",
            AttackerSource::Unlisted,
        ),
        (
            traced_to_named,
            "an organisation the text traces the operation to",
            AttackerSource::Unlisted,
        ),
        (
            handle_named,
            "the handle of whoever the text says acted",
            AttackerSource::Unlisted,
        ),
        (
            author_named,
            "the handle of the author of the malware",
            AttackerSource::Unlisted,
        ),
    ];
    for (find, rule, source) in named {
        if let Some(found) = find(ctx) {
            return named_attacker(ctx, found, rule, source, evidence);
        }
    }
    if let Some((name, at)) = state_sponsored_attack(ctx) {
        return described_as(name, true, at, unknown, evidence);
    }
    // An employee the text does not name: "Amazon employee".
    if let Some((name, at)) = employee_of(ctx) {
        return described_as(name, false, at, unknown, evidence);
    }
    match fallback {
        Some((noun, at)) => {
            let name = unknown_named(&noun);
            evidence.push(Evidence {
                field: "Attacker",
                rule: "described attacker, no qualifier".to_string(),
                text: name.clone(),
                span: Some(at),
                weight: 0.5,
            });
            // A state's own service, or an actor called a state's, is a
            // state actor whoever's it is.
            let state = ["intelligence", "spies", "state", "nation"]
                .iter()
                .any(|w| noun.contains(w));
            Attacker {
                name,
                source: AttackerSource::Described,
                state,
                ..unknown
            }
        }
        None => match accused_by_full_name(ctx) {
            Some(found) => {
                named_attacker(ctx, found, FULL_NAME_RULE, AttackerSource::Person, evidence)
            }
            None => match accused_company(ctx) {
                Some(found) => named_attacker(
                    ctx,
                    found,
                    "company sentenced, convicted or indicted",
                    AttackerSource::Unlisted,
                    evidence,
                ),
                None => unknown,
            },
        },
    }
}

/// Attackers described after the noun as a state's ("hackers working for
/// the Chinese state", "spies acting on behalf of the Iranian government"):
/// with every noun in [`DESCRIBED_ANCHORS`], so it runs on the same pieces.
static WORKING_FOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)([Hh]ackers|[Aa]ttackers|[Ss]pies|[Tt]hreat actors?)\s+(?:working for|acting for|acting on behalf of|on behalf of|employed by|backed by|sponsored by|tied to|linked to|connected to|with ties to|with links to)\s+(?:the\s+)?([A-Z][a-z]+)\s+([Ss]tate|[Gg]overnment|[Mm]ilitary)(?-u:\b)",
    )
});

/// Attackers described after the noun as working for a state the text does
/// not name ("two separate hacking groups working for a single nation
/// state", "a threat actor it believes was working for a nation state").
static WORKING_FOR_UNNAMED_STATE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:hackers|attackers|spies|threat actors?|hacking groups?)\s+(?:(?:it|they|that|which|who|investigators|researchers)\s+(?:believes?|believed|says?|said|suspects?|suspected|thinks?|thought)\s+(?:was|were|is|are)\s+)?(?:working for|acting for|acting on behalf of|on behalf of|employed by|backed by|sponsored by)\s+(?:a\s+|one\s+)?(?:single\s+|foreign\s+)?nation[- ]state(?-u:\b)",
    )
});

/// "Chinese hackers" where the body also writes "hackers tied to the
/// Chinese government": the same country's attackers, described as its
/// state's ([`working_for_a_state`]), which says more.
fn as_the_state_s(
    ctx: &Context<'_>,
    name: String,
    state: bool,
    at: crate::Span,
) -> (String, bool, crate::Span) {
    if state {
        return (name, state, at);
    }
    let adjective = |n: &str| {
        let n = n.strip_prefix("Suspected ").unwrap_or(n);
        n.split(' ').next().unwrap_or_default().to_string()
    };
    match working_for_a_state(ctx) {
        Some((stated, found))
            if !ctx.in_references(found.start) && adjective(&stated) == adjective(&name) =>
        {
            (stated, true, found)
        }
        _ => (name, state, at),
    }
}

/// The first attacker described after the noun as a country's state,
/// government or military, named as news writes it before the noun:
/// "Chinese state-sponsored hackers", "Russian military hackers"; or as a
/// state's the text does not name: "Nation-state hackers".
fn working_for_a_state(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = WORKING_FOR.as_ref()?;
    let pieces = ctx
        .body
        .iter()
        .chain(ctx.references)
        .flat_map(|&span| pieces::DESCRIBED.pieces(ctx.text, ctx.marks(), span));
    let unnamed = WORKING_FOR_UNNAMED_STATE.as_ref();
    for (piece, text) in pieces {
        if let Some(found) = unnamed.and_then(|re| re.find(text)) {
            let at = crate::Span::new(piece.start + found.start(), piece.start + found.end());
            if !hypothetical(ctx, at.start) {
                return Some(("Nation-state hackers".to_string(), at));
            }
        }
        for caps in re.captures_iter(text) {
            let (Some(whole), Some(noun), Some(adjective), Some(body)) =
                (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
            else {
                continue;
            };
            let at = crate::Span::new(piece.start + whole.start(), piece.start + whole.end());
            if !is_qualifier(adjective.as_str()) || hypothetical(ctx, at.start) {
                continue;
            }
            let kind = if body.as_str().eq_ignore_ascii_case("military") {
                "military"
            } else {
                "state-sponsored"
            };
            let noun = noun.as_str().to_ascii_lowercase();
            let name = format!("{} {kind} {noun}", adjective.as_str());
            return Some((name, at));
        }
    }
    None
}

/// One attack, not an attacker, called a state's: "has all the markings of
/// a state-sponsored attack", "part of a Chinese state-sponsored campaign"
/// (not "China's state-backed cyber espionage" at large); the country's
/// adjective, if any, in group 1.
static STATE_SPONSORED_ATTACK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:an?|the) (?:((?:North |South )?[A-Z][a-z]+) )?(?:[Ss]tate[- ](?:[Ss]ponsored|[Bb]acked)|[Nn]ation[- ][Ss]tate) (?:cyber[- ]?)?(?:attacks?|cyberattacks?|campaigns?|intrusions?|hacks?|operations?|espionage)(?-u:\b)",
    )
});

/// The attacker of an attack the body calls a state's
/// ([`STATE_SPONSORED_ATTACK`]), unless the sentence denies it, only
/// supposes it or tells of an earlier incident: "State-sponsored hackers",
/// or "Chinese state-sponsored hackers" when a country's adjective stands
/// before.
fn state_sponsored_attack(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = STATE_SPONSORED_ATTACK.as_ref()?;
    for span in ctx.body {
        // Every match holds "state" or "State": a cheap gate first.
        let Some(line) = span
            .slice(ctx.text)
            .filter(|line| memchr::memmem::find(line.as_bytes(), b"tate").is_some())
        else {
            continue;
        };
        for caps in re.captures_iter(line) {
            let Some(whole) = caps.get(0) else {
                continue;
            };
            let at = crate::Span::new(span.start + whole.start(), span.start + whole.end());
            // "possibly a state-backed operation": a guess.
            let guessed = line
                .get(..whole.start())
                .unwrap_or_default()
                .split_whitespace()
                .rev()
                .take(2)
                .any(|w| ["possibly", "perhaps", "potentially"].contains(&w));
            if guessed
                || hypothetical(ctx, at.start)
                || denied_before(ctx, at.start)
                || in_background_sentence(ctx, at)
            {
                continue;
            }
            let name = match caps.get(1).map(|a| a.as_str()) {
                Some(adjective)
                    if is_qualifier(adjective) && !adjective.starts_with("Suspected") =>
                {
                    format!("{adjective} state-sponsored hackers")
                }
                _ => "State-sponsored hackers".to_string(),
            };
            return Some((name, at));
        }
    }
    None
}

/// A rule that finds an attacker's name in the text, with where it stands.
type NameFinder = fn(&Context<'_>) -> Option<(String, crate::Span)>;

/// The nouns that [`from_a_country`] reads before "from" and a country.
/// "it suspects that North Korea or its sympathisers are behind the
/// attacks", "experts suspect Iran is behind it": a state suspected, the
/// country's name in group 1.
static COUNTRY_SUSPECTED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:suspects?|suspected|believes?|believed)(?: that)? ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: or [a-z' -]{1,40}?)? (?:is|are|was|were|had been|may be|might be|could be) (?:behind|responsible for) (?:it|the|this|these|them)(?-u:\b)",
    )
});

/// "Israel appears to have been behind a cyberattack that paralysed ...":
/// a state itself the culprit, the country's name in group 1.
static COUNTRY_BEHIND: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:appears? to have been|was|were|is|are|had been) (?:behind|responsible for) (?:a|an|the|this|these)(?-u:\b)",
    )
});

/// A country the text says is suspected of the attack
/// ([`COUNTRY_SUSPECTED`]: "Suspected North Korean hackers") or says did it
/// ([`COUNTRY_BEHIND`]: "Israel"), when nothing else describes the
/// attacker.
fn country_suspected(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    static GATE: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&[" behind ", " responsible for "]));
    let suspected = COUNTRY_SUSPECTED.as_ref()?;
    let behind = COUNTRY_BEHIND.as_ref()?;
    let story_year = story_year(ctx);
    // The country's entity when the gazetteer names one starting at `at`.
    let country_at = |at: usize, end: usize| {
        ctx.mentions_in(crate::Span::new(at, end))
            .find(|m| m.kind == EntityKind::Country && m.span.start == at && m.span.end == end)
            .and_then(|m| m.entity)
            .and_then(|id| ctx.gazetteer.get(id))
    };
    for span in ctx.body {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        if !GATE.in_text(line) {
            continue;
        }
        for (re, said) in [(suspected, false), (behind, true)] {
            for caps in re.captures_iter(line) {
                let (Some(whole), Some(country)) = (caps.get(0), caps.get(1)) else {
                    continue;
                };
                let at = span.start + country.start();
                let Some(e) = country_at(at, span.start + country.end()) else {
                    continue;
                };
                let whole = crate::Span::new(span.start + whole.start(), span.start + whole.end());
                if hypothetical(ctx, whole.start)
                    || years_later(ctx, whole)
                    || story_year.is_some_and(|y| set_before(ctx, whole, y))
                {
                    continue;
                }
                if said {
                    return Some((country.as_str().to_string(), whole));
                }
                if let Some(adjective) = e.adjective.as_deref() {
                    return Some((format!("Suspected {adjective} hackers"), whole));
                }
            }
        }
    }
    None
}

const FROM_NOUNS: &[&str] = &["hackers", "attackers", "threat actors", "cybercriminals"];

/// The words between [`FROM_NOUNS`] and a country that tie the attackers to
/// it: "hackers from Iran", "hackers suspected of working for Iran",
/// "attackers linked to North Korea", "hackers based in China".
const TIES_TO_A_COUNTRY: &[&str] = &[
    " from ",
    " based in ",
    " working for ",
    " suspected of working for ",
    " believed to be working for ",
    " linked to ",
    " tied to ",
    " with ties to ",
    " with links to ",
];

/// "hackers from Iran", "attackers linked to North Korea": the first
/// attacker the text describes by the country they come from or work for
/// ([`TIES_TO_A_COUNTRY`]), written as news writes it before the noun
/// ("Iranian hackers").
fn from_a_country(ctx: &Context<'_>, story_year: Option<u32>) -> Option<(String, crate::Span)> {
    ctx.mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Country)
        .find_map(|m| {
            let before = ctx.before(m.span.start, 48);
            let (noun, tie) = TIES_TO_A_COUNTRY.iter().find_map(|tie| {
                let b = before.strip_suffix(tie)?;
                // Any case: "Hackers suspected of working for Iran" opens a line.
                let noun = FROM_NOUNS.iter().find(|n| {
                    b.len().checked_sub(n.len()).is_some_and(|k| {
                        b.get(k..).is_some_and(|w| w.eq_ignore_ascii_case(n)) && word_starts(b, k)
                    })
                })?;
                Some((noun, tie))
            })?;
            let at = crate::Span::new(
                m.span.start.saturating_sub(noun.len() + tie.len()),
                m.span.end,
            );
            if hypothetical(ctx, at.start)
                || years_later(ctx, at)
                || story_year.is_some_and(|y| set_before(ctx, at, y))
            {
                return None;
            }
            let adjective = m
                .entity
                .and_then(|id| ctx.gazetteer.get(id))
                .and_then(|e| e.adjective.as_deref())?;
            Some((format!("{adjective} {noun}"), at))
        })
}

/// Whether the sentence at `span` says who was behind the attack, or is
/// the body's first sentence (where a story says what happened).
fn attributed_or_lead(ctx: &Context<'_>, span: crate::Span) -> bool {
    let lead = ctx
        .first_sentence()
        .is_some_and(|s| s.start <= span.start && span.end <= s.end);
    lead || attributed_in_sentence(ctx, span.start)
}

/// Whether a word starts at byte `at` of `s`: at its start or after a
/// character that is not a letter or digit.
fn word_starts(s: &str, at: usize) -> bool {
    s.get(..at)
        .and_then(|b| b.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// "arrested the people suspected of running webstresser.org", "charged
/// with operating Genesis Market", "arrested members of the HeartSender
/// group": the site, market, service or group that an arrest, charge or
/// seizure in the same sentence acts against.
static RUNNING: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:arrested|detained|charged|indicted|seized|shut down|took down|taken down|dismantled)(?-u:\b)[^.]{0,80}?(?-u:\b)(?:running|operating|administering|who ran|who operated|behind|members of) (?:the )?([a-z0-9][a-z0-9-]{2,40}\.(?:com|org|net|io|to|cc|ru|su|is|biz|info|onion)|[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2})(?-u:\b)",
    )
});

/// The first service the body names as run by those an enforcement action
/// took ([`RUNNING`]): a capitalised name the text writes again, or a
/// domain, named as the text writes its first label ("Webstresser" for
/// webstresser.org) when it does so. Not an entity of the gazetteer (an
/// actor or a family is chosen by its own rules).
fn service_acted_against(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = RUNNING.as_ref()?;
    static WORDS: LazyLock<super::AnyOf> = LazyLock::new(|| {
        super::AnyOf::new(&[
            "running ",
            "operating ",
            "administering ",
            "who ran ",
            "who operated ",
            "behind ",
            "members of ",
        ])
    });
    let found = super::first_in_body(ctx, re, |line| WORDS.in_text(line))?;
    let matched = found.slice(ctx.text)?;
    // "detained the hacker known online as Sanix, the seller behind
    // Collection #1": the action took a person the text names by a handle,
    // which the handle rule reads; the service is only what he sold.
    const HANDLE_WORDS: &[&str] = &[" known as ", " known online as ", " alias ", " handle "];
    if HANDLE_WORDS.iter().any(|w| matched.contains(w)) {
        return None;
    }
    let caps = re.captures(matched)?;
    let name = caps.get(1)?;
    let at = crate::Span::new(found.start + name.start(), found.start + name.end());
    let written = name.as_str();
    let name = match written.split_once('.') {
        // A domain: its first label as the text writes it capitalised, or
        // the domain itself.
        Some((label, _)) => {
            let mut capitalised = label.to_string();
            if let Some(first) = capitalised.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            if super::written_again(ctx.text, &capitalised, at) {
                capitalised
            } else {
                written.to_string()
            }
        }
        None if super::written_again(ctx.text, written, at) => written.to_string(),
        None => return None,
    };
    if not_a_name(name.split(' ').next().unwrap_or_default())
        || !ctx.gazetteer.lookup(&name).is_empty()
    {
        return None;
    }
    Some((name, at))
}

/// "a malicious employee", "a rogue insider": one of the victim's own people;
/// also "a former employee" where the text says what the person did with
/// the access ("had downloaded internal reports").
static INSIDER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let nouns = INSIDER_NOUNS.join("|");
    super::lexicon::ascii_regex(&format!(
        r"(?i)(?-u:\b)(?:(?:a|an|the) (?:(malicious|rogue|disgruntled|dishonest|corrupt) (?:[a-z-]+ ){{0,2}}?({nouns})|(former) ({nouns}) (?:who )?(?:had |has |have |was |allegedly |still )*(?:downloaded|accessed|stole|stolen|took|copied|leaked|exfiltrated|deleted|sabotaged|sold))|one of (?:its|their|the company's|the firm's) own ({nouns})s (?:who )?(?:had |has |have |allegedly )*(?:downloaded|stole|stolen|copied|leaked|exfiltrated|sabotaged|sold)|(?:theft|stolen|taken|leaked|copied|sold)(?: [a-z0-9.,-]+){{0,12}} by (?:a|an) (former(?: [a-z-]+){{0,2}}?) ({nouns}))(?-u:\b)",
    ))
});

/// "a 39-year-old employee of Korea Credit Bureau (KCB)", "an Amazon
/// employee shared your email address", "Sage employee arrested", "Bupa has
/// dismissed an employee who copied": one employee of a named organisation,
/// in a sentence of what the employee did or what befell the employee
/// (group 1, 2 or 3 the organisation).
static EMPLOYEE_OF: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?:(?-u:\b)(?:a|an) (?:[0-9]+-year-old |former |single )?employee of ((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,3})|(?:(?-u:\b)[Aa]n? |^)((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,2}) employee (?:who |had |has |was )?(?:shared|leaked|stole|copied|sold|accessed|obtained|downloaded|exfiltrated|arrested|fired|dismissed|charged|sacked)|(?:^|[.,;] |\x{2014} |\x{2013} |-- )((?:[A-Z][\w&.-]*)(?: [A-Z][\w&.-]*){0,2}) (?:has |had )?(?:dismissed|fired|sacked) (?:an?|one) (?:[a-z-]+ )?employee)(?-u:\b)",
    )
});

/// The insider [`EMPLOYEE_OF`] finds, as "Amazon employee", where the text
/// tells of an insider's deed ([`INSIDER_DEEDS`] in the sentence).
fn employee_of(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    const INSIDER_DEEDS: &[&str] = &[
        "copied",
        "stole",
        "sold",
        "leaked",
        "shared",
        "accessed",
        "removed",
        "downloaded",
        "obtained",
        "exfiltrated",
        "arrested",
        "fired",
        "dismissed",
        "indicted",
        "charged",
        "sacked",
    ];
    static GATE: LazyLock<super::AnyOf> = LazyLock::new(|| super::AnyOf::new(&["employee"]));
    let re = EMPLOYEE_OF.as_ref()?;
    let story_year = story_year(ctx);
    for span in ctx.body.iter().chain(ctx.references) {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        if !GATE.in_text(line) {
            continue;
        }
        for caps in re.captures_iter(line) {
            let Some(org) = caps.get(1).or_else(|| caps.get(2)).or_else(|| caps.get(3)) else {
                continue;
            };
            let at = span.start + org.start();
            let around = ctx.window(at, 200);
            if !INSIDER_DEEDS.iter().any(|d| around.contains(d)) || hypothetical(ctx, at) {
                continue;
            }
            // "Similar cases have hit other platforms: a Trend Micro employee
            // sold customer data in 2019": another, earlier case.
            let org_span = crate::Span::new(at, at + org.len());
            let sentence = ctx.sentence_span(at);
            let earlier = story_year
                .is_some_and(|y| sentence.is_some_and(|s| years_in(ctx, s).any(|year| year < y)))
                || sentence
                    .and_then(|s| s.slice(ctx.text))
                    .is_some_and(|s| s.starts_with("Similar") || s.contains(" other "));
            if earlier || in_background_sentence(ctx, org_span) {
                continue;
            }
            // "Korea Credit Bureau (KCB)": the name without its
            // abbreviation.
            let name = org
                .as_str()
                .trim_end_matches(|c: char| !c.is_alphanumeric());
            if name.split(' ').next().is_some_and(names_no_one) {
                continue;
            }
            let end = at + name.len();
            return Some((format!("{name} employee"), crate::Span::new(at, end)));
        }
    }
    None
}

/// "carried out with the help of insiders", "an accident involving
/// insiders", "a suspected insider job": insiders suspected, unnamed.
fn suspected_insiders(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    static SUSPECTED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:with the help of insiders|involving insiders|(?:an |a suspected )?insider job|an inside job)(?-u:\b)",
        )
    });
    static GATE: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&["insider", "inside job"]));
    let re = SUSPECTED.as_ref()?;
    let found = super::first_in_body(ctx, re, |line| GATE.in_text(line))?;
    if hypothetical(ctx, found.start) || denied_before(ctx, found.start) {
        return None;
    }
    // "We rule out an inside job", "rejecting any suggestion of an inside
    // job", "rejects suggestions that the theft was an inside job": the
    // insiders named to be ruled out.
    let clause = clause_read_back(ctx, found.start, 80).to_ascii_lowercase();
    if [
        "rule out",
        "rules out",
        "ruled out",
        "reject",
        "dismiss",
        "deny",
        "denies",
        "denied",
    ]
    .iter()
    .any(|w| clause.contains(w))
    {
        return None;
    }
    Some(("Suspected insiders".to_string(), found))
}

/// The words one of which every match of [`INSIDER`] and [`INSIDER_PERSON`]
/// holds: a line without one is not searched.
static INSIDER_GATE: LazyLock<super::AnyOf> = LazyLock::new(|| {
    super::AnyOf::new(&[
        "malicious",
        "rogue",
        "disgruntled",
        "dishonest",
        "corrupt",
        "former",
        "own",
    ])
});

/// The nouns of one of the victim's own people ([`INSIDER`]); an attacker
/// described so is an insider threat (see `hashtags`).
pub(crate) const INSIDER_NOUNS: &[&str] = &[
    "employee",
    "insider",
    "staff member",
    "worker",
    "contractor",
    "administrator",
    "engineer",
];

/// The first insider the body describes ([`INSIDER`]): "Malicious employee".
fn insider(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = INSIDER.as_ref()?;
    let Some(found) = super::first_in_body(ctx, re, |line| INSIDER_GATE.in_text(line)) else {
        return suspected_insiders(ctx);
    };
    let caps = re.captures(found.slice(ctx.text)?)?;
    let (name, at) = if let Some(own) = caps.get(5) {
        // "one of its own employees had stolen": an employee who turned on
        // the employer, the rogue employee of the trade's word.
        let name = super::capitalise(&format!("rogue {}", own.as_str().to_ascii_lowercase()));
        (name, found)
    } else {
        let (quality, noun) = (
            caps.get(1)
                .or_else(|| caps.get(3))
                .or_else(|| caps.get(6))?,
            caps.get(2)
                .or_else(|| caps.get(4))
                .or_else(|| caps.get(7))?,
        );
        let name = super::capitalise(&format!(
            "{} {}",
            quality.as_str().to_ascii_lowercase(),
            noun.as_str().to_ascii_lowercase()
        ));
        let at = crate::Span::new(found.start + quality.start(), found.start + noun.end());
        (name, at)
    };
    // "a foothold, such as a shell account or a malicious insider": one
    // of the kinds of attacker a flaw needs, not the one who acted.
    if in_example_list(ctx, at.start) || hypothetical(ctx, at.start) {
        return None;
    }
    Some((name, at))
}

/// Whether the words at `at` stand in a list of examples: an
/// [`EXAMPLE_MARKERS`] word earlier in the same sentence, within 200 bytes.
fn in_example_list(ctx: &Context<'_>, at: usize) -> bool {
    let before = ctx.before(at, 200);
    let sentence_start = ctx.sentence_span(at).map_or(0, |s| s.start);
    let reach = at.saturating_sub(sentence_start).min(before.len());
    let Some(clause) = before.get(before.len() - reach..) else {
        return false;
    };
    let clause = clause.to_ascii_lowercase();
    EXAMPLE_MARKERS
        .iter()
        .filter(|m| **m != "like ")
        .any(|m| clause.contains(m))
}

/// One of the victim's own people, written with the company's name or not
/// ("a former Cisco engineer", "a disgruntled employee"), for
/// [`insider_described`].
static INSIDER_PERSON: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let nouns = INSIDER_NOUNS.join("|");
    super::lexicon::ascii_regex(&format!(
        r"(?-u:\b)(?i:a|an|the) (?i:former|disgruntled|rogue|malicious|dishonest|corrupt) (?:[A-Z][A-Za-z0-9&-]* ){{0,2}}(?i:{nouns})(?-u:\b)",
    ))
});

/// Whether the body describes the attacker as one of the victim's own
/// people ([`INSIDER_PERSON`]): an insider's deed, whoever the text names.
pub(crate) fn insider_described(ctx: &Context<'_>) -> bool {
    INSIDER_PERSON.as_ref().is_some_and(|re| {
        super::first_in_body(ctx, re, |line| INSIDER_GATE.in_text(line)).is_some()
    })
}

/// "the online collective Anonymous", "the hacktivist collective X",
/// "hackers operating under the banner of X": a collective of hackers the
/// text names.
static COLLECTIVE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:(?:hacker|hackers|hacktivist|hacking|online|activist|cyber) (?:collective|movement)|(?i:hackers|hacktivists|activists) (?:operating |acting )?under the (?:banner|flag) of) ([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2})(?-u:\b)",
    )
});

/// The first collective the body names ([`COLLECTIVE`]) and names again
/// elsewhere, that the gazetteer does not know.
fn collective_named(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = COLLECTIVE.as_ref()?;
    static NOUNS: LazyLock<super::AnyOf> = LazyLock::new(|| {
        super::AnyOf::new(&[" collective ", " movement ", " banner of ", " flag of "])
    });
    named_again_unlisted(ctx, re, &NOUNS, |_| true)
}

/// The name (first group of `re`) in the first body line that `gate` lets
/// through and `re` matches, if `accept` takes it, the text writes it again
/// and the gazetteer does not know it: the shared tail of the finders of a
/// name the data lacks ([`collective_named`], [`claimant_named`];
/// [`handle_named`] reads [`first_unlisted`] itself).
fn named_again_unlisted(
    ctx: &Context<'_>,
    re: &Regex,
    gate: &super::AnyOf,
    accept: impl Fn(&str) -> bool,
) -> Option<(String, crate::Span)> {
    let (name, at) = first_unlisted(ctx, re, gate, accept)?;
    super::written_again(ctx.text, name, at).then(|| (name.to_string(), at))
}

/// The name in group 1 of the first match of `re` in the body (lines
/// passing `gate`), with where it stands, if `accept` takes it and the
/// gazetteer does not know it.
fn first_unlisted<'t>(
    ctx: &Context<'t>,
    re: &Regex,
    gate: &super::AnyOf,
    accept: impl Fn(&str) -> bool,
) -> Option<(&'t str, crate::Span)> {
    let found = super::first_in_body(ctx, re, |line| gate.in_text(line))?;
    let caps = re.captures(found.slice(ctx.text)?)?;
    let name = caps.get(1)?;
    let at = crate::Span::new(found.start + name.start(), found.start + name.end());
    let name = at.slice(ctx.text)?;
    (accept(name) && ctx.gazetteer.lookup(name).is_empty()).then_some((name, at))
}

/// "a stranger using the GitHub account right9ctrl", "an account on X
/// using the name Ms_Snow_OwO", "a Russia-based figure who goes by the name
/// Shamel", 'A hacker who calls himself "Guccifer"',
/// 'a man suspected of being "Dr HeX"',
/// "The images were published under the account docker123321": the handle
/// of whoever the text says acted.
static HANDLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r#"(?-u:\b)(?:(?:(?i:stranger|user|person|someone|contributor|developer|maintainer|hackers|attackers|hacker|attacker|hacktivists|hacktivist|cybercriminals|cybercriminal|individual|actor|seller|vendor|author|figure)|account(?: on [A-Z][A-Za-z]*)?),? (?:(?:using|who uses|under|going by|who goes by|who went by|behind) the (?:[A-Z][A-Za-z]+ )?(?:account|username|user name|handle|alias|screen name|nickname|pseudonym|moniker|name)|calling (?:themselves|himself|herself|itself)|signed (?:themselves|himself|herself|itself|off as)|who call(?:s|ed) (?:themselves|himself|herself|itself)|known (?:online|only|simply) as)|(?:published|uploaded|posted|pushed) under the (?:[A-Z][A-Za-z]+ )?(?:account|username|user name|handle|alias|name)|account (?:called|named)|(?i:man|woman|teenager|suspect) suspected of being) ["\x{201C}@]?((?:Dr|Mr|Mrs|Ms)\.? [A-Z][A-Za-z0-9_]+|[A-Za-z0-9_][A-Za-z0-9_.-]{1,30}[A-Za-z0-9_](?: [A-Z][A-Za-z0-9_]+)?)(?-u:\b)"#,
    )
});

/// The first handle the body gives to whoever acted ([`HANDLE`]), named
/// again elsewhere or owning up to it in the same sentence ("... and
/// claimed responsibility"): one with a digit or an underscore
/// ("right9ctrl") or written capitalised (a persona), not an entity of the
/// gazetteer.
fn handle_named(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = HANDLE.as_ref()?;
    static USING: LazyLock<super::AnyOf> = LazyLock::new(|| {
        super::AnyOf::new(&[
            " using the ",
            " uses the ",
            " under the ",
            " going by the ",
            " goes by the ",
            " went by the ",
            " behind the ",
            " calling ",
            " who call",
            " known online as ",
            " known only as ",
            " known simply as ",
            " called @",
            " named @",
            " signed ",
            " suspected of being ",
        ])
    });
    let (name, at) = first_unlisted(ctx, re, &USING, |handle| !not_a_name(handle))?;
    // A handle is marked as one: by a digit or an underscore ("right9ctrl"),
    // a capital (a persona), quotes or an at sign ('calls himself
    // "kzoldyck"'), or a word that says it is a handle ("using the handle
    // nclay"); "using the account credentials" names no one.
    let before = ctx.before(at.start, 16);
    // A capital inside a word that starts small ("xenZen") writes a handle.
    let inner_capital = name
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, [a, b] if a.is_ascii_lowercase() && b.is_ascii_uppercase()));
    let marked = name.contains(|c: char| c.is_ascii_digit() || c == '_')
        || inner_capital
        || name.starts_with(|c: char| c.is_ascii_uppercase())
        || before.ends_with(['"', '\u{201C}', '@'])
        || [
            " handle ",
            " username ",
            " user name ",
            " alias ",
            " nickname ",
            " screen name ",
            " pseudonym ",
            " moniker ",
        ]
        .iter()
        .any(|w| before.ends_with(w));
    if !marked {
        return None;
    }
    // "the hackers signed themselves India_X_Kr3w": a signature owns up to
    // the deed, once is enough.
    let signed = ctx.before(at.start, 40).contains(" signed ");
    if signed || super::written_again(ctx.text, name, at) {
        return Some((name.to_string(), at));
    }
    // Written once, in a sentence where it owns up to the attack or tells
    // the deed: what the sentence says after the handle, up to the claim,
    // denies nothing ("... but no one has claimed responsibility" is no
    // claim).
    let sentence = ctx.sentence_span(at.start)?;
    let after = ctx.text.get(at.end..sentence.end.max(at.end))?;
    // "a threat actor using the alias "rose87168" offered ... six million
    // records": the deed itself, told of the handle, owns up to it too.
    let owned_up = [
        "claimed responsibility",
        "claimed credit",
        "took credit",
        "claimed to have",
        "claiming to",
        "claims",
        "offered",
        "auction",
        "offering",
        "selling",
        "put up for sale",
        "leaked",
        "defaced",
        "hacked",
    ]
    .iter()
    .filter_map(|p| after.find(p))
    .min()
    .and_then(|end| after.get(..end))
    .is_some_and(|between| {
        !["no one", "nobody", " not ", "n't ", "no group", "none "]
            .iter()
            .any(|n| between.contains(n))
    });
    // "The claimed culprit is a forum user who calls himself ...", "an
    // extortion wave that began with a single attacker using the name ...":
    // the sentence names the handle as the one who did it.
    const CULPRIT_WORDS: &[&str] = &[
        "culprit",
        "perpetrator",
        "began with",
        "started with",
        "the work of",
        "carried out by",
    ];
    let named_culprit = ctx.text.get(sentence.start..at.start).is_some_and(|lead| {
        CULPRIT_WORDS.iter().any(|w| lead.contains(w))
            && !["not ", "n't ", "no "].iter().any(|n| lead.contains(n))
    });
    (owned_up || named_culprit).then(|| (name.to_string(), at))
}

/// "Janit0r, the pseudonymous author of BrickerBot": a handle set beside
/// the malware it wrote.
static AUTHOR: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)([A-Za-z0-9_][A-Za-z0-9_.-]{2,30}[A-Za-z0-9_]), (?:the|an?) (?:(?:pseudonymous|anonymous|self-described|self-styled|self-proclaimed|alleged) )?(?:author|creator|writer) of (?:the )?[A-Z]",
    )
});

/// The handle of a malware's author ([`AUTHOR`]), named again elsewhere:
/// one that no one would write as a word or a person's name, with a digit
/// or an underscore ("Janit0r") or a capital inside ("TheHackerGiraffe").
fn author_named(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = AUTHOR.as_ref()?;
    static GATE: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&[" author of ", " creator of ", " writer of "]));
    let marked = |handle: &str| {
        let inner_capital = handle
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w, [a, b] if a.is_ascii_lowercase() && b.is_ascii_uppercase()));
        handle.contains(|c: char| c.is_ascii_digit() || c == '_') || inner_capital
    };
    named_again_unlisted(ctx, re, &GATE, marked)
}

/// "Stophaus openly claimed the campaign", "X claimed responsibility": a
/// name that owns up to the attack.
static CLAIMANT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2}) (?:openly |publicly |quickly |later |also |has |had )?(?:claimed|(?:was|were|is) claiming) (?:responsibility|credit|the (?:attack|attacks|campaign|breach|hack|intrusion|operation))(?-u:\b)",
    )
});

/// Words that open a sentence as its subject without naming anyone.
const PRONOUNS: &[&str] = &[
    "He", "She", "It", "They", "We", "Who", "This", "That", "Nobody",
];

/// Whether a capitalised word names no one: a pronoun or one of
/// [`NOT_A_NAME`] ("The", "Police", "Monday").
fn names_no_one(word: &str) -> bool {
    not_a_name(word) || PRONOUNS.contains(&word)
}

/// A name the attack was claimed by ("The attack was claimed by \"Uprising
/// till Overthrow\", a group ..."): quoted (any words after a capital) or
/// up to three capitalised words.
static CLAIMED_BY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r#"(?-u:\b)(?:was|were|been|attacks?|intrusion|breach|hack|defacements?|leak) claimed by (?:the )?(?:(?:hacking|hacker|hacktivist) (?:group|collective|crew) )?(?:["\x{201C}]([A-Z][A-Za-z0-9]*(?: [A-Za-z0-9]+){0,4})["\x{201D}]|([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2}))"#,
    )
});

/// The first name the body says the attack was claimed by ([`CLAIMED_BY`]),
/// set in quotes or written again elsewhere, that is no pronoun, no common opening word and
/// no entity of the gazetteer (an actor there is a candidate already, a
/// country's word is no one's name).
fn claimed_by_named(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = CLAIMED_BY.as_ref()?;
    static GATE: LazyLock<super::AnyOf> = LazyLock::new(|| super::AnyOf::new(&[" claimed by "]));
    let found = super::first_in_body(ctx, re, |line| GATE.in_text(line))?;
    let caps = re.captures(found.slice(ctx.text)?)?;
    let quoted = caps.get(1);
    let name = quoted.or_else(|| caps.get(2))?;
    let at = crate::Span::new(found.start + name.start(), found.start + name.end());
    let name = at.slice(ctx.text)?;
    let first_word = name.split(' ').next().unwrap_or_default();
    (!names_no_one(first_word)
        && ctx.gazetteer.lookup(name).is_empty()
        && (quoted.is_some() || super::written_again(ctx.text, name, at)))
    .then(|| (name.to_string(), at))
}

/// "The company traced the operation to Rafotech, a large digital marketing
/// agency in Beijing": an organisation, set in apposition to what it is,
/// that the text traces or attributes the operation to (group 1).
static TRACED_TO: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:traced|attributed) (?:the |this |that )?(?:operation|campaign|attacks?|activity|scheme|malware|intrusions?|breach) (?:back )?to ([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2}), (?:a|an) ",
    )
});

/// The first organisation the body traces the operation to
/// ([`TRACED_TO`]), named again elsewhere, that is no entity of the
/// gazetteer (an actor there is a candidate already, a country is no one's
/// name).
fn traced_to_named(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = TRACED_TO.as_ref()?;
    static TRACED: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&["traced ", "attributed "]));
    named_again_unlisted(ctx, re, &TRACED, |name| {
        !names_no_one(name.split(' ').next().unwrap_or_default())
    })
}

/// The first name the body says claimed the attack ([`CLAIMANT`]), named
/// again elsewhere, that is no pronoun, no common opening word and no
/// entity of the gazetteer (an actor there is a candidate already).
fn claimant_named(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = CLAIMANT.as_ref()?;
    static CLAIMED: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&[" claimed ", " claiming "]));
    named_again_unlisted(ctx, re, &CLAIMED, |name| {
        let first_word = name.split(' ').next().unwrap_or_default();
        !names_no_one(first_word)
    })
}

/// The words after which a list names examples ("groups including A, B and
/// C", "gangs such as A or B").
const EXAMPLE_MARKERS: &[&str] = &[
    "including ",
    "such as ",
    "like ",
    "among them ",
    "e.g. ",
    "including those behind ",
    "including those of ",
    "such as those behind ",
    "including operators of the ",
    "including the operators of the ",
    "including operators of ",
    "such as the operators of ",
];

/// Whether the name at `span` follows "the gang behind", "the group
/// behind", "the operators behind", "the operators of" (and "the"): its
/// people are meant.
fn gang_behind(ctx: &Context<'_>, span: crate::Span) -> bool {
    const PEOPLE: &[&str] = &[
        "gang behind ",
        "gangs behind ",
        "group behind ",
        "groups behind ",
        "operators behind ",
        "operators of ",
        "criminals behind ",
        "crew behind ",
        "hackers behind ",
    ];
    let before = ctx.before(span.start, 32);
    let before = before.strip_suffix("the ").unwrap_or(before);
    PEOPLE.iter().any(|p| before.ends_with(p))
}

/// Whether the name at `span` follows an example marker of its sentence
/// ("such as", "including", "They include") with at least two commas
/// between, is not said to be the culprit, and is written nowhere else: one
/// of several examples, set apart by clauses.
fn in_loose_example_list(ctx: &Context<'_>, span: crate::Span) -> bool {
    const MARKERS: &[&str] = &["such as ", "including ", " include "];
    let Some(sentence) = ctx.sentence_span(span.start) else {
        return false;
    };
    let from = super::floor_char_boundary(ctx.text, span.start.saturating_sub(400));
    let Some(before) = ctx.text.get(from.max(sentence.start)..span.start) else {
        return false;
    };
    // A vectorised search: this runs for every candidate name.
    let Some(after_marker) = MARKERS
        .iter()
        .filter_map(|m| {
            memchr::memmem::rfind(before.as_bytes(), m.as_bytes()).map(|at| at + m.len())
        })
        .min()
        .and_then(|at| before.get(at..))
    else {
        return false;
    };
    after_marker.matches(", ").count() >= 2
        && !after_marker.contains([';', ':'])
        && !attributed_to(ctx, span.start)
        && ctx.may_scan_text()
        && span
            .slice(ctx.text)
            .is_some_and(|name| !super::written_again(ctx.text, name, sentence))
}

/// Plural nouns of a class of actors, before an [`EXAMPLE_MARKERS`] word
/// ("groups such as Killnet"): one name after them is an example.
const ACTOR_CLASSES: &[&str] = &[
    "groups",
    "gangs",
    "actors",
    "crews",
    "hacktivists",
    "collectives",
    "operators",
    "outfits",
    "units",
    "syndicates",
];

/// The indexes in `ctx.mentions` of the actors and ransomware families named
/// in a list of examples: two or more names joined by commas, "and" or "or",
/// the first right after an [`EXAMPLE_MARKERS`] word; or one name there,
/// after a class of actors ([`ACTOR_CLASSES`]: "groups such as Killnet").
fn example_lists(ctx: &Context<'_>) -> Vec<usize> {
    let named = |m: &crate::gazetteer::Mention| {
        m.kind == EntityKind::Actor
            || m.kind == EntityKind::Software
                && m.entity
                    .and_then(|id| ctx.gazetteer.get(id))
                    .is_some_and(|e| e.subkind.as_deref() == Some("ransomware"))
    };
    // A name's alias in brackets joins it too ("Careto (The Mask) and
    // ProjectSauron"), the bracket closed before the next separator.
    let joined = |gap: &str, a: &crate::gazetteer::Mention, b: &crate::gazetteer::Mention| {
        let gap = gap.strip_prefix(')').unwrap_or(gap);
        matches!(gap, ", " | " and " | ", and " | " or " | ", or ")
            || list_gap(gap)
            || gap == " (" && a.entity.is_some() && a.entity == b.entity
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.mentions.len() {
        let Some(first) = ctx.mentions.get(i).filter(|m| named(m)) else {
            i += 1;
            continue;
        };
        // The chain of names joined to the first.
        let mut end = i;
        while let (Some(a), Some(b)) = (ctx.mentions.get(end), ctx.mentions.get(end + 1)) {
            let gap = ctx.text.get(a.span.end..b.span.start).unwrap_or_default();
            if !named(b) || !joined(gap, a, b) {
                break;
            }
            end += 1;
        }
        let marked = || {
            let before = ctx.before(first.span.start, 32).to_ascii_lowercase();
            EXAMPLE_MARKERS.iter().any(|w| before.ends_with(w))
        };
        // One name is an example too where a class of actors comes before
        // the marker ("Pro-Russian groups such as Killnet have targeted").
        let of_a_class = || {
            let before = ctx.before(first.span.start, 56).to_ascii_lowercase();
            EXAMPLE_MARKERS.iter().any(|w| {
                before.strip_suffix(w).is_some_and(|b| {
                    let b = b.trim_end_matches([' ', ',']);
                    ACTOR_CLASSES.iter().any(|c| {
                        b.strip_suffix(c)
                            .is_some_and(|r| r.is_empty() || r.ends_with([' ', '-']))
                    })
                })
            })
        };
        if (end > i || of_a_class()) && marked() {
            out.extend(i..=end);
        }
        i = end + 1;
    }
    out
}

/// Whether `gap` between two names of a list holds only more names the
/// gazetteer does not know (", Nefilim, " of "LockBit, Nefilim, Pysa"):
/// capitalised words between list separators.
fn list_gap(gap: &str) -> bool {
    let Some(inner) = gap.strip_prefix(", ") else {
        return false;
    };
    let inner = [", and ", " and ", ", or ", " or ", ", "]
        .iter()
        .find_map(|sep| inner.strip_suffix(sep))
        .unwrap_or("");
    !inner.is_empty()
        && inner.len() <= 80
        && inner.split(", ").all(|name| {
            !name.is_empty()
                && name.split(' ').count() <= 3
                && name
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        })
}

/// A person introduced as the one arrested, charged, convicted or
/// sentenced ("the FBI arrested Paige Thompson, a Seattle software
/// engineer", "arrested Ab C. Cd, the owner of ...", "Graham Ivan Clark, a
/// 17-year-old from Tampa, was charged"),
/// or who owned up to it ("X, a 21-year-old ..., told a newspaper that he
/// had carried out the intrusion", "X, a ..., claimed responsibility"), or
/// the persona the text says did it ("a contributor using the name Jia
/// Tan"), or one charged and said to have done it ("a complaint against
/// Ab Cd, whom it accused of ..."), or one described, then named ("police
/// detained a 21-year-old French student, Sebastien Raoult,"), or one
/// the text's sources name ("named him as Galen Marsh, a 30-year-old
/// financial adviser"), or one a court sentenced ("a Lisbon court on Monday
/// gave Rui Pinto ... a suspended sentence"), or one identified as the
/// author of the tools ("identified Ab Cd, who lives in Simferopol, as the
/// author of a component the botnet used"), or one charged in so many words
/// ("Ab Cd is charged with one count", "has pleaded not guilty", "the
/// conviction and sentence of Ab Cd, a ..."), or the suspect named as
/// held ("The suspect, Ab Cd, was taken into custody"), or the first of
/// those an indictment names ("An indictment ... names Ab Cd, Ef Gh and"),
/// or the defendant of a trial named in apposition ("The defendant, Juan
/// Carlos García Rivera, worked for ..."), or one arrested on a day or at a
/// place, after a rank if any ("arrested Airman First Class Ab Cd Ef on
/// Thursday").
static ACCUSED: LazyLock<Option<Regex>> = LazyLock::new(|| {
    // Every name word is written `[A-Z][a-z]+` and read as [`NAME_WORD`]:
    // names may carry Latin accents ("Hervé Falciani", "Łukasz").
    super::lexicon::ascii_regex(
        &r"(?-u:\b)(?:arrested|detained|charged|charges?|indicted|convicted|extradited|sentenced|against|arresting|detaining|charging|indicting|convicting|extraditing|sentencing|accuses|accusing)(?: the)? ((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?(?:[A-Z]')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: and (?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)?, (?:[1-9][0-9], |a |an |who (?:is|was|had|has) |whom? [^.,]{0,30}?(?:accused|alleged|suspected|charged)(?-u:\b)|the (?:[A-Za-z-]+ ){0,2}?(?:owner|founder|co-founder|head|boss|operator|administrator|leader|chief executive) of )|(?-u:\b)((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?(?:[A-Z]')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?), (?:(?:both )?[1-9][0-9], (?:(?:a|an) )?|(?:a|an) |(?:also )?known (?:online |only )?as |the former |the [1-9][0-9]-year-old |of [A-Z][a-z]+(?:(?:, | and )[A-Z][a-z]+)?, |the (?:[A-Za-z-]+ ){0,2}(?:fraudster|conman|scammer|hacker|programmer|developer|student|teenager|engineer|coach|employee|founder|suspect) )(?:[^.]|\.[0-9]|(?:St|Mr|Mrs|Ms|Dr|Jr|Inc|Ltd|Corp)\.){0,240}?(?:(?:is|was|were|are) accused of|will not go to (?:prison|jail)|(?:has been|was) spared (?:prison|jail)|(?:was|were|had been|has been) (?:later |also )?(?:arrested|detained|charged|indicted|convicted|sentenced|ordered|found guilty)|(?:has |had )?pleaded (?:not )?guilty|received (?:a |an )?(?:[\w-]+ ){0,3}?(?:sentence|prison term|jail term)|admitted (?:[a-z-]+ ){0,3}?(?:fraud|charges?|conspiracy|hacking|intrusion|offences?|offenses?|counts?)|entered (?:a |her |his )(?:guilty )?plea|claimed (?:responsibility|the (?:attack|breach|hack|intrusion))|(?:said|told [^.]{0,60}?) that (?:he|she) had (?:carried out|committed) (?:the|it))(?-u:\b)|(?-u:\b)(?:contributor|developer|maintainer|user|account|seller|hacker) (?:using|under|going by) the (?:name|alias|handle|persona|pseudonym) ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+|[A-Z][a-z]+ [A-Z][a-z]+)(?-u:\b)|(?-u:\b)(?:arrested|detained|charged|indicted|extradited|arresting|detaining|charging|indicting|extraditing) (?:a|an) (?:[\w-]+ ){0,5}?(?:man|woman|student|national|citizen|engineer|developer|programmer|hacker|teenager|suspect|resident), ((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?[A-Z][a-z]+),|(?-u:\b)(?:sentenced|convicted) (?:(?:[A-Z][a-z]+ )?(?:national|citizen|resident|hacker|programmer|businessman|businesswoman|engineer|executive|scientist|researcher|student|employee|man|woman) )?((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) (?:to|of|on|for) |(?-u:\b)(?:named|identified) (?:him|her) as ((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?[A-Z][a-z]+), (?:[1-9][0-9], |a |an )|(?-u:\b)(?:court|judge|jury) (?:[A-Za-z]+ ){0,3}?(?:gave|handed|sentenced|convicted|jailed) ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?:[ ,.;:]|$)|(?-u:\b)(?:indictment|complaint|charges) against ((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?[A-Z][a-z]+) (?:was|were|has been|have been|had been) (?:unsealed|filed|brought|announced)(?-u:\b)|(?-u:\b)(?:named|identified) the (?:employee|worker|staff member|contractor|insider|suspect|culprit|hacker|intruder) as ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?:[ ,.;:]|$)|(?-u:\b)[Tt]he (?:main |prime |chief )?(?:attacker|hacker|culprit|perpetrator|suspect) (?:was|is|turned out to be) ((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?-u:\b)|(?-u:\b)came forward (?:[^.,]{0,40}? )?as ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?-u:\b)|(?-u:\b)(?:named|identified) ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+),? (?:[^.]{0,80}?,? )?as the (?:author|developer|creator|operator|administrator|owner) of(?-u:\b)|(?-u:\b)(?:[Dd]efendants|[Ss]uspects|[Aa]ccused) (?:are|were|include|included) ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?:[ ,.;:]|$)|(?-u:\b)((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) (?:is|was|has been) (?:charged with|accused of|indicted on|indicted for)(?-u:\b)|(?-u:\b)(?:conviction|sentence|extradition|arrest)(?: and (?:sentence|conviction))? of ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+), (?:a |an |the |[1-9][0-9], )|(?-u:\b)found ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+),? (?:[^.]{0,80}? )?guilty(?-u:\b)|(?-u:\b)[Tt]he (?:main |prime |chief )?(?:suspect|accused), ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+), (?:was|has been) (?:taken into custody|arrested|detained|charged)(?-u:\b)|(?-u:\b)(?:indictment|complaint) (?:[^.]{0,80}? )?names ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?:,| and )|(?-u:\b)[Tt]he (?:defendant|accused), ((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+),|(?-u:\b)(?:arrested|detained) (?:(?:Airman|Private|Specialist|Sergeant|Staff Sergeant|Corporal|Lance Corporal|Lieutenant|Captain|Seaman|Petty Officer)(?: First Class)? )?((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) (?:on|in|at) (?:[A-Z]|[0-9])|(?-u:\b)(?:ringleaders?|masterminds?) (?:was|were|is|are) (?:[A-Z][a-z]+-[A-Z][a-z]+ )?((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+), (?:[1-9][0-9],|a |an )|(?-u:\b)((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?[A-Z][a-z]+), who [^,.]{3,80}, (?:was|has been|had been) (?:later |also )?(?:arrested|detained|charged|indicted|convicted|sentenced)(?-u:\b)|(?-u:\b)(?:arrested|detained|charged|indicted|convicted|sentenced) (?:the (?:[a-z-]+ ){0,2})?(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+['\x{2019}]s (?:[a-z-]+ ){0,2}?[a-z-]+, ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+),".replace("[A-Z][a-z]+", NAME_WORD),
    )
});

/// A capitalised word of a person's name in [`ACCUSED`], Latin accents
/// included.
const NAME_WORD: &str = r"[A-ZÀ-ÖØ-Þ\x{100}-\x{17F}][a-zß-öø-ÿ\x{100}-\x{17F}]+";

/// The evidence rule of an attacker [`accused_person`] found.
const ACCUSED_RULE: &str = "person charged, arrested or convicted";

/// The evidence rule of an attacker [`accused_by_full_name`] found.
const FULL_NAME_RULE: &str = "person named in the body and later arrested, charged or convicted";

/// The first person the body introduces as accused ([`ACCUSED`]) whose
/// surname the article uses again, and who is no entity of the gazetteer.
fn accused_person(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    accused_person_in(ctx, ctx.body, true)
}

/// A person the body introduces by full name in apposition ("Evaldas
/// Rimasauskas, a Lithuanian man in his forties,", "Ab Cd, a penetration
/// tester from Plovdiv"), for
/// [`accused_by_surname`].
static INTRODUCED_PERSON: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+), (?:a|an) (?:[\w-]+ ){0,4}?(?:man|woman|national|citizen|resident|student|engineer|developer|programmer|hacker|teenager|tester|worker|employee|administrator|contractor|consultant|specialist)(?-u:\b)",
    )
});

/// What follows a surname that tells of the person's arrest, charge or
/// conviction ("Rimasauskas was arrested in Lithuania", "Rimasauskas
/// pleaded guilty").
const ACCUSED_AFTER_SURNAME: &[&str] = &[
    " was arrested",
    " had been arrested",
    " has been arrested",
    " was later arrested",
    " was first arrested",
    " was charged",
    " was first charged",
    " was later charged",
    " was also charged",
    " was indicted",
    " was convicted",
    " was extradited",
    " was sentenced",
    " was later sentenced",
    " pleaded guilty",
    " later pleaded guilty",
    " faces one count",
    " faces charges",
    " faces federal charges",
    " was released on bond",
    " was released on bail",
    " pleaded not guilty",
    " appeared in court",
    " appeared before a court",
    " appeared before a judge",
    " appeared before a magistrate",
    " appeared before Chief Magistrate",
    " appeared before Magistrate",
];

/// A person introduced by full name ([`INTRODUCED_PERSON`]) whose surname
/// alone is later arrested, charged or convicted: the story names its
/// culprit first and the arrest paragraphs later, by surname.
fn accused_by_surname(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = INTRODUCED_PERSON.as_ref()?;
    // The words written right before an arrest, charge or conviction,
    // found once (one pass of the text per phrase, whatever the number of
    // people introduced).
    let mut accused: Option<Vec<&str>> = None;
    for span in ctx.body {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        if !line.contains(", a") {
            continue;
        }
        for caps in re.captures_iter(line) {
            let Some(name) = caps.get(1) else {
                continue;
            };
            let Some(surname) = surname_of(name.as_str()) else {
                continue;
            };
            let accused = accused.get_or_insert_with(|| words_before_accusation(ctx.text));
            if accused.binary_search(&surname).is_ok()
                && ctx.gazetteer.lookup(name.as_str()).is_empty()
            {
                let at = crate::Span::new(span.start + name.start(), span.start + name.end());
                return Some((name.as_str().to_string(), at));
            }
        }
    }
    None
}

/// A person introduced otherwise than in apposition ("According to an
/// affidavit, Conor Brian Fitzpatrick admitted ..."): the first full name in
/// the body that ends in a surname later arrested, charged or convicted.
/// (See [`accused_company`] for a company.)
/// Weaker than [`accused_by_surname`]: read only when the text describes no
/// attacker at all.
fn accused_by_full_name(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    /// Words one of which every phrase of [`ACCUSED_AFTER_SURNAME`] holds.
    static GATE: LazyLock<super::AnyOf> = LazyLock::new(|| {
        super::AnyOf::new(&[
            "arrested",
            "charged",
            "indicted",
            "convicted",
            "extradited",
            "sentenced",
            "pleaded",
            "faces",
            "released on",
            "appeared",
        ])
    });
    if !GATE.in_text(ctx.text) {
        return None;
    }
    let mut surnames = words_before_accusation(ctx.text);
    surnames.retain(|w| w.starts_with(char::is_uppercase) && !names_no_one(w));
    if surnames.is_empty() {
        return None;
    }
    // One pass over the body's words, whatever the number of surnames.
    for span in ctx.body {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        let mut at = 0;
        for word in line.split(' ') {
            let word_at = at;
            at += word.len() + 1;
            let surname = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if surname.is_empty() || surnames.binary_search(&surname).is_err() {
                continue;
            }
            if let Some(found) = full_name_ending_at(line, word_at, surname.len()) {
                // "an analyst at Contoso Financial has been arrested": a
                // workplace, not the one arrested.
                let before = line.get(..found.1.start).unwrap_or_default();
                let workplace = [" at ", " for "].iter().any(|w| before.ends_with(w));
                if !workplace && ctx.gazetteer.lookup(&found.0).is_empty() {
                    let (name, local) = found;
                    let at = crate::Span::new(span.start + local.start, span.start + local.end);
                    return Some((name, at));
                }
            }
        }
    }
    None
}

/// The full name in `line` whose surname, `len` bytes, starts at `at`: one
/// or two capitalised words right before it ("Conor Brian Fitzpatrick"),
/// a middle initial between ("Ryan S. Hernandez"),
/// with a generational suffix after it ("Eric Council Jr.", "Walter Delgatti
/// Neto"); its span in `line`.
fn full_name_ending_at(line: &str, at: usize, len: usize) -> Option<(String, crate::Span)> {
    let before = line.get(..at)?;
    let mut start = at;
    let mut words = 0;
    let mut initial_read = false;
    for word in before.rsplit(' ').skip(1).take(3) {
        // A middle initial ("Ryan S. Hernandez"), right before the surname.
        let initial = words == 0
            && !initial_read
            && word.len() == 2
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.ends_with('.');
        if initial {
            start -= word.len() + 1;
            initial_read = true;
            continue;
        }
        if words == 2 {
            break;
        }
        // "Adrian-Tiberiu": a hyphenated given name, each part capitalised.
        // Latin accents included ("Andrés Fernando Sepúlveda").
        let given = word.len() >= 2
            && word.split('-').all(|part| {
                part.starts_with(char::is_uppercase) && part.chars().all(char::is_alphabetic)
            })
            && !names_no_one(word)
            && !["Mr", "Mrs", "Ms", "Dr", "Judge", "Officer"].contains(&word);
        if !given {
            break;
        }
        start -= word.len() + 1;
        words += 1;
    }
    if words == 0 {
        return None;
    }
    let tail = line.get(at + len..).unwrap_or_default();
    let suffix = [
        " Jr.",
        " Sr.",
        " Jr",
        " Sr",
        " Junior",
        " J\u{fa}nior",
        " Neto",
        " Filho",
        " Sobrinho",
        " III",
        " II",
        " IV",
    ]
    .iter()
    .find(|s| {
        tail.starts_with(**s)
            && !tail
                .get(s.len()..)
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_alphanumeric)
    })
    .map_or(0, |s| s.len());
    let end = at + len + suffix;
    let name = line.get(start..end)?;
    Some((name.to_string(), crate::Span::new(start, end)))
}

/// The words right before each phrase of [`ACCUSED_AFTER_SURNAME`] in
/// `text`, sorted.
fn words_before_accusation(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for tail in ACCUSED_AFTER_SURNAME {
        for at in memchr::memmem::find_iter(text.as_bytes(), tail.as_bytes()) {
            let before = text.get(..at).unwrap_or_default();
            // "Burke, 45, was arrested": past the age in apposition.
            let before = before
                .strip_suffix(',')
                .and_then(|b| b.rsplit_once(", "))
                .filter(|(_, age)| !age.is_empty() && age.bytes().all(|b| b.is_ascii_digit()))
                .map_or(before, |(head, _)| head);
            // Latin accents included ("Sepúlveda faces charges").
            let word = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            if !word.is_empty() {
                words.push(word);
            }
        }
    }
    words.sort_unstable();
    words.dedup();
    words
}

/// [`accused_person`] in the lead alone: a story that opens with a person's
/// arrest, charge or extradition is about that person ("police detained a
/// 21-year-old French student, Sebastien Raoult, ... suspected of belonging
/// to ShinyHunters").
fn accused_in_lead(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    /// The enforcement verbs of [`ACCUSED`]: a lead without one is not read.
    static ENFORCEMENT: LazyLock<super::AnyOf> = LazyLock::new(|| {
        super::AnyOf::new(&[
            "arrest",
            "detain",
            "charg",
            "indict",
            "convict",
            "extradit",
            "sentenc",
            "pleaded guilty",
            "pled guilty",
            "pleads guilty",
        ])
    });
    let lead = ctx.body.get(..1).unwrap_or_default();
    let line = lead.first().and_then(|s| s.slice(ctx.text))?;
    if !ENFORCEMENT.in_text(line) {
        return None;
    }
    accused_person_in(ctx, lead, true).or_else(|| named_next(ctx))
}

/// "A 21-year-old hacker from Kosovo ... was sentenced on Friday to 20 years
/// in prison. Ardit Ferizi was sentenced by ...": the lead tells of an
/// unnamed person's arrest or sentence, the next sentence opens with the
/// person's name (with age and home town) and the same kind of verb, or a
/// confession ("Daniel Kaye, 29, had confessed", "Ab Cd, 22, of Fanwood,
/// had pleaded guilty").
fn named_next(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    static NAMED: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"^((?:[A-Z][a-z]+ ){1,2}(?:[A-Z]\. )?[A-Z][a-z]+)(?: [JS]r\.)?(?:, [1-9][0-9],|, (?:a|an) [^.,]{0,100}(?:, [^.,]{0,60}){0,2},)?(?: who [^.,]{0,60},)?(?:,? of [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)?,)? (?:(?:was|has been|had been) (?:sentenced|arrested|charged|convicted|extradited|indicted|detained|taken into custody)|(?:had |has )?(?:confessed|admitted|pleaded guilty)|(?:is|was) accused of)(?-u:\b)",
        )
    });
    // "A former contractor who ... has been sentenced to two years. Vitek
    // Boden had worked for Hunter Watertech": a lead about someone unnamed,
    // and the next sentence opens with a full name, that of a person the
    // story goes on to name (not one who speaks).
    static SUBJECT: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"^((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?:, [1-9][0-9],)? (?:had|has|was|is|who|used|worked|ran|began|started|wrote|built|admitted|confessed|sold|stole|hacked|created|made)(?-u:\b)",
        )
    });
    let re = NAMED.as_ref()?;
    let first = ctx.first_sentence()?;
    let sentences = ctx.sentences();
    let next = *sentences.get(sentences.iter().position(|s| *s == first)? + 1)?;
    // The lead's next sentence, or the second paragraph's first ("A former
    // analyst ... has been arrested. The FBI said ...\nAb Cd Jr., a
    // 36-year-old from Pasadena ..., is accused of ...").
    let second = ctx
        .body
        .get(1)
        .and_then(|line| ctx.sentence_span(line.start))
        .filter(|s| *s != next);
    for (i, next) in std::iter::once(next).chain(second).enumerate() {
        let Some(text) = next.slice(ctx.text).map(str::trim_start) else {
            continue;
        };
        let offset = next.end - next.start - text.len();
        let name = match re.captures(text).and_then(|c| c.get(1)) {
            Some(name) => name,
            // After a dateline ("MAROOCHYDORE, Queensland -- "), the
            // next sentence only.
            None if i == 0 => {
                let unnamed_lead = super::victim::lead_after_dateline(ctx)
                    .is_some_and(|f| f.starts_with("A ") || f.starts_with("An "));
                let Some(name) = SUBJECT
                    .as_ref()
                    .filter(|_| unnamed_lead)
                    .and_then(|re| re.captures(text))
                    .and_then(|c| c.get(1))
                else {
                    continue;
                };
                let at = crate::Span::new(
                    next.start + offset + name.start(),
                    next.start + offset + name.end(),
                );
                let Some(surname) = surname_of(name.as_str()) else {
                    continue;
                };
                if !ctx.may_scan_text() || !super::written_again(ctx.text, surname, at) {
                    continue;
                }
                name
            }
            None => continue,
        };
        if !ctx.gazetteer.lookup(name.as_str()).is_empty() {
            continue;
        }
        let start = next.start + offset + name.start();
        return Some((
            without_patronymic(name.as_str()),
            crate::Span::new(start, start + name.len()),
        ));
    }
    None
}

/// [`accused_person`] in the body lines `lines`, its surname written again
/// if `named_again`.
fn accused_person_in(
    ctx: &Context<'_>,
    lines: &[crate::Span],
    named_again: bool,
) -> Option<(String, crate::Span)> {
    /// Words one of which every match of [`ACCUSED`] holds.
    const VERBS: &[&str] = &[
        "arrest",
        "detain",
        "charg",
        "indict",
        "convict",
        "extradit",
        "sentenc",
        "custody",
        "pleaded guilty",
        "pleaded not guilty",
        "admitted",
        " guilty",
        "accused of",
        "defendant",
        "The accused",
        "the accused",
        "against",
        "claimed",
        "carried out",
        "committed",
        "the name",
        "the alias",
        "the handle",
        "the persona",
        "identified the",
        "named the",
        "attacker was",
        "hacker was",
        "culprit was",
        "perpetrator was",
        "turned out to be",
        "came forward",
        "the pseudonym",
        "him as",
        "her as",
        "not go to",
        "spared",
        "as the author",
        "as the developer",
        "as the creator",
        "as the operator",
        "as the administrator",
        "as the owner",
        // "the two ringleaders were Franco-Israeli Ab Cd, 54, and ...".
        "ringleader",
        "mastermind",
    ];
    static ANY_VERB: LazyLock<super::AnyOf> = LazyLock::new(|| super::AnyOf::new(VERBS));
    let re = ACCUSED.as_ref()?;
    for span in lines {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        if !ANY_VERB.in_text(line) {
            continue;
        }
        for caps in re.captures_iter(line) {
            let Some(name) = (1..caps.len()).find_map(|i| caps.get(i)) else {
                continue;
            };
            // "It identified the employee as Ab Cd", "The attacker was Ab
            // Cd", "Ab Cd ... told the Journal that he had carried out the
            // intrusion", "came forward on Saturday as Ab Cd", "identified
            // Ab Cd, who lives in X, as the author of": the culprit named
            // outright, once is enough.
            let confessed = caps.get(0).is_some_and(|m| {
                m.as_str().contains(" that he had ") || m.as_str().contains(" that she had ")
            });
            let identified = (9..=12).any(|i| caps.get(i).is_some()) || confessed;
            let Some(surname) = surname_of(name.as_str()) else {
                continue;
            };
            let named_at = crate::Span::new(span.start + name.start(), span.start + name.end());
            // One search of the text per candidate: bounded on hostile input
            // (thousands of people, each arrested once).
            if !ctx.may_scan_text() {
                return None;
            }
            // Named once: not one the sentence lets go ("but released her
            // without charge").
            let let_go = || {
                const LET_GO: &[&str] = &["released", "without charge", "acquitted", "cleared"];
                let sentence = ctx
                    .sentence_span(named_at.start)
                    .and_then(|s| s.slice(ctx.text));
                sentence.is_some_and(|t| LET_GO.iter().any(|w| t.contains(w)))
            };
            let again = if identified {
                true
            } else if named_again {
                super::written_again(ctx.text, surname, named_at)
            } else {
                !let_go()
            };
            if !again || !ctx.gazetteer.lookup(name.as_str()).is_empty() {
                continue;
            }
            if let Some(pair) = accused_pair(ctx, named_at) {
                return Some(pair);
            }
            return Some((without_patronymic(name.as_str()), named_at));
        }
    }
    None
}

/// Two people charged together, the other named right before or after the
/// one found ("Daniel Abayev and Peter Leyman, both 48, were arrested"):
/// "Ab Cd and Ef Gh", spanning both.
fn accused_pair(ctx: &Context<'_>, named_at: crate::Span) -> Option<(String, crate::Span)> {
    static BEFORE: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(r"(?:^|[^A-Za-z.] ?)((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+) and $")
    });
    static AFTER: LazyLock<Option<Regex>> = LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"^ and ((?:[A-Z][a-z]+ ){1,2}[A-Z][a-z]+)(?:, both |, who | were | have been | had been | are )",
        )
    });
    let name = named_at.slice(ctx.text)?;
    let person = |other: &str| {
        other.split(' ').all(|w| !not_a_name(w)) && ctx.gazetteer.lookup(other).is_empty()
    };
    let before = ctx.before(named_at.start, 60);
    if let Some(other) = BEFORE.as_ref()?.captures(before).and_then(|c| c.get(1)) {
        if person(other.as_str()) {
            let start = named_at.start - (before.len() - other.start());
            let pair = format!(
                "{} and {}",
                without_patronymic(other.as_str()),
                without_patronymic(name)
            );
            return Some((pair, crate::Span::new(start, named_at.end)));
        }
    }
    let after = ctx.text.get(named_at.end..).unwrap_or_default();
    let after = after
        .get(..super::floor_char_boundary(after, 80))
        .unwrap_or_default();
    let other = AFTER.as_ref()?.captures(after).and_then(|c| c.get(1))?;
    person(other.as_str()).then(|| {
        let pair = format!(
            "{} and {}",
            without_patronymic(name),
            without_patronymic(other.as_str())
        );
        (
            pair,
            crate::Span::new(named_at.start, named_at.end + other.end()),
        )
    })
}

/// "Peter Yuryevich Levashov" as news writes it after the first mention:
/// "Peter Levashov". A middle word ending as Russian and Ukrainian
/// patronymics do ("-vich", "-vych", "-vna", "-ichna") is dropped, and so
/// is a middle initial ("David A. Tinley"); other names stay.
fn without_patronymic(name: &str) -> String {
    // "David A. Tinley" is "David Tinley" after the first mention.
    let words: Vec<&str> = name
        .split(' ')
        .filter(|w| !(w.len() == 2 && w.ends_with('.')))
        .collect();
    if words.len() < name.split(' ').count() {
        return words.join(" ");
    }
    match words.as_slice() {
        [first, middle, last]
            if ["vich", "vych", "vna", "ichna"]
                .iter()
                .any(|end| middle.len() > end.len() + 2 && middle.ends_with(end)) =>
        {
            format!("{first} {last}")
        }
        _ => name.to_string(),
    }
}

/// The last word of a person's name as a pattern captured it ("Evaldas
/// Rimasauskas"), or `None` when one of its words names no person ("The",
/// "Police", see [`NOT_A_NAME`]).
fn surname_of(name: &str) -> Option<&str> {
    let mut words = name.split(' ');
    if words.clone().any(not_a_name_any_case) {
        return None;
    }
    words.next_back()
}

/// Whether `word`, as written, is one of [`NOT_A_NAME`] or a month's name.
fn not_a_name(word: &str) -> bool {
    NOT_A_NAME.contains(&word) || super::MONTHS.contains(&word)
}

/// Whether `word`, in any casing, is one of [`NOT_A_NAME`] or a month's
/// name.
fn not_a_name_any_case(word: &str) -> bool {
    NOT_A_NAME
        .iter()
        .chain(super::MONTHS)
        .any(|n| n.eq_ignore_ascii_case(word))
}

/// Capitalised words that start sentences or name things, not people
/// (months: [`super::MONTHS`], see [`not_a_name`]).
const NOT_A_NAME: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "With",
    "After",
    "Before",
    "When",
    "While",
    "Since",
    "During",
    "Against",
    "Among",
    "Besides",
    "Beyond",
    "Unlike",
    "Despite",
    "Including",
    "Although",
    "Though",
    "Unless",
    "Until",
    "Meanwhile",
    "Also",
    "But",
    "And",
    "As",
    "If",
    "Police",
    "Court",
    "Department",
    "Justice",
    "Ministry",
    "Office",
    "Agency",
    "Bureau",
    // "a member of the Massachusetts Air National Guard has been charged":
    // a body's word, not a surname.
    "Guard",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Corps",
    "Service",
    "University",
    "College",
    "Commission",
    "Authority",
    "Bank",
    "Hospital",
    "Group",
    "Team",
    "Company",
    "Inc",
    "Ltd",
    "Corp",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    // "Two Sinovel managers ... recruited": a count, not a first name.
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Both",
    "Several",
    "Some",
    "Many",
];

/// A company a court sentenced, convicted or indicted, named with its legal
/// form ("has sentenced Sinovel Wind Group Co. Ltd., one of China's largest
/// wind turbine makers, for stealing trade secrets"), in group 1 without
/// that form. Not "fined": regulators fine the victims of breaches.
static ACCUSED_COMPANY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:sentenced|convicted|indicted)\s+([A-Z][A-Za-z0-9&-]*(?:\s+[A-Z][A-Za-z0-9&-]*){0,3}?)(?:,?\s+(?:Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|GmbH|PLC|AG))+(?-u:\b)",
    )
});

/// The company of [`ACCUSED_COMPANY`] in the body, if the text writes its
/// first word again and the gazetteer does not know it: a prosecution's
/// culprit when no person or actor is named.
fn accused_company(ctx: &Context<'_>) -> Option<(String, crate::Span)> {
    let re = ACCUSED_COMPANY.as_ref()?;
    static COURT: LazyLock<super::AnyOf> =
        LazyLock::new(|| super::AnyOf::new(&["sentenced", "convicted", "indicted"]));
    let (name, at) = first_unlisted(ctx, re, &COURT, |name| {
        let first = name.split(' ').next().unwrap_or_default();
        !names_no_one(first)
    })?;
    let first = name.split(' ').next().unwrap_or(name);
    let first_at = crate::Span::new(at.start, at.start + first.len());
    super::written_again(ctx.text, first, first_at).then(|| (name.to_string(), at))
}

/// "Mirai-variant botnet": a qualifier that starts with a software family's
/// name.
fn names_software(ctx: &Context<'_>, q: &str) -> bool {
    let first = q.split([' ', '-']).next().unwrap_or_default();
    // Written as a name, and no month or day: "stop fraudsters" and "late
    // August attackers" name no STOP ransomware or August stealer.
    if !first.starts_with(|c: char| c.is_ascii_uppercase()) || not_a_name(first) {
        return false;
    }
    ctx.gazetteer
        .lookup(first)
        .iter()
        .filter_map(|&id| ctx.gazetteer.get(id))
        .any(|e| e.kind == EntityKind::Software)
}

/// "We have reason to strongly suspect the attack was carried out by
/// hackers from China", "Hackers suspected of working for Iran": a
/// country's attackers the sentence only suspects are "Suspected Chinese
/// hackers". The description must hold a country's name or adjective.
fn suspected_if_hedged(ctx: &Context<'_>, name: String, at: crate::Span) -> String {
    // Only the verb the label's word comes from: "investigators believe
    // North Korean hackers broke in" stays "North Korean hackers".
    const HEDGES: &[&str] = &["suspect", "suspects", "suspected", "suspicion"];
    let of_a_country = || ctx.mentions_in(at).any(|m| m.kind == EntityKind::Country);
    let qualified = ["Unknown", "Suspected", "Alleged", "Likely"]
        .iter()
        .any(|w| name.starts_with(w));
    if qualified || !of_a_country() {
        return name;
    }
    let sentence = sentence_or_window(ctx, at.start);
    // "described China as the leading suspect": the noun names whom
    // officials suspect most, as good as an attribution.
    const NOUN_BEFORE: &[&str] = &["a", "the", "leading", "prime", "main", "chief", "key"];
    let mut previous = "";
    let mut hedged = false;
    for w in sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let noun = w.eq_ignore_ascii_case("suspect")
            && NOUN_BEFORE.iter().any(|n| n.eq_ignore_ascii_case(previous));
        if !noun && HEDGES.iter().any(|h| h.eq_ignore_ascii_case(w)) {
            hedged = true;
            break;
        }
        previous = w;
    }
    if hedged {
        format!("Suspected {name}")
    } else {
        name
    }
}

/// The sentence at `at`, or a window of 300 bytes around `at` when the
/// sentence is longer: bounded work per description in a sentence of any
/// length.
fn sentence_or_window<'c>(ctx: &'c Context<'_>, at: usize) -> &'c str {
    let window = ctx.window(at, 300);
    ctx.sentence_span(at)
        .and_then(|s| s.slice(ctx.text))
        .filter(|s| s.len() <= window.len())
        .unwrap_or(window)
}

/// Whether the sentence at `at` says who was behind the attack ("behind",
/// "blamed", "attributed", "responsible").
fn attributed_in_sentence(ctx: &Context<'_>, at: usize) -> bool {
    const WORDS: &[&str] = &[
        "behind",
        "blamed",
        "attributed",
        "attributes",
        "responsible",
        "culprit",
        "hallmarks",
        // "Suspicion has fallen on hackers based in China".
        "suspicion",
    ];
    sentence_or_window(ctx, at)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// The attacker a finder named (a person, a service, a collective), with
/// the rule that found it as evidence.
fn named_attacker(
    ctx: &Context<'_>,
    (name, at): (String, crate::Span),
    rule: &str,
    source: AttackerSource,
    evidence: &mut Vec<Evidence>,
) -> Attacker {
    let (name, at) = if source == AttackerSource::Person {
        with_fourth_name_word(ctx.text, name, at)
    } else {
        (name, at)
    };
    evidence.push(Evidence {
        field: "Attacker",
        rule: rule.to_string(),
        text: name.clone(),
        span: Some(at),
        weight: 1.0,
    });
    Attacker {
        name,
        source,
        state: false,
        attribution: Attribution {
            country: stated_country(ctx),
            agency: None,
        },
    }
}

/// A person's name of three words, with the capitalised word the text
/// writes right after it ("Le Duc Hoang Hai, 31", "Juan Carlos Perez Garcia
/// was arrested"): the finders' patterns stop at three words.
fn with_fourth_name_word(text: &str, name: String, at: crate::Span) -> (String, crate::Span) {
    if at.slice(text) != Some(name.as_str()) || name.split(' ').count() != 3 {
        return (name, at);
    }
    let rest = text.get(at.end..).unwrap_or_default();
    let Some(word) = rest.strip_prefix(' ') else {
        return (name, at);
    };
    let len = word
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(word.len());
    let (fourth, after) = (
        word.get(..len).unwrap_or_default(),
        word.get(len..).unwrap_or_default(),
    );
    let mut chars = fourth.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && fourth.chars().count() >= 2
        && chars.all(char::is_lowercase);
    // The name ends there: punctuation, or a word in small letters ("was").
    let ends = after.starts_with([',', '.', ';', ':', ')'])
        || after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(|c: char| c.is_lowercase()));
    if !capitalised || !ends || super::MONTHS.contains(&fourth) {
        return (name, at);
    }
    let at = crate::Span::new(at.start, at.end + 1 + len);
    (format!("{name} {fourth}"), at)
}

/// The described attacker, with its evidence.
fn described_as(
    name: String,
    state: bool,
    at: crate::Span,
    unknown: Attacker,
    evidence: &mut Vec<Evidence>,
) -> Attacker {
    evidence.push(Evidence {
        field: "Attacker",
        rule: "described attacker".to_string(),
        text: name.clone(),
        span: Some(at),
        weight: 1.0,
    });
    Attacker {
        name,
        source: AttackerSource::Described,
        state,
        ..unknown
    }
}

/// A qualifier that describes who: "unknown", "Chinese state-sponsored",
/// "pro-Russian", "Iranian-linked"; not any capitalised word.
fn is_qualifier(q: &str) -> bool {
    let lower = q.to_ascii_lowercase();
    // "North Korean", "South Korean": the compass word is the adjective's.
    let lower = lower
        .strip_prefix("north ")
        .or_else(|| lower.strip_prefix("south "))
        .unwrap_or(&lower);
    let first = lower.split([' ', '-']).next().unwrap_or_default();
    // Words with a nationality's ending that name none ("the country's
    // civilian intelligence service").
    const NO_NATION: &[&str] = &[
        "civilian",
        "guardian",
        "librarian",
        "veteran",
        "human",
        "urban",
        "suburban",
        "partisan",
        "republican",
        "amateurish",
    ];
    matches!(
        first,
        "unknown" | "unidentified" | "suspected" | "anonymous" | "pro"
    ) || (["ian", "ese", "ish", "an"]
        .iter()
        .any(|end| first.ends_with(end))
        && !NO_NATION.contains(&first))
        || lower.contains("sponsored")
        || lower.contains("backed")
        || lower.contains("linked")
        || lower.contains("nexus")
}

/// "state actor", "state-sponsored actors": the noun names a state's actor.
fn is_state_actor(noun: &str) -> bool {
    let lower = noun.to_ascii_lowercase();
    lower.starts_with("state") && lower.contains("actor")
}

/// The text of the clause before `at`, read back at most `bytes` bytes: up
/// to the last sentence end or semicolon (a plain read back, unlike
/// [`clause_before`]'s window).
fn clause_read_back<'a>(ctx: &'a Context<'_>, at: usize, bytes: usize) -> &'a str {
    ctx.before(at, bytes)
        .rsplit(['.', ';', '!', '?'])
        .next()
        .unwrap_or_default()
}

/// "had no confirmation that Iranian state-sponsored actors were behind
/// it": a denial among the four words before the description, or a belief
/// denied earlier in its clause.
fn denied_before(ctx: &Context<'_>, at: usize) -> bool {
    // "Officials are understood not to believe it is the work of a state
    // actor": a belief denied, earlier in the clause.
    let clause = clause_read_back(ctx, at, 80);
    let disbelieved = [
        "not believe",
        "not to believe",
        "n't believe",
        "n\u{2019}t believe",
    ]
    .iter()
    .any(|w| clause.contains(w));
    disbelieved
        || ctx
            .before(at, 48)
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .filter(|w| !w.is_empty())
            .rev()
            .take(4)
            .any(super::severity::denies)
}

/// Whether the sentence at `at` speaks of what attackers could do, not of
/// what they did ("an attacker could exploit"), what they routinely do, or
/// only guesses who did it ("the first guesses pointed at foreign
/// intelligence services").
fn hypothetical(ctx: &Context<'_>, at: usize) -> bool {
    // The sentence around `at` (within the window): modal verbs as written
    // in lower case, so that the month ("10 May 2022") is not one.
    let window = ctx.window(at, 150);
    let sentence = ctx
        .sentence_span(at)
        .and_then(|s| s.slice(ctx.text))
        .filter(|s| s.len() <= window.len())
        .unwrap_or(window);
    // Modal verbs, and adverbs of habit: "Ransomware operators routinely
    // bundle such exploits" tells what such attackers do, not who did this;
    // so do "Hacktivists have often combined ...", "the kind that
    // state-backed groups have shown interest in", "popular targets for".
    let modal = sentence.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "could"
                | "would"
                | "might"
                | "can"
                | "may"
                | "routinely"
                | "typically"
                | "usually"
                | "often"
                | "frequently"
                | "commonly"
                | "kind"
                | "popular"
        )
    });
    let lower = sentence.to_ascii_lowercase();
    // "is trying to establish whether Russian state actors were behind
    // the campaign": a question still open, in the description's sentence
    // before it.
    let asked = clause_read_back(ctx, at, 120).contains("whether ");
    modal
        || asked
        || ["allow", "unauthenticated", "guess", "speculat"]
            .iter()
            .any(|w| lower.contains(w))
}

/// The state the text holds responsible: a country named with "-linked",
/// "-backed", "-sponsored", or after "accused", "blamed", "attributed".
fn stated_country(ctx: &Context<'_>) -> Option<String> {
    for m in ctx
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Country)
    {
        let after = ctx.text.get(m.span.end..).unwrap_or_default();
        let after = after.get(..after.len().min(20)).unwrap_or(after);
        let tied = [
            "-linked",
            "-backed",
            "-sponsored",
            "-nexus",
            "-aligned",
            " state-sponsored",
        ]
        .iter()
        .any(|s| after.starts_with(s));
        let before_start = m.span.start.saturating_sub(30);
        let before = ctx.text.get(before_start..m.span.start).unwrap_or_default();
        let accused = ["accused ", "blamed ", "attributed to ", "linked to "]
            .iter()
            .any(|s| before.ends_with(s))
            && !possessive_of_a_deed(after);
        if tied || accused {
            return m
                .entity
                .and_then(|id| ctx.gazetteer.get(id))
                .map(|e| e.name.clone());
        }
    }
    None
}

/// "linked to Bulgaria's recent decision": the country's possessive before
/// something it did, not before one of its bodies ("China's Ministry of
/// State Security", "Russia's military intelligence"), ties the attack to
/// the deed, not to the country. `after` is the text right after the name.
fn possessive_of_a_deed(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    else {
        return false;
    };
    let word = rest.split([' ', ',', '.']).next().unwrap_or_default();
    let body = word.starts_with(|c: char| c.is_uppercase())
        || [
            "government",
            "state",
            "military",
            "intelligence",
            "security",
            "secret",
            "spy",
            "armed",
        ]
        .contains(&word);
    !body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_gap_table() {
        for (gap, expected) in [
            (", Nefilim, ", true),
            (", Nefilim and ", true),
            (", Nefilim, Maze, and ", true),
            (", Hello Kitty, ", true),
            (", the group said, ", false),
            (", ", false),
            (" and ", false),
            (", which ", false),
            ("Nefilim, ", false),
        ] {
            assert_eq!(list_gap(gap), expected, "{gap:?}");
        }
    }

    #[test]
    fn described_pattern_finds_on_pieces_what_it_finds_on_lines() {
        let written = [
            "Russian state-sponsored hackers. Then Chinese threat actors struck.",
            "an unknown ransomware gang. pro-Russian hacktivists",
            "North Korean military intelligence and Iranian intelligence services",
            "cybercriminals, scammers and fraudsters. Botnets too",
        ];
        pieces::check::gate_holds("description", &DESCRIBED, pieces::DESCRIBED, &written, 8);
    }
}
