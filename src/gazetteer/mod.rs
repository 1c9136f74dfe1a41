//! The gazetteer: threat actors, software, countries, state agencies and
//! sectors with every name they go by, and the matcher that finds them in a
//! [`crate::text::Document`].
//!
//! The default gazetteer is built from tables embedded in the crate (see
//! `data/SOURCES.md`): MISP galaxies, MITRE ATT&CK and Microsoft's naming map.
//! Users add their own actors and aliases with a [`GazetteerBuilder`].
//!
//! # Examples
//!
//! ```
//! use cti_extract::gazetteer::Gazetteer;
//! use cti_extract::text::Document;
//!
//! let gazetteer = Gazetteer::default_ref();
//! let doc = Document::new("Microsoft said Violet Typhoon, also tracked as Zirconium, struck again.");
//! let found = gazetteer.find(&doc);
//! let apt31: Vec<&str> = found
//!     .mentions
//!     .iter()
//!     .filter_map(|m| m.entity)
//!     .map(|id| gazetteer.entity(id).name.as_str())
//!     .collect();
//! assert_eq!(apt31, ["Microsoft", "APT31", "APT31"][1..]);
//! ```

mod data;
mod discover;
mod gang;
mod matcher;
mod names;
mod small;

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use serde::Serialize;

use crate::error::{Error, ErrorKind};
use crate::text::{folded, Document};

pub use discover::{DiscoveredAlias, IntroducedName};
pub(crate) use matcher::{inside_url, KeyHasher};
pub use matcher::{Found, Mention, MentionRule};
pub use small::{EntityIds, Name};

/// The kind of an entity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A threat actor (intrusion set, group, gang).
    #[default]
    Actor,
    /// Malware, a tool, or a ransomware family.
    Software,
    /// A country or state.
    Country,
    /// A state agency or one of its units.
    Agency,
    /// An economic sector.
    Sector,
}

impl EntityKind {
    /// The kind's name in lower case.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Actor => "actor",
            EntityKind::Software => "software",
            EntityKind::Country => "country",
            EntityKind::Agency => "agency",
            EntityKind::Sector => "sector",
        }
    }
}

/// The index of an entity in its [`Gazetteer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntityId(pub u32);

impl EntityId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

/// One entity with its names and facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// A stable identifier, e.g. `apt31`.
    pub id: String,
    /// The canonical name, e.g. `APT31`.
    pub name: String,
    /// What kind of entity it is.
    pub kind: EntityKind,
    /// Every other name it goes by.
    pub aliases: Vec<String>,
    /// Actors: `state-sponsored`, `criminal`, `hacktivist` or `unknown`;
    /// software: `malware`, `tool`, `ransomware`, `wiper`, `stealer`, `rat` or
    /// `botnet`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subkind: Option<String>,
    /// The country an actor or agency belongs to (a country's own name for a
    /// country).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The state agency an actor is attributed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agency: Option<String>,
    /// The agency a unit belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// A country's adjective ("Czech", "Chinese").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adjective: Option<String>,
    /// Identifiers in the source data sets.
    #[serde(skip_serializing_if = "SourceIds::is_empty")]
    pub sources: SourceIds,
}

/// An entity's identifiers in public data sets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SourceIds {
    /// The MISP galaxy cluster uuid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub misp_uuid: Option<String>,
    /// The MITRE ATT&CK id (G0xxx, S0xxx).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attack_id: Option<String>,
    /// Microsoft's name for the actor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub microsoft: Option<String>,
    /// The ISO 3166-1 alpha-2 code of a country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso2: Option<String>,
}

impl SourceIds {
    /// Whether no identifier is known.
    pub fn is_empty(&self) -> bool {
        self.misp_uuid.is_none()
            && self.attack_id.is_none()
            && self.microsoft.is_none()
            && self.iso2.is_none()
    }
}

/// Why an alias needs more than its letters to count as a mention.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AliasFlags {
    /// An ordinary word ("Play", "Lead", "Platinum").
    pub common_word: bool,
    /// Three letters and digits or fewer ("SEA", "TSB").
    pub short: bool,
    /// A form that names something else more often than the entity (a
    /// capital city standing for a government, "US").
    pub weak: bool,
    /// A technology word or file name that some list uses as a name
    /// ("Android", "cmd.exe"): never matched.
    pub generic: bool,
}

impl AliasFlags {
    /// Whether any flag is set.
    pub fn any(self) -> bool {
        self.common_word || self.short || self.weak || self.generic
    }
}

/// The entities and their names, compiled for matching.
///
/// Build one with [`Gazetteer::builder`] (the embedded data plus your own) or
/// [`GazetteerBuilder::empty`]; the default one is [`Gazetteer::default_ref`].
#[derive(Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: HashMap<String, EntityId>,
    /// Software used by each actor (ATT&CK `uses`).
    actor_software: HashMap<EntityId, Vec<EntityId>>,
    matcher: matcher::Matcher,
}

static DEFAULT: LazyLock<Arc<Gazetteer>> = LazyLock::new(|| {
    Arc::new(
        GazetteerBuilder::embedded()
            .map(|b| b.build())
            .unwrap_or_else(|_| GazetteerBuilder::empty().build()),
    )
});

impl Gazetteer {
    /// The gazetteer built from the embedded data, shared and built on first
    /// use.
    pub fn default_ref() -> &'static Gazetteer {
        &DEFAULT
    }

    /// The shared default gazetteer as an `Arc`.
    pub fn default_arc() -> Arc<Gazetteer> {
        Arc::clone(&DEFAULT)
    }

    /// A builder that starts from the embedded data.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::embedded().unwrap_or_else(|_| GazetteerBuilder::empty())
    }

    /// All entities.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with index `id`.
    ///
    /// # Panics
    ///
    /// When `id` did not come from this gazetteer.
    // The documented panic of a foreign id; the ids in a Found and a Report
    // come from this gazetteer, so input cannot reach it.
    #[allow(clippy::indexing_slicing)]
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.index()]
    }

    /// The entity with index `id`, or `None` if out of range.
    pub fn get(&self, id: EntityId) -> Option<&Entity> {
        self.entities.get(id.index())
    }

    /// The entity with the stable identifier `id` (e.g. `apt31`).
    pub fn by_id(&self, id: &str) -> Option<EntityId> {
        self.by_id.get(id).copied()
    }

    /// The entities, of any kind, that `name` is a name of (case, spacing and
    /// punctuation folded as in text).
    pub fn lookup(&self, name: &str) -> Vec<EntityId> {
        self.matcher.lookup(name)
    }

    /// The first actor that `name` names, if any.
    pub fn actor(&self, name: &str) -> Option<&Entity> {
        self.lookup(name)
            .into_iter()
            .map(|id| self.entity(id))
            .find(|e| e.kind == EntityKind::Actor)
    }

    /// The software an actor is known to use.
    pub fn software_of(&self, actor: EntityId) -> &[EntityId] {
        self.actor_software
            .get(&actor)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The flags of an alias: why it needs context.
    pub fn alias_flags(&self, alias: &str) -> AliasFlags {
        self.matcher.flags_of(&folded(alias))
    }

    /// Finds every mention of an entity in `doc`, then the aliases the text
    /// itself introduces ("X, also known as A or B"), and the mentions of
    /// those; marks the ransomware families the text speaks of as gangs
    /// ([`Mention::gang`]).
    pub fn find(&self, doc: &Document<'_>) -> Found {
        // Trigger words of alias introductions: a few per article.
        let mut triggers = Vec::with_capacity(16);
        let mut found = self.matcher.find(self, doc, &mut triggers);
        discover::operators(self, doc, &mut found.mentions);
        discover::method_names(doc, &mut found.mentions);
        let mut discovered = discover::discover(self, doc, &found.mentions);
        let mut introduced = discover::introduced(self, doc, &triggers);
        discover::plurals_of_listed(self, &mut introduced, &mut discovered);
        discover::regional_branches(self, doc, &found.mentions, &mut introduced);
        discover::scheme_names(self, doc, &found.mentions, &mut introduced);
        discover::initials(self, doc, &found.mentions, &mut discovered, &mut introduced);
        if !discovered.is_empty() || !introduced.is_empty() {
            matcher::add_discovered(self, doc, &discovered, &introduced, &mut found.mentions);
        }
        gang::mark(self, doc, &mut found.mentions);
        found.discovered = discovered;
        found.introduced = introduced;
        found
    }
}

/// Builds a [`Gazetteer`]: the embedded data, your own entities and aliases,
/// or both.
///
/// # Examples
///
/// ```
/// use cti_extract::gazetteer::{Entity, EntityKind, GazetteerBuilder};
/// use cti_extract::text::Document;
///
/// let mut builder = GazetteerBuilder::empty();
/// builder.add_entity(Entity {
///     id: "acme-spider".into(),
///     name: "Acme Spider".into(),
///     kind: EntityKind::Actor,
///     aliases: vec!["UNC9999".into()],
///     ..Entity::default()
/// })?;
/// builder.add_alias("acme-spider", "Storm-9999")?;
/// let gazetteer = builder.build();
/// let found = gazetteer.find(&Document::new("Storm-9999 hit a bank."));
/// assert_eq!(found.mentions[0].entity, gazetteer.by_id("acme-spider"));
/// # Ok::<(), cti_extract::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct GazetteerBuilder {
    entities: Vec<Entity>,
    by_id: HashMap<String, usize>,
    flags: HashMap<String, AliasFlags>,
    actor_software: Vec<(String, String)>,
}

impl GazetteerBuilder {
    /// A builder with no entities.
    pub fn empty() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// A builder with the embedded data.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] if an embedded table is malformed (a bug: the
    /// crate's tests load them).
    pub fn embedded() -> Result<GazetteerBuilder, Error> {
        let mut b = GazetteerBuilder::empty();
        data::load_embedded(&mut b)?;
        Ok(b)
    }

    /// Adds an entity.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] when the id is empty or already taken, or the
    /// entity has no name.
    pub fn add_entity(&mut self, entity: Entity) -> Result<(), Error> {
        if entity.id.is_empty() || entity.name.trim().is_empty() {
            return Err(table_error(0, "an entity needs an id and a name"));
        }
        if self.by_id.contains_key(&entity.id) {
            return Err(table_error(
                0,
                &format!("duplicate entity id {:?}", entity.id),
            ));
        }
        self.by_id.insert(entity.id.clone(), self.entities.len());
        self.entities.push(entity);
        Ok(())
    }

    /// Adds an alias to the entity with id `id`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] when no entity has that id.
    pub fn add_alias(&mut self, id: &str, alias: &str) -> Result<(), Error> {
        let index = *self
            .by_id
            .get(id)
            .ok_or_else(|| table_error(0, &format!("no entity with id {id:?}")))?;
        if let Some(entity) = self.entities.get_mut(index) {
            if !entity.aliases.iter().any(|a| a == alias) && entity.name != alias {
                entity.aliases.push(alias.to_string());
            }
        }
        Ok(())
    }

    /// Marks an alias as needing context (see [`AliasFlags`]).
    pub fn flag_alias(&mut self, alias: &str, flags: AliasFlags) {
        let entry = self.flags.entry(folded(alias)).or_default();
        entry.common_word |= flags.common_word;
        entry.short |= flags.short;
        entry.weak |= flags.weak;
        entry.generic |= flags.generic;
    }

    /// Adds actors and aliases from a TSV of your own: one row per name,
    /// `id<TAB>name` (a new actor whose canonical name is `name`, or a further
    /// alias when `id` exists already), optionally followed by `country` and
    /// `agency` columns. Blank lines and lines starting with `#` are skipped.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::Table`] naming the line when a row has fewer than two
    /// columns or an empty field.
    pub fn add_tsv(&mut self, tsv: &str) -> Result<(), Error> {
        for (n, line) in tsv.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (Some(&id), Some(&name)) = (cols.first(), cols.get(1)) else {
                return Err(table_error(n + 1, "expected id<TAB>name"));
            };
            if id.is_empty() || name.is_empty() {
                return Err(table_error(n + 1, "empty id or name"));
            }
            if self.by_id.contains_key(id) {
                self.add_alias(id, name)?;
            } else {
                let non_empty =
                    |i: usize| cols.get(i).filter(|s| !s.is_empty()).map(|s| s.to_string());
                self.add_entity(Entity {
                    id: id.to_string(),
                    name: name.to_string(),
                    country: non_empty(2),
                    agency: non_empty(3),
                    kind: EntityKind::Actor,
                    ..Entity::default()
                })
                .map_err(|e| match e.kind() {
                    ErrorKind::Table { message, .. } => table_error(n + 1, message),
                    _ => e,
                })?;
            }
        }
        Ok(())
    }

    /// Compiles the gazetteer.
    pub fn build(self) -> Gazetteer {
        let mut by_id = HashMap::with_capacity(self.entities.len());
        for (i, entity) in self.entities.iter().enumerate() {
            by_id.insert(
                entity.id.clone(),
                EntityId(u32::try_from(i).unwrap_or(u32::MAX)),
            );
        }
        let mut actor_software: HashMap<EntityId, Vec<EntityId>> = HashMap::new();
        for (actor, software) in &self.actor_software {
            if let (Some(&a), Some(&s)) = (by_id.get(actor), by_id.get(software)) {
                actor_software.entry(a).or_default().push(s);
            }
        }
        let matcher = matcher::Matcher::new(&self.entities, &self.flags);
        Gazetteer {
            entities: self.entities,
            by_id,
            actor_software,
            matcher,
        }
    }
}

fn table_error(line: usize, message: &str) -> Error {
    Error::new(ErrorKind::Table {
        line,
        message: message.to_string(),
    })
}
