//! Filling the digest's Classification fields from an article's text, with
//! evidence.
//!
//! Only the body and the reference snippets are read, never an item's own
//! Classification block. Each field family has its own file: `attacker`
//! (who attacked), `incident` (Type and Feature from weighted cue
//! lexicons in `data/classify/`), `victim` (Target, Company, Product),
//! `severity` (the rules of CLASSIFICATION.md), `hashtags`.

mod attacker;
mod family;
mod hashtags;
mod incident;
mod lexicon;
mod pieces;
mod severity;
mod victim;

use std::fmt;
use std::sync::LazyLock;

use serde::Serialize;

use crate::gazetteer::{Gazetteer, Mention};
use crate::ioc::Indicator;
use crate::report::Span;
use crate::text::{Document, Token};

pub use attacker::AttackerSource;

/// The eight classification fields of a digest item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Classification {
    /// 2 to 5 CamelCase tags.
    pub hashtags: Vec<String>,
    /// The principal organisation or state on the affected side.
    pub company: String,
    /// The most specific victim named.
    pub target: String,
    /// The threat actor's canonical name, the attacker as described, or
    /// `Unknown`.
    pub attacker: String,
    /// The affected product, system or service, or `N/A`.
    pub product: String,
    /// The activity in two or three words.
    pub feature: String,
    /// The incident type.
    #[serde(rename = "type")]
    pub incident_type: IncidentType,
    /// How bad it is.
    pub severity: Severity,
}

impl Classification {
    /// The fields as (name, value) pairs in the digest's order.
    pub fn fields(&self) -> [(&'static str, String); 8] {
        [
            ("HashTags", self.hashtags.join(" ")),
            ("Company", self.company.clone()),
            ("Target", self.target.clone()),
            ("Attacker", self.attacker.clone()),
            ("Product", self.product.clone()),
            ("Feature", self.feature.clone()),
            ("Type", self.incident_type.to_string()),
            ("Severity", self.severity.to_string()),
        ]
    }

    /// The `Classification:` block in the digest's layout (`\n` line breaks,
    /// no final one).
    ///
    /// # Examples
    ///
    /// ```
    /// let report = cti_extract::Extractor::new()
    ///     .extract(b"The China-linked APT31 group targeted the Czech Ministry of Foreign Affairs.")?;
    /// let block = report.classification.to_block();
    /// assert!(block.starts_with("Classification:\n- HashTags: "));
    /// assert!(block.contains("\n- Attacker: APT31\n"));
    /// # Ok::<(), cti_extract::Error>(())
    /// ```
    pub fn to_block(&self) -> String {
        let fields = self.fields();
        crate::digest::render_block(fields.iter().map(|(n, v)| (*n, v.as_str())))
    }
}

/// The incident types of CLASSIFICATION.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum IncidentType {
    /// Theft of confidential information, usually state-linked.
    Espionage,
    /// Encryption or extortion by a ransomware operation.
    Ransomware,
    /// Data stolen, exposed or leaked.
    #[serde(rename = "Data Breach")]
    DataBreach,
    /// Phishing, spear-phishing, smishing, business e-mail compromise.
    Phishing,
    /// Denial of service.
    #[serde(rename = "DDoS")]
    Ddos,
    /// Destructive or disruptive attacks.
    Sabotage,
    /// Websites or accounts defaced.
    Defacement,
    /// Stolen data published for political effect.
    #[serde(rename = "Hack and Leak")]
    HackAndLeak,
    /// Theft of money or crypto-assets.
    #[serde(rename = "Financial Theft")]
    FinancialTheft,
    /// A malware campaign or new family.
    Malware,
    /// A vulnerability disclosed or exploited.
    Vulnerability,
    /// An advisory or patch release.
    Patch,
    /// Compromise through a supplier, package or update.
    #[serde(rename = "Supply Chain")]
    SupplyChain,
    /// Scams and fraud not done by phishing.
    Fraud,
    /// Arrests, takedowns, indictments, sanctions.
    #[serde(rename = "Law Enforcement")]
    LawEnforcement,
}

impl IncidentType {
    /// Every type, in the vocabulary's order.
    pub const ALL: [IncidentType; 15] = [
        IncidentType::Espionage,
        IncidentType::Ransomware,
        IncidentType::DataBreach,
        IncidentType::Phishing,
        IncidentType::Ddos,
        IncidentType::Sabotage,
        IncidentType::Defacement,
        IncidentType::HackAndLeak,
        IncidentType::FinancialTheft,
        IncidentType::Malware,
        IncidentType::Vulnerability,
        IncidentType::Patch,
        IncidentType::SupplyChain,
        IncidentType::Fraud,
        IncidentType::LawEnforcement,
    ];

    /// The type's name as the digest writes it ("Data Breach").
    pub fn as_str(self) -> &'static str {
        match self {
            IncidentType::Espionage => "Espionage",
            IncidentType::Ransomware => "Ransomware",
            IncidentType::DataBreach => "Data Breach",
            IncidentType::Phishing => "Phishing",
            IncidentType::Ddos => "DDoS",
            IncidentType::Sabotage => "Sabotage",
            IncidentType::Defacement => "Defacement",
            IncidentType::HackAndLeak => "Hack and Leak",
            IncidentType::FinancialTheft => "Financial Theft",
            IncidentType::Malware => "Malware",
            IncidentType::Vulnerability => "Vulnerability",
            IncidentType::Patch => "Patch",
            IncidentType::SupplyChain => "Supply Chain",
            IncidentType::Fraud => "Fraud",
            IncidentType::LawEnforcement => "Law Enforcement",
        }
    }

    /// The type named `name` (as the digest writes it, case-insensitive).
    pub fn from_name(name: &str) -> Option<IncidentType> {
        IncidentType::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

impl fmt::Display for IncidentType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Severity levels, mapped onto the UK NCSC categories and CISA's NCISS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Severity {
    /// NCSC category 6 / NCISS Low.
    Minor,
    /// NCSC categories 4-5 / NCISS Medium.
    Moderate,
    /// NCSC category 3 / NCISS High.
    Major,
    /// NCSC categories 1-2 / NCISS Emergency, Severe.
    Critical,
}

impl Severity {
    /// The level's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Minor => "Minor",
            Severity::Moderate => "Moderate",
            Severity::Major => "Major",
            Severity::Critical => "Critical",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One reason behind a field's value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The field it supports ("Type", "Severity", "Attacker"...).
    pub field: &'static str,
    /// The rule or cue that used it.
    pub rule: String,
    /// The text it rests on.
    pub text: String,
    /// Where that text is in the report's text, when it is there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// How much it weighed (negative when it counted against).
    pub weight: f32,
}

/// The attribution the text states for the attack.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The state held responsible, when one is named.
    pub country: Option<String>,
    /// The state agency held responsible, when one is named.
    pub agency: Option<String>,
}

/// Everything classification concluded.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The eight fields.
    pub classification: Classification,
    /// The reasons, field by field.
    pub evidence: Vec<Evidence>,
    /// The state and agency held responsible.
    pub attribution: Attribution,
    /// Where the attacker came from.
    pub attacker_source: AttackerSource,
    /// Victim organisations, most likely first.
    pub victims: Vec<String>,
}

/// What classification reads.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document<'a>,
    pub gazetteer: &'a Gazetteer,
    /// The gazetteer's mentions, in text order (by start).
    pub mentions: &'a [Mention],
    pub indicators: &'a [Indicator],
    /// Body lines in order.
    pub body: &'a [Span],
    /// Reference snippets in order.
    pub references: &'a [Span],
    /// The KEV product the article names most, computed on first use.
    pub kev_product: std::cell::OnceCell<Option<(String, String)>>,
    /// The tokens that start an anchor word of a gated pattern
    /// ([`pieces::marks`]), computed on first use.
    pub marks: std::cell::OnceCell<Vec<(usize, u32)>>,
    /// How many more searches of the whole text the rules may make (see
    /// [`Context::may_scan_text`]).
    pub text_scans: std::cell::Cell<u32>,
    /// Per sentence of `doc`, whether it speaks of an attack, once asked
    /// (0 not asked, 1 no, 2 yes): several rules ask of the same sentence.
    pub attack_sentences: std::cell::OnceCell<Vec<std::cell::Cell<u8>>>,
}

/// The searches of the whole text an article allows the rules that make one
/// per candidate (see [`Context::may_scan_text`]): as many as read 16 MiB
/// in all (about 4,000 for a news article), and never fewer than 64, so
/// that the work stays linear in the text's length.
pub(crate) fn text_scans_for(len: usize) -> u32 {
    let scans = (16usize << 20) / len.max(1);
    u32::try_from(scans.clamp(64, 4096)).unwrap_or(64)
}

impl<'a> Context<'a> {
    /// Whether `at` lies in one of the reference lines.
    pub(crate) fn in_references(&self, at: usize) -> bool {
        self.references.iter().any(|r| r.start <= at && at < r.end)
    }

    /// The weight of a position: the opening of the body and the reference
    /// snippets (headline-like) weigh more than the rest.
    pub(crate) fn weight_at(&self, at: usize) -> f32 {
        if self.in_references(at) {
            return 1.2;
        }
        match self.body.first() {
            Some(first) if first.start <= at && at < first.end => 1.5,
            _ => 1.0,
        }
    }

    /// Whether a rule may search the whole text once more for one candidate
    /// ("is this name written again?"), and counts the search. News has a
    /// handful of candidates; a hostile text with thousands would make such
    /// searches quadratic, so past the budget of [`text_scans_for`] the
    /// rules answer as if they had not looked.
    pub(crate) fn may_scan_text(&self) -> bool {
        let left = self.text_scans.get();
        self.text_scans.set(left.saturating_sub(1));
        left > 0
    }

    /// The sentence that holds byte `at`, as a span.
    pub(crate) fn sentence_span(&self, at: usize) -> Option<Span> {
        let sentences = self.doc.sentences();
        let i = sentences.partition_point(|s| s.end <= at);
        sentences.get(i).copied().filter(|s| s.start <= at)
    }

    /// The first sentence of the body: the one that holds its first byte,
    /// or the one after it when that is a dateline cut off at a state's
    /// abbreviation ("TRENTON, N.J." before "— A former student ..."): a
    /// short sentence without a small letter, with the same line going on.
    pub(crate) fn first_sentence(&self) -> Option<Span> {
        let line = *self.body.first()?;
        let first = self.sentence_span(line.start)?;
        let dateline = first.end - first.start <= 40
            && first.end < line.end
            && first
                .slice(self.text)
                .is_some_and(|s| !s.bytes().any(|b| b.is_ascii_lowercase()));
        if dateline {
            let sentences = self.doc.sentences();
            let next = sentences.partition_point(|s| s.start < first.end);
            if let Some(&next) = sentences.get(next).filter(|s| s.end <= line.end) {
                return Some(next);
            }
        }
        Some(first)
    }

    /// The mentions that lie within `span`, in order: those starting there
    /// found by a binary search (the mentions are in text order), not by
    /// reading them all.
    pub(crate) fn mentions_in(&self, span: Span) -> impl Iterator<Item = &'a Mention> + 'a {
        let mentions: &'a [Mention] = self.mentions;
        let from = mentions.partition_point(|m| m.span.start < span.start);
        let to = mentions.partition_point(|m| m.span.start < span.end);
        mentions
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .filter(move |m| m.span.end <= span.end)
    }

    /// The tokens that lie within `span`, in order.
    pub(crate) fn tokens_in(&self, span: Span) -> impl Iterator<Item = &'a Token> + 'a {
        let toks: &'a [Token] = self.doc.tokens();
        let from = toks.partition_point(|t| t.span.start < span.start);
        toks.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |t| t.span.end <= span.end)
    }

    /// Up to `radius` bytes either side of `at`, within its sentence and on
    /// char boundaries: a bounded window, so that work per mention or cue
    /// stays constant however long a sentence is.
    pub(crate) fn window(&self, at: usize, radius: usize) -> &str {
        self.window_span(at, radius)
            .and_then(|w| w.slice(self.text))
            .unwrap_or_default()
    }

    /// The tokens that start an anchor word of a gated pattern, with their
    /// bits ([`pieces::marks`]).
    pub(crate) fn marks(&self) -> &[(usize, u32)] {
        self.marks.get_or_init(|| pieces::marks(self.doc))
    }

    /// [`Context::window`] as a span.
    pub(crate) fn window_span(&self, at: usize, radius: usize) -> Option<Span> {
        let sentence = self.sentence_span(at)?;
        let mut start = at.saturating_sub(radius).max(sentence.start);
        let mut end = (at + radius).min(sentence.end);
        while start < at && !self.text.is_char_boundary(start) {
            start += 1;
        }
        while end > at && !self.text.is_char_boundary(end) {
            end -= 1;
        }
        Some(Span::new(start, end))
    }

    /// The words (tokens) wholly inside `span`, in order.
    pub(crate) fn words_in(&self, span: Span) -> impl Iterator<Item = &'a str> + '_ {
        let tokens = self.doc.tokens();
        let from = tokens.partition_point(|t| t.span.start < span.start);
        tokens
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |t| t.span.end <= span.end)
            .filter_map(|t| t.span.slice(self.text))
    }

    /// Up to `bytes` bytes of the text right before `at`, starting on a
    /// char boundary.
    pub(crate) fn before(&self, at: usize, bytes: usize) -> &str {
        let from = floor_char_boundary(self.text, at.saturating_sub(bytes));
        self.text.get(from..at).unwrap_or_default()
    }

    /// Every sentence (body first, then references).
    pub(crate) fn sentences(&self) -> &[Span] {
        self.doc.sentences()
    }
}

/// Whether `word` is written again in `text` as a whole word outside
/// `except` (where it was introduced), within its first 64 occurrences.
pub(crate) fn written_again(text: &str, word: &str, except: crate::Span) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), word)
        .take(64)
        .filter(|&i| i < except.start || i >= except.end)
        .any(|i| {
            let before = text.get(..i).and_then(|t| t.chars().next_back());
            let after = text.get(i + word.len()..).and_then(|t| t.chars().next());
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The first match of `re` in the body, searched only in lines for which
/// `possible` holds (a cheap test of the words the pattern needs).
pub(crate) fn first_in_body(
    ctx: &Context<'_>,
    re: &regex::Regex,
    possible: impl Fn(&str) -> bool,
) -> Option<Span> {
    ctx.body.iter().find_map(|span| {
        let line = span.slice(ctx.text)?;
        if !possible(line) {
            return None;
        }
        re.find(line)
            .map(|m| Span::new(span.start + m.start(), span.start + m.end()))
    })
}

/// The first match of `re` in the body, searched only in the pieces of
/// each line that `gate` lets through (see [`pieces`]).
pub(crate) fn first_in_body_pieces(
    ctx: &Context<'_>,
    re: &regex::Regex,
    gate: pieces::PieceGate,
) -> Option<Span> {
    ctx.body.iter().find_map(|&span| {
        gate.pieces(ctx.text, ctx.marks(), span)
            .into_iter()
            .find_map(|(piece, text)| {
                re.find(text)
                    .map(|m| Span::new(piece.start + m.start(), piece.start + m.end()))
            })
    })
}

/// Fixed words, any of which a text may hold: each searched for by a
/// vectorised searcher built once, not set up again per text (a cheap gate
/// before a costly pattern).
pub(crate) struct AnyOf(Vec<memchr::memmem::Finder<'static>>);

impl AnyOf {
    /// The searchers of `words`.
    pub(crate) fn new(words: &[&'static str]) -> AnyOf {
        AnyOf(
            words
                .iter()
                .map(|w| memchr::memmem::Finder::new(*w))
                .collect(),
        )
    }

    /// Whether `text` holds one of the words (as `str::contains` of each).
    pub(crate) fn in_text(&self, text: &str) -> bool {
        self.0.iter().any(|f| f.find(text.as_bytes()).is_some())
    }

    /// Whether a line of the body (not the references) holds one of the
    /// words.
    pub(crate) fn in_body(&self, ctx: &Context<'_>) -> bool {
        ctx.body
            .iter()
            .filter_map(|line| line.slice(ctx.text))
            .any(|line| self.in_text(line))
    }
}

/// The months' names, as prose writes them.
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The largest char boundary of `text` at or before `at`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// "cold" is "Cold", "chinese state hackers" is "Chinese state hackers".
pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// The role a cue gives an organisation named beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// It suffered the attack.
    Victim,
    /// It tells the story.
    Reporter,
}

/// The compiled lexicons, built once.
pub(crate) struct Lexicons {
    pub incident: lexicon::PhraseSet<(IncidentType, f32)>,
    pub features: Vec<(IncidentType, String, lexicon::PhraseSet<()>)>,
    /// Role cues before an organisation ("targeting X", "according to X").
    pub roles_before: lexicon::PhraseSet<(Role, f32)>,
    /// Every role cue in one set, each phrase with the positions it is a cue
    /// in (`true`: before the organisation), for one pass over a text.
    pub roles: lexicon::PhraseSet<Vec<RoleCue>>,
}

/// A role cue's position (`true`: before the organisation), role and weight.
pub(crate) type RoleCue = (bool, Role, f32);

/// The role cues of both positions, grouped by phrase.
fn all_roles() -> lexicon::PhraseSet<Vec<RoleCue>> {
    let mut by_phrase: Vec<(String, Vec<RoleCue>)> = Vec::new();
    for r in lexicon::rows(lexicon::ROLES) {
        let role = match r.first().copied() {
            Some("victim") => Role::Victim,
            Some("reporter") => Role::Reporter,
            _ => continue,
        };
        let before = match r.get(1).copied() {
            Some("before") => true,
            Some("after") => false,
            _ => continue,
        };
        let Some(phrase) = r.get(2).map(|p| p.trim().to_string()) else {
            continue;
        };
        match by_phrase
            .iter_mut()
            .find(|(p, _)| p.eq_ignore_ascii_case(&phrase))
        {
            Some((_, cues)) => cues.push((before, role, 1.0)),
            None => by_phrase.push((phrase, vec![(before, role, 1.0)])),
        }
    }
    lexicon::PhraseSet::new(by_phrase)
}

static LEXICONS: LazyLock<Lexicons> = LazyLock::new(|| {
    let incident = lexicon::rows(lexicon::INCIDENT_CUES)
        .filter_map(|r| {
            let t = IncidentType::from_name(r.first()?)?;
            let w: f32 = r.get(1)?.trim().parse().ok()?;
            Some((r.get(2)?.trim().to_string(), (t, w)))
        })
        .collect();
    let features = lexicon::rows(lexicon::FEATURES)
        .filter_map(|r| {
            let t = IncidentType::from_name(r.first()?)?;
            let feature = r.get(1)?.trim().to_string();
            let cues = r
                .get(2)
                .map(|c| {
                    c.split('|')
                        .map(str::trim)
                        .filter(|c| !c.is_empty())
                        .map(|c| (c.to_string(), ()))
                        .collect()
                })
                .unwrap_or_default();
            Some((t, feature, lexicon::PhraseSet::new(cues)))
        })
        .collect();
    let roles = |position: &str| {
        lexicon::PhraseSet::new(
            lexicon::rows(lexicon::ROLES)
                .filter(|r| r.get(1) == Some(&position))
                .filter_map(|r| {
                    let role = match *r.first()? {
                        "victim" => Role::Victim,
                        "reporter" => Role::Reporter,
                        _ => return None,
                    };
                    Some((r.get(2)?.trim().to_string(), (role, 1.0)))
                })
                .collect(),
        )
    };
    Lexicons {
        incident: lexicon::PhraseSet::new(incident),
        features,
        roles_before: roles("before"),
        roles: all_roles(),
    }
});

/// Classifies an article.
pub(crate) fn classify(ctx: &Context<'_>) -> Outcome {
    let lex = &*LEXICONS;
    let mut evidence = Vec::new();
    let attacker = attacker::choose(ctx, lex, &mut evidence);
    let signals = severity::Signals::read(ctx, &attacker);
    let incident_type = incident::decide(ctx, lex, &attacker, &signals, &mut evidence);
    let attacker = if incident_type == IncidentType::LawEnforcement {
        attacker::acted_against(ctx, attacker, &mut evidence)
    } else {
        attacker::for_type(ctx, attacker, incident_type)
    };
    let attacker = family::stand_in(ctx, attacker, incident_type, &mut evidence);
    // "a former Cisco engineer" who did it: an insider's deed.
    // Or the attacker described as one ("Rogue employee").
    let insider = matches!(
        attacker.source,
        AttackerSource::Person | AttackerSource::Described
    ) && attacker::insider_described(ctx)
        || attacker.source == AttackerSource::Described && hashtags::is_insider(&attacker.name);
    let person = attacker.source == AttackerSource::Person;
    let feature = incident::feature(ctx, lex, incident_type, insider, person);
    let victims = victim::find(ctx, lex, &attacker);
    let (company, target) = victim::company_and_target(ctx, &victims, incident_type, &attacker);
    let (company, target) = victim::refine(
        ctx,
        &victims,
        incident_type,
        attacker.attribution.country.as_deref(),
        company,
        target,
    );
    let product = victim::product(ctx, &victims, incident_type, (&company, &target));
    let told = severity::Told {
        account_hijack: incident_type == IncidentType::Defacement
            && incident::single_account_taken_over(ctx),
    };
    let severity = severity::decide(&signals, incident_type, &attacker, told, &mut evidence);
    for v in victims.iter().take(3) {
        evidence.push(Evidence {
            field: "Target",
            rule: format!(
                "victim cues {:.1}, reporter cues {:.1}",
                v.victim, v.reporter
            ),
            text: v.name.clone(),
            span: Some(v.first),
            weight: v.victim,
        });
    }
    let classification = Classification {
        hashtags: hashtags::tags(incident_type, &attacker, insider, &company, &feature),
        company,
        target,
        attacker: attacker.name.clone(),
        product,
        feature,
        incident_type,
        severity,
    };
    Outcome {
        classification,
        evidence,
        attribution: attacker.attribution.clone(),
        attacker_source: attacker.source,
        victims: victims.into_iter().map(|v| v.name).collect(),
    }
}

/// Whether `before` ends in a clause that tells what an actor is known for
/// ("the ransomware group best known for the mass exploitation of ..."):
/// a past deed that describes the actor, not this story's. Reads the last
/// 48 bytes.
pub(crate) fn known_for(before: &str) -> bool {
    let bytes = before.as_bytes();
    let tail = bytes
        .get(bytes.len().saturating_sub(48)..)
        .unwrap_or_default();
    // The last " for " of the tail (most tails have none: no allocation,
    // one vectorised search), then the word before it.
    let Some(at) = memchr::memmem::rfind(tail, b" for ") else {
        return false;
    };
    let (head, after) = (
        tail.get(..at).unwrap_or_default(),
        tail.get(at + 5..).unwrap_or_default(),
    );
    let word_start = head.iter().rposition(|&b| b == b' ').map_or(0, |i| i + 1);
    let word = head.get(word_start..).unwrap_or_default();
    ["known", "notorious", "infamous"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
        && !after.iter().any(|b| matches!(b, b',' | b';' | b':'))
}

/// Whether `text` ends with `suffix`, ASCII case ignored.
pub(crate) fn ends_with_ignore_case(text: &[u8], suffix: &[u8]) -> bool {
    text.len()
        .checked_sub(suffix.len())
        .and_then(|at| text.get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}
