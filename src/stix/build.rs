//! StixInput → Bundle.

use std::collections::HashSet;

use super::id::{deterministic_id, name_key};
use super::input::{
    ActorInput, CountryInput, IndicatorInput, Relation, SoftwareInput, StixInput, VictimInput,
};
use super::objects::{
    AttackPattern, Bundle, Common, ExternalReference, Identity, Indicator, IntrusionSet, Location,
    Malware, Relationship, Report, StixObject, Tool, Vulnerability,
};
use super::pattern::{kind_label, pattern};
use super::vocab::{actor_profile, industry_sector, malware_type};
use super::StixOptions;
use crate::ioc::IndicatorFlag;

/// Collects objects, each id once.
struct Builder<'o> {
    options: &'o StixOptions,
    producer: Option<String>,
    objects: Vec<StixObject>,
    ids: HashSet<String>,
}

impl Builder<'_> {
    fn common(&self, id: String) -> Common {
        Common {
            spec_version: "2.1",
            id,
            created_by_ref: self.producer.clone(),
            created: self.options.created().to_string(),
            modified: self.options.created().to_string(),
        }
    }

    /// Adds `object` unless one with its id is there; returns the id.
    fn push(&mut self, object: StixObject) -> String {
        let id = object.id().to_string();
        if self.ids.insert(id.clone()) {
            self.objects.push(object);
        }
        id
    }
}

impl StixInput {
    /// Writes the STIX objects: the producer's identity (see
    /// [`StixOptions::producer`]), one object per entity (those with the
    /// same identifying content once), one relationship per link, and the
    /// report referring to all of them (never to nothing: the producer is
    /// always there, as STIX requires a report to refer to something).
    ///
    /// Links whose indexes are out of range, or point at an indicator that
    /// has no pattern, are skipped.
    pub fn to_bundle(&self, options: &StixOptions) -> Bundle {
        let mut b = Builder {
            options,
            producer: None,
            objects: Vec::new(),
            ids: HashSet::new(),
        };
        {
            let name = options.producer_name();
            let id = identity_id(name, "system");
            let producer = Identity {
                common: b.common(id),
                name: name.to_string(),
                description: Some(
                    "The software that extracted these objects from the article's text."
                        .to_string(),
                ),
                identity_class: "system".to_string(),
                sectors: Vec::new(),
            };
            let id = b.push(StixObject::Identity(producer));
            b.producer = Some(id);
        }
        let actors: Vec<String> = self
            .actors
            .iter()
            .map(|a| intrusion_set(&mut b, a))
            .collect();
        let software: Vec<String> = self.software.iter().map(|s| software(&mut b, s)).collect();
        let techniques: Vec<String> = self
            .techniques
            .iter()
            .map(|t| attack_pattern(&mut b, t))
            .collect();
        let vulnerabilities: Vec<String> = self
            .vulnerabilities
            .iter()
            .map(|v| vulnerability(&mut b, v))
            .collect();
        let victims: Vec<String> = self.victims.iter().map(|v| identity(&mut b, v)).collect();
        let countries: Vec<String> = self.countries.iter().map(|c| location(&mut b, c)).collect();
        let indicators: Vec<Option<String>> = self
            .indicators
            .iter()
            .map(|i| indicator(&mut b, i))
            .collect();

        for link in &self.links {
            let get = |v: &[String], i: usize| v.get(i).cloned();
            let (source, kind, target) = match link.relation {
                Relation::Uses { actor, software: s } => {
                    (get(&actors, actor), "uses", get(&software, s))
                }
                Relation::UsesTechnique { actor, technique } => {
                    (get(&actors, actor), "uses", get(&techniques, technique))
                }
                Relation::TargetsVictim { actor, victim } => {
                    (get(&actors, actor), "targets", get(&victims, victim))
                }
                Relation::TargetsCountry { actor, country } => {
                    (get(&actors, actor), "targets", get(&countries, country))
                }
                Relation::TargetsVulnerability {
                    actor,
                    vulnerability,
                } => (
                    get(&actors, actor),
                    "targets",
                    get(&vulnerabilities, vulnerability),
                ),
                Relation::OriginatesFrom { actor, country } => (
                    get(&actors, actor),
                    "originates-from",
                    get(&countries, country),
                ),
                Relation::LocatedAt { victim, country } => (
                    get(&victims, victim),
                    "located-at",
                    get(&countries, country),
                ),
                Relation::IndicatesActor { indicator, actor } => (
                    indicators.get(indicator).cloned().flatten(),
                    "indicates",
                    get(&actors, actor),
                ),
                Relation::IndicatesSoftware {
                    indicator,
                    software: s,
                } => (
                    indicators.get(indicator).cloned().flatten(),
                    "indicates",
                    get(&software, s),
                ),
            };
            let (Some(source_ref), Some(target_ref)) = (source, target) else {
                continue;
            };
            let id = deterministic_id(
                "relationship",
                &[
                    ("relationship_type", kind),
                    ("source_ref", &source_ref),
                    ("target_ref", &target_ref),
                ],
            );
            let relationship = Relationship {
                common: b.common(id),
                relationship_type: kind,
                source_ref,
                target_ref,
                description: link.description.clone(),
            };
            b.push(StixObject::Relationship(relationship));
        }

        let name = match self.name.trim() {
            "" => "Untitled article",
            name => name,
        };
        let published = options.created().to_string();
        let report_id = deterministic_id(
            "report",
            &[("name", &name_key(name)), ("published", &published)],
        );
        let report_types = if self.report_types.is_empty() {
            vec!["threat-report".to_string()]
        } else {
            self.report_types.clone()
        };
        let report = Report {
            common: b.common(report_id),
            name: name.to_string(),
            description: self.description.clone().filter(|d| !d.trim().is_empty()),
            report_types,
            published,
            object_refs: b.objects.iter().map(|o| o.id().to_string()).collect(),
            labels: self.labels.clone(),
            external_references: self.references.clone(),
        };
        let mut objects = Vec::with_capacity(b.objects.len() + 1);
        objects.push(StixObject::Report(report));
        objects.append(&mut b.objects);
        let all_ids: Vec<&str> = objects.iter().map(StixObject::id).collect();
        let bundle_id = deterministic_id("bundle", &[("objects", &all_ids.join(","))]);
        Bundle {
            id: bundle_id,
            objects,
        }
    }
}

fn identity_id(name: &str, identity_class: &str) -> String {
    deterministic_id(
        "identity",
        &[
            ("identity_class", identity_class),
            ("name", &name_key(name)),
        ],
    )
}

/// Aliases without the name itself and without repeats (case ignored).
fn clean_aliases(name: &str, aliases: &[String]) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::new();
    seen.insert(name_key(name));
    aliases
        .iter()
        .filter(|a| !a.trim().is_empty() && seen.insert(name_key(a)))
        .cloned()
        .collect()
}

fn misp_reference(uuid: &str) -> ExternalReference {
    ExternalReference::id("misp-galaxy", uuid, None)
}

fn intrusion_set(b: &mut Builder<'_>, actor: &ActorInput) -> String {
    let id = deterministic_id("intrusion-set", &[("name", &name_key(&actor.name))]);
    let mut external_references = Vec::new();
    if let Some(g) = actor.attack_id.as_deref().map(str::trim) {
        external_references.push(ExternalReference::id(
            "mitre-attack",
            g,
            Some(format!("https://attack.mitre.org/groups/{g}/")),
        ));
    }
    if let Some(uuid) = &actor.misp_uuid {
        external_references.push(misp_reference(uuid));
    }
    let (motivation, resource_level) = actor_profile(actor.kind.as_deref().unwrap_or(""));
    let object = IntrusionSet {
        common: b.common(id),
        name: actor.name.clone(),
        description: actor.description.clone(),
        aliases: clean_aliases(&actor.name, &actor.aliases),
        resource_level: resource_level.map(str::to_string),
        primary_motivation: motivation.map(str::to_string),
        external_references,
    };
    b.push(StixObject::IntrusionSet(object))
}

fn software(b: &mut Builder<'_>, software: &SoftwareInput) -> String {
    let mut external_references = Vec::new();
    if let Some(s) = software.attack_id.as_deref().map(str::trim) {
        external_references.push(ExternalReference::id(
            "mitre-attack",
            s,
            Some(format!("https://attack.mitre.org/software/{s}/")),
        ));
    }
    if let Some(uuid) = &software.misp_uuid {
        external_references.push(misp_reference(uuid));
    }
    let aliases = clean_aliases(&software.name, &software.aliases);
    let key = name_key(&software.name);
    if software.is_tool() {
        let id = deterministic_id("tool", &[("name", &key)]);
        let object = Tool {
            common: b.common(id),
            name: software.name.clone(),
            description: software.description.clone(),
            aliases,
            external_references,
        };
        b.push(StixObject::Tool(object))
    } else {
        let id = deterministic_id("malware", &[("name", &key)]);
        let object = Malware {
            common: b.common(id),
            name: software.name.clone(),
            description: software.description.clone(),
            malware_types: software
                .kind
                .as_deref()
                .and_then(malware_type)
                .map(|t| vec![t.to_string()])
                .unwrap_or_default(),
            is_family: true,
            aliases,
            external_references,
        };
        b.push(StixObject::Malware(object))
    }
}

fn attack_pattern(b: &mut Builder<'_>, technique: &str) -> String {
    let id = deterministic_id("attack-pattern", &[("x_mitre_id", technique)]);
    let path = technique.replace('.', "/");
    let object = AttackPattern {
        common: b.common(id),
        name: technique.to_string(),
        external_references: vec![ExternalReference::id(
            "mitre-attack",
            technique,
            Some(format!("https://attack.mitre.org/techniques/{path}/")),
        )],
    };
    b.push(StixObject::AttackPattern(object))
}

fn vulnerability(b: &mut Builder<'_>, cve: &str) -> String {
    let id = deterministic_id("vulnerability", &[("name", &name_key(cve))]);
    let object = Vulnerability {
        common: b.common(id),
        name: cve.to_string(),
        external_references: vec![ExternalReference::id("cve", cve, None)],
    };
    b.push(StixObject::Vulnerability(object))
}

fn identity(b: &mut Builder<'_>, victim: &VictimInput) -> String {
    let class = match victim.identity_class.trim() {
        "" => "unknown".to_string(),
        c => c.to_lowercase(),
    };
    let id = identity_id(&victim.name, &class);
    let mut sectors: Vec<String> = Vec::new();
    for s in victim.sectors.iter().filter_map(|s| industry_sector(s)) {
        if !sectors.iter().any(|x| x == s) {
            sectors.push(s.to_string());
        }
    }
    let object = Identity {
        common: b.common(id),
        name: victim.name.clone(),
        description: victim.description.clone(),
        identity_class: class,
        sectors,
    };
    b.push(StixObject::Identity(object))
}

fn location(b: &mut Builder<'_>, country: &CountryInput) -> String {
    let id = deterministic_id(
        "location",
        &[
            ("name", &name_key(&country.name)),
            ("x_opencti_location_type", "Country"),
        ],
    );
    let object = Location {
        common: b.common(id),
        name: country.name.clone(),
        country: country.iso2.clone(),
    };
    b.push(StixObject::Location(object))
}

fn indicator(b: &mut Builder<'_>, indicator: &IndicatorInput) -> Option<String> {
    let pattern = pattern(indicator.kind, &indicator.value)?;
    let id = deterministic_id("indicator", &[("pattern", &pattern)]);
    let mut description = String::from("Named in the article");
    if indicator.defanged {
        description.push_str(" (written defanged)");
    }
    description.push('.');
    for flag in &indicator.flags {
        description.push(' ');
        description.push_str(flag_note(*flag));
    }
    let object = Indicator {
        common: b.common(id),
        name: format!("{} {}", kind_label(indicator.kind), indicator.value),
        description,
        pattern,
        pattern_type: "stix",
        valid_from: b.options.created().to_string(),
    };
    Some(b.push(StixObject::Indicator(object)))
}

fn flag_note(flag: IndicatorFlag) -> &'static str {
    match flag {
        IndicatorFlag::Private => "Private address space or name: not reachable from the Internet.",
        IndicatorFlag::Loopback => "A loopback address or name.",
        IndicatorFlag::LinkLocal => "A link-local address.",
        IndicatorFlag::Multicast => "A multicast address.",
        IndicatorFlag::Documentation => {
            "Reserved for documentation: a stand-in, not a real-world address or name."
        }
        IndicatorFlag::Reserved => "A reserved address or name, not globally routable.",
    }
}
