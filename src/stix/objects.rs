//! The STIX 2.1 objects this crate writes, as serde types.
//!
//! Only the properties the crate fills are modelled; optional ones are left
//! out of the JSON when empty. Serialise a [`Bundle`] with any serde
//! serialiser (`serde_json::to_string_pretty(&bundle)`).

use serde::Serialize;

/// A STIX bundle: the objects produced for one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename = "bundle")]
#[non_exhaustive]
pub struct Bundle {
    /// `bundle--<uuid>`.
    pub id: String,
    /// The report first, then the objects it refers to.
    pub objects: Vec<StixObject>,
}

impl Bundle {
    /// The object with identifier `id`.
    pub fn get(&self, id: &str) -> Option<&StixObject> {
        self.objects.iter().find(|o| o.id() == id)
    }

    /// The bundle's `report` object.
    pub fn report(&self) -> Option<&Report> {
        self.objects.iter().find_map(|o| match o {
            StixObject::Report(r) => Some(r),
            _ => None,
        })
    }

    /// The objects of STIX type `object_type` (`"intrusion-set"`...).
    pub fn of_type<'a>(&'a self, object_type: &'a str) -> impl Iterator<Item = &'a StixObject> {
        self.objects
            .iter()
            .filter(move |o| o.type_name() == object_type)
    }
}

/// One STIX object; serialised with its `type` property first.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum StixObject {
    /// `report`.
    Report(Report),
    /// `identity`.
    Identity(Identity),
    /// `intrusion-set`.
    IntrusionSet(IntrusionSet),
    /// `malware`.
    Malware(Malware),
    /// `tool`.
    Tool(Tool),
    /// `attack-pattern`.
    AttackPattern(AttackPattern),
    /// `vulnerability`.
    Vulnerability(Vulnerability),
    /// `location`.
    Location(Location),
    /// `indicator`.
    Indicator(Indicator),
    /// `relationship`.
    Relationship(Relationship),
}

impl StixObject {
    /// The STIX type name: `"report"`, `"intrusion-set"`...
    pub fn type_name(&self) -> &'static str {
        match self {
            StixObject::Report(_) => "report",
            StixObject::Identity(_) => "identity",
            StixObject::IntrusionSet(_) => "intrusion-set",
            StixObject::Malware(_) => "malware",
            StixObject::Tool(_) => "tool",
            StixObject::AttackPattern(_) => "attack-pattern",
            StixObject::Vulnerability(_) => "vulnerability",
            StixObject::Location(_) => "location",
            StixObject::Indicator(_) => "indicator",
            StixObject::Relationship(_) => "relationship",
        }
    }

    /// The properties every object has.
    pub fn common(&self) -> &Common {
        match self {
            StixObject::Report(o) => &o.common,
            StixObject::Identity(o) => &o.common,
            StixObject::IntrusionSet(o) => &o.common,
            StixObject::Malware(o) => &o.common,
            StixObject::Tool(o) => &o.common,
            StixObject::AttackPattern(o) => &o.common,
            StixObject::Vulnerability(o) => &o.common,
            StixObject::Location(o) => &o.common,
            StixObject::Indicator(o) => &o.common,
            StixObject::Relationship(o) => &o.common,
        }
    }

    /// The identifier, `type--uuid`.
    pub fn id(&self) -> &str {
        &self.common().id
    }

    /// The `name` property, for the types that have one.
    pub fn name(&self) -> Option<&str> {
        match self {
            StixObject::Report(o) => Some(&o.name),
            StixObject::Identity(o) => Some(&o.name),
            StixObject::IntrusionSet(o) => Some(&o.name),
            StixObject::Malware(o) => Some(&o.name),
            StixObject::Tool(o) => Some(&o.name),
            StixObject::AttackPattern(o) => Some(&o.name),
            StixObject::Vulnerability(o) => Some(&o.name),
            StixObject::Location(o) => Some(&o.name),
            StixObject::Indicator(o) => Some(&o.name),
            StixObject::Relationship(_) => None,
        }
    }
}

/// The common properties of STIX domain and relationship objects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Common {
    /// Always `"2.1"`.
    pub spec_version: &'static str,
    /// `type--uuid`, deterministic (see the [module docs](super)).
    pub id: String,
    /// The identity that made the object (the producer), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by_ref: Option<String>,
    /// The caller's timestamp.
    pub created: String,
    /// The caller's timestamp.
    pub modified: String,
}

/// A reference to something outside STIX: an ATT&CK page, a CVE record, a
/// MISP galaxy cluster, a source the article cites.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ExternalReference {
    /// The source: `"mitre-attack"`, `"cve"`, `"misp-galaxy"`, a publication.
    pub source_name: String,
    /// What the reference says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The identifier in the source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

impl ExternalReference {
    /// A reference to `external_id` in `source_name`, with an optional URL.
    pub fn id(source_name: &str, external_id: &str, url: Option<String>) -> ExternalReference {
        ExternalReference {
            source_name: source_name.to_string(),
            description: None,
            url,
            external_id: Some(external_id.to_string()),
        }
    }

    /// A reference to `source_name` described by `description`.
    pub fn described(source_name: &str, description: &str) -> ExternalReference {
        ExternalReference {
            source_name: source_name.to_string(),
            description: Some(description.to_string()),
            url: None,
            external_id: None,
        }
    }
}

/// `report`: the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The article's title: its first sentence.
    pub name: String,
    /// The article's first paragraph.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `report-type-ov` values; `["threat-report"]` by default.
    pub report_types: Vec<String>,
    /// The caller's timestamp.
    pub published: String,
    /// Every other object of the bundle.
    pub object_refs: Vec<String>,
    /// Labels (the classification's hashtags, type and severity, when set).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    /// The article's byline and the references it cites.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_references: Vec<ExternalReference>,
}

/// `identity`: a victim (an organisation, or a sector as a class of
/// organisations) or the producer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Identity {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The name.
    pub name: String,
    /// Why it is here and how the article names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `identity-class-ov`: `organization`, `class`, `system`...
    pub identity_class: String,
    /// `industry-sector-ov` values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
}

/// `intrusion-set`: a threat actor as a set of activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct IntrusionSet {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The canonical name.
    pub name: String,
    /// Attribution and how the article names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Every other name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// `attack-resource-level-ov` (`government` for state-sponsored actors).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_level: Option<String>,
    /// `attack-motivation-ov` (`personal-gain` for criminals, `ideology`
    /// for hacktivists).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_motivation: Option<String>,
    /// ATT&CK group and MISP galaxy cluster.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_references: Vec<ExternalReference>,
}

/// `malware`: a malware family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Malware {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The name.
    pub name: String,
    /// How the article names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `malware-type-ov` values.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub malware_types: Vec<String>,
    /// Always `true`: the gazetteer names families, not samples.
    pub is_family: bool,
    /// Every other name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// ATT&CK software and MISP galaxy cluster.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_references: Vec<ExternalReference>,
}

/// `tool`: legitimate software that attackers use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Tool {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The name.
    pub name: String,
    /// How the article names it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Every other name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// ATT&CK software and MISP galaxy cluster.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub external_references: Vec<ExternalReference>,
}

/// `attack-pattern`: an ATT&CK technique named by its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct AttackPattern {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The technique id, `T1566.001` (the crate has no technique names).
    pub name: String,
    /// The ATT&CK page.
    pub external_references: Vec<ExternalReference>,
}

/// `vulnerability`: a CVE.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Vulnerability {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The CVE id.
    pub name: String,
    /// The CVE record.
    pub external_references: Vec<ExternalReference>,
}

/// `location`: a country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Location {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// The country's name.
    pub name: String,
    /// Its ISO 3166-1 alpha-2 code.
    pub country: String,
}

/// `indicator`: a pattern for an address, name or hash the article gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Indicator {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// What it matches, e.g. "Domain name evil.example.com".
    pub name: String,
    /// Where it comes from, and its flags (documentation or private
    /// addresses).
    pub description: String,
    /// The STIX pattern.
    pub pattern: String,
    /// Always `"stix"`.
    pub pattern_type: &'static str,
    /// The caller's timestamp.
    pub valid_from: String,
}

/// `relationship`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Relationship {
    /// Common properties.
    #[serde(flatten)]
    pub common: Common,
    /// `uses`, `targets`, `indicates`, `originates-from`, `located-at`.
    pub relationship_type: &'static str,
    /// The source object.
    pub source_ref: String,
    /// The target object.
    pub target_ref: String,
    /// What the relationship rests on (ATT&CK data, or the article naming
    /// both ends).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
