//! The matching hot path: one filter look-up per token.
//!
//! Every alias is folded (see [`crate::text`]) and its key, and the key of
//! every prefix of it, go into one table ([`KeyTable`]): a filter of two bits
//! per cell (small enough to stay in cache) says whether a key may be a
//! prefix or an alias, and only possible aliases are read from the table
//! itself. Walking the document's tokens, a token whose key is absent costs
//! one filter look-up; a token that starts an alias is extended over the
//! following tokens while their joined key is still a prefix of some alias
//! (so "Dark Hotel" meets "DarkHotel" and "APT 31" meets "APT31"). A hit is
//! then verified on the text itself, so hash collisions cannot produce a
//! mention, and checked for boundaries (not inside a URL, a file name or a
//! host name), casing and context.
//!
//! This is faster than an Aho-Corasick automaton over the raw bytes because
//! tokens are already found by the document and most are rejected with one
//! look-up; `benches/gazetteer.rs` measures both.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use serde::Serialize;

use super::discover;
use super::names::{self, usual_casing};
use super::small::{EntityIds, Name};
use super::{AliasFlags, DiscoveredAlias, Entity, EntityId, EntityKind, Gazetteer, IntroducedName};
use crate::report::Span;
use crate::text::{
    ascii_key, concat_keys, folded, folds_to, for_each_prefix_key, key_of, Document, Gap, Token,
};

/// How many tokens either side of a mention are searched for a cue word.
const CUE_WINDOW: usize = 6;

/// How many tokens [`Matcher::live_tokens`] sorts at a time.
const LIVE_CHUNK: usize = 256;
const _: () = assert!(LIVE_CHUNK.is_power_of_two());

/// The most tokens one alias may span.
const MAX_ALIAS_TOKENS: usize = 12;

/// A mention of an entity in a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Where the mention is in the document's text.
    pub span: Span,
    /// The text as written.
    pub text: Name,
    /// The kind of entity.
    pub kind: EntityKind,
    /// The entity meant, when it could be decided; `None` for an ambiguous
    /// alias that nothing in the text resolves.
    pub entity: Option<EntityId>,
    /// Every entity of this kind that the alias names (more than one when the
    /// alias is ambiguous).
    pub candidates: EntityIds,
    /// The gazetteer's form of the alias that matched.
    pub alias: Name,
    /// How sure the match is, from 0 to 1.
    pub confidence: f32,
    /// Why the mention was accepted.
    pub rule: MentionRule,
    /// Whether invisible characters (zero-width, soft hyphens) were inside
    /// the written name.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hidden_characters: bool,
    /// A ransomware family that the text speaks of as a gang somewhere (its
    /// operators or affiliates, "the Foo gang", "Foo claimed"): the name
    /// stands for the people as well as the malware, here and wherever else
    /// the text names the family. False for every other mention, and for a
    /// family the text names only as malware ("a Foo sample").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub gang: bool,
}

/// Why a mention was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionRule {
    /// A distinctive name, written as the gazetteer writes it (or in capitals).
    Name,
    /// A distinctive name written in another case.
    NameOtherCase,
    /// An ordinary-word or short alias in its usual casing next to a cue word
    /// ("the Play ransomware gang").
    Cue,
    /// An ordinary-word or short alias of an entity that is also named by a
    /// distinctive name in the same text.
    SameEntity,
    /// A weak form (a capital for its government) in its usual casing.
    Weak,
    /// An alias the article itself introduced ("also known as").
    Discovered,
    /// A name the text introduced for an actor the gazetteer does not know
    /// ("a group we named ReconHellcat").
    Introduced,
    /// A vendor's tracking name that is not in the gazetteer (TA574,
    /// UNC5812, Storm-1152, DEV-0537): an actor, but not a known one.
    TrackingId,
    /// The people behind a malware family, named after it ("the Foo gang",
    /// "Foo operators"): an actor, but not one the gazetteer names so.
    Operators,
}

/// What [`Gazetteer::find`] found.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Found {
    /// The mentions in text order, not overlapping.
    pub mentions: Vec<Mention>,
    /// Aliases the text introduced for a known entity.
    pub discovered: Vec<DiscoveredAlias>,
    /// Names the text introduced for actors the gazetteer does not know.
    pub introduced: Vec<IntroducedName>,
}

/// A hasher for keys that are already hashes: one multiply-xorshift to spread
/// the polynomial hash's low bits.
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, x: u64) {
        let h = (x ^ (x >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
}

type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

/// A table slot: whether the key is a proper prefix of some alias key, and
/// the aliases whose key it is.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    prefix: bool,
    first: u32,
    count: u32,
}

/// The keys of every alias and of every prefix of one, compiled for the hot
/// loop: a filter small enough to stay in cache holds two bits per cell
/// (some key here is a prefix; some key here is an alias) and answers most
/// look-ups alone; an open-addressing table with linear probing holds the
/// aliases' keys (a prefix that is no alias needs nothing but its filter
/// bit) and answers the rest with (usually) one bucket read.
#[derive(Debug, Default)]
struct KeyTable {
    /// Two bits ([`CELL_PREFIX`], [`CELL_ALIAS`]) per `filter_index(key)`,
    /// 32 cells a word.
    filter: Vec<u64>,
    filter_shift: u32,
    /// A power of two of buckets, at most a third full, for the keys that
    /// are an alias's.
    buckets: Vec<Bucket>,
    shift: u32,
}

/// A bucket of [`KeyTable`]: the key and its slot packed in 16 bytes.
#[derive(Debug, Clone, Copy, Default)]
struct Bucket {
    key: u64,
    first: u32,
    /// [`OCCUPIED`], [`PREFIX`] and the alias count in the low bits.
    meta: u32,
}

const CELL_PREFIX: u64 = 1;
const CELL_ALIAS: u64 = 2;
const OCCUPIED: u32 = 1 << 31;
const PREFIX: u32 = 1 << 30;
const COUNT_MASK: u32 = PREFIX - 1;

/// Multipliers spreading a key's bits into the high bits used as indexes.
const BUCKET_MUL: u64 = 0x9E37_79B9_7F4A_7C15;
const FILTER_MUL: u64 = 0xC2B2_AE3D_27D4_EB4F;

impl KeyTable {
    /// Compiles `slots`.
    fn new(slots: &KeyMap<Slot>) -> KeyTable {
        let aliases = slots.values().filter(|s| s.count > 0).count();
        let buckets_log2 = (aliases * 3).max(16).next_power_of_two().trailing_zeros();
        // About 8 cells per key: one absent key in ten passes.
        let filter_log2 = (slots.len() * 8)
            .max(512)
            .next_power_of_two()
            .trailing_zeros();
        let mut table = KeyTable {
            filter: vec![0; 1 << (filter_log2 - 5)],
            filter_shift: 64 - filter_log2,
            buckets: vec![Bucket::default(); 1 << buckets_log2],
            shift: 64 - buckets_log2,
        };
        for (&key, slot) in slots {
            table.insert(key, slot);
        }
        table
    }

    fn insert(&mut self, key: u64, slot: &Slot) {
        let f = self.filter_index(key);
        let cell =
            if slot.prefix { CELL_PREFIX } else { 0 } | if slot.count > 0 { CELL_ALIAS } else { 0 };
        if let Some(word) = self.filter.get_mut(f >> 5) {
            *word |= cell << ((f & 31) * 2);
        }
        if slot.count == 0 {
            return;
        }
        let Some(mask) = self.buckets.len().checked_sub(1) else {
            return;
        };
        let mut h = self.bucket_index(key);
        while let Some(b) = self.buckets.get_mut(h) {
            if b.meta & OCCUPIED == 0 {
                let prefix = if slot.prefix { PREFIX } else { 0 };
                *b = Bucket {
                    key,
                    first: slot.first,
                    meta: OCCUPIED | prefix | slot.count.min(COUNT_MASK),
                };
                return;
            }
            h = (h + 1) & mask;
        }
    }

    #[inline]
    fn filter_index(&self, key: u64) -> usize {
        (key.wrapping_mul(FILTER_MUL) >> self.filter_shift) as usize
    }

    #[inline]
    fn bucket_index(&self, key: u64) -> usize {
        (key.wrapping_mul(BUCKET_MUL) >> self.shift) as usize
    }

    /// The filter's two bits for `key`: zero when `key` is certainly
    /// absent.
    #[inline]
    fn cell(&self, key: u64) -> u64 {
        let f = self.filter_index(key);
        self.filter
            .get(f >> 5)
            .map_or(0, |w| (w >> ((f & 31) * 2)) & (CELL_PREFIX | CELL_ALIAS))
    }

    /// For the hot loop: `None` when `key` is absent; its slot when it is
    /// an alias's; otherwise, when the filter says it may be a prefix, a
    /// prefix-only slot, which may be wrong only for an absent key (a
    /// filter false positive). Such a key costs one more look-up when the
    /// scan extends it, and nothing else: every prefix of a present key is
    /// present, so an absent key never extends to a present one.
    #[inline]
    fn probe(&self, key: u64) -> Option<Slot> {
        const PREFIX_ONLY: Slot = Slot {
            prefix: true,
            first: 0,
            count: 0,
        };
        match self.cell(key) {
            0 => None,
            CELL_PREFIX => Some(PREFIX_ONLY),
            cell => self.lookup(key).or(if cell & CELL_PREFIX != 0 {
                Some(PREFIX_ONLY)
            } else {
                None
            }),
        }
    }

    /// The slot of `key`, if it is an alias's key.
    #[inline]
    fn get(&self, key: u64) -> Option<Slot> {
        if self.cell(key) == 0 {
            return None;
        }
        self.lookup(key)
    }

    /// The slot of `key` read from the table.
    #[inline]
    fn lookup(&self, key: u64) -> Option<Slot> {
        let mask = self.buckets.len().checked_sub(1)?;
        let mut h = self.bucket_index(key);
        loop {
            let b = self.buckets.get(h)?;
            if b.meta & OCCUPIED == 0 {
                return None;
            }
            if b.key == key {
                return Some(Slot {
                    prefix: b.meta & PREFIX != 0,
                    first: b.first,
                    count: b.meta & COUNT_MASK,
                });
            }
            h = (h + 1) & mask;
        }
    }
}

/// One alias of one entity.
#[derive(Debug, Clone)]
struct AliasEntry {
    folded: String,
    /// The key of `folded`.
    key: u64,
    alias: String,
    entity: EntityId,
    kind: EntityKind,
    flags: AliasFlags,
    stripped: bool,
    /// An actor or software name that is also the name of a country, agency
    /// or sector ("Czech", "Mercury"): it needs context.
    shadowed: bool,
    /// Software known only from community lists (no ATT&CK entry) whose name
    /// is plain words ("Donald Trump", "Wall Street"): it needs context.
    uncurated_plain: bool,
    /// Software known only from community lists whose name is a short
    /// acronym ("GOST", "ABCD"): it needs context.
    uncurated_acronym: bool,
    /// Whether this is the entity's canonical name.
    canonical: bool,
    /// An agency some actor of the gazetteer is attributed to (directly or
    /// through one of its units): the kind CTI news names by its acronym.
    attributed: bool,
    /// The keys of the words that say what kind of software this is
    /// ("ransomware" for a ransomware family), for names that need one
    /// right after them.
    kind_keys: &'static [u64],
    /// Facts about the alias, computed once when the matcher is built.
    facts: AliasFacts,
    /// Bit `p` is set when the alias may be read as split before its `p`th
    /// folded byte: between two of its words, from a small letter to a
    /// capital ("Red|Bravo"), or between letters and digits ("APT|31"), in
    /// this spelling or another of the same entity that folds the same way
    /// (Darkhotel, DarkHotel). Offsets from 64 on are not recorded and
    /// count as allowed.
    split_points: u64,
}

/// What the rules ask about an alias's own spelling, computed once.
#[derive(Debug, Clone, Copy, Default)]
struct AliasFacts {
    /// The number of words of letters and digits.
    words: u16,
    /// Some letter is upper case.
    has_upper: bool,
    /// Some character is an ASCII digit.
    has_ascii_digit: bool,
    /// Derived by dropping a group word, leaving one plain word.
    plain_stripped: bool,
    /// The alias counts only with context (see [`AliasEntry::needs_context`]).
    needs_context: bool,
    /// A software name that ends in the word for its kind ("Dharma
    /// Ransomware").
    names_its_kind: bool,
    /// One word of two or more letters, all capitals ("GRU", "SIGN").
    acronym: bool,
    /// An ordinary word with its last letter made a capital ("GammA",
    /// "LockeR").
    capital_tail: bool,
    /// No letters at all ("777", "10001").
    numeric: bool,
}

/// What the rules read of an [`AliasEntry`] for every hit, packed in 32
/// bytes (two a cache line): the hot half of the matcher's entries.
#[derive(Debug, Clone, Copy)]
struct AliasRules {
    /// See [`AliasEntry::split_points`].
    split_points: u64,
    entity: EntityId,
    kind: EntityKind,
    flags: AliasFlags,
    stripped: bool,
    shadowed: bool,
    uncurated_plain: bool,
    canonical: bool,
    attributed: bool,
    facts: AliasFacts,
}

/// The cold half of the matcher's entries: what only some rules read.
#[derive(Debug, Clone)]
struct AliasText {
    alias: Box<str>,
    /// See [`AliasEntry::kind_keys`].
    kind_keys: &'static [u64],
}

impl AliasEntry {
    /// Splits the entry into its hot and cold halves.
    fn split(self) -> (AliasRules, AliasText) {
        let rules = AliasRules {
            split_points: self.split_points,
            entity: self.entity,
            kind: self.kind,
            flags: self.flags,
            stripped: self.stripped,
            shadowed: self.shadowed,
            uncurated_plain: self.uncurated_plain,
            canonical: self.canonical,
            attributed: self.attributed,
            facts: self.facts,
        };
        let text = AliasText {
            alias: self.alias.into_boxed_str(),
            kind_keys: self.kind_keys,
        };
        (rules, text)
    }

    /// Whether the alias counts only with context (casing plus a cue or a
    /// distinctive name of the same entity).
    fn needs_context(&self) -> bool {
        self.flags.common_word
            || self.flags.short
            || self.stripped && is_plain_word(&self.alias)
            || self.shadowed
            || self.uncurated_plain
            || self.uncurated_acronym
            || self.facts.numeric
    }

    /// Computes [`AliasEntry::facts`] (after `shadowed` is known).
    fn compute_facts(&mut self) {
        // What needs_context() reads of the facts comes first.
        self.facts.numeric = !self.alias.chars().any(char::is_alphabetic);
        self.facts = AliasFacts {
            numeric: self.facts.numeric,
            capital_tail: has_capital_tail(&self.alias),
            words: u16::try_from(
                self.alias
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .count(),
            )
            .unwrap_or(u16::MAX),
            has_upper: self.alias.chars().any(char::is_uppercase),
            has_ascii_digit: self.alias.chars().any(|c| c.is_ascii_digit()),
            plain_stripped: self.stripped && is_plain_word(&self.alias),
            needs_context: self.needs_context(),
            names_its_kind: self.kind == EntityKind::Software
                && !self.flags.short
                && ends_with_kind_word(&self.alias),
            acronym: is_acronym(&self.alias),
        };
    }
}

/// One word of two or more letters, all capitals (digits, "&", ".", "-"
/// and "/" allowed: "R&AW", "U.S.").
fn is_acronym(alias: &str) -> bool {
    let mut letters = 0;
    for c in alias.chars() {
        if !c.is_alphanumeric() && !matches!(c, '&' | '.' | '-' | '/') {
            return false;
        }
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// One word of letters whose only capitals are its first and its last
/// letter, the last after small letters ("GammA", "LockeR").
fn has_capital_tail(alias: &str) -> bool {
    let letters: Vec<char> = alias.chars().collect();
    match letters.as_slice() {
        [first, middle @ .., before_last, last] => {
            first.is_alphabetic()
                && middle.iter().all(|c| c.is_lowercase())
                && before_last.is_lowercase()
                && last.is_uppercase()
        }
        _ => false,
    }
}

/// Whether `surface` keeps the last capital of a [`has_capital_tail`]
/// alias (or is all capitals): "Gamma" does not.
fn capital_tail_kept(surface: &str) -> bool {
    all_capitals(surface)
        || surface
            .chars()
            .rev()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
}

/// Whether every letter of `surface` is a capital (and it has one).
fn all_capitals(surface: &str) -> bool {
    let mut letters = surface.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(char::is_uppercase)
}

/// See [`AliasEntry::split_points`].
fn split_points(alias: &str) -> u64 {
    let mut mask = 0u64;
    let mut at = 0u32;
    let mut prev: Option<char> = None;
    let mut separated = false;
    for c in alias.chars() {
        let n = crate::text::fold_len(c);
        if n == 0 {
            separated |= prev.is_some();
            continue;
        }
        if let Some(p) = prev {
            let boundary = separated
                || p.is_lowercase() && c.is_uppercase()
                || p.is_alphabetic() != c.is_alphabetic();
            if boundary && at < 64 {
                mask |= 1 << at;
            }
        }
        at += n;
        prev = Some(c);
        separated = false;
    }
    mask
}

/// Whether the hit splits the alias only where the alias itself may split:
/// "AS IS" is not ASIS, "Sand worm" not Sandworm, but "Red Bravo" is
/// RedBravo and "APT 31" APT31. Only splits at white space or hyphens
/// count; dots ("A.S.I.S."), hidden characters and script changes do not.
fn splits_fit(doc: &Document<'_>, hit: &Hit, split_points: u64) -> bool {
    let toks = doc.tokens();
    let text = doc.text();
    let mut at = 0u32;
    for k in hit.first_token..hit.last_token {
        let (Some(t), Some(next)) = (toks.get(k), toks.get(k + 1)) else {
            return true;
        };
        at += t.key_len;
        let gap = text.get(t.span.end..next.span.start).unwrap_or_default();
        let spaced = gap
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2014}'));
        if spaced && at < 64 && split_points & (1 << at) == 0 {
            return false;
        }
    }
    true
}

/// Where an entry's folded form lies in [`Matcher::folded`], and how many
/// entries from this one on share it.
#[derive(Debug, Clone, Copy)]
struct Spelling {
    start: u32,
    len: u32,
    run: u32,
}

/// The compiled alias table.
#[derive(Debug)]
pub(crate) struct Matcher {
    table: KeyTable,
    /// The folded form of each entry, for [`Matcher::verify`], apart from
    /// the entries so that checking a hit reads a few compact bytes.
    spellings: Vec<Spelling>,
    /// The folded forms, one after the other.
    folded: String,
    /// One more than the largest entity index of any entry.
    entity_count: usize,
    /// The entries, grouped by key (a table slot's `first..first + count`),
    /// as the rules read them.
    rules: Vec<AliasRules>,
    /// The same entries' alias as written and kind words.
    texts: Vec<AliasText>,
    flags: HashMap<String, AliasFlags>,
    actor_cues: KeySet,
    software_cues: KeySet,
    agency_cues: KeySet,
}

type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// The [`Spelling`] of each of `entries` (sorted so that those with the
/// same folded form are together), and the folded forms they point into.
fn spellings_of(entries: &[AliasEntry]) -> (Vec<Spelling>, String) {
    let mut folded = String::new();
    let mut spellings: Vec<Spelling> = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let same_as_previous = i > 0 && entries.get(i - 1).is_some_and(|p| p.folded == e.folded);
        let start = match spellings.last() {
            Some(p) if same_as_previous => p.start,
            _ => {
                let start = folded.len();
                folded.push_str(&e.folded);
                u32::try_from(start).unwrap_or(u32::MAX)
            }
        };
        let run = entries
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(|x| x.folded == e.folded)
            .count();
        spellings.push(Spelling {
            start,
            len: u32::try_from(e.folded.len()).unwrap_or(u32::MAX),
            run: u32::try_from(run).unwrap_or(u32::MAX),
        });
    }
    (spellings, folded)
}

/// For each entity, whether it is an agency that some actor is attributed
/// to, or the parent of one.
fn attributed_agencies(entities: &[Entity]) -> Vec<bool> {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        if e.kind == EntityKind::Agency {
            by_id.insert(e.id.as_str(), i);
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                by_name.entry(folded(name)).or_default().push(i);
            }
        }
    }
    let mut out = vec![false; entities.len()];
    let mut todo: Vec<usize> = entities
        .iter()
        .filter(|e| e.kind == EntityKind::Actor)
        .filter_map(|e| e.agency.as_deref())
        .filter_map(|a| by_name.get(&folded(a)))
        .flatten()
        .copied()
        .collect();
    while let Some(i) = todo.pop() {
        match out.get_mut(i) {
            Some(seen) if !*seen => *seen = true,
            _ => continue,
        }
        // The embedded tables name a parent by its table id, which the
        // gazetteer prefixes with the kind ("nsa" for "agency:nsa").
        let parent = entities.get(i).and_then(|e| e.parent.as_deref());
        if let Some(p) = parent {
            let found = by_id
                .get(p)
                .or_else(|| by_id.get(format!("agency:{p}").as_str()));
            if let Some(&p) = found {
                todo.push(p);
            }
        }
    }
    out
}

/// The keys of the words that say what a piece of software of a given kind
/// is: "Delta" names a ransomware family only in "Delta ransomware".
fn kind_keys(subkind: Option<&str>) -> &'static [u64] {
    const RANSOMWARE: [u64; 2] = [ascii_key("ransomware"), ascii_key("locker")];
    const STEALER: [u64; 2] = [ascii_key("stealer"), ascii_key("infostealer")];
    const RAT: [u64; 2] = [ascii_key("rat"), ascii_key("trojan")];
    // A botnet's code is often a worm ("Retadup, a worm").
    const BOTNET: [u64; 3] = [ascii_key("botnet"), ascii_key("bot"), ascii_key("worm")];
    const WIPER: [u64; 1] = [ascii_key("wiper")];
    const TOOL: [u64; 3] = [
        ascii_key("tool"),
        ascii_key("toolkit"),
        ascii_key("framework"),
    ];
    const MALWARE: [u64; 8] = [
        ascii_key("malware"),
        ascii_key("backdoor"),
        ascii_key("trojan"),
        ascii_key("loader"),
        ascii_key("implant"),
        ascii_key("worm"),
        ascii_key("rootkit"),
        ascii_key("spyware"),
    ];
    match subkind {
        Some("ransomware") => &RANSOMWARE,
        Some("stealer") => &STEALER,
        Some("rat") => &RAT,
        Some("botnet") => &BOTNET,
        Some("wiper") => &WIPER,
        Some("tool") => &TOOL,
        _ => &MALWARE,
    }
}

const ACTOR_CUES: &[&str] = &[
    "group",
    "groups",
    "hackers",
    "hacker",
    "hacking",
    "threat",
    "actor",
    "actors",
    "apt",
    "gang",
    "crew",
    "operators",
    "operator",
    "cluster",
    "campaign",
    "campaigns",
    "espionage",
    "cyberespionage",
    "tracked",
    "aka",
    "dubbed",
    "attributed",
    "ransomware",
    "affiliate",
    "affiliates",
    "adversary",
    "intrusion",
    "collective",
    "movement",
    "spies",
    "sponsored",
    "nexus",
    "hacktivist",
    "hacktivists",
];

/// Words that show a short acronym names a state agency ("the GRU's
/// military intelligence", "FSB officers").
const AGENCY_CUES: &[&str] = &[
    "intelligence",
    "agency",
    "agencies",
    "spy",
    "spies",
    "spying",
    "espionage",
    "military",
    "ministry",
    "government",
    "officials",
    "officers",
    "agents",
    "operatives",
    "director",
    "directorate",
    "army",
    "police",
    "counterintelligence",
    "sponsored",
    "hackers",
    "hacking",
    "cyber",
    "attributed",
];

const SOFTWARE_CUES: &[&str] = &[
    "malware",
    "ransomware",
    "backdoor",
    "trojan",
    "loader",
    "stealer",
    "infostealer",
    "rat",
    "botnet",
    "wiper",
    "implant",
    "tool",
    "toolkit",
    "variant",
    "payload",
    "strain",
    "family",
    "beacon",
    "dropper",
    "downloader",
    "worm",
    "rootkit",
    "spyware",
    "framework",
];

impl Matcher {
    pub(crate) fn new(entities: &[Entity], flags: &HashMap<String, AliasFlags>) -> Matcher {
        let attributed = attributed_agencies(entities);
        let mut entries = Vec::new();
        for (i, entity) in entities.iter().enumerate() {
            let id = EntityId(u32::try_from(i).unwrap_or(u32::MAX));
            let names = std::iter::once(&entity.name).chain(entity.aliases.iter());
            let uncurated =
                entity.kind == EntityKind::Software && entity.sources.attack_id.is_none();
            for (n, name) in names.enumerate() {
                for variant in names::variants(name) {
                    let f = folded(&variant.text);
                    if f.is_empty() {
                        continue;
                    }
                    let plain = is_plain_words(&variant.text);
                    let mut alias_flags = flags.get(&f).copied().unwrap_or_default();
                    if alias_flags.generic {
                        continue;
                    }
                    alias_flags.short |= names::is_short(&variant.text);
                    let split_points = split_points(&variant.text);
                    let uncurated_acronym = uncurated
                        && is_acronym(&variant.text)
                        && variant.text.chars().filter(|c| c.is_alphabetic()).count() <= 4;
                    entries.push(AliasEntry {
                        key: key_of(&f),
                        folded: f,
                        alias: variant.text,
                        entity: id,
                        kind: entity.kind,
                        flags: alias_flags,
                        uncurated_plain: uncurated && plain,
                        uncurated_acronym,
                        canonical: n == 0 && !variant.stripped,
                        attributed: attributed.get(i).copied().unwrap_or(false),
                        kind_keys: kind_keys(entity.subkind.as_deref()),
                        facts: AliasFacts::default(),
                        split_points,
                        stripped: variant.stripped,
                        shadowed: false,
                    });
                }
            }
        }
        // Group by key; drop exact duplicates (same folded form, same entity).
        entries.sort_by(|a, b| {
            a.key
                .cmp(&b.key)
                .then_with(|| a.folded.cmp(&b.folded))
                .then_with(|| a.entity.cmp(&b.entity))
                .then_with(|| a.stripped.cmp(&b.stripped))
        });
        entries.dedup_by(|b, a| {
            let same = a.folded == b.folded && a.entity == b.entity;
            if same {
                a.split_points |= b.split_points;
            }
            same
        });

        let places: HashSet<&str> = entries
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EntityKind::Country | EntityKind::Agency | EntityKind::Sector
                )
            })
            .map(|e| e.folded.as_str())
            .collect();
        let shadowed: Vec<bool> = entries
            .iter()
            .map(|e| {
                matches!(e.kind, EntityKind::Actor | EntityKind::Software)
                    && places.contains(e.folded.as_str())
            })
            .collect();
        for (e, s) in entries.iter_mut().zip(shadowed) {
            e.shadowed = s;
            e.compute_facts();
        }
        let mut table: KeyMap<Slot> = KeyMap::default();
        let mut i = 0;
        while let Some(first) = entries.get(i) {
            let key = first.key;
            let mut j = i;
            while entries.get(j).is_some_and(|e| e.key == key) {
                j += 1;
            }
            let slot = table.entry(key).or_default();
            slot.first = u32::try_from(i).unwrap_or(u32::MAX);
            slot.count = u32::try_from(j - i).unwrap_or(0);
            i = j;
        }
        for entry in &entries {
            for_each_prefix_key(&entry.folded, |k| table.entry(k).or_default().prefix = true);
        }
        let cue_set = |words: &[&str]| words.iter().map(|w| key_of(w)).collect();
        let entity_count = entries
            .iter()
            .map(|e| e.entity.0 as usize + 1)
            .max()
            .unwrap_or(0);
        let (spellings, folded) = spellings_of(&entries);
        let (rules, texts) = entries.into_iter().map(AliasEntry::split).unzip();
        Matcher {
            table: KeyTable::new(&table),
            spellings,
            folded,
            entity_count,
            rules,
            texts,
            flags: flags.clone(),
            actor_cues: cue_set(ACTOR_CUES),
            software_cues: cue_set(SOFTWARE_CUES),
            agency_cues: cue_set(AGENCY_CUES),
        }
    }

    /// The entities whose alias folds to `folded_name`.
    /// The entities `name` (as written: case, spacing and punctuation are
    /// folded on the fly) is a name of. Most names are in no entry, and the
    /// key alone says so, without building the folded form.
    pub(crate) fn lookup(&self, name: &str) -> Vec<EntityId> {
        let mut out: Vec<EntityId> = self
            .entries_for(key_of(name))
            .filter(|&i| {
                self.spellings.get(i).is_some_and(|sp| {
                    let (from, len) = (sp.start as usize, sp.len as usize);
                    self.folded
                        .get(from..from + len)
                        .is_some_and(|f| folds_to(name, f))
                })
            })
            .filter_map(|i| self.rules.get(i).map(|e| e.entity))
            .collect();
        out.dedup();
        out
    }

    pub(crate) fn flags_of(&self, folded_name: &str) -> AliasFlags {
        let mut flags = self.flags.get(folded_name).copied().unwrap_or_default();
        flags.short |= folded_name.chars().count() <= 3;
        flags
    }

    /// The indexes of the entries whose key is `key`.
    fn entries_for(&self, key: u64) -> std::ops::Range<usize> {
        match self.table.get(key) {
            Some(slot) if slot.count > 0 => {
                let start = slot.first as usize;
                start..(start + slot.count as usize).min(self.rules.len())
            }
            _ => 0..0,
        }
    }

    /// The alias of entry `i` as written.
    fn alias_of(&self, i: usize) -> &str {
        self.texts.get(i).map_or("", |t| &t.alias)
    }

    /// Finds the mentions in `doc`.
    /// Also writes to `triggers` where the words that may introduce a name
    /// start (see [`super::discover::introduced`]).
    pub(crate) fn find(
        &self,
        gazetteer: &Gazetteer,
        doc: &Document<'_>,
        triggers: &mut Vec<usize>,
    ) -> Found {
        let mut tracking = Vec::new();
        let mut candidates = Candidates {
            tracking: &mut tracking,
            triggers,
            trigger_range: discover::trigger_range(doc),
        };
        let raw = self.scan(doc, &mut candidates);
        let mut mentions = self.accept(gazetteer, doc, raw);
        resolve_by_country(gazetteer, doc, &mut mentions);
        add_tracking_ids(doc, &tracking, &mut mentions);
        Found {
            mentions,
            discovered: Vec::new(),
            introduced: Vec::new(),
        }
    }

    /// The hot loop: candidate hits, verified on the text, boundaries checked.
    ///
    /// A first pass over the tokens, without branches, keeps the tokens
    /// that may start an alias ([`Matcher::live_tokens`]) and those that may
    /// start a tracking name (see [`may_start_tracking_id`]); the second
    /// visits only the first kind. Most tokens are ordinary words that no
    /// alias starts with, or that are a prefix of some alias only by their
    /// letters ("the" of "TheMoon") and are not followed by a continuation:
    /// their filter look-ups are independent of each other, so the
    /// processor overlaps them instead of waiting for each.
    fn scan(&self, doc: &Document<'_>, candidates: &mut Candidates<'_>) -> Vec<Hit> {
        let toks = doc.tokens();
        let text = doc.text();
        // About one hit in twelve tokens on news text: room for them at once
        // instead of growing the vector by doubling.
        let mut hits = Vec::with_capacity(toks.len() / 12);
        // The next token to visit.
        let mut i = 0;
        let mut live = [0u32; LIVE_CHUNK];
        // (last token, slot) of every alias the tokens from `i` spell.
        let mut ends: Vec<(usize, Slot)> = Vec::with_capacity(4);
        for chunk_start in (0..toks.len()).step_by(LIVE_CHUNK) {
            let chunk_end = (chunk_start + LIVE_CHUNK).min(toks.len());
            let n = self.live_tokens(doc, chunk_start..chunk_end, &mut live, candidates);
            // The tokens between two live ones cannot start an alias (their
            // first look-up, or the look-up of their join with the next
            // token, finds nothing); a hit may cover live ones.
            for &l in live.get(..n).unwrap_or_default() {
                if (l as usize) < i {
                    continue;
                }
                i = l as usize;
                let Some(first) = toks.get(i) else { break };
                let Some(mut slot) = self.table.probe(first.key) else {
                    continue;
                };
                ends.clear();
                let mut key = first.key;
                let mut j = i;
                loop {
                    if slot.count > 0 {
                        ends.push((j, slot));
                    }
                    if !slot.prefix || j + 1 - i >= MAX_ALIAS_TOKENS {
                        break;
                    }
                    let Some(tok) = toks.get(j) else { break };
                    if tok.gap == Gap::Break {
                        break;
                    }
                    let Some(next) = toks.get(j + 1) else { break };
                    key = concat_keys(key, next.key, next.key_len);
                    match self.table.probe(key) {
                        Some(s) => {
                            slot = s;
                            j += 1;
                        }
                        None => break,
                    }
                }
                for &(j, slot) in ends.iter().rev() {
                    if let Some(hit) = self.verify(text, toks, i, j, slot) {
                        hits.push(hit);
                        // The tokens the hit covers are not visited again.
                        i = j;
                        break;
                    }
                }
                i += 1;
            }
        }
        hits
    }

    /// Writes to `live` the indexes of the tokens of `range` (at most
    /// [`LIVE_CHUNK`]) that may start an alias, and returns how many: the
    /// filter has the token's key as an alias's, or as a prefix's and then
    /// also the key of the token joined to the next one. Also collects the
    /// `candidates` of the tokens of `range`.
    ///
    /// Two passes: the first reads every token's own filter cell and keeps
    /// the tokens it holds (about half of them on the bench text: ordinary
    /// words such as "the" begin some alias); the second computes the joined
    /// key, a second look-up, only for those.
    #[inline]
    fn live_tokens(
        &self,
        doc: &Document<'_>,
        range: std::ops::Range<usize>,
        live: &mut [u32; LIVE_CHUNK],
        candidates: &mut Candidates<'_>,
    ) -> usize {
        let toks = doc.tokens();
        let start = range.start;
        let Some(chunk) = toks.get(range) else {
            return 0;
        };
        // The filter cell of each token kept by the first pass.
        let mut cells = [0u8; LIVE_CHUNK];
        let mut kept = 0usize;
        let mut maybe_tracking = 0u64;
        let mut maybe_trigger = 0u64;
        for (k, t) in chunk.iter().enumerate() {
            let cell = self.table.cell(t.key);
            // `kept` is below LIVE_CHUNK here (at most one per token before
            // this one): the mask only lets the compiler see it.
            let at = kept & (LIVE_CHUNK - 1);
            if let (Some(slot), Some(c)) = (live.get_mut(at), cells.get_mut(at)) {
                *slot = k as u32;
                *c = cell as u8;
            }
            kept += usize::from(cell != 0);
            // Cheap and rarely true: the full test only where it is. A
            // tracking name starts with a capitalised token that has a digit
            // (TA574) or is joined to the next one (Storm-1152).
            let may_track = t.shape.initial_upper & (t.shape.has_digit | (t.gap == Gap::Join));
            maybe_tracking |= u64::from(may_track) << (k & 63);
            maybe_trigger |= u64::from(discover::may_hold_trigger(t)) << (k & 63);
            if k & 63 == 63 || k + 1 == chunk.len() {
                let base = start + (k & !63);
                while maybe_tracking != 0 {
                    let at = base + maybe_tracking.trailing_zeros() as usize;
                    maybe_tracking &= maybe_tracking - 1;
                    if toks.get(at).is_some_and(|t| may_start_tracking_id(doc, t)) {
                        candidates.tracking.push(at);
                    }
                }
                while maybe_trigger != 0 {
                    let at = base + maybe_trigger.trailing_zeros() as usize;
                    maybe_trigger &= maybe_trigger - 1;
                    discover::trigger_words_in_token(
                        doc,
                        at,
                        candidates.trigger_range,
                        candidates.triggers,
                    );
                }
            }
        }
        // The token after each of `chunk` (none after the document's last).
        let following = toks.get(start + 1..).unwrap_or_default();
        let mut n = 0usize;
        for p in 0..kept.min(LIVE_CHUNK) {
            // In place: `n <= p`, so slot `p` is read before it is written.
            let (k, cell) = (
                live.get(p).map_or(0, |&k| k as usize),
                cells.get(p).map_or(0, |&c| u64::from(c)),
            );
            let Some(t) = chunk.get(k) else { break };
            let next = following.get(k);
            let (next_key, next_len) = next.map_or((0, 0), |n| (n.key, n.key_len));
            let joined = self.table.cell(concat_keys(t.key, next_key, next_len));
            let extends = (t.gap != Gap::Break) & (joined != 0) & next.is_some();
            let alive = (cell & CELL_ALIAS != 0) | ((cell == CELL_PREFIX) & extends);
            if let Some(slot) = live.get_mut(n & (LIVE_CHUNK - 1)) {
                *slot = (start + k) as u32;
            }
            n += usize::from(alive);
        }
        n
    }

    /// Checks a hit of tokens `i..=j` against the text: the folded surface
    /// must equal an alias (no hash collision) and lie on name boundaries.
    fn verify(&self, text: &str, toks: &[Token], i: usize, j: usize, slot: Slot) -> Option<Hit> {
        let start = toks.get(i)?.span.start;
        let end = toks.get(j)?.span.end;
        let surface = text.get(start..end)?;
        let standalone = match stands_alone(text, start, end) {
            Some(verdict) => verdict,
            None => on_name_boundaries(text, start, end) && !inside_url(text, start, end),
        };
        if !standalone {
            return None;
        }
        // The first run of entries with one folded form that the surface
        // folds to.
        let (mut base, slot_end) = (slot.first as usize, (slot.first + slot.count) as usize);
        let count = loop {
            if base >= slot_end {
                return None;
            }
            let spelling = self.spellings.get(base)?;
            let run = (spelling.run as usize).clamp(1, slot_end - base);
            let (from, len) = (spelling.start as usize, spelling.len as usize);
            if folds_to(surface, self.folded.get(from..from + len)?) {
                break run;
            }
            base += run;
        };
        let hidden = toks.get(i..=j)?.iter().any(|t| t.shape.hidden);
        Some(Hit {
            first_token: i,
            last_token: j,
            span: crate::report::Span::new(start, end),
            entries: base..base + count,
            hidden,
            in_name_chain: false,
        })
    }

    /// Applies casing and context rules, resolves ambiguous aliases, and
    /// builds the mentions.
    fn accept(&self, gazetteer: &Gazetteer, doc: &Document<'_>, hits: Vec<Hit>) -> Vec<Mention> {
        let text = doc.text();
        let mut hits = hits;
        // The last token of the latest country's name, in text order: "the
        // Tunisian Fallaga Team" is the team, with its country's adjective
        // before it (the hits come in the order of their first tokens, so a
        // country's name right before a hit was seen before it).
        let mut country_end: Option<usize> = None;
        for hit in &mut hits {
            // Read only for actors' names, software names of one word and
            // plain community-listed software (see needs_context_here and
            // judge): most hits (places, sectors) need not look around.
            let entries = self.rules.get(hit.entries.clone()).unwrap_or_default();
            let read = entries.iter().any(|e| {
                matches!(e.kind, EntityKind::Actor | EntityKind::Software)
                    && (e.facts.words == 1 || e.uncurated_plain)
            });
            // An actor's name of several words: only a capitalised word
            // after it makes it part of a longer name ("Sands Casino
            // Corporation"); one before it is often a country's adjective
            // ("the North Korean Lazarus Group").
            let read_after = entries.iter().any(|e| e.kind == EntityKind::Actor);
            hit.in_name_chain =
                (read || read_after) && self.inside_longer_name(doc, hit, read, country_end);
            if entries.iter().any(|e| e.kind == EntityKind::Country) {
                country_end = country_end.max(Some(hit.last_token));
            }
        }
        let facts = self.text_facts(doc, &hits);
        // Each entry of each hit is judged once; one sense per discourse: an
        // alias accepted once by its cue counts wherever else the text
        // writes it the same way.
        let entry_count: usize = hits.iter().map(|h| h.entries.len()).sum();
        let mut judged: Vec<Option<(MentionRule, f32)>> = Vec::with_capacity(entry_count);
        // Sorted and searched once every hit is judged.
        let mut by_cue: Vec<(EntityId, &str)> = Vec::with_capacity(hits.len());
        for hit in &hits {
            let surface = hit.span.slice(text).unwrap_or_default();
            let rules = self.rules.get(hit.entries.clone()).unwrap_or_default();
            for (i, e) in hit.entries.clone().zip(rules) {
                let judgment = self.judge(i, e, surface, doc, hit, &facts);
                // A name that needs context, accepted by its cue or as
                // written ("DarkSide", see judge), counts elsewhere too.
                let by_context = match judgment {
                    Some((MentionRule::Cue, _)) => true,
                    Some((MentionRule::Name, _)) => e.facts.needs_context,
                    _ => false,
                };
                if by_context {
                    by_cue.push((e.entity, surface));
                }
                // "Dharma ransomware" accepted, "Dharma" alone counts too.
                if judgment.is_some() && e.facts.names_its_kind {
                    by_cue.push((e.entity, without_last_word(surface)));
                }
                judged.push(judgment);
            }
        }
        by_cue.sort_unstable();
        by_cue.dedup();
        let mut mentions = Vec::with_capacity(hits.len());
        let mut accepted: Vec<(usize, &AliasRules, MentionRule, f32)> = Vec::with_capacity(4);
        let mut next_judgment = judged.into_iter();
        for hit in hits {
            let surface = hit.span.slice(text).unwrap_or_default();
            let entries = self.rules.get(hit.entries.clone()).unwrap_or_default();
            accepted.clear();
            for (i, e) in hit.entries.clone().zip(entries) {
                match next_judgment.next().flatten() {
                    Some((rule, confidence)) => accepted.push((i, e, rule, confidence)),
                    None if !by_cue.is_empty()
                        && by_cue.binary_search(&(e.entity, surface)).is_ok() =>
                    {
                        accepted.push((i, e, MentionRule::SameEntity, 0.75));
                    }
                    None => {}
                }
            }
            if accepted.len() > 1 {
                self.prefer_named_kind(doc, &hit, &mut accepted);
            }
            if let Some(mention) =
                mention_of(&hit, surface, &mut accepted, &facts.strong, &self.texts)
            {
                mentions.push(mention);
            }
        }
        let _ = gazetteer;
        mentions
    }

    /// "Cuba ransomware": a country's name that a piece of software shares,
    /// followed right away by the software's kind word, is the software.
    /// Drops the accepted place readings of such a hit.
    fn prefer_named_kind(
        &self,
        doc: &Document<'_>,
        hit: &Hit,
        accepted: &mut Vec<(usize, &AliasRules, MentionRule, f32)>,
    ) {
        let named = accepted.iter().any(|&(i, e, _, _)| {
            e.kind == EntityKind::Software && self.followed_by_kind_word(doc, hit, i)
        });
        if named
            && accepted
                .iter()
                .any(|(_, e, _, _)| e.kind == EntityKind::Country)
        {
            accepted.retain(|(_, e, _, _)| e.kind != EntityKind::Country);
        }
    }

    /// Whether the hit is followed right away by a kind word of entry `i`
    /// ("Dharma ransomware", "Cuba ransomware").
    fn followed_by_kind_word(&self, doc: &Document<'_>, hit: &Hit, i: usize) -> bool {
        hit_gap(doc, hit)
            && doc
                .tokens()
                .get(hit.last_token + 1)
                .is_some_and(|t| self.is_kind_word(i, t.key))
    }

    /// Whether the hit is followed by a comma and an indefinite article
    /// before a word for entry `i`'s kind, with at most two words between
    /// ("Retadup, a worm", "Kraken, a sophisticated botnet").
    fn kind_word_in_apposition(&self, doc: &Document<'_>, hit: &Hit, i: usize) -> bool {
        const ARTICLES: [u64; 2] = [ascii_key("a"), ascii_key("an")];
        let comma = doc
            .text()
            .as_bytes()
            .get(hit.span.end..hit.span.end + 2)
            .is_some_and(|b| b == b", ");
        if !comma {
            return false;
        }
        let toks = doc.tokens();
        let Some(article) = toks.get(hit.last_token + 1) else {
            return false;
        };
        if !ARTICLES.contains(&article.key) || article.gap != Gap::Join {
            return false;
        }
        (hit.last_token + 2..hit.last_token + 5)
            .map_while(|k| toks.get(k))
            .scan(true, |joined, t| {
                // Every word up to the kind word in one run of words.
                let reachable = *joined;
                *joined = reachable && t.gap == Gap::Join;
                reachable.then_some(t)
            })
            .any(|t| self.is_kind_word(i, t.key))
    }

    /// Whether `key` is a word for alias `i`'s kind ("ransomware" for a
    /// ransomware family).
    fn is_kind_word(&self, i: usize, key: u64) -> bool {
        self.texts
            .get(i)
            .is_some_and(|x| x.kind_keys.contains(&key))
    }

    /// Whether a word for alias `i`'s kind stands right before the hit, or
    /// before a word for its gang that does ("the ransomware gang Nova"),
    /// either of them perhaps followed by a naming word ("a ransomware gang
    /// called Hellcat"); a gang's word alone does before a naming word ("a
    /// group called Stormous").
    fn preceded_by_kind_word(&self, doc: &Document<'_>, hit: &Hit, i: usize) -> bool {
        const GANG: [u64; 4] = [
            ascii_key("gang"),
            ascii_key("group"),
            ascii_key("operation"),
            ascii_key("family"),
        ];
        let toks = doc.tokens();
        let joined = |k: usize| toks.get(k).filter(|t| t.gap == Gap::Join);
        let kind = |k: usize| joined(k).is_some_and(|t| self.is_kind_word(i, t.key));
        // "a ransomware gang called Hellcat": the kind word, then the word
        // that names.
        const NAMING: [u64; 3] = [ascii_key("called"), ascii_key("named"), ascii_key("dubbed")];
        let Some(before) = hit.first_token.checked_sub(1) else {
            return false;
        };
        let named = joined(before).is_some_and(|t| NAMING.contains(&t.key));
        let Some(before) = (if named {
            before.checked_sub(1)
        } else {
            Some(before)
        }) else {
            return false;
        };
        // A gang named by a naming word is one ("a group called Stormous").
        let gang = joined(before).is_some_and(|t| GANG.contains(&t.key));
        kind(before) || gang && (named || before.checked_sub(1).is_some_and(kind))
    }

    /// What the hits tell about the whole text: the entities named by a
    /// distinctive name, and the sentences that name a country.
    fn text_facts(&self, doc: &Document<'_>, hits: &[Hit]) -> TextFacts {
        let text = doc.text();
        let mut facts = TextFacts::default();
        for hit in hits {
            let entries = self.rules.get(hit.entries.clone()).unwrap_or_default();
            let Some(first) = entries.first() else {
                continue;
            };
            let surface = hit.span.slice(text).unwrap_or_default();
            if entries.iter().any(|e| e.kind == EntityKind::Country)
                && surface.starts_with(char::is_uppercase)
            {
                if let Some(s) = doc.sentence_of(hit.first_token) {
                    facts.country_sentences.push(s);
                }
            }
            if entries.iter().any(|e| e.entity != first.entity) {
                // "Tortoiseshell, which some researchers also call Imperial
                // Kitten": a name that several actors share supports each
                // of them, for their ordinary-word names.
                for e in entries {
                    if e.kind == EntityKind::Actor
                        && !e.flags.weak
                        && !e.flags.common_word
                        && casing_ok(e, surface)
                        && !needs_context_here(e, surface, hit)
                    {
                        facts.shared.insert(e.entity, self.entity_count);
                    }
                }
                continue;
            }
            for e in entries {
                if !e.flags.weak && casing_ok(e, surface) && !needs_context_here(e, surface, hit) {
                    facts.strong.insert(e.entity, self.entity_count);
                }
            }
        }
        facts.country_sentences.sort_unstable();
        facts.country_sentences.dedup();
        facts
    }

    /// Whether one alias entry counts at this hit, and why.
    fn judge(
        &self,
        i: usize,
        e: &AliasRules,
        surface: &str,
        doc: &Document<'_>,
        hit: &Hit,
        facts: &TextFacts,
    ) -> Option<(MentionRule, f32)> {
        let strong = &facts.strong;
        // Names read across more tokens than they have words ("Red Bravo" for
        // RedBravo) must look like names.
        if hit.last_token + 1 - hit.first_token > usize::from(e.facts.words)
            && !initial_upper_words(surface)
        {
            return None;
        }
        if hit.last_token > hit.first_token && !splits_fit(doc, hit, e.split_points) {
            return None;
        }
        let plain_stripped = e.facts.plain_stripped;
        // "DarkSide" for a community list's "Darkside": a capital inside the
        // word, which the listed plain spelling lacks, makes a coined name,
        // not an ordinary word; it needs no cue unless other capitalised
        // words stand beside it.
        let coined = e.uncurated_plain
            && !e.flags.any()
            && !e.shadowed
            && !e.stripped
            && !hit.in_name_chain
            && inner_capital(surface);
        let needs_context = (needs_context_here(e, surface, hit)
            || e.kind == EntityKind::Actor && lowered_name_word(surface, self.alias_of(i)))
            && !coined;
        if needs_context && !e.facts.has_upper {
            // "at", "net", "ping": lower-case tool names are ordinary words.
            return None;
        }
        // "Royal Mail was hit by a ransomware attack": an ordinary word that
        // names software or an actor, written as part of a longer name, is
        // that name's word, whatever cue stands near.
        if hit.in_name_chain
            && e.flags.common_word
            && matches!(e.kind, EntityKind::Actor | EntityKind::Software)
            && !e.facts.has_ascii_digit
        {
            return None;
        }
        match e.kind {
            EntityKind::Sector => return Some((MentionRule::Name, 0.8)),
            EntityKind::Country | EntityKind::Agency => {
                // Proper names: "china" the porcelain, "turkey" the bird.
                if !usual_casing(surface, self.alias_of(i)) && !initial_upper_words(surface) {
                    return None;
                }
                if e.flags.short && !usual_casing(surface, self.alias_of(i)) {
                    return None;
                }
                // Acronyms are written in capitals: "Raw" is not RAW.
                if e.facts.acronym && !all_capitals(surface) {
                    return None;
                }
                // Short agency acronyms (RAW, NIS, SID, VBA) are also
                // abbreviations of everyday things: they count next to an
                // agency word, in a sentence naming a country, or where the
                // agency is named in full. Agencies that actors are
                // attributed to (GRU, FSB, MSS, NSA) need nothing: they are
                // what threat reports name.
                // Accepted so, they count wherever else the text writes
                // them the same way (one sense per discourse).
                if e.kind == EntityKind::Agency
                    && e.flags.short
                    && e.facts.acronym
                    && !e.attributed
                    && !strong.contains(&e.entity)
                {
                    let in_context = facts.country_in(doc.sentence_of(hit.first_token))
                        || self.has_cue(doc, hit, &self.agency_cues, CUE_WINDOW);
                    if !in_context {
                        return None;
                    }
                    if !e.flags.weak && !e.flags.common_word {
                        return Some((MentionRule::Cue, 0.9));
                    }
                }
                if e.flags.weak {
                    return Some((MentionRule::Weak, 0.6));
                }
                if e.flags.common_word && !self.has_cue(doc, hit, &self.actor_cues, CUE_WINDOW) {
                    return None;
                }
                return Some((MentionRule::Name, 1.0));
            }
            EntityKind::Actor | EntityKind::Software => {}
        }
        if !needs_context {
            return if casing_ok(e, surface) {
                Some((MentionRule::Name, 1.0))
            } else if e.stripped || !e.facts.has_ascii_digit {
                // "lazarus", "revil": lower-case writing of a capitalised
                // name is prose, unless the name has digits ("apt29").
                None
            } else {
                Some((MentionRule::NameOtherCase, 0.7))
            };
        }
        // "Dharma Ransomware", "Snake malware": the name carries its own
        // cue, which prose writes in small letters ("Dharma ransomware").
        if e.facts.names_its_kind
            && usual_casing(
                without_last_word(surface),
                without_last_word(self.alias_of(i)),
            )
        {
            return Some((MentionRule::Cue, 0.85));
        }
        if !usual_casing(surface, self.alias_of(i)) {
            return None;
        }
        if strong.contains(&e.entity) {
            return Some((MentionRule::SameEntity, 0.9));
        }
        if e.kind == EntityKind::Actor && e.flags.common_word && facts.shared.contains(&e.entity) {
            return Some((MentionRule::SameEntity, 0.8));
        }
        // Community-listed software with plain one-word names ("Delta",
        // "Final") and short ordinary words ("UPS", "SEA") need the cue right
        // beside them; a plain name of several words ("Hunters
        // International, a ransomware-as-a-service operation") one nearby.
        let adjacent = e.uncurated_plain && e.facts.words == 1
            || e.flags.short && e.flags.common_word
            || e.facts.numeric;
        // A number is a name only written as one ("777", not "7/77").
        if e.facts.numeric && hit.last_token > hit.first_token {
            return None;
        }
        // "also known as FLocker, Frantic Locker or Dogspectus": a name that
        // needs a cue, written as the end or start of a longer name, takes
        // only a cue right beside it; one further off is the longer name's.
        let window = if adjacent || hit.in_name_chain {
            1
        } else {
            CUE_WINDOW
        };
        if adjacent && e.kind == EntityKind::Software {
            return if self.followed_by_kind_word(doc, hit, i)
                || self.preceded_by_kind_word(doc, hit, i)
                || self.kind_word_in_apposition(doc, hit, i)
                || followed_by_gang_word(doc, hit)
            {
                Some((MentionRule::Cue, 0.8))
            } else {
                None
            };
        }
        let cues = if e.kind == EntityKind::Software {
            &self.software_cues
        } else {
            &self.actor_cues
        };
        if !plain_stripped && self.has_cue(doc, hit, cues, window) {
            return Some((MentionRule::Cue, 0.8));
        }
        // "the Clop gang's MOVEit campaign": a gang named by the word.
        if e.kind == EntityKind::Software && followed_by_gang_word(doc, hit) {
            return Some((MentionRule::Cue, 0.8));
        }

        None
    }

    /// Whether the hit has a capitalised word right beside it (after it only,
    /// unless `look_before`), separated by one space, in the same sentence,
    /// that is no cue word and, before it, does not merely start the
    /// sentence or end a country's name (`country_end`, the last token of
    /// the latest one before the hit).
    fn inside_longer_name(
        &self,
        doc: &Document<'_>,
        hit: &Hit,
        look_before: bool,
        country_end: Option<usize>,
    ) -> bool {
        let toks = doc.tokens();
        let text = doc.text();
        let sentence = doc.sentence_of(hit.first_token);
        let name_word = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.shape.initial_upper
                    && !self.actor_cues.contains(&t.key)
                    && !self.software_cues.contains(&t.key)
                    && doc.sentence_of(k) == sentence
            })
        };
        let one_space = |a: usize, b: usize| match (toks.get(a), toks.get(b)) {
            (Some(x), Some(y)) => text.get(x.span.end..y.span.start) == Some(" "),
            _ => false,
        };
        let before = look_before
            && hit.first_token.checked_sub(1).is_some_and(|k| {
                let starts_sentence = k == 0 || doc.sentence_of(k - 1) != sentence;
                !starts_sentence
                    && one_space(k, hit.first_token)
                    && name_word(k)
                    && country_end != Some(k)
            });
        let after = one_space(hit.last_token, hit.last_token + 1) && name_word(hit.last_token + 1);
        before || after
    }

    /// Whether a cue word for `kind` is within the window in the same
    /// sentence.
    fn has_cue(&self, doc: &Document<'_>, hit: &Hit, cues: &KeySet, window: usize) -> bool {
        let toks = doc.tokens();
        let sentence = doc.sentence_of(hit.first_token);
        let from = hit.first_token.saturating_sub(window);
        let to = (hit.last_token + window + 1).min(toks.len());
        (from..to)
            .filter(|&k| k < hit.first_token || k > hit.last_token)
            .filter(|&k| doc.sentence_of(k) == sentence)
            .filter_map(|k| toks.get(k))
            .any(|t| cues.contains(&t.key))
    }
}

/// Whether the alias needs context as written here: a stylised name
/// written without its last capital ("Gamma" for GammA) is an ordinary
/// word, and a one-word software name or any actor's name inside a longer
/// run of capitalised words ("James Clark", "PositiveSSL Wildcard", "Little
/// Timmy", "Las Vegas Sands Casino Corporation") is part of another name,
/// until something says otherwise.
fn needs_context_here(e: &AliasRules, surface: &str, hit: &Hit) -> bool {
    e.facts.needs_context
        || e.facts.capital_tail && !capital_tail_kept(surface)
        || (e.facts.words == 1 && e.kind == EntityKind::Software || e.kind == EntityKind::Actor)
            && hit.in_name_chain
            // A code with digits ("APT31", "TA505") is not part of a person's
            // or a product's name, whatever stands beside it.
            && !surface.bytes().any(|b| b.is_ascii_digit())
}

/// A set of entities, for the few each text names: one bit per entity of
/// the gazetteer, the words allocated on the first insertion.
#[derive(Default)]
struct EntitySet {
    words: Vec<u64>,
}

impl EntitySet {
    /// Adds `id`; `count` is the number of entities of the gazetteer.
    fn insert(&mut self, id: EntityId, count: usize) {
        if self.words.is_empty() {
            self.words = vec![0; count.div_ceil(64).max(1)];
        }
        let i = id.0 as usize;
        if let Some(w) = self.words.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// Whether `id` was added.
    #[inline]
    fn contains(&self, id: &EntityId) -> bool {
        let i = id.0 as usize;
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// What the hits tell about the whole text.
#[derive(Default)]
struct TextFacts {
    /// Entities named by a distinctive name somewhere in the text.
    strong: EntitySet,
    /// Actors named somewhere by a distinctive name they share with other
    /// actors.
    shared: EntitySet,
    /// The sentences that name a country, sorted.
    country_sentences: Vec<usize>,
}

impl TextFacts {
    fn country_in(&self, sentence: Option<usize>) -> bool {
        sentence.is_some_and(|s| self.country_sentences.binary_search(&s).is_ok())
    }
}

/// The mention a hit makes from its accepted entries (sorted here): the kind
/// of the most confident entry, and the entity if it can be decided.
fn mention_of(
    hit: &Hit,
    surface: &str,
    accepted: &mut [(usize, &AliasRules, MentionRule, f32)],
    strong: &EntitySet,
    texts: &[AliasText],
) -> Option<Mention> {
    accepted.sort_by(|a, b| {
        b.3.partial_cmp(&a.3)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(kind_priority(a.1.kind).cmp(&kind_priority(b.1.kind)))
    });
    let &(best_index, best, rule, confidence) = accepted.first()?;
    let kind = best.kind;
    let mut candidates: EntityIds = accepted
        .iter()
        .filter(|(_, e, _, _)| e.kind == kind)
        .map(|(_, e, _, _)| e.entity)
        .collect();
    candidates.sort_dedup();
    let (entity, confidence) = if candidates.len() == 1 {
        (candidates.first().copied(), confidence)
    } else {
        let named: EntityIds = candidates
            .iter()
            .copied()
            .filter(|c| strong.contains(c))
            .collect();
        let canonical: EntityIds = accepted
            .iter()
            .filter(|(_, e, _, _)| e.kind == kind && e.canonical)
            .map(|(_, e, _, _)| e.entity)
            .collect();
        match (&*named, &*canonical) {
            ([only], _) => (Some(*only), confidence * 0.9),
            ([], [only]) => (Some(*only), confidence * 0.8),
            _ => (None, confidence / candidates.len() as f32),
        }
    };
    Some(Mention {
        span: hit.span,
        text: Name::from(surface),
        kind,
        entity,
        candidates,
        alias: Name::from(texts.get(best_index).map_or("", |t| &*t.alias)),
        confidence,
        rule,
        hidden_characters: hit.hidden,
        gang: false,
    })
}

/// `s` up to its last word of letters and digits, without the separators
/// before it ("Dharma" for "Dharma Ransomware").
fn without_last_word(s: &str) -> &str {
    let trimmed = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let head = trimmed.trim_end_matches(char::is_alphanumeric);
    head.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a name's last word says what kind of software it is.
fn ends_with_kind_word(alias: &str) -> bool {
    const WORDS: &[&str] = &[
        "ransomware",
        "malware",
        "stealer",
        "botnet",
        "rat",
        "trojan",
        "backdoor",
        "loader",
        "wiper",
        "locker",
        "crypter",
        "miner",
    ];
    alias
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| WORDS.contains(&w.to_ascii_lowercase().as_str()))
        && alias.split_whitespace().count() > 1
}

/// "Copy-paste hack" for the actor Copy-Paste: a name whose words are all
/// capitalised, written with a later word in small letters that is no
/// group word ("the Lazarus group" is the name), is the ordinary phrase.
fn lowered_name_word(surface: &str, alias: &str) -> bool {
    const GROUP_WORDS: &[&str] = &["group", "team", "gang", "crew", "actor", "hackers"];
    fn words(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    }
    // Most names have no later word in small letters: one pass tells.
    let lowered = words(surface).skip(1).any(|w| {
        w.starts_with(char::is_lowercase) && !GROUP_WORDS.iter().any(|g| w.eq_ignore_ascii_case(g))
    });
    lowered
        && words(surface).count() == words(alias).count()
        && words(alias).all(|w| w.starts_with(char::is_uppercase))
}

/// Whether the hit's last token is joined to the next by a space or hyphen.
fn hit_gap(doc: &Document<'_>, hit: &Hit) -> bool {
    doc.tokens()
        .get(hit.last_token)
        .is_some_and(|t| t.gap == Gap::Join)
}

/// Which kind wins when one name is accepted for several kinds with the same
/// confidence: a place or agency name is read as such before a malware name
/// that happens to share it.
fn kind_priority(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Country => 0,
        EntityKind::Agency => 1,
        EntityKind::Actor => 2,
        EntityKind::Software => 3,
        EntityKind::Sector => 4,
    }
}

/// Resolves ambiguous agency and actor mentions by the country named in the
/// same sentence ("China's Ministry of State Security").
fn resolve_by_country(gazetteer: &Gazetteer, doc: &Document<'_>, mentions: &mut [Mention]) {
    if !mentions
        .iter()
        .any(|m| m.entity.is_none() && m.candidates.len() >= 2)
    {
        return;
    }
    let countries: HashSet<(Option<usize>, &str)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Country)
        .filter_map(|m| {
            let entity = gazetteer.get(m.entity?)?;
            Some((sentence_at(doc, m.span.start), entity.name.as_str()))
        })
        .collect();
    if countries.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.entity.is_some() || m.candidates.len() < 2 {
            continue;
        }
        let here = sentence_at(doc, m.span.start);
        let fits: Vec<EntityId> = m
            .candidates
            .iter()
            .copied()
            .filter(|&c| {
                gazetteer
                    .get(c)
                    .and_then(|e| e.country.as_deref())
                    .is_some_and(|country| countries.contains(&(here, country)))
            })
            .collect();
        if let [only] = fits.as_slice() {
            m.entity = Some(*only);
            m.confidence = (m.confidence * m.candidates.len() as f32 * 0.9).min(0.9);
        }
    }
}

/// The index of the sentence that holds byte `at` (binary search).
fn sentence_at(doc: &Document<'_>, at: usize) -> Option<usize> {
    let sentences = doc.sentences();
    let i = sentences.partition_point(|s| s.end <= at);
    sentences.get(i).filter(|s| s.start <= at).map(|_| i)
}

/// Whether `span` overlaps any of `sorted`, which are sorted by start and do
/// not overlap each other (binary search).
fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    let i = sorted.partition_point(|s| s.end <= span.start);
    sorted.get(i).is_some_and(|s| s.start < span.end)
}

/// A verified hit before the casing and context rules.
struct Hit {
    first_token: usize,
    last_token: usize,
    span: Span,
    entries: std::ops::Range<usize>,
    hidden: bool,
    /// A capitalised word stands right beside it (see
    /// [`Matcher::inside_longer_name`]); set by [`Matcher::accept`].
    in_name_chain: bool,
}

/// Whether a name that the gazetteer writes with capitals is written with
/// capitals here too (or in full capitals).
fn casing_ok(e: &AliasRules, surface: &str) -> bool {
    !e.facts.has_upper || surface.chars().any(char::is_uppercase)
}

/// Whether an alias is one plain word of letters (no digits, no inner
/// capitals): dropping "Group" from such a name leaves something that may be
/// an ordinary word.
fn is_plain_word(alias: &str) -> bool {
    let word: Vec<char> = alias.chars().filter(|c| c.is_alphanumeric()).collect();
    !word.iter().any(|c| c.is_numeric())
        && word.iter().skip(1).all(|c| c.is_lowercase())
        && !alias.contains(' ')
}

/// Words of letters only, each capitalised and otherwise lower case
/// ("Wall Street", "Kali"), unlike "LockBit", "REvil" or "Conti 2".
fn is_plain_words(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_alphabetic) && cs.all(char::is_lowercase)
        })
}

/// One word with a capital right after a small letter ("DarkSide").
fn inner_capital(surface: &str) -> bool {
    let mut prev_lower = false;
    for c in surface.chars() {
        if !c.is_alphanumeric() {
            return false;
        }
        if c.is_uppercase() && prev_lower {
            return true;
        }
        prev_lower = c.is_lowercase();
    }
    false
}

/// Each word starts with a capital or a digit.
fn initial_upper_words(surface: &str) -> bool {
    surface
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric()))
}

/// [`on_name_boundaries`] and not [`inside_url`], decided from the bytes
/// around `start..end` for most names: white space, a bracket or a quote
/// (or nothing) before; the same after, or a comma, full stop, colon or
/// semicolon and then one of them. `None` for everything else, which the
/// two tests read.
#[inline]
fn stands_alone(text: &str, start: usize, end: usize) -> Option<bool> {
    let bytes = text.as_bytes();
    let before = start.checked_sub(1).map(|k| bytes.get(k));
    if !before.is_none_or(|b| b.is_some_and(|&b| is_url_stop_byte(b))) {
        return None;
    }
    let mark = match (bytes.get(end), bytes.get(end + 1)) {
        (None, _) => 0,
        (Some(&b), _) if is_url_stop_byte(b) => 0,
        (Some(b',' | b'.' | b';' | b':'), None) => 1,
        (Some(b',' | b'.' | b';' | b':'), Some(&b)) if is_url_stop_byte(b) => 1,
        _ => return None,
    };
    let chunk = bytes.get(start..end + mark)?;
    if chunk.iter().any(|&b| b == b'/' || b == b'@') {
        return None;
    }
    Some(!chunk.starts_with(b"www."))
}

/// A name must not be part of a URL, a host or file name, an e-mail address
/// or an identifier: "apt31.example.com", "APT31.exe", "/apt31/", "x_apt31".
fn on_name_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let before2 = text.get(..start).and_then(|s| s.chars().rev().nth(1));
    let after = text.get(end..).and_then(|s| s.chars().next());
    let after2 = text.get(end..).and_then(|s| s.chars().nth(1));
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    match before {
        Some('/' | '\\' | '@' | '_' | '=' | '#' | '%' | '$' | '~') => return false,
        Some('.' | ':') if word(before2) => return false,
        _ => {}
    }
    match after {
        Some('/' | '\\' | '@' | '_' | '=') => false,
        Some('.' | ':') if word(after2) => false,
        _ => true,
    }
}

/// Whether `start..end` lies in a URL, a path or an e-mail address: the
/// stretch around it up to white space or brackets contains "://", "www.",
/// an "@", or a "/" next to a dot-separated name.
pub(crate) fn inside_url(text: &str, start: usize, end: usize) -> bool {
    const LIMIT: usize = 512;
    let is_stop = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | ')' | '[' | ']' | '<' | '>' | '"' | '`' | '\u{201C}' | '\u{201D}'
            )
    };
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(end..).unwrap_or_default();
    // Most names stand between white space, with at most a comma or full
    // stop after them: the stretch is the name and that mark.
    let alone_before = before
        .as_bytes()
        .last()
        .is_none_or(|&b| is_url_stop_byte(b));
    let alone_after = match after.as_bytes() {
        [] => Some(0),
        [b, ..] if is_url_stop_byte(*b) => Some(0),
        [b',' | b'.' | b';' | b':', rest @ ..] => rest
            .first()
            .is_none_or(|&b| is_url_stop_byte(b))
            .then_some(1),
        _ => None,
    };
    if let (true, Some(mark)) = (alone_before, alone_after) {
        let chunk = text.get(start..end + mark).unwrap_or_default();
        return if chunk.bytes().any(|b| b == b'/' || b == b'@') {
            url_like(chunk)
        } else {
            chunk.starts_with("www.")
        };
    }
    // ASCII fast path: a byte is a character, so the same bounds come from
    // bytes; any other byte sends the search to characters.
    let ascii_start = stop_before(before.as_bytes(), LIMIT).map(|k| start - k);
    let ascii_end = stop_after(after.as_bytes(), LIMIT).map(|k| end + k);
    let chunk_start = ascii_start.unwrap_or_else(|| {
        before
            .char_indices()
            .rev()
            .take(LIMIT)
            .find(|&(_, c)| is_stop(c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(start.saturating_sub(LIMIT))
    });
    let chunk_end = ascii_end.unwrap_or_else(|| {
        after
            .char_indices()
            .take(LIMIT)
            .find(|&(_, c)| is_stop(c))
            .map(|(i, _)| end + i)
            .unwrap_or((end + LIMIT).min(text.len()))
    });
    let Some(chunk) = text.get(chunk_start..chunk_end) else {
        // Off a char boundary at the limit: judge by what is certain.
        return false;
    };
    // Every test below needs a slash or an at sign, but "www.".
    if !chunk.bytes().any(|b| b == b'/' || b == b'@') {
        return chunk.starts_with("www.");
    }
    url_like(chunk)
}

/// Whether `chunk`, a stretch between white space or brackets, reads as a
/// URL, a path or an e-mail address (see [`inside_url`]).
fn url_like(chunk: &str) -> bool {
    chunk.contains("://")
        || chunk.starts_with("www.")
        || chunk.contains('@') && chunk.contains('.')
        || chunk.matches('/').count() >= 2
        || chunk.contains('/')
            && chunk
                .split('/')
                .any(|part| part.contains('.') && !part.ends_with('.'))
}

/// An ASCII byte that ends the stretch [`inside_url`] reads: white space,
/// brackets, quotes and backticks.
fn is_url_stop_byte(b: u8) -> bool {
    matches!(
        b,
        b'\t'
            | b'\n'
            | 0x0B
            | 0x0C
            | b'\r'
            | b' '
            | b'('
            | b')'
            | b'['
            | b']'
            | b'<'
            | b'>'
            | b'"'
            | b'`'
    )
}

/// How many bytes at the end of `bytes` come after its last stop byte,
/// when they are all ASCII and fewer than `limit`; `None` when a non-ASCII
/// byte, the limit or the start comes first.
fn stop_before(bytes: &[u8], limit: usize) -> Option<usize> {
    for (k, &b) in bytes.iter().rev().take(limit).enumerate() {
        if is_url_stop_byte(b) {
            return Some(k);
        }
        if !b.is_ascii() {
            return None;
        }
    }
    None
}

/// The position in `bytes` of the first stop byte, within `limit` bytes
/// that are all ASCII; `None` when a non-ASCII byte, the limit or the end
/// comes first.
fn stop_after(bytes: &[u8], limit: usize) -> Option<usize> {
    let window = bytes.get(..limit).unwrap_or(bytes);
    let k = window
        .iter()
        .position(|&b| is_url_stop_byte(b) || !b.is_ascii())?;
    window.get(k).is_some_and(|b| b.is_ascii()).then_some(k)
}

/// What the matcher's per-token loop collects besides the tokens that may
/// start an alias.
struct Candidates<'a> {
    /// The tokens that [`may_start_tracking_id`], in order.
    tracking: &'a mut Vec<usize>,
    /// Where the words that may introduce a name start, in order (see
    /// [`discover::trigger_words_in_token`]).
    triggers: &'a mut Vec<usize>,
    /// The text those words are searched in ([`discover::trigger_range`]).
    trigger_range: (usize, usize),
}

/// Vendors' tracking names for actors: Proofpoint's TA, Mandiant's UNC and
/// FIN, Microsoft's DEV and Storm, Volexity's UTA, Recorded Future's TAG.
static TRACKING_ID: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:TA\d{3,4}|UNC\d{3,5}|UTA\d{4}|FIN\d{1,2}|APT\d{1,3}|(?:DEV|Storm|TAG|APT-C|APT-Q|APT-K)-\d{2,4})$",
    )
    .ok()
});

/// Whether a token may begin a tracking name: capitalised, with a digit or
/// joined to the next token, and starting like one.
#[inline]
fn may_start_tracking_id(doc: &Document<'_>, t: &Token) -> bool {
    t.shape.initial_upper
        && (t.shape.has_digit || t.gap == Gap::Join)
        && doc
            .text()
            .as_bytes()
            .get(t.span.start)
            .is_some_and(|b| matches!(b, b'T' | b'U' | b'F' | b'A' | b'D' | b'S'))
        && starts_like_tracking_id(doc.token_text(t))
}

/// Whether a token may begin a tracking name, so that only such tokens are
/// given to the regex: every alternative of [`TRACKING_ID`] starts with a
/// prefix and a digit inside the token (TA574), or with a whole token and a
/// hyphen (Storm-1152). `\d` in the regex is any Unicode digit, hence
/// `is_numeric` here.
fn starts_like_tracking_id(token: &str) -> bool {
    const NUMBERED: &[&str] = &["TA", "UNC", "UTA", "FIN", "APT"];
    const HYPHENATED: &[&str] = &["DEV", "Storm", "TAG", "APT"];
    HYPHENATED.contains(&token)
        || NUMBERED.iter().any(|p| {
            token
                .strip_prefix(p)
                .is_some_and(|rest| rest.starts_with(char::is_numeric))
        })
}

/// Adds actor mentions for tracking names the gazetteer does not know.
/// `candidates` are the tokens, in order, that [`may_start_tracking_id`].
fn add_tracking_ids(doc: &Document<'_>, candidates: &[usize], mentions: &mut Vec<Mention>) {
    let Some(pattern) = TRACKING_ID.as_ref() else {
        return;
    };
    if candidates.is_empty() {
        return;
    }
    let toks = doc.tokens();
    let text = doc.text();
    let taken: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let mut added = Vec::new();
    // The first token not yet covered by a tracking name.
    let mut next = 0;
    for &i in candidates {
        if i < next {
            continue;
        }
        // One token (TA574) or a word, a hyphen and a number (Storm-1152,
        // APT-C-36).
        let mut found = None;
        for j in i..(i + 3).min(toks.len()) {
            let (Some(a), Some(b)) = (toks.get(i), toks.get(j)) else {
                break;
            };
            let span = Span::new(a.span.start, b.span.end);
            let surface = span.slice(text).unwrap_or_default();
            if pattern.is_match(surface)
                && on_name_boundaries(text, span.start, span.end)
                && !inside_url(text, span.start, span.end)
            {
                found = Some((j, span, surface));
            }
            if b.gap != Gap::Join {
                break;
            }
        }
        match found {
            Some((j, span, surface)) => {
                if !overlaps_any(&taken, span) {
                    added.push(Mention {
                        span,
                        text: Name::from(surface),
                        kind: EntityKind::Actor,
                        entity: None,
                        candidates: EntityIds::new(),
                        alias: Name::from(surface),
                        confidence: 0.7,
                        rule: MentionRule::TrackingId,
                        hidden_characters: false,
                        gang: false,
                    });
                }
                next = j + 1;
            }
            None => next = i + 1,
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Adds mentions of aliases the text introduced, wherever they occur and do
/// not overlap a mention already found.
pub(crate) fn add_discovered(
    gazetteer: &Gazetteer,
    doc: &Document<'_>,
    discovered: &[DiscoveredAlias],
    introduced: &[IntroducedName],
    mentions: &mut Vec<Mention>,
) {
    let toks = doc.tokens();
    let text = doc.text();
    // (name, entity, folded) by key; one pass over the tokens finds them all.
    let names: Vec<(&str, Option<EntityId>, String)> = discovered
        .iter()
        .map(|d| (d.alias.as_str(), Some(d.entity)))
        .chain(introduced.iter().map(|n| (n.name.as_str(), None)))
        .map(|(name, entity)| (name, entity, folded(name)))
        .filter(|(_, _, f)| !f.is_empty())
        .collect();
    let mut by_key: KeyMap<Vec<usize>> = KeyMap::default();
    // The keys of the names' proper prefixes: a run of tokens whose key is
    // none of them cannot grow into a name.
    let mut prefixes = KeySet::default();
    for (n, (_, _, f)) in names.iter().enumerate() {
        by_key.entry(key_of(f)).or_default().push(n);
        for_each_prefix_key(f, |k| {
            prefixes.insert(k);
        });
    }
    let longest = names.iter().map(|(_, _, f)| f.len()).max().unwrap_or(0);
    // A sector's or a country's word inside a name ("Army" of "Northwind
    // Cyber Army", "Philippines" of "Anonymous Philippines") gives way to
    // the name, and so does an actor's name that is an ordinary word
    // ("Anonymous" of "a group calling itself Anonymous Africa"); any other
    // mention stands.
    let gives_way = |m: &Mention| {
        matches!(m.kind, EntityKind::Sector | EntityKind::Country)
            || m.kind == EntityKind::Actor && gazetteer.alias_flags(&m.alias).common_word
    };
    let taken: Vec<Span> = mentions
        .iter()
        .filter(|m| !gives_way(m))
        .map(|m| m.span)
        .collect();
    let mut added: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut key = 0u64;
        let mut len = 0usize;
        let mut matched = None;
        for j in i..toks.len().min(i + MAX_ALIAS_TOKENS) {
            let Some(t) = toks.get(j) else { break };
            key = if j == i {
                t.key
            } else {
                concat_keys(key, t.key, t.key_len)
            };
            len += t.key_len as usize;
            if len > longest {
                break;
            }
            if let Some(candidates) = by_key.get(&key) {
                let (Some(a), Some(b)) = (toks.get(i), toks.get(j)) else {
                    break;
                };
                let span = Span::new(a.span.start, b.span.end);
                let surface = span.slice(text).unwrap_or_default();
                let f = folded(surface);
                for &n in candidates {
                    let Some((name, entity, target)) = names.get(n) else {
                        continue;
                    };
                    // Introduced names keep their exact spelling.
                    let spelled = entity.is_some() || surface == *name;
                    if spelled && f == *target && on_name_boundaries(text, span.start, span.end) {
                        matched = Some((j, span, surface, *name, *entity));
                        break;
                    }
                }
            }
            if t.gap == Gap::Break || !prefixes.contains(&key) {
                break;
            }
        }
        match matched {
            Some((j, span, surface, name, entity)) => {
                if !overlaps_any(&taken, span) {
                    added.push(Mention {
                        span,
                        text: Name::from(surface),
                        kind: EntityKind::Actor,
                        entity,
                        candidates: entity.into_iter().collect(),
                        alias: Name::from(name),
                        confidence: if entity.is_some() { 0.9 } else { 0.7 },
                        rule: if entity.is_some() {
                            MentionRule::Discovered
                        } else {
                            MentionRule::Introduced
                        },
                        hidden_characters: false,
                        gang: false,
                    });
                }
                i = j + 1;
            }
            None => i += 1,
        }
    }
    if !added.is_empty() {
        let names: Vec<Span> = added.iter().map(|m| m.span).collect();
        mentions.retain(|m| !gives_way(m) || !overlaps_any(&names, m.span));
        mentions.extend(added);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Whether the hit is followed right away by "gang" ("the Clop gang's
/// MOVEit campaign"): a criminal gang's name, however ordinary the word.
fn followed_by_gang_word(doc: &Document<'_>, hit: &Hit) -> bool {
    const GANG: u64 = ascii_key("gang");
    hit_gap(doc, hit)
        && doc.tokens().get(hit.last_token + 1).is_some_and(|t| {
            t.key == GANG
                || t.span.slice(doc.text()).is_some_and(|w| {
                    ["gang's", "gang\u{2019}s"]
                        .iter()
                        .any(|g| w.eq_ignore_ascii_case(g))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_of(keys: &[(&str, bool, u32)]) -> (KeyTable, KeyMap<Slot>) {
        let mut map: KeyMap<Slot> = KeyMap::default();
        for &(word, prefix, count) in keys {
            map.insert(
                key_of(word),
                Slot {
                    prefix,
                    first: 7,
                    count,
                },
            );
        }
        (KeyTable::new(&map), map)
    }

    #[test]
    fn key_table_answers_like_the_map() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let keys: Vec<(&str, bool, u32)> = words
            .iter()
            .enumerate()
            // Every key in a real table is a prefix, an alias or both.
            .map(|(i, w)| {
                (
                    w.as_str(),
                    i % 2 == 0,
                    (i % 3) as u32 + u32::from(i % 2 == 1),
                )
            })
            .collect();
        let (table, map) = table_of(&keys);
        for (key, slot) in &map {
            if slot.count == 0 {
                assert!(table.get(*key).is_none(), "a prefix only is no alias");
            } else {
                let got = table.get(*key).expect("present key");
                assert_eq!(
                    (got.prefix, got.first, got.count),
                    (slot.prefix, 7, slot.count)
                );
            }
            let probed = table.probe(*key).expect("present key");
            assert_eq!(probed.prefix, slot.prefix || slot.count == 0);
            if slot.count > 0 {
                assert_eq!(probed.count, slot.count);
            }
        }
        // Absent keys: never a slot from the table, rarely past the filter.
        let mut passed = 0;
        for i in 0..20_000 {
            let key = key_of(&format!("absent{i}"));
            assert!(table.get(key).is_none());
            if let Some(slot) = table.probe(key) {
                assert_eq!(slot.count, 0, "an absent key is never an alias");
                passed += 1;
            }
        }
        assert!(
            passed < 20_000 / 4,
            "{passed} absent keys passed the filter"
        );
    }

    #[test]
    fn alias_rules_fit_half_a_cache_line() {
        assert!(std::mem::size_of::<AliasRules>() <= 32);
    }

    #[test]
    fn empty_key_table() {
        let (table, _) = table_of(&[]);
        assert!(table.get(key_of("apt31")).is_none());
        assert!(table.probe(key_of("apt31")).is_none());
    }

    #[test]
    fn split_points_table() {
        // (alias, folded offsets where a split is allowed)
        let cases: &[(&str, &[u32])] = &[
            ("ASIS", &[]),
            ("RedBravo", &[3]),
            ("APT31", &[3]),
            ("Fancy Bear", &[5]),
            ("Storm-0558", &[5]),
            ("Sandworm", &[]),
        ];
        for (alias, expected) in cases {
            let mask = split_points(alias);
            let got: Vec<u32> = (0..64).filter(|p| mask & (1 << p) != 0).collect();
            assert_eq!(got, *expected, "{alias}");
        }
    }

    #[test]
    fn spelling_facts_table() {
        assert!(is_acronym("GRU") && is_acronym("R&AW") && is_acronym("U.S."));
        assert!(!is_acronym("Raw") && !is_acronym("A") && !is_acronym("AS IS"));
        assert!(has_capital_tail("GammA") && has_capital_tail("LockeR"));
        assert!(!has_capital_tail("LockBit") && !has_capital_tail("GAMMA"));
        assert!(capital_tail_kept("GAMMA") && capital_tail_kept("GammA"));
        assert!(!capital_tail_kept("Gamma"));
        assert_eq!(without_last_word("Dharma Ransomware"), "Dharma");
        assert_eq!(without_last_word("Snake-malware!"), "Snake");
        assert_eq!(without_last_word("One"), "");
        assert!(starts_like_tracking_id("TA574") && starts_like_tracking_id("Storm"));
        assert!(!starts_like_tracking_id("Taiwan") && !starts_like_tracking_id("Stormy"));
    }

    /// The bytes-only verdict of `stands_alone`, where it gives one, is the
    /// verdict of the two full tests; (text, the name in it, decided).
    #[test]
    fn stands_alone_agrees_with_the_full_tests() {
        let cases: &[(&str, &str, bool)] = &[
            ("APT31 hit", "APT31", true),
            ("by APT31.", "APT31", true),
            ("by APT31, and", "APT31", true),
            ("(APT31) and", "APT31", true),
            ("\"APT31\" said", "APT31", true),
            ("APT31", "APT31", true),
            ("see www.apt31 now", "www.apt31", true),
            ("at apt31.example.com", "apt31", false),
            ("run APT31.exe", "APT31", false),
            ("in /apt31/ dir", "apt31", false),
            ("x_apt31 y", "apt31", false),
            ("mail apt31@example.com", "apt31", false),
            ("see https://x.com/ apt31/x", "apt31", false),
            ("a #APT31 tag", "APT31", false),
            ("APT31:x", "APT31", false),
            ("APT31: the", "APT31", true),
            ("é APT31 é", "APT31", true),
            ("éAPT31", "APT31", false),
            ("a/b APT31/c d", "APT31", false),
        ];
        for &(text, name, decided) in cases {
            let start = text.find(name).unwrap_or_default();
            let end = start + name.len();
            let full = on_name_boundaries(text, start, end) && !inside_url(text, start, end);
            let fast = stands_alone(text, start, end);
            assert_eq!(fast.is_some(), decided, "{text}: decided");
            if let Some(verdict) = fast {
                assert_eq!(verdict, full, "{text}");
            }
        }
    }
}
