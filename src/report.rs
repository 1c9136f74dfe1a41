//! The result of extraction and its parts.

use serde::{Deserialize, Serialize};

use crate::classify::{AttackerSource, Attribution, Classification, Evidence};
use crate::decode::DecodeInfo;
use crate::digest::{Digest, Part, Region};
use crate::gazetteer::{DiscoveredAlias, IntroducedName, Mention};
use crate::hostile::Obfuscation;
use crate::ioc::Indicator;
use crate::repair::RepairStep;

/// A byte range `start..end` into a text.
///
/// Spans in a [`Report`] point into the repaired text that the
/// report carries, and always lie on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text the span covers in `text`, or `None` if it is out of range or
    /// not on `char` boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// What [`Extractor::extract`](crate::Extractor::extract) found in one article.
///
/// Every [`Span`] in a report is a byte range into [`Report::text`].
/// Parts that a later stage of the pipeline fills are added to this type as
/// those stages exist; nothing here is a placeholder.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// The digest's eight classification fields, computed from the body and
    /// references (never from the item's own Classification block).
    pub classification: Classification,
    /// Why each field has its value: the cues, rules and signals used.
    pub evidence: Vec<Evidence>,
    /// The state and agency the text holds responsible.
    pub attribution: Attribution,
    /// Where the attacker's name came from.
    pub attacker_source: AttackerSource,
    /// Organisations in victim roles, most likely first.
    pub victims: Vec<String>,
    /// The article's text after decoding and repair, which every span points
    /// into (except those of [`Report::repairs`]).
    pub text: String,
    /// How the bytes were decoded, and how many could not be.
    pub decoding: DecodeInfo,
    /// What repair changed (mojibake, lost bytes, entities...). Their spans
    /// point into the decoded text before repair; `original` and
    /// `replacement` say what was there and what is now.
    pub repairs: Vec<RepairStep>,
    /// The parsed digest item (plain articles give a digest with only a body).
    pub digest: Digest,
    /// Where each part of the digest lies in `text`.
    pub regions: Vec<Region>,
    /// The threat actors named in the body and references, most mentioned
    /// first.
    pub actors: Vec<ActorReport>,
    /// Every gazetteer mention (actors, software, countries, agencies,
    /// sectors) in text order.
    pub mentions: Vec<Mention>,
    /// Aliases the article itself introduced for a known actor.
    pub discovered_aliases: Vec<DiscoveredAlias>,
    /// Names the article introduced for actors the gazetteer does not know.
    pub introduced_actors: Vec<IntroducedName>,
    /// The indicators of compromise in the body and references, refanged,
    /// deduplicated in order of appearance.
    pub indicators: Vec<Indicator>,
    /// Mentions whose written name hid the alias with invisible characters,
    /// bidi controls, combining marks or look-alike letters of another
    /// script, with those characters (see [`crate::hostile`]).
    pub obfuscations: Vec<Obfuscation>,
    /// Lists cut at a configured limit (see
    /// [`ExtractorBuilder::max_mentions`](crate::ExtractorBuilder::max_mentions)):
    /// never a silent cut.
    pub truncated: Vec<Truncation>,
}

/// A list of the report cut at its limit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Truncation {
    /// Which list ("mentions", "indicators").
    pub what: String,
    /// How many were found.
    pub found: usize,
    /// How many the report keeps.
    pub kept: usize,
}

/// One threat actor named in an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorReport {
    /// The gazetteer's stable id.
    pub id: String,
    /// The canonical name.
    pub name: String,
    /// Every alias the gazetteer knows, then those the article introduced.
    pub aliases: Vec<String>,
    /// The attributed country, when known.
    pub country: Option<String>,
    /// The sponsoring state agency, when known.
    pub sponsor: Option<String>,
    /// `state-sponsored`, `criminal`, `hacktivist` or `unknown`.
    pub kind: Option<String>,
    /// The MITRE ATT&CK group id, when it has one.
    pub attack_id: Option<String>,
    /// Where the article names it, under whatever alias.
    pub mentions: Vec<MentionSpan>,
}

/// Where a name occurs: a span and the text written there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MentionSpan {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text as written.
    pub text: String,
}

impl Report {
    /// The regions of the text that analysis reads: body lines and reference
    /// snippets, never the item's own Classification block.
    pub fn content_regions(&self) -> impl Iterator<Item = Span> + '_ {
        self.regions
            .iter()
            .filter(|r| matches!(r.part, Part::Body | Part::ReferenceSnippet))
            .map(|r| r.span)
    }
}
