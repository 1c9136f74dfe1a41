//! What a bundle is made from: the entities of one article and the links
//! between them, independent of how they were found.

use std::collections::HashSet;

use crate::digest::Part;
use crate::gazetteer::{Entity, EntityId, EntityKind, Gazetteer, MentionRule};
use crate::ioc::{IndicatorFlag, IndicatorKind};

use super::id::name_key;
use super::objects::ExternalReference;

/// The content of one article's STIX bundle.
///
/// [`StixInput::from_report`] fills it from a [`Report`](crate::Report);
/// later stages (classification) add victims, labels or an attacker to it
/// with the `add_*` methods and [`StixInput::link_attacker`]; then
/// [`StixInput::to_bundle`] writes the STIX objects. Indexes in
/// [`Link`]s point into the vectors here.
///
/// # Examples
///
/// ```
/// use cti_extract::stix::{ActorInput, Relation, StixInput, StixOptions, VictimInput};
///
/// let mut input = StixInput::new("APT31 hit a ministry");
/// let actor = input.add_actor(ActorInput::new("APT31"));
/// let ministry = input.add_victim(VictimInput::organization(
///     "Czech Ministry of Foreign Affairs",
///     &["government"],
/// ));
/// input.link(Relation::TargetsVictim { actor, victim: ministry }, Some("the article says so"));
/// let bundle = input.to_bundle(&StixOptions::new("2026-11-29T00:00:00.000Z")?);
/// assert_eq!(bundle.of_type("relationship").count(), 1);
/// # Ok::<(), cti_extract::stix::StixTimeError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct StixInput {
    /// The report's name: the article's title or first sentence.
    pub name: String,
    /// The report's description: the article's first paragraph.
    pub description: Option<String>,
    /// `report-type-ov` values; empty means `["threat-report"]`.
    pub report_types: Vec<String>,
    /// The report's labels (hashtags, type, severity).
    pub labels: Vec<String>,
    /// The report's external references: byline and cited sources.
    pub references: Vec<ExternalReference>,
    /// Threat actors, written as `intrusion-set`.
    pub actors: Vec<ActorInput>,
    /// Malware and tools.
    pub software: Vec<SoftwareInput>,
    /// ATT&CK technique ids (`T1566.001`), written as `attack-pattern`.
    pub techniques: Vec<String>,
    /// CVE ids, written as `vulnerability`.
    pub vulnerabilities: Vec<String>,
    /// Victims: organisations, or sectors as classes of organisations.
    pub victims: Vec<VictimInput>,
    /// Countries, written as `location`.
    pub countries: Vec<CountryInput>,
    /// Addresses, names and hashes, written as `indicator`.
    pub indicators: Vec<IndicatorInput>,
    /// Relationships between the entities above.
    pub links: Vec<Link>,
}

/// A threat actor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ActorInput {
    /// The canonical name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Attribution and evidence, in words.
    pub description: Option<String>,
    /// `state-sponsored`, `criminal`, `hacktivist` or `unknown`.
    pub kind: Option<String>,
    /// The MITRE ATT&CK group id (`G0128`).
    pub attack_id: Option<String>,
    /// The MISP galaxy cluster uuid.
    pub misp_uuid: Option<String>,
}

impl ActorInput {
    /// An actor known only by `name`.
    pub fn new(name: &str) -> ActorInput {
        ActorInput {
            name: name.to_string(),
            ..ActorInput::default()
        }
    }

    /// An actor from a gazetteer entity, with its aliases and identifiers.
    pub fn from_entity(entity: &Entity) -> ActorInput {
        ActorInput {
            name: entity.name.clone(),
            aliases: entity.aliases.clone(),
            description: None,
            kind: entity.subkind.clone(),
            attack_id: entity.sources.attack_id.clone(),
            misp_uuid: entity.sources.misp_uuid.clone(),
        }
    }
}

/// Malware or a tool.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SoftwareInput {
    /// The canonical name.
    pub name: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// Evidence, in words.
    pub description: Option<String>,
    /// The gazetteer's kind: `tool` makes a STIX `tool`; `malware`,
    /// `ransomware`, `wiper`, `stealer`, `rat`, `botnet` (or nothing) a
    /// STIX `malware`.
    pub kind: Option<String>,
    /// The MITRE ATT&CK software id (`S0154`).
    pub attack_id: Option<String>,
    /// The MISP galaxy cluster uuid.
    pub misp_uuid: Option<String>,
}

impl SoftwareInput {
    /// Software known only by `name`, of gazetteer kind `kind`.
    pub fn new(name: &str, kind: Option<&str>) -> SoftwareInput {
        SoftwareInput {
            name: name.to_string(),
            kind: kind.map(str::to_string),
            ..SoftwareInput::default()
        }
    }

    /// Software from a gazetteer entity.
    pub fn from_entity(entity: &Entity) -> SoftwareInput {
        SoftwareInput {
            name: entity.name.clone(),
            aliases: entity.aliases.clone(),
            description: None,
            kind: entity.subkind.clone(),
            attack_id: entity.sources.attack_id.clone(),
            misp_uuid: entity.sources.misp_uuid.clone(),
        }
    }

    /// Whether it is written as a STIX `tool` rather than `malware`.
    pub fn is_tool(&self) -> bool {
        self.kind.as_deref() == Some("tool")
    }
}

/// A victim: a named organisation, or a sector as a class of organisations.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct VictimInput {
    /// The name.
    pub name: String,
    /// `identity-class-ov`: `organization` for a named victim, `class` for
    /// a sector, `individual`, `group`, `system` or `unknown`.
    pub identity_class: String,
    /// Sectors, in the gazetteer's words ("finance") or STIX's
    /// ("financial-services"); mapped with
    /// [`industry_sector`](super::industry_sector), unknown ones dropped.
    pub sectors: Vec<String>,
    /// Evidence, in words.
    pub description: Option<String>,
}

impl VictimInput {
    /// A named organisation in `sectors`.
    pub fn organization(name: &str, sectors: &[&str]) -> VictimInput {
        VictimInput {
            name: name.to_string(),
            identity_class: "organization".to_string(),
            sectors: sectors.iter().map(|s| s.to_string()).collect(),
            description: None,
        }
    }

    /// A sector as a class of organisations ("Healthcare sector").
    pub fn sector(sector: &str) -> VictimInput {
        let mut name = String::new();
        let mut chars = sector.trim().chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
        name.push_str(" sector");
        VictimInput {
            name,
            identity_class: "class".to_string(),
            sectors: vec![sector.to_string()],
            description: None,
        }
    }
}

/// A country.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct CountryInput {
    /// The name.
    pub name: String,
    /// The ISO 3166-1 alpha-2 code.
    pub iso2: String,
}

impl CountryInput {
    /// The country `name` with code `iso2`.
    pub fn new(name: &str, iso2: &str) -> CountryInput {
        CountryInput {
            name: name.to_string(),
            iso2: iso2.trim().to_uppercase(),
        }
    }
}

/// An indicator's value.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct IndicatorInput {
    /// What it is. CVE ids and ATT&CK techniques belong in
    /// [`StixInput::vulnerabilities`] and [`StixInput::techniques`] (see
    /// [`StixInput::add_indicator`]).
    pub kind: IndicatorKind,
    /// The refanged value.
    pub value: String,
    /// Whether the article wrote it defanged.
    pub defanged: bool,
    /// Special-use flags.
    pub flags: Vec<IndicatorFlag>,
}

impl IndicatorInput {
    /// The value `value` of `kind`, not defanged and without flags.
    pub fn new(kind: IndicatorKind, value: &str) -> IndicatorInput {
        IndicatorInput {
            kind,
            value: value.to_string(),
            defanged: false,
            flags: Vec::new(),
        }
    }
}

/// A relationship between entities of a [`StixInput`], by index.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Link {
    /// What is related to what.
    pub relation: Relation,
    /// What the link rests on, written into the relationship's description.
    pub description: Option<String>,
}

/// The relationships STIX 2.1 suggests between the objects this crate
/// writes; the fields are indexes into [`StixInput`]'s vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Relation {
    /// intrusion-set `uses` malware or tool.
    Uses {
        /// Index into `actors`.
        actor: usize,
        /// Index into `software`.
        software: usize,
    },
    /// intrusion-set `uses` attack-pattern.
    UsesTechnique {
        /// Index into `actors`.
        actor: usize,
        /// Index into `techniques`.
        technique: usize,
    },
    /// intrusion-set `targets` identity.
    TargetsVictim {
        /// Index into `actors`.
        actor: usize,
        /// Index into `victims`.
        victim: usize,
    },
    /// intrusion-set `targets` location.
    TargetsCountry {
        /// Index into `actors`.
        actor: usize,
        /// Index into `countries`.
        country: usize,
    },
    /// intrusion-set `targets` vulnerability.
    TargetsVulnerability {
        /// Index into `actors`.
        actor: usize,
        /// Index into `vulnerabilities`.
        vulnerability: usize,
    },
    /// intrusion-set `originates-from` location.
    OriginatesFrom {
        /// Index into `actors`.
        actor: usize,
        /// Index into `countries`.
        country: usize,
    },
    /// identity `located-at` location.
    LocatedAt {
        /// Index into `victims`.
        victim: usize,
        /// Index into `countries`.
        country: usize,
    },
    /// indicator `indicates` intrusion-set.
    IndicatesActor {
        /// Index into `indicators`.
        indicator: usize,
        /// Index into `actors`.
        actor: usize,
    },
    /// indicator `indicates` malware or tool.
    IndicatesSoftware {
        /// Index into `indicators`.
        indicator: usize,
        /// Index into `software`.
        software: usize,
    },
}

impl StixInput {
    /// An input with only a report name.
    pub fn new(name: &str) -> StixInput {
        StixInput {
            name: name.to_string(),
            ..StixInput::default()
        }
    }

    /// Adds an actor, or merges it into the one with the same name (case
    /// and surrounding spaces ignored). An actor known only by a name (no
    /// ATT&CK or MISP id) is also merged into one that has the name as an
    /// alias. Returns its index.
    pub fn add_actor(&mut self, actor: ActorInput) -> usize {
        let key = name_key(&actor.name);
        let bare = actor.attack_id.is_none() && actor.misp_uuid.is_none();
        let found = self
            .actors
            .iter()
            .position(|a| name_key(&a.name) == key)
            .or_else(|| {
                bare.then(|| {
                    self.actors
                        .iter()
                        .position(|a| a.aliases.iter().any(|x| name_key(x) == key))
                })
                .flatten()
            });
        let Some((i, existing)) = found.and_then(|i| Some((i, self.actors.get_mut(i)?))) else {
            self.actors.push(actor);
            return self.actors.len() - 1;
        };
        for alias in actor.aliases.into_iter().chain(Some(actor.name)) {
            let k = name_key(&alias);
            if name_key(&existing.name) != k && !existing.aliases.iter().any(|x| name_key(x) == k) {
                existing.aliases.push(alias);
            }
        }
        existing.description = existing.description.take().or(actor.description);
        existing.kind = existing.kind.take().or(actor.kind);
        existing.attack_id = existing.attack_id.take().or(actor.attack_id);
        existing.misp_uuid = existing.misp_uuid.take().or(actor.misp_uuid);
        i
    }

    /// Adds software, or returns the index of the one with the same name.
    pub fn add_software(&mut self, software: SoftwareInput) -> usize {
        let key = name_key(&software.name);
        match self.software.iter().position(|s| name_key(&s.name) == key) {
            Some(i) => i,
            None => {
                self.software.push(software);
                self.software.len() - 1
            }
        }
    }

    /// Adds an ATT&CK technique id, or returns the index it has.
    pub fn add_technique(&mut self, id: &str) -> usize {
        push_unique(&mut self.techniques, id.trim().to_uppercase())
    }

    /// Adds a CVE id, or returns the index it has.
    pub fn add_vulnerability(&mut self, cve: &str) -> usize {
        push_unique(&mut self.vulnerabilities, cve.trim().to_uppercase())
    }

    /// Adds a victim, or returns the index of the one with the same name and
    /// class (its sectors are merged).
    pub fn add_victim(&mut self, victim: VictimInput) -> usize {
        let key = name_key(&victim.name);
        let found = self
            .victims
            .iter()
            .position(|v| name_key(&v.name) == key && v.identity_class == victim.identity_class);
        match found.and_then(|i| Some((i, self.victims.get_mut(i)?))) {
            Some((i, existing)) => {
                for s in victim.sectors {
                    if !existing.sectors.contains(&s) {
                        existing.sectors.push(s);
                    }
                }
                existing.description = existing.description.take().or(victim.description);
                i
            }
            None => {
                self.victims.push(victim);
                self.victims.len() - 1
            }
        }
    }

    /// Adds a country, or returns the index of the one with the same code.
    pub fn add_country(&mut self, country: CountryInput) -> usize {
        match self.countries.iter().position(|c| c.iso2 == country.iso2) {
            Some(i) => i,
            None => {
                self.countries.push(country);
                self.countries.len() - 1
            }
        }
    }

    /// Adds an indicator, or returns the index of the same kind and value.
    /// CVE ids go to [`StixInput::vulnerabilities`] and ATT&CK technique
    /// ids to [`StixInput::techniques`] instead, and `None` is returned.
    pub fn add_indicator(&mut self, indicator: IndicatorInput) -> Option<usize> {
        match indicator.kind {
            IndicatorKind::Cve => {
                self.add_vulnerability(&indicator.value);
                None
            }
            IndicatorKind::AttackTechnique => {
                self.add_technique(&indicator.value);
                None
            }
            _ => Some(
                match self
                    .indicators
                    .iter()
                    .position(|i| i.kind == indicator.kind && i.value == indicator.value)
                {
                    Some(i) => i,
                    None => {
                        self.indicators.push(indicator);
                        self.indicators.len() - 1
                    }
                },
            ),
        }
    }

    /// Adds a link unless the same relation is there already.
    pub fn link(&mut self, relation: Relation, description: Option<&str>) {
        if !self.links.iter().any(|l| l.relation == relation) {
            self.links.push(Link {
                relation,
                description: description.map(str::to_string),
            });
        }
    }

    /// Whether `relation` is linked.
    pub fn has_link(&self, relation: Relation) -> bool {
        self.links.iter().any(|l| l.relation == relation)
    }

    /// Links everything the article names to `actor` as its attacker: the
    /// actor uses every software and technique, targets every
    /// vulnerability, victim and country (except the countries any actor
    /// originates from), and every indicator indicates it. Links that
    /// exist already keep their description.
    pub fn link_attacker(&mut self, actor: usize, description: &str) {
        if actor >= self.actors.len() {
            return;
        }
        let d = Some(description);
        for software in 0..self.software.len() {
            self.link(Relation::Uses { actor, software }, d);
        }
        for technique in 0..self.techniques.len() {
            self.link(Relation::UsesTechnique { actor, technique }, d);
        }
        for vulnerability in 0..self.vulnerabilities.len() {
            self.link(
                Relation::TargetsVulnerability {
                    actor,
                    vulnerability,
                },
                d,
            );
        }
        for victim in 0..self.victims.len() {
            self.link(Relation::TargetsVictim { actor, victim }, d);
        }
        let origins: HashSet<usize> = self
            .links
            .iter()
            .filter_map(|l| match l.relation {
                Relation::OriginatesFrom { country, .. } => Some(country),
                _ => None,
            })
            .collect();
        for country in (0..self.countries.len()).filter(|c| !origins.contains(c)) {
            self.link(Relation::TargetsCountry { actor, country }, d);
        }
        for indicator in 0..self.indicators.len() {
            self.link(Relation::IndicatesActor { indicator, actor }, d);
        }
    }

    /// The input for a [`Report`](crate::Report), found with `gazetteer`
    /// (the one that made the report).
    ///
    /// - The report: named after the first sentence of the body (else the
    ///   first reference), described by the first paragraph, with the
    ///   byline and every reference as external references.
    /// - Actors: those the gazetteer knows, then names the article
    ///   introduces and vendors' tracking names it does not know.
    /// - Software, sectors (as victims of class `class`) and countries
    ///   that the article mentions; the actors' own countries.
    /// - CVE ids, ATT&CK techniques and indicators in the body and
    ///   references, except the names of cited sources (`- cisa.gov: ...`),
    ///   which are the report's external references, not indicators.
    /// - Links: each actor `originates-from` its country; an actor `uses`
    ///   software that ATT&CK says it uses. When the article names exactly
    ///   one actor, [`StixInput::link_attacker`] links everything to it;
    ///   when it names none and one piece of software, the indicators
    ///   indicate that software. With several actors nothing else is
    ///   linked: which one did what is the classification's call.
    pub fn from_report(report: &crate::Report, gazetteer: &Gazetteer) -> StixInput {
        let mut input = StixInput::new(&report_name(report));
        input.description = report
            .digest
            .paragraphs()
            .next()
            .map(|p| p.trim().to_string());
        input.references = report_references(report);

        // Actors and where they come from.
        let mut actor_entities: Vec<(usize, EntityId)> = Vec::new();
        for a in &report.actors {
            let entity = gazetteer.by_id(&a.id);
            let mut actor = match entity.and_then(|id| gazetteer.get(id)) {
                Some(e) => ActorInput::from_entity(e),
                None => ActorInput::new(&a.name),
            };
            actor.name = a.name.clone();
            actor.aliases = a.aliases.clone();
            actor.kind = a.kind.clone().or(actor.kind);
            actor.attack_id = a.attack_id.clone().or(actor.attack_id);
            let written: Vec<&str> = distinct(a.mentions.iter().map(|m| m.text.as_str()));
            actor.description = Some(actor_description(
                a.kind.as_deref(),
                a.country.as_deref(),
                a.sponsor.as_deref(),
                &written,
            ));
            let i = input.add_actor(actor);
            if let Some(id) = entity {
                actor_entities.push((i, id));
            }
            if let Some(country) = a.country.as_deref().and_then(|c| country_of(gazetteer, c)) {
                let c = input.add_country(country);
                input.link(
                    Relation::OriginatesFrom {
                        actor: i,
                        country: c,
                    },
                    Some("The gazetteer attributes the actor to this country."),
                );
            }
        }
        for name in &report.introduced_actors {
            let mut actor = ActorInput::new(&name.name);
            actor.description = Some(format!(
                "A name the article introduces (\"{}\"); the gazetteer does not know it.",
                name.trigger
            ));
            input.add_actor(actor);
        }
        for m in &report.mentions {
            if m.kind == EntityKind::Actor
                && m.entity.is_none()
                && m.rule == MentionRule::TrackingId
            {
                let mut actor = ActorInput::new(&m.text);
                actor.description = Some(
                    "A vendor's tracking name for an actor; the gazetteer does not know it."
                        .to_string(),
                );
                input.add_actor(actor);
            }
            if m.kind == EntityKind::Actor && m.entity.is_none() && m.rule == MentionRule::Operators
            {
                let mut actor = ActorInput::new(&m.text);
                actor.description = Some(format!(
                    "The people behind {}, named after it (\"{}\"); the gazetteer does not know them by that name.",
                    m.alias, m.text
                ));
                input.add_actor(actor);
            }
        }

        // Software, victims and countries the article mentions.
        let mut software_entities: Vec<(usize, EntityId)> = Vec::new();
        let mut seen: HashSet<EntityId> = HashSet::new();
        for m in &report.mentions {
            let Some(id) = m.entity else { continue };
            if !matches!(
                m.kind,
                EntityKind::Software | EntityKind::Sector | EntityKind::Country
            ) || !seen.insert(id)
            {
                continue;
            }
            let Some(entity) = gazetteer.get(id) else {
                continue;
            };
            let written = distinct(
                report
                    .mentions
                    .iter()
                    .filter(|x| x.entity == Some(id))
                    .map(|x| x.text.as_str()),
            );
            let evidence = format!("Named in the article as: {}.", written.join(", "));
            match m.kind {
                EntityKind::Software => {
                    let mut software = SoftwareInput::from_entity(entity);
                    software.description = Some(evidence);
                    let i = input.add_software(software);
                    software_entities.push((i, id));
                }
                EntityKind::Sector => {
                    let mut victim = VictimInput::sector(&entity.name);
                    victim.description = Some(format!(
                        "A sector the article names, as: {}.",
                        written.join(", ")
                    ));
                    input.add_victim(victim);
                }
                _ => {
                    if let Some(iso2) = &entity.sources.iso2 {
                        input.add_country(CountryInput::new(&entity.name, iso2));
                    }
                }
            }
        }

        // Vulnerabilities, techniques and indicators.
        let cited_sources: Vec<_> = report
            .regions
            .iter()
            .filter(|r| r.part == Part::ReferenceSource)
            .map(|r| r.span)
            .collect();
        for indicator in &report.indicators {
            let span = indicator.span;
            if cited_sources
                .iter()
                .any(|r| r.start <= span.start && span.end <= r.end)
            {
                continue;
            }
            input.add_indicator(IndicatorInput {
                kind: indicator.kind,
                value: indicator.value.clone(),
                defanged: indicator.defanged,
                flags: indicator.flags.clone(),
            });
        }

        // Links.
        for &(a, actor_id) in &actor_entities {
            let known = gazetteer.software_of(actor_id);
            for &(s, software_id) in &software_entities {
                if known.contains(&software_id) {
                    input.link(
                        Relation::Uses {
                            actor: a,
                            software: s,
                        },
                        Some("MITRE ATT&CK lists this software as used by the group."),
                    );
                }
            }
        }
        // Classification: labels, the victim it named, and the attacker.
        let c = &report.classification;
        input.labels.extend(
            c.hashtags
                .iter()
                .map(|t| t.trim_start_matches('#').to_string()),
        );
        input.labels.push(format!("type:{}", c.incident_type));
        input.labels.push(format!("severity:{}", c.severity));
        let sectors: Vec<String> = distinct(
            report
                .mentions
                .iter()
                .filter(|m| m.kind == EntityKind::Sector)
                .filter_map(|m| m.entity.and_then(|id| gazetteer.get(id)))
                .map(|e| e.name.as_str()),
        )
        .into_iter()
        .map(str::to_string)
        .collect();
        let sector_refs: Vec<&str> = sectors.iter().map(String::as_str).collect();
        if c.target != "Unknown" && !c.target.is_empty() {
            let mut victim = VictimInput::organization(&c.target, &sector_refs);
            victim.description = Some(format!(
                "The victim classification named (company: {}).",
                c.company
            ));
            input.add_victim(victim);
        }
        let chosen = input
            .actors
            .iter()
            .position(|a| a.name.eq_ignore_ascii_case(&c.attacker));
        if let Some(i) = chosen {
            let text = format!(
                "Classification chose {} as the attacker ({:?}).",
                c.attacker, report.attacker_source
            );
            input.link_attacker(i, &text);
            return input;
        }
        match (input.actors.len(), input.software.len()) {
            (1, _) => {
                let text = format!(
                    "Inferred: the article names {} and no other actor.",
                    input.actors.first().map_or("", |a| a.name.as_str())
                );
                input.link_attacker(0, &text);
            }
            (0, 1) => {
                let text = format!(
                    "Inferred: the article names {} and no actor or other software.",
                    input.software.first().map_or("", |s| s.name.as_str())
                );
                for indicator in 0..input.indicators.len() {
                    input.link(
                        Relation::IndicatesSoftware {
                            indicator,
                            software: 0,
                        },
                        Some(&text),
                    );
                }
            }
            _ => {}
        }
        input
    }
}

fn push_unique(v: &mut Vec<String>, s: String) -> usize {
    match v.iter().position(|x| *x == s) {
        Some(i) => i,
        None => {
            v.push(s);
            v.len() - 1
        }
    }
}

/// The distinct strings of `items` (case ignored), in order.
fn distinct<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: HashSet<String> = HashSet::new();
    items.filter(|s| seen.insert(s.to_lowercase())).collect()
}

/// The country entity that `name` names, as a [`CountryInput`].
fn country_of(gazetteer: &Gazetteer, name: &str) -> Option<CountryInput> {
    gazetteer
        .lookup(name)
        .into_iter()
        .filter_map(|id| gazetteer.get(id))
        .find(|e| e.kind == EntityKind::Country)
        .and_then(|e| {
            e.sources
                .iso2
                .as_deref()
                .map(|iso2| CountryInput::new(&e.name, iso2))
        })
}

fn actor_description(
    kind: Option<&str>,
    country: Option<&str>,
    sponsor: Option<&str>,
    written: &[&str],
) -> String {
    let mut s = String::from(match kind {
        Some("state-sponsored") => "State-sponsored threat actor",
        Some("criminal") => "Criminal threat actor",
        Some("hacktivist") => "Hacktivist threat actor",
        _ => "Threat actor",
    });
    match (country, sponsor) {
        (Some(c), Some(a)) => s.push_str(&format!(" attributed to {c} ({a})")),
        (Some(c), None) => s.push_str(&format!(" attributed to {c}")),
        (None, Some(a)) => s.push_str(&format!(" attributed to {a}")),
        (None, None) => {}
    }
    s.push('.');
    if !written.is_empty() {
        s.push_str(&format!(
            " Named in the article as: {}.",
            written.join(", ")
        ));
    }
    s
}

/// The most characters a report name keeps of the first sentence.
const MAX_NAME_CHARS: usize = 200;

/// The report's name: the first sentence of the body, else the first
/// reference's snippet, else the byline's source, else "Untitled article".
fn report_name(report: &crate::Report) -> String {
    let first_sentence = report.digest.paragraphs().find_map(|p| {
        let doc = crate::text::Document::new(p);
        let sentence = doc
            .sentences()
            .first()
            .and_then(|s| s.slice(p))
            .unwrap_or(p);
        Some(sentence.trim()).filter(|s| !s.is_empty())
    });
    let reference = || {
        report.digest.references.as_ref().and_then(|r| {
            r.items
                .iter()
                .map(|i| i.snippet.trim())
                .find(|s| !s.is_empty())
        })
    };
    let source = || {
        report
            .digest
            .byline
            .as_ref()
            .and_then(|b| b.source.as_deref())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let name = first_sentence
        .or_else(reference)
        .or_else(source)
        .unwrap_or("Untitled article");
    shorten(name, MAX_NAME_CHARS)
}

/// `s` cut to at most `max` characters at a space, with an ellipsis.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let head = &s[..cut];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end())
}

/// The byline and the references as external references.
fn report_references(report: &crate::Report) -> Vec<ExternalReference> {
    let mut out = Vec::new();
    if let Some(byline) = &report.digest.byline {
        let author = byline.author.trim();
        let source = byline.source.as_deref().map(str::trim).unwrap_or("");
        match (author.is_empty(), source.is_empty()) {
            (false, false) => out.push(ExternalReference::described(
                source,
                &format!("The article, by {author}."),
            )),
            (false, true) => out.push(ExternalReference::described(
                author,
                "The article's author.",
            )),
            (true, false) => out.push(ExternalReference::described(source, "The article.")),
            (true, true) => {}
        }
    }
    if let Some(references) = &report.digest.references {
        for r in &references.items {
            let source = r.source.as_deref().map(str::trim).unwrap_or("");
            let snippet = r.snippet.trim();
            match (source.is_empty(), snippet.is_empty()) {
                (false, false) => out.push(ExternalReference::described(source, snippet)),
                (false, true) => out.push(ExternalReference::described(
                    source,
                    "A source the article cites.",
                )),
                (true, false) => out.push(ExternalReference::described("reference", snippet)),
                (true, true) => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_at_a_space() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 10), "one two…");
        assert_eq!(shorten("abcdefghijklmnop", 10), "abcdefghij…");
        assert_eq!(shorten("äöü äöü äöü", 5), "äöü…");
    }

    #[test]
    fn actors_merge_by_name_and_alias() {
        let mut input = StixInput::new("x");
        let mut a = ActorInput::new("APT31");
        a.aliases = vec!["Zirconium".into()];
        assert_eq!(input.add_actor(a), 0);
        let mut b = ActorInput::new("zirconium");
        b.aliases = vec!["Violet Typhoon".into()];
        assert_eq!(input.add_actor(b), 0);
        assert_eq!(input.actors[0].aliases, ["Zirconium", "Violet Typhoon"]);
        let mut c = ActorInput::new("apt31 ");
        c.attack_id = Some("G0128".into());
        assert_eq!(input.add_actor(c), 0);
        assert_eq!(input.actors[0].attack_id.as_deref(), Some("G0128"));
        assert_eq!(input.add_actor(ActorInput::new("APT28")), 1);
        // An actor with its own identifiers is not merged by alias.
        let mut d = ActorInput::new("Violet Typhoon");
        d.misp_uuid = Some("u".into());
        assert_eq!(input.add_actor(d), 2);
    }

    #[test]
    fn cves_and_techniques_are_not_indicators() {
        let mut input = StixInput::new("x");
        let cve = IndicatorInput::new(IndicatorKind::Cve, "cve-2024-3400");
        assert_eq!(input.add_indicator(cve), None);
        let t = IndicatorInput::new(IndicatorKind::AttackTechnique, "T1566.001");
        assert_eq!(input.add_indicator(t), None);
        let ip = IndicatorInput::new(IndicatorKind::Ipv4, "185.220.101.4");
        assert_eq!(input.add_indicator(ip.clone()), Some(0));
        assert_eq!(input.add_indicator(ip), Some(0));
        assert_eq!(input.vulnerabilities, ["CVE-2024-3400"]);
        assert_eq!(input.techniques, ["T1566.001"]);
    }

    #[test]
    fn attacker_does_not_target_its_own_country() {
        let mut input = StixInput::new("x");
        let a = input.add_actor(ActorInput::new("APT31"));
        let cn = input.add_country(CountryInput::new("China", "cn"));
        let cz = input.add_country(CountryInput::new("Czech Republic", "CZ"));
        input.link(
            Relation::OriginatesFrom {
                actor: a,
                country: cn,
            },
            None,
        );
        input.link_attacker(a, "test");
        assert!(input.has_link(Relation::TargetsCountry {
            actor: a,
            country: cz
        }));
        assert!(!input.has_link(Relation::TargetsCountry {
            actor: a,
            country: cn
        }));
    }
}
