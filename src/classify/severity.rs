//! Severity by the rules of CLASSIFICATION.md, from signals the text states.
//!
//! | level | signals |
//! |---|---|
//! | Critical | essential services or critical infrastructure disrupted at national scale; mass exploitation; 100 million or more records |
//! | Major | a state actor against government, military or critical infrastructure; an espionage campaign against anyone (as the hand-filled items file it); ransomware halting a large organisation or a hospital; a zero-day exploited in the wild; 1 million or more records; theft of $100 million or more |
//! | Moderate | an attack on one organisation; a serious flaw patched; a campaign |
//! | Minor | research findings, proofs of concept, advisories with no exploitation |

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;

use super::attacker::Attacker;
use super::{Context, Evidence, IncidentType, Severity};
use crate::report::Span;

/// What the text says about scale and impact, each signal searched for
/// on first use: the rules ask for few of them in most articles, and the
/// patterns are the costliest part of classification.
#[derive(Debug)]
pub(crate) struct Signals<'t> {
    /// The attacker is a state actor.
    pub state_actor: bool,
    /// The body lines and reference snippets that hold some anchor.
    lines: Vec<(Span, &'t str, u16)>,
    /// The body's first line, the lead (empty without a body).
    lead: Span,
    /// Where each of the body's first three lines ends (the last line's
    /// end where there are fewer): the opening of the story, which tells of
    /// this incident (later lines also recall others).
    opening_ends: [usize; 3],
    /// The body holds no letter or digit (an empty article): nothing is
    /// told, so nothing sets a level.
    wordless: bool,
    /// The body's sentences that open with a date earlier than the story's
    /// ("In 2019 it disclosed that data on 4.9 million customers ..."): an
    /// earlier incident's counts and sums.
    background: Vec<Span>,
    /// The pieces of those lines between full stops that hold some anchor
    /// of [`SIGNALS`] or [`FAILED_ATTEMPT`], none of which can match across
    /// a full stop: each pattern runs only on the pieces with its anchors.
    pieces: Vec<(Span, &'t str, u16)>,
    /// The first match of each pattern of [`SIGNALS`].
    first: [OnceCell<Option<Span>>; 12],
    /// Whether each pattern of [`SIGNALS`] matches at all, as the index
    /// in `pieces` of the first piece it matches: found by the forward
    /// automaton alone, which stops at the first match's end (the first
    /// match's start needs a second, reverse search, run on that piece
    /// alone when asked).
    present: [OnceCell<Option<usize>>; 12],
    national_outage: OnceCell<Option<Span>>,
    /// The first body line saying the attack failed.
    failed_attempt: OnceCell<Option<Span>>,
    records: OnceCell<Option<(f64, Span)>>,
    money: OnceCell<Option<(f64, Span)>>,
}

fn re(pattern: &str) -> Option<Regex> {
    super::lexicon::ascii_regex(pattern)
}

/// A government body as the object of an attack ("targeting government
/// networks", "breached the ministry").
static GOVERNMENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:target\w*|attack\w*(?: on| against)?|against|breach\w*|hack\w*|compromis\w*|infiltrat\w*|intrusions? into|spied on|inside|broke into|broken into)\s+(?:[\w'’-]+\s+){0,5}?(?:government|ministry|ministries|military|defen[cs]e|embass(?:y|ies)|parliament|diplomat\w*|federal agenc\w+|armed forces|election\w*|political campaign|presidential campaign|secretariat)(?-u:\b)|(?-u:\b)(?:government|ministry|military|embassy|parliament|presidential campaign|election campaign)(?-u:\b)[^.]*(?-u:\b)(?:stolen|breached|hacked|compromised|targeted|attacked|infiltrated|hit by|broken into|defaced)(?-u:\b)|(?-u:\b)target\w*[^.]*(?-u:\b)(?:government|federal|defen[cs]e|military) (?:sectors?|agencies|entities|organi[sz]ations|bodies|networks)(?-u:\b)|(?-u:\b)(?:including|among them) (?:[\w'’-]+ ){0,3}?(?:government|federal|military|defen[cs]e) (?:agencies|departments|bodies|networks)(?-u:\b)|(?-u:\b)(?:stole|stolen|exfiltrat\w*|leaked)(?-u:\b)[^.]*(?-u:\b)(?:ministry|ministries|secretariat|armed forces|military|defen[cs]e)(?-u:\b)|(?-u:\b)(?:victims|targets) (?:included|include|were|among them)(?-u:\b)[^.]*(?-u:\b)(?:departments?|agencies|ministries|ministry|government)(?-u:\b)",
    )
});
/// Critical infrastructure as the object of an attack, or an operator of it
/// in the opening of the story, or trains, flights or ferries stopped or
/// late ("Trains ran late across large parts of Sweden after ...").
static CRITICAL_INFRASTRUCTURE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:target\w*|attack\w*(?: on| against)?|against|breach\w*|hack\w*|compromis\w*|infiltrat\w*|disrupt\w*|poison\w*|inside|into|hit)\s+(?:[\w'’-]+\s+){0,5}?(?:critical infrastructure|power grid|electric\w*|energy|water (?:utility|utilities|authority|system|supply|supplies|treatment|facilit\w+)|telecom\w*|mobile operator|pipeline|hospitals?|healthcare|health care|pharmac\w+|fuel|government servers|public services?|satellite\w*|broadband|nuclear (?:power )?(?:plant|station|facilit\w+|reactor\w*))(?-u:\b)|(?-u:\b)(?:malware|infect\w*|intrusion|breach\w*|attack\w*)(?-u:\b)[^.]{0,80}?(?-u:\b)nuclear (?:power )?(?:plant|station|facilit\w+)(?-u:\b)|(?-u:\b)(?:critical infrastructure|mobile operator|(?:petrol|gas|fuel) stations|public services?|government services|e-government|telecom\w* (?:operator|provider|company)|(?:power|water|energy) (?:company|utility|provider)|hospital|health(?:care)? (?:system|provider|company|service)|pipeline operator|(?:fuel |oil |gas )?pipeline (?:system|network|company)|stock exchange|stock market|(?:interbank |national )?payment (?:system|network)s?)(?-u:\b)[^.]*(?-u:\b)(?:lost|outage|disrupt\w*|shut|offline|halted|hit|stopped|attack\w*|switched off|unavailable)|(?-u:\b)(?:trains|flights|ferries)(?-u:\b)[^.]{0,60}?(?-u:\b)(?:ran late|running late|were delayed|were cancell?ed|were grounded|were halted|stopped running)(?-u:\b)",
    )
});
/// A transport hub out of service ("the country's main airports and
/// disrupted"): critical infrastructure for [`national_outage`] only, where
/// the scale and the disruption are stated beside it (an airport's website
/// knocked offline alone is no such outage).
static TRANSPORT_HUB_DOWN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:airports?|seaports?|railways?|rail network)(?-u:\b)[^.]*(?-u:\b)(?:outages?|disrupt\w*|shut|offline|halted|stopped|knocked out|went down|unavailable)",
    )
});
static DISRUPTION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:outages?|disrupt\w*|halt\w*|shut down|shutting down|offline|knocked out|blackouts?|paralys\w+|paralyz\w+|went dark|went black|off the air|could not (?:call|pay|use|access)|unable to|stopped (?:serving|working)|switched off|unavailable|pen and paper|cancel(?:l?ed|l?ing) (?:[\w-]+ ){0,2}?(?:classes|lessons|conferences|appointments|surgeries|operations|flights|trains|services|exams|meetings|procedures))(?-u:\b)",
    )
});
static NATIONAL: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:millions of|nationwide|across the country|country's largest|nation's largest|largest (?:mobile )?operator|national scale|entire country|across the united states|across the us|across the nation|of the country's|the country's (?:public |main |national )?(?:hospitals|health service|health system|power grid|railways?|ports|airports)|percent of the country|every public service|nearly every|tens of thousands of|hundreds of thousands of|(?:declared|declare|declaring) (?:a |an )?(?:state of )?emergenc(?:y|ies)|largest (?:[\w-]+ ){1,4}in the (?:united states|us|country|nation))(?-u:\b)",
    )
});
/// A flaw the text calls critical.
static CRITICAL_FLAW: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)critical(?:-severity| severity)? (?:\w+ ){0,2}?(?:flaw|vulnerability|bug|security hole)s?(?-u:\b)",
    )
});
static ZERO_DAY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:zero-day|zero day|0-day|zero-click (?:exploit|vulnerabilit(?:y|ie)|flaw))s?(?-u:\b)",
    )
});
static IN_THE_WILD: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:exploited in the wild|actively exploit(?:ed|ing)|exploitation in the wild|(?:under )?active exploitation|exploit(?:ed|ing|s) (?:the |a |an |this |that |these |those |two |both |several |multiple |three |four )?(?:[\w-]+ ){0,2}?(?:flaws?|vulnerability|vulnerabilities|zero-days?|bugs?)|mass exploitation|mass-exploit\w*|exploited on a (?:mass|massive|large|wide) scale|as (?:a )?zero-day|(?:abus|leverag|weaponi[sz])\w* (?:the |a |an |this |that )?(?:[\w-]+ )?(?:flaw|vulnerability|zero-day|bug)|(?:already |being |been )used in (?:targeted |active |real-world |limited )?attacks|(?:already |being |been )used to (?:plant|install|deploy|deliver|infect|spy on|hack|target|compromise|break into)|using (?:two |three |a |an |the |several |multiple )?(?:previously unknown|undisclosed|unpatched|zero-day) (?:[\w-]+ ){0,2}?(?:flaws?|vulnerabilit(?:y|ies)|bugs?)|(?:exploit(?:ed|ing|s)?|exploits? for|exploitation of) CVE-\d{4}-\d{4,}|(?:is|are|was|were|been|now) exploiting)(?-u:\b)",
    )
});
static MASS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:hundreds|thousands) of (?:organi[sz]ations|companies|victims|customers|servers|devices|instances|entities|systems|attempts)(?-u:\b)|(?-u:\b)mass exploitation(?-u:\b)|(?-u:\b)on a mass scale(?-u:\b)|(?-u:\b)(?:being|now) exploited on a (?:mass|massive|large|wide) scale(?-u:\b)|(?-u:\b)mass-exploit|(?-u:\b)(?:\d{1,3},\d{3}|[1-9]\d{2,})\+? (?:\w+ )?(?:organi[sz]ations|companies|victims|entities|appliances|devices|servers|instances)(?-u:\b)",
    )
});
static NO_EXPLOITATION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:no (?:known |active |reported )?(?:exploitation|attacks exploiting|exploits? in the wild)|not (?:been )?(?:publicly )?(?:disclosed or |known to be )?exploited|no (?:confirmed |known |public )?(?:evidence|sign|indication|report)s? (?:of|that)[^.]*(?:exploit\w*|used (?:in (?:\w+ )?attacks|to (?:spy on|hack|target|attack|steal|break into)))|not (?:been |yet )?(?:been )?exploited|before (?:it could be )?exploit\w*|no known exploitation|not aware of (?:any )?(?:active |public |real-world )?(?:exploitation|attacks|exploits?|cases|instances)|not aware of (?:the |this |any )?(?:vulnerability|vulnerabilities|flaws?|bugs?|issues?) (?:being|having been) exploited)",
    )
});
static RESEARCH: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:proof[- ]of[- ]concept|researchers (?:also )?(?:found|discovered|demonstrated|showed)|researcher (?:(?:says|said) (?:he|she) )?(?:has )?(?:found|discovered|demonstrated)|academic|conference talk)(?-u:\b)",
    )
});
static HOSPITAL: LazyLock<Option<Regex>> =
    LazyLock::new(|| re(r"(?i)(?-u:\b)(?:hospitals?|patients|pharmac\w+|clinics?)(?-u:\b)"));
/// The attack did not succeed: a foiled attempt is a minor incident.
static FAILED_ATTEMPT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:attempts?|attacks?|scheme|plot|ruse) (?:failed|was unsuccessful|were unsuccessful|did not succeed|was foiled|was thwarted|was stopped|was blocked)(?-u:\b)|(?-u:\b)(?:foiled|thwarted) (?:the |an? |this |that )?(?:attempt|attack|scheme|plot)(?-u:\b)",
    )
});

/// Harm to people stated: a death, risk to life, patient safety at risk.
static RISK_TO_LIFE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:patients? (?:\w+ ){0,3}died|death of (?:a|the) patient|patient deaths?|risk to life|risk to lives|life-threatening|patient safety at risk|endanger\w* (?:lives|patients)|ambulances? (?:\w+ ){0,4}?(?:diverted|rerouted|redirected|turned away)|divert(?:ed|ing) ambulances|ambulance diversions?|patients elsewhere|loss of (?:human )?li(?:fe|ves))(?-u:\b)",
    )
});
static COUNT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?-u:\b)(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s*(million|billion|thousand|m|bn)?\s+(?:(?:current and former|former and current|past and present)\s+)?(?:[a-z-]+(?:'|\x{{2019}})?\s+){{0,2}}(?:{})(?-u:\b)",
        COUNT_NOUNS.join("|")
    ))
});
static MONEY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    re(
        r"(?i)(?:^|[^A-Za-z$])(?:\$|US\$|USD\s?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|thousand|m|bn|b)?(?-u:\b)|(?-u:\b)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) (million|billion|thousand)? ?(?:US |American )?dollars(?-u:\b)",
    )
});

/// The signals read by first match, in [`FirstMatches`] order.
const SIGNALS: [&LazyLock<Option<Regex>>; 12] = [
    &ZERO_DAY,
    &IN_THE_WILD,
    &NO_EXPLOITATION,
    &GOVERNMENT,
    &CRITICAL_INFRASTRUCTURE,
    &DISRUPTION,
    &NATIONAL,
    &MASS,
    &RESEARCH,
    &HOSPITAL,
    &RISK_TO_LIFE,
    &CRITICAL_FLAW,
];

/// Words at least one of which every match of a pattern starts a word of,
/// with the patterns each may start (bits: [`SIGNALS`] order, then
/// [`COUNT_BIT`], [`MONEY_BIT`] and [`FAILED_BIT`]; [`MONEY`] also by a "$").
/// One look-up per token finds them, and only the patterns whose words occur
/// in a line are run on it: most lines hold none of the signals, and the
/// patterns (bounded repeats, `[^.]*` gaps) are costly to run everywhere.
pub(crate) const ANCHORS: &[(&str, u16)] = &[
    // ZERO_DAY, IN_THE_WILD
    ("zero", 1 << 0 | 1 << 1),
    ("0-day", 1 << 0),
    // IN_THE_WILD, NO_EXPLOITATION, MASS
    ("exploit", 1 << 1 | 1 << 2 | 1 << 7),
    ("abus", 1 << 1),
    ("leverag", 1 << 1),
    ("weaponi", 1 << 1),
    ("active", 1 << 1),
    ("already used", 1 << 1),
    ("being used", 1 << 1),
    ("being exploited", 1 << 7),
    ("now exploited", 1 << 7),
    ("been used", 1 << 1 | 1 << 2),
    ("used in", 1 << 2),
    ("used to", 1 << 2),
    ("using", 1 << 1),
    // GOVERNMENT (and CRITICAL_INFRASTRUCTURE's government services)
    ("government", 1 << 3 | 1 << 4),
    ("ministr", 1 << 3),
    ("military", 1 << 3),
    ("defence", 1 << 3),
    ("defense", 1 << 3),
    ("embass", 1 << 3),
    ("parliament", 1 << 3),
    ("diplomat", 1 << 3),
    ("federal", 1 << 3),
    ("armed forces", 1 << 3),
    ("election", 1 << 3),
    ("political campaign", 1 << 3),
    ("presidential campaign", 1 << 3),
    ("secretariat", 1 << 3),
    ("department", 1 << 3),
    ("agencies", 1 << 3),
    // CRITICAL_INFRASTRUCTURE (HOSPITAL, RISK_TO_LIFE)
    ("critical", 1 << 4 | 1 << 11),
    ("power", 1 << 4),
    ("nuclear", 1 << 4),
    ("electric", 1 << 4),
    ("energy", 1 << 4),
    ("water", 1 << 4),
    ("telecom", 1 << 4),
    ("mobile operator", 1 << 4),
    ("pipeline", 1 << 4),
    ("hospital", 1 << 4 | 1 << 9),
    ("health", 1 << 4),
    ("pharmac", 1 << 4 | 1 << 9),
    ("fuel", 1 << 4),
    ("public service", 1 << 4),
    ("satellite", 1 << 4),
    ("broadband", 1 << 4),
    ("stock", 1 << 4),
    ("payment", 1 << 4),
    ("stations", 1 << 4),
    // TRANSPORT_HUB_DOWN, read with the other two signals only
    ("airport", 1 << 4),
    ("seaport", 1 << 4),
    ("railway", 1 << 4),
    ("rail network", 1 << 4),
    // DISRUPTION
    ("outage", 1 << 5),
    ("disrupt", 1 << 5),
    ("halt", 1 << 5),
    ("shut", 1 << 5),
    ("offline", 1 << 5),
    ("knocked out", 1 << 5),
    ("blackout", 1 << 5),
    ("paraly", 1 << 5),
    ("went dark", 1 << 5),
    ("went black", 1 << 5),
    ("off the air", 1 << 5),
    ("could not", 1 << 5),
    ("unable to", 1 << 5),
    ("switched off", 1 << 5),
    ("unavailable", 1 << 5),
    ("pen and paper", 1 << 5),
    ("cancel", 1 << 5),
    ("stopped", 1 << 5 | FAILED_BIT),
    // NATIONAL (MASS)
    ("millions of", 1 << 6),
    ("nationwide", 1 << 6),
    ("across the", 1 << 6),
    ("largest", 1 << 6),
    ("national scale", 1 << 6),
    ("entire country", 1 << 6),
    ("country's", 1 << 6),
    ("every public service", 1 << 6),
    ("nearly every", 1 << 6),
    ("thousands of", 1 << 6),
    ("declar", 1 << 6),
    ("hundreds", 1 << 7),
    ("thousands", 1 << 7),
    ("mass", 1 << 7),
    ("organi", 1 << 7),
    ("companies", 1 << 7 | COUNT_BIT),
    ("victims", 1 << 7),
    ("entities", 1 << 7),
    ("appliances", 1 << 7),
    ("devices", 1 << 7),
    ("servers", 1 << 7),
    ("instances", 1 << 7),
    // RESEARCH
    ("proof", 1 << 8),
    ("researcher", 1 << 8),
    ("academic", 1 << 8),
    ("conference talk", 1 << 8),
    // HOSPITAL, RISK_TO_LIFE
    ("patient", 1 << 9 | 1 << 10 | COUNT_BIT),
    ("clinic", 1 << 9),
    ("risk to li", 1 << 10),
    ("life-threatening", 1 << 10),
    ("endanger", 1 << 10),
    ("ambulance", 1 << 10),
    ("divert", 1 << 10),
    ("loss of", 1 << 10),
    // COUNT's nouns (see COUNT_NOUNS), MONEY's currency
    ("records", COUNT_BIT),
    ("customers", COUNT_BIT),
    ("users", COUNT_BIT),
    ("people", COUNT_BIT),
    ("accounts", COUNT_BIT),
    ("individuals", COUNT_BIT),
    ("subscribers", COUNT_BIT),
    ("members", COUNT_BIT),
    ("persons", COUNT_BIT),
    ("americans", COUNT_BIT),
    ("files", COUNT_BIT),
    ("rows", COUNT_BIT),
    ("passengers", COUNT_BIT),
    ("cards", COUNT_BIT),
    ("clients", COUNT_BIT),
    ("guests", COUNT_BIT),
    ("students", COUNT_BIT),
    ("voters", COUNT_BIT),
    ("citizens", COUNT_BIT),
    ("consumers", COUNT_BIT),
    ("travellers", COUNT_BIT),
    ("travelers", COUNT_BIT),
    ("residents", COUNT_BIT),
    ("taxpayers", COUNT_BIT),
    ("policyholders", COUNT_BIT),
    ("usd", MONEY_BIT),
    ("dollars", MONEY_BIT),
    // FAILED_ATTEMPT ("stopped" above)
    ("failed", FAILED_BIT),
    ("unsuccessful", FAILED_BIT),
    ("succeed", FAILED_BIT),
    ("foiled", FAILED_BIT),
    ("thwarted", FAILED_BIT),
    ("blocked", FAILED_BIT),
];

/// The anchor bit of [`COUNT`].
const COUNT_BIT: u16 = 1 << 12;
/// The anchor bit of [`MONEY`].
const MONEY_BIT: u16 = 1 << 13;
/// The anchor bit of [`FAILED_ATTEMPT`].
const FAILED_BIT: u16 = 1 << 14;
/// The anchor bits of the patterns searched piece by piece: [`SIGNALS`] and
/// [`FAILED_ATTEMPT`], none of which can match across a full stop.
const PIECE_BITS: u16 = ((1 << SIGNALS.len()) - 1) | FAILED_BIT;
/// Set on body lines (not on reference snippets) by [`gated`].
const BODY_BIT: u16 = 1 << 15;

/// The patterns whose anchor words start a word of `span` (a bit set), and
/// [`MONEY_BIT`] for a "$". The patterns need a word boundary before each
/// anchor, so an anchor inside a word cannot hold a match.
#[cfg(test)]
fn candidates(doc: &crate::text::Document<'_>, span: Span) -> u16 {
    let money = span.slice(doc.text()).is_some_and(|l| l.contains('$'));
    super::pieces::marks(doc)
        .iter()
        .filter(|&&(at, _)| span.start <= at && at < span.end)
        .fold(if money { MONEY_BIT } else { 0 }, |bits, &(_, b)| {
            bits | signal_bits(b)
        })
}

/// The severity anchors' bits of a token's marks (the low 16 bits).
fn signal_bits(mark: u32) -> u16 {
    u16::try_from(mark & 0xFFFF).unwrap_or(0)
}

/// Lines and pieces that may hold signals: each body line and reference
/// snippet with an anchor, with its candidate patterns (and [`BODY_BIT`] on
/// body lines); and the pieces of those lines between full stops that hold
/// an anchor of [`PIECE_BITS`], with theirs. One pass over the tokens.
type Gated<'t> = Vec<(Span, &'t str, u16)>;

fn gated<'t>(ctx: &Context<'t>) -> (Gated<'t>, Gated<'t>) {
    let bytes = ctx.text.as_bytes();
    let marks = ctx.marks();
    let (mut lines, mut pieces) = (Vec::new(), Vec::new());
    let body = ctx.body.iter().map(|s| (s, BODY_BIT));
    let references = ctx.references.iter().map(|s| (s, 0));
    for (&span, body) in body.chain(references) {
        let Some(line) = span.slice(ctx.text) else {
            continue;
        };
        // A vectorised search for the "$" (`str::contains` reads a word at
        // a time).
        let dollar = memchr::memchr(b'$', line.as_bytes()).is_some();
        let mut line_bits = if dollar { MONEY_BIT } else { 0 };
        // The piece being read: from `piece_start` to the next full stop.
        let next_stop = |from: usize| {
            bytes
                .get(from..span.end)
                .and_then(|rest| memchr::memchr(b'.', rest))
                .map_or(span.end, |i| from + i)
        };
        let (mut piece_start, mut piece_end, mut piece_bits) =
            (span.start, next_stop(span.start), 0);
        let mut flush = |start: usize, end: usize, bits: u16| {
            if bits & PIECE_BITS != 0 {
                if let Some(text) = ctx.text.get(start..end) {
                    pieces.push((Span::new(start, end), text, bits & PIECE_BITS | body));
                }
            }
        };
        let from = marks.partition_point(|m| m.0 < span.start);
        for &(start, mark) in marks.get(from..).unwrap_or_default() {
            if start >= span.end {
                break;
            }
            let found = signal_bits(mark);
            if found == 0 {
                continue;
            }
            while start >= piece_end {
                flush(piece_start, piece_end, piece_bits);
                piece_start = piece_end + 1;
                piece_end = next_stop(piece_start);
                piece_bits = 0;
            }
            piece_bits |= found;
            line_bits |= found;
        }
        flush(piece_start, piece_end, piece_bits);
        if line_bits != 0 {
            lines.push((span, line, line_bits | body));
        }
    }
    (lines, pieces)
}

/// Whether signal pattern `i` of [`SIGNALS`] matches in one of the pieces.
/// The index of the first of the pieces in which signal pattern `i` of
/// [`SIGNALS`] matches.
fn any_match(lines: &[(Span, &str, u16)], i: usize) -> Option<usize> {
    let re = SIGNALS.get(i)?.as_ref()?;
    lines.iter().position(|&(_, line, bits)| {
        bits & (1 << i) != 0
            && if NEGATABLE & (1 << i) != 0 {
                re.find_iter(line).any(|m| counts(i, line, m))
            } else {
                re.is_match(line)
            }
    })
}

/// The patterns of [`SIGNALS`] whose matches span a clause that may deny
/// them ("government networks had not been breached"): the government and
/// critical-infrastructure targets, mass exploitation (which may also be an
/// actor's past, see [`super::known_for`]) and disruption (which may be
/// denied just before it, or be no disruption at all, see
/// [`not_a_disruption`]).
const NEGATABLE: u16 =
    1 << GOVERNMENT_AT | 1 << CRITICAL_INFRASTRUCTURE_AT | 1 << DISRUPTION_AT | 1 << MASS_AT;

/// Whether match `m` of [`NEGATABLE`] pattern `i` in `line` states its
/// signal: not denied ([`negated`]), for critical infrastructure not the
/// name of those who protect it ("the national centre for the protection of
/// critical infrastructure, CNAIPIC, ... analysing the attacks"), and for
/// disruption one that happened ([`not_a_disruption`]).
fn counts(i: usize, line: &str, m: regex::Match<'_>) -> bool {
    if i == DISRUPTION_AT {
        return !not_a_disruption(line, m);
    }
    const PROTECTORS: &[&str] = &[
        "protection of ",
        "protection of the ",
        "protecting ",
        "protect ",
        "defence of ",
        "defense of ",
        "security of ",
    ];
    let protector = i == CRITICAL_INFRASTRUCTURE_AT && {
        let before = line.as_bytes().get(..m.start()).unwrap_or_default();
        PROTECTORS.iter().any(|p| {
            before
                .len()
                .checked_sub(p.len())
                .and_then(|at| before.get(at..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(p.as_bytes()))
        })
    };
    let past_deed = i == MASS_AT && {
        let before = line.get(..m.start()).unwrap_or_default();
        let after = line.get(m.end()..).unwrap_or_default();
        super::known_for(before) || users_of_a_product(before) || exposed(m.as_str(), after)
    };
    let patron = i == GOVERNMENT_AT && patron(line, m);
    !(protector || past_deed || patron || negated(m.as_str()))
}

/// Whether disruption match `m` in `line` states no disruption: denied by
/// one of the two words before it ("There has been no operational
/// disruption") or supposed ("any disruption at its plants"), or a word of
/// disruption used for something else: backups kept "offline", an attack
/// "halted" or access "shut down" by the defenders ("were able to halt it",
/// "shut down further unauthorised access"), a spokesman "unable to"
/// confirm or comment, or a gang disrupted by the police ("Authorities
/// disrupt the NetWalker ransomware operation").
fn not_a_disruption(line: &str, m: regex::Match<'_>) -> bool {
    /// What the defenders halt or shut down: the attack, not the service.
    const CONTAINED: &[&str] = &[
        "it",
        "them",
        "the attack",
        "the attackers",
        "the intrusion",
        "the spread",
        "its spread",
        "the encryption",
        "further",
        "access",
        "unauthorised",
        "unauthorized",
    ];
    /// What a spokesman is "unable to" do.
    const UNSAID: &[&str] = &[
        "confirm",
        "verify",
        "say",
        "determine",
        "comment",
        "independently",
        "provide",
        "share",
        "disclose",
        "discuss",
        "elaborate",
        "specify",
    ];
    /// How far after the match its next words are read, in bytes: a
    /// window, so that a line of thousands of matches is read in linear
    /// time.
    const NEXT_REACH: usize = 64;
    let before = line.get(..m.start()).unwrap_or_default();
    let reach = super::floor_char_boundary(line, m.end().saturating_add(NEXT_REACH));
    let after = line
        .get(m.end()..reach.max(m.end()))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let next: Vec<&str> = after
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let next_is = |phrases: &[&str]| {
        phrases.iter().any(|p| {
            p.split(' ').count() <= next.len() && p.split(' ').zip(&next).all(|(a, b)| a == *b)
        })
    };
    let matched = m.as_str().to_ascii_lowercase();
    // "makes any disruption at its plants a concern": a supposition.
    let supposed = before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("any"));
    let denied = supposed || before.split_whitespace().rev().take(2).any(denies);
    let kept_offline = matched == "offline"
        && next.iter().take(2).any(|w| {
            ["backup", "archive", "cop", "storage", "tape"]
                .iter()
                .any(|k| w.starts_with(k))
        });
    let contained = (matched.starts_with("halt") || matched == "shut down") && next_is(CONTAINED);
    let unsaid = matched == "unable to" && next_is(UNSAID);
    let takedown = matched.starts_with("disrupt")
        && next.iter().enumerate().any(|(k, w)| {
            ["gang", "gangs", "botnet", "botnets"].contains(w)
                || *w == "operation" && k > 0 && next.get(k - 1) == Some(&"ransomware")
        });
    denied || kept_offline || contained || unsaid || takedown
}

/// Whether the government of match `m` in `line` is the attacker's patron,
/// not its target: "Hackers backed by the Iranian government ran a targeted
/// phishing campaign" (one of [`PATRONS`], in the four words before the
/// match or inside it, stands at most three words before the government).
fn patron(line: &str, m: regex::Match<'_>) -> bool {
    /// The words that make a government an actor's patron.
    const PATRONS: &[&str] = &[
        "backed by",
        "sponsored by",
        "funded by",
        "directed by",
        "working for",
        "on behalf of",
        "linked to",
        "tied to",
        "aligned with",
    ];
    /// The words that open the name of a government body.
    const BODIES: &[&str] = &[
        "government",
        "ministr",
        "military",
        "defen",
        "embass",
        "parliament",
    ];
    let before = line.get(..m.start()).unwrap_or_default();
    let mut words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    words.reverse();
    let lower = format!("{} {}", words.join(" "), m.as_str()).to_ascii_lowercase();
    PATRONS.iter().any(|p| {
        lower.match_indices(p).any(|(k, _)| {
            lower
                .get(k + p.len()..)
                .unwrap_or_default()
                .split_whitespace()
                .take(4)
                .any(|w| BODIES.iter().any(|b| w.starts_with(b)))
        })
    })
}

/// Whether `before` ends with the words that make the count after it a
/// product's users ("an IT service management product used by thousands
/// of companies"), not its victims.
fn users_of_a_product(before: &str) -> bool {
    [
        "used by ",
        "relied on by ",
        "trusted by ",
        "deployed by ",
        "installed by ",
    ]
    .iter()
    .any(|w| super::ends_with_ignore_case(before.as_bytes(), w.as_bytes()))
}

/// Whether a count of systems says how many are exposed, not how many were
/// attacked: "2,000 exposed instances", "400 servers directly reachable
/// from the internet".
fn exposed(matched: &str, after: &str) -> bool {
    const EXPOSED: &[&str] = &["reachable", "exposed", "accessible", "visible"];
    let is_exposed = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        EXPOSED.iter().any(|e| w.eq_ignore_ascii_case(e))
    };
    let mut next = after.split_whitespace();
    let first = next.next().unwrap_or_default();
    let first = if ["directly", "publicly", "still"]
        .iter()
        .any(|a| first.eq_ignore_ascii_case(a))
    {
        next.next().unwrap_or_default()
    } else {
        first
    };
    matched.split_whitespace().any(is_exposed) || is_exposed(first)
}

/// Whether a match says its own attack did not happen: one of its words
/// denies ("had not been breached").
fn negated(matched: &str) -> bool {
    matched.split_whitespace().any(denies)
}

/// A word that denies what follows it: "no", "not", "without", "never", or
/// a contraction with "n't".
pub(super) fn denies(word: &str) -> bool {
    ["no", "not", "without", "never"]
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
        || word.len() > 3
            && (word
                .as_bytes()
                .get(word.len() - 3..)
                .is_some_and(|t| t.eq_ignore_ascii_case(b"n't"))
                || word.ends_with("n\u{2019}t"))
}

/// The first match of signal pattern `i` of [`SIGNALS`] in the pieces from
/// index `from` on.
fn first_match(lines: &[(Span, &str, u16)], i: usize, from: usize) -> Option<Span> {
    let re = SIGNALS.get(i)?.as_ref()?;
    lines
        .get(from..)?
        .iter()
        .filter(|(_, _, bits)| bits & (1 << i) != 0)
        .find_map(|&(span, line, _)| {
            re.find_iter(line)
                .find(|m| NEGATABLE & (1 << i) == 0 || counts(i, line, *m))
                .map(|m| Span::new(span.start + m.start(), span.start + m.end()))
        })
}

/// How many of the body's first lines may tell of mass exploitation for it
/// to make a flaw critical: told later ("attackers compromised thousands of
/// servers" in the fifth paragraph), it is the campaign's wider background,
/// not this story's measure.
const MASS_EXPLOITATION_LINES: usize = 3;

/// The first paragraph of the story's opening (the lines ending by
/// `opening_end`) in which critical infrastructure, its disruption and a
/// national scale are all stated. (Later paragraphs recall other
/// incidents: "Last year's attack on Change Healthcare disrupted
/// prescriptions and billing across the United States".)
fn national_outage(lines: &[(Span, &str, u16)], opening_end: usize) -> Option<Span> {
    let (Some(ci), Some(disruption), Some(national)) = (
        CRITICAL_INFRASTRUCTURE.as_ref(),
        DISRUPTION.as_ref(),
        NATIONAL.as_ref(),
    ) else {
        return None;
    };
    const ALL_THREE: u16 = 1 << 4 | 1 << 5 | 1 << 6 | BODY_BIT;
    lines
        .iter()
        .take_while(|(span, _, _)| span.end <= opening_end)
        .filter(|(_, _, bits)| bits & ALL_THREE == ALL_THREE)
        .find_map(|&(span, line, _)| {
            let m = ci.find(line).or_else(|| transport_hub_down(line))?;
            (disruption.is_match(line) && national.is_match(line))
                .then(|| Span::new(span.start + m.start(), span.start + m.end()))
        })
}

/// The first [`TRANSPORT_HUB_DOWN`] in `line` that is not a hub's website
/// ("the websites of the country's main airports offline").
fn transport_hub_down(line: &str) -> Option<regex::Match<'_>> {
    let m = TRANSPORT_HUB_DOWN.as_ref()?.find(line)?;
    let from = super::floor_char_boundary(line, m.start().saturating_sub(48));
    let around = line.get(from..m.end())?.to_ascii_lowercase();
    (!around.contains("website") && !around.contains("web site")).then_some(m)
}

/// Words that make a line's sums money taken.
const THEFT_WORDS: &[&str] = &[
    "stole",
    "stolen",
    "steal",
    "theft",
    "drain",
    "lost",
    "loses",
    "loss",
    "heist",
    "launder",
    "siphon",
    "took",
    "taken",
    "transferred",
    "paid",
    "ransom",
    "sent out of",
    "withdrew",
    "withdrawn",
    "diverted",
    "looted",
    "made off with",
    "robbed",
    "swindled",
    "transfers",
];

/// [`THEFT_WORDS`], searched for together.
static THEFT: LazyLock<super::AnyOf> = LazyLock::new(|| super::AnyOf::new(THEFT_WORDS));

/// The nouns [`COUNT`] counts (each is also an anchor of [`COUNT_BIT`]).
const COUNT_NOUNS: &[&str] = &[
    "records",
    "customers",
    "users",
    "people",
    "accounts",
    "individuals",
    "patients",
    "subscribers",
    "members",
    "persons",
    "americans",
    "files",
    "rows",
    "passengers",
    "cards",
    "clients",
    "guests",
    "students",
    "voters",
    "citizens",
    "consumers",
    "travellers",
    "travelers",
    "residents",
    "taxpayers",
    "policyholders",
];

/// The body's sentences that open with a date earlier than the story's
/// ("In 2019 ...", "In March last year ...", "Last year ..."), or on
/// another case ("By comparison", "The best-known case"): they tell of
/// another incident. Only sentences with such an opening are read.
fn background_sentences(ctx: &Context<'_>) -> Vec<Span> {
    let Some(body) = ctx.body.first().zip(ctx.body.last()) else {
        return Vec::new();
    };
    let body = Span::new(body.0.start, body.1.end);
    let mut year = None;
    let mut out = Vec::new();
    for &sentence in ctx.sentences() {
        if sentence.start < body.start || sentence.end > body.end {
            continue;
        }
        let opening = sentence.slice(ctx.text).unwrap_or_default();
        // "The best-known case is February's theft from Bangladesh Bank,
        // where attackers ... sent 81 million dollars": another case.
        let other_case =
            super::attacker::opens_with_any(opening, super::attacker::OTHER_CASE_OPENINGS);
        if other_case || opening.starts_with("Last year") {
            out.push(sentence);
            continue;
        }
        if !opening.starts_with("In ") {
            continue;
        }
        let year = *year.get_or_insert_with(|| super::attacker::year_of_the_story(ctx));
        if let Some(year) = year {
            if super::attacker::opens_with_earlier_date(ctx, sentence, year) {
                out.push(sentence);
            }
        }
    }
    out
}

fn largest_amount(
    lines: &[(Span, &str, u16)],
    re: &LazyLock<Option<Regex>>,
    money: bool,
    background: &[Span],
) -> Option<(f64, Span)> {
    let re = re.as_ref()?;
    let bit = if money { MONEY_BIT } else { COUNT_BIT };
    // The largest stated plainly, and the largest only claimed ("a seller
    // advertising data on 100 million customers"): a claim counts only
    // when nothing else is counted.
    let mut best: Option<(f64, Span)> = None;
    let mut best_claimed: Option<(f64, Span)> = None;
    for &(span, line, bits) in lines {
        if bits & bit == 0 || !has_ascii_digit(line.as_bytes()) {
            continue;
        }
        // A sum counts when the line speaks of it taken: "lost $24 million",
        // not "sued for $224 million".
        if money && !THEFT.in_text(line) {
            continue;
        }
        for caps in re.captures_iter(line) {
            // "$308 million" or "308 million dollars".
            let (Some(whole), Some(number)) = (caps.get(0), caps.get(1).or(caps.get(3))) else {
                continue;
            };
            let Ok(n) = number.as_str().replace(',', "").parse::<f64>() else {
                continue;
            };
            let scale = match caps
                .get(2)
                .or(caps.get(4))
                .map(|m| m.as_str().to_ascii_lowercase())
            {
                Some(s) if s == "billion" || s == "bn" || s == "b" => 1e9,
                Some(s) if s == "million" || s == "m" => 1e6,
                Some(s) if s == "thousand" => 1e3,
                _ => 1.0,
            };
            let value = n * scale;
            // "46.7 million dollars to accounts they controlled" is a sum,
            // and so is "the theft of $120 million from its users".
            if !money && (sum_of_money(whole.as_str()) || after_currency_sign(line, whole.start()))
            {
                continue;
            }
            // "WinRAR is estimated to have more than 500 million users": what
            // a product or a firm has, not what was hit.
            if !money && installed_base(line, whole.start()) {
                continue;
            }
            // "comes months after the Equifax breach exposed the data of 148
            // million Americans", "after the theft of about 600 million
            // dollars from the Poly Network protocol": another incident's
            // count or sum.
            if another_incidents_count(line, whole.start()) {
                continue;
            }
            // "awarded him $75.8 million in a civil judgment": a sum a court
            // or a regulator sets, not one taken.
            if money && court_sum(line, whole.start(), whole.end()) {
                continue;
            }
            // "hackers tried to make transfers of about $110 million ...
            // before money was lost": a sum attempted, not taken.
            if money && attempted_sum(line, whole.start(), whole.end()) {
                continue;
            }
            // "it processed about 2 billion dollars in mobile payments", in
            // a paragraph that speaks of stolen balances elsewhere: the
            // sentence of the sum must tell of it taken.
            if money && !THEFT.in_text(sentence_around(line, whole.start(), whole.end())) {
                continue;
            }
            let at = Span::new(span.start + whole.start(), span.start + whole.end());
            // "In 2019 it disclosed that data on 4.9 million customers ...":
            // an earlier incident's count.
            if background
                .iter()
                .any(|b| b.start <= at.start && at.end <= b.end)
            {
                continue;
            }
            let slot = if claimed(line, whole.start(), whole.end()) {
                &mut best_claimed
            } else {
                &mut best
            };
            if slot.is_none_or(|(b, _)| value > b) {
                *slot = Some((value, at));
            }
        }
    }
    best.or(best_claimed)
}

/// Whether the sentence of `line` that holds the sum at `start..end` tells
/// of an attempt ("tried to", "attempted"): the sum was not taken.
fn attempted_sum(line: &str, start: usize, end: usize) -> bool {
    let sentence = sentence_around(line, start, end);
    ["tried to ", "attempted ", "attempt to ", "an attempt"]
        .iter()
        .any(|w| sentence.contains(w))
}

/// The sentence of `line` that holds `start..end`: from the last ". "
/// before it to the first after it.
fn sentence_around(line: &str, start: usize, end: usize) -> &str {
    let from = line
        .get(..start)
        .and_then(|b| b.rfind(". "))
        .map_or(0, |i| i + 2);
    let to = line
        .get(end..)
        .and_then(|a| a.find(". "))
        .map_or(line.len(), |i| end + i);
    line.get(from..to).unwrap_or_default()
}

/// Whether the sum at `start..end` of `line` is one a court, a regulator or
/// a bounty sets ("awarded him $75.8 million in a civil judgment", "sued
/// AT&T for $224 million", "a reward of up to $10 million", "$20 million in
/// restitution"): a word of the law among the six words before it, or right
/// after it.
fn court_sum(line: &str, start: usize, end: usize) -> bool {
    const BEFORE: &[&str] = &[
        "awarded",
        "award",
        "sued",
        "suing",
        "fined",
        "fine",
        "fines",
        "ordered",
        "restitution",
        "settle",
        "settled",
        "settlement",
        "reward",
        "bail",
        "bond",
        "damages",
        "judgment",
        "judgement",
        "penalty",
        "forfeit",
    ];
    const AFTER: &[&str] = &[
        "in damages",
        "in restitution",
        "in a civil judgment",
        "in a civil judgement",
        "in fines",
        "in penalties",
        "judgment",
        "judgement",
        "settlement",
        "fine",
        "penalty",
        "reward",
    ];
    let before = line.get(..start).unwrap_or_default();
    let law_before = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| BEFORE.iter().any(|b| w.eq_ignore_ascii_case(b)));
    let after = line.get(end..).unwrap_or_default().trim_start();
    let law_after = AFTER.iter().any(|a| {
        after
            .get(..a.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(a))
    });
    law_before || law_after
}

/// The words before a count that give it to an earlier incident: "after
/// the Equifax breach exposed", "follows the 2017 Equifax breach, which",
/// "after Under Armour revealed in March that data on 150 million users",
/// "arrived the same week Capital One revealed a breach affecting roughly
/// 106 million people".
static ANOTHER_INCIDENT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)(?:(?:after|follows|followed|following|since|like|unlike|than) the (?:(?:19|20)\d\d )?(?:[A-Z][\w.&-]*(?:'s)? ){1,3}(?:breach|hack|attack|leak|incident)|(?:after|following|since|like|unlike|than) the (?:theft|loss|heist|robbery) of|(?:after|since|like|unlike|than|the same (?:day|week|month)) [A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2} (?:revealed|disclosed|announced|admitted|confirmed|reported))(?-u:\b)[^.;]*$",
    )
});

/// Whether the count or sum at `start` of `line` belongs to an earlier incident
/// the sentence sets this one after or beside (see [`ANOTHER_INCIDENT`]),
/// read in the 160 bytes before it.
fn another_incidents_count(line: &str, start: usize) -> bool {
    let Some(re) = ANOTHER_INCIDENT.as_ref() else {
        return false;
    };
    let from = super::floor_char_boundary(line, start.saturating_sub(160));
    // A cheap gate first: the pattern's " the " after its first word, or
    // one of its first words before a name.
    line.get(from..start).is_some_and(|before| {
        [&b" the "[..], b"after ", b"since ", b"like ", b"than "]
            .iter()
            .any(|w| memchr::memmem::find(before.as_bytes(), w).is_some())
            && re.is_match(before)
    })
}

/// Whether the count starting at byte `start` of `line` is what someone
/// has or serves ("is estimated to have more than 500 million users", "a
/// bank that serves 20 million customers", "used by 1 billion people",
/// "estimates run to 200 million registered users"): the word before it,
/// past "more than" and the like, is a verb of having, or "with" or "for"
/// a few words after a verb of serving or storing ("serves 267 school
/// systems with 2.8 million students"); or the count is the
/// whole a part of which was hit ("a small portion of its 80 million
/// accounts", "900 of some 1.5 million accounts").
fn installed_base(line: &str, start: usize) -> bool {
    const ROUGHLY: &[&str] = &[
        "than",
        "more",
        "over",
        "about",
        "some",
        "nearly",
        "around",
        "roughly",
        "almost",
        "estimated",
        "an",
        "as",
        "many",
        "up",
        "to",
    ];
    const HAVING: &[&str] = &[
        "have", "has", "had", "boasts", "serves", "serving", "run", "runs", "counts",
        // "the free programme helped more than 1.16 million patients".
        "helped", "helps",
    ];
    /// The words before "of" that make the count after it a whole of which
    /// a part was hit ("a small portion of its more than 80 million active
    /// accounts", "roughly 900 of some 1.5 million registered accounts").
    const PART: &[&str] = &[
        "portion", "fraction", "percent", "share", "part", "minority", "handful", "out",
    ];
    const OWNERS: &[&str] = &["its", "their", "the", "our"];
    let before = line.get(..start).unwrap_or_default();
    let mut words = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .skip_while(|w| ROUGHLY.iter().any(|r| w.eq_ignore_ascii_case(r)))
        .skip_while(|w| OWNERS.iter().any(|o| w.eq_ignore_ascii_case(o)));
    match words.next() {
        Some(w) if HAVING.iter().any(|h| w.eq_ignore_ascii_case(h)) => true,
        Some(w) if w.eq_ignore_ascii_case("of") => words.next().is_some_and(|p| {
            p.bytes().all(|b| b.is_ascii_digit()) || PART.iter().any(|x| p.eq_ignore_ascii_case(x))
        }),
        // "used by 40 million people", "used in some 9 billion payment
        // cards".
        Some(w) if w.eq_ignore_ascii_case("by") || w.eq_ignore_ascii_case("in") => {
            words.next().is_some_and(|u| u.eq_ignore_ascii_case("used"))
        }
        // "serves 267 school systems with 2.8 million students", "in which
        // 11,000 organisations store employee records for 70 million
        // users": a verb of serving or storing a few words before.
        Some(w) if w.eq_ignore_ascii_case("with") || w.eq_ignore_ascii_case("for") => {
            const SERVING: &[&str] = &["serves", "serving", "store", "stores", "boasts"];
            words
                .chain(
                    before
                        .rsplit(|c: char| !c.is_ascii_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .skip(6),
                )
                .take(5)
                .any(|v| SERVING.iter().any(|s| v.eq_ignore_ascii_case(s)))
        }
        _ => false,
    }
}

/// Whether `bytes` hold an ASCII digit: eight bytes at a time (a byte test
/// per byte was a fifth of the counting), the classic "has a byte between"
/// bit trick, which ignores bytes of 0x80 and above.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const LOW7: u64 = ONES * 127;
    const HIGH: u64 = ONES * 128;
    // A byte b has 0x2F < b < 0x3A.
    let digit_in = |x: u64| {
        let low = x & LOW7;
        (ONES * (127 + 0x3A)).wrapping_sub(low) & !x & low.wrapping_add(ONES * (127 - 0x2F)) & HIGH
            != 0
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        if let Ok(eight) = <[u8; 8]>::try_from(chunk) {
            if digit_in(u64::from_le_bytes(eight)) {
                return true;
            }
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Whether a count's words name a currency right after the number ("46.7
/// million dollars to accounts"): money, not people or records.
fn sum_of_money(count: &str) -> bool {
    const CURRENCIES: &[&str] = &[
        "dollars", "euros", "pounds", "yen", "won", "yuan", "rubles", "roubles", "francs",
        "bitcoin", "btc", "ether",
    ];
    count
        .split_whitespace()
        .skip(1)
        .find(|w| {
            !["million", "billion", "thousand", "m", "bn"]
                .iter()
                .any(|scale| w.eq_ignore_ascii_case(scale))
        })
        .is_some_and(|w| CURRENCIES.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether the number at `start` follows a currency sign ("$120 million
/// from its users", "US$ 5 million", "€30 million"): a sum, not a count.
fn after_currency_sign(line: &str, start: usize) -> bool {
    let before = line.get(..start).unwrap_or_default().trim_end();
    before.ends_with(['$', '\u{20ac}', '\u{a3}', '\u{a5}'])
        || before.ends_with("USD")
        || before.ends_with("EUR")
        || before.ends_with("GBP")
}

/// Words that make a count someone's claim rather than a finding.
const CLAIM_WORDS: &[&str] = &[
    "claim",
    "allegedly",
    "purportedly",
    "advertis",
    "offered for sale",
    "put up for sale",
];

/// Whether the sentence of `line` holding `start..end` presents the count
/// there as a claim.
fn claimed(line: &str, start: usize, end: usize) -> bool {
    let bytes = line.as_bytes();
    let from = memchr::memrchr(b'.', bytes.get(..start).unwrap_or_default()).map_or(0, |i| i + 1);
    let to =
        memchr::memchr(b'.', bytes.get(end..).unwrap_or_default()).map_or(line.len(), |i| end + i);
    let sentence = line.get(from..to).unwrap_or_default().to_ascii_lowercase();
    CLAIM_WORDS.iter().any(|w| sentence.contains(w))
}

/// The index of each pattern in [`SIGNALS`].
const ZERO_DAY_AT: usize = 0;
const IN_THE_WILD_AT: usize = 1;
const NO_EXPLOITATION_AT: usize = 2;
const GOVERNMENT_AT: usize = 3;
const CRITICAL_INFRASTRUCTURE_AT: usize = 4;
const DISRUPTION_AT: usize = 5;
const NATIONAL_AT: usize = 6;
const MASS_AT: usize = 7;
const RESEARCH_AT: usize = 8;
const HOSPITAL_AT: usize = 9;
const RISK_TO_LIFE_AT: usize = 10;
const CRITICAL_FLAW_AT: usize = 11;

impl<'t> Signals<'t> {
    /// Finds the lines of the body and references that may hold signals;
    /// the signals themselves are searched for when asked.
    pub(crate) fn read(ctx: &Context<'t>, attacker: &Attacker) -> Signals<'t> {
        let (lines, pieces) = gated(ctx);
        Signals {
            state_actor: attacker.state,
            pieces,
            lines,
            lead: ctx.body.first().copied().unwrap_or(Span::new(0, 0)),
            opening_ends: [0, 1, 2].map(|i| {
                ctx.body
                    .get(i)
                    .or(ctx.body.last())
                    .map_or(0, |line| line.end)
            }),
            background: background_sentences(ctx),
            wordless: !ctx.body.iter().any(|span| {
                span.slice(ctx.text)
                    .is_some_and(|line| line.chars().any(char::is_alphanumeric))
            }),
            first: Default::default(),
            present: Default::default(),
            national_outage: OnceCell::new(),
            failed_attempt: OnceCell::new(),
            records: OnceCell::new(),
            money: OnceCell::new(),
        }
    }

    /// Whether signal `i` matches somewhere (its span is searched for only
    /// when asked).
    fn present(&self, i: usize) -> bool {
        if let Some(first) = self.first.get(i).and_then(OnceCell::get) {
            return first.is_some();
        }
        self.present
            .get(i)
            .is_some_and(|p| p.get_or_init(|| any_match(&self.pieces, i)).is_some())
    }

    fn signal(&self, i: usize) -> Option<Span> {
        *self.first.get(i)?.get_or_init(|| {
            // The pieces before the first that matches, when known, match
            // not: the search starts there.
            let from = match self.present.get(i).and_then(OnceCell::get) {
                Some(None) => return None,
                Some(&Some(at)) => at,
                None => 0,
            };
            first_match(&self.pieces, i, from)
        })
    }

    /// A government body as the object of an attack.
    pub(crate) fn government_target(&self) -> Option<Span> {
        self.signal(GOVERNMENT_AT)
    }

    /// Whether [`Signals::government_target`] matches (no span searched for).
    pub(crate) fn has_government_target(&self) -> bool {
        self.present(GOVERNMENT_AT)
    }

    /// Critical infrastructure as the object of an attack.
    pub(crate) fn critical_infrastructure(&self) -> Option<Span> {
        self.signal(CRITICAL_INFRASTRUCTURE_AT)
    }

    /// Whether [`Signals::critical_infrastructure`] matches (no span searched for).
    pub(crate) fn has_critical_infrastructure(&self) -> bool {
        self.present(CRITICAL_INFRASTRUCTURE_AT)
    }

    /// Services disrupted.
    pub(crate) fn disruption(&self) -> Option<Span> {
        self.signal(DISRUPTION_AT)
    }

    /// Whether [`Signals::disruption`] matches (no span searched for).
    pub(crate) fn has_disruption(&self) -> bool {
        self.present(DISRUPTION_AT)
    }

    /// A zero-day.
    pub(crate) fn zero_day(&self) -> Option<Span> {
        self.signal(ZERO_DAY_AT)
    }

    /// Whether [`Signals::zero_day`] matches (no span searched for).
    pub(crate) fn has_zero_day(&self) -> bool {
        self.present(ZERO_DAY_AT)
    }

    /// Exploitation in the wild, unless the text says there was none. Where
    /// it says both, the lead decides: exploitation it states, and does not
    /// deny, stands against a denial further down about one step or another
    /// flaw ("no evidence of exploitation before authentication"); anywhere
    /// else a denial wins ("not exploited before the fix ... six other
    /// zero-days were").
    pub(crate) fn exploited_in_the_wild(&self) -> bool {
        if !self.present(IN_THE_WILD_AT) {
            return false;
        }
        if !self.present(NO_EXPLOITATION_AT) {
            return true;
        }
        let (Some(wild), Some(denial)) = (IN_THE_WILD.as_ref(), NO_EXPLOITATION.as_ref()) else {
            return false;
        };
        let lead = self.lead;
        let in_lead = self
            .pieces
            .iter()
            .filter(|(span, _, _)| span.start >= lead.start && span.end <= lead.end);
        let (mut affirms, mut denies) = (false, false);
        for &(_, piece, bits) in in_lead {
            affirms |= bits & (1 << IN_THE_WILD_AT) != 0 && wild.is_match(piece);
            denies |= bits & (1 << NO_EXPLOITATION_AT) != 0 && denial.is_match(piece);
        }
        affirms && !denies
    }

    /// The text says the flaw was not exploited ("no known exploitation").
    pub(crate) fn has_no_exploitation(&self) -> bool {
        self.present(NO_EXPLOITATION_AT)
    }

    /// Mass exploitation or hundreds of victims.
    /// Unless denied ("rather than a mass exploitation of iPhones").
    pub(crate) fn mass_exploitation(&self) -> Option<Span> {
        self.signal(MASS_AT)
            .filter(|&span| !self.denied_before(span))
    }

    /// Whether "website" follows `span` within a few words ("hospital and
    /// health system websites").
    pub(crate) fn websites_after(&self, span: Span) -> bool {
        self.lines
            .iter()
            .find(|(line, _, _)| line.start <= span.start && span.end <= line.end)
            .and_then(|&(line, text, _)| {
                let from = span.end - line.start;
                let to = super::floor_char_boundary(text, from + 40);
                text.get(from..to)
            })
            .is_some_and(|after| after.to_ascii_lowercase().contains("website"))
    }

    /// Whether `span` lies in the story's first `lines` body lines (one to
    /// three).
    pub(crate) fn in_opening(&self, span: Span, lines: usize) -> bool {
        let end = self
            .opening_ends
            .get(lines.clamp(1, 3) - 1)
            .copied()
            .unwrap_or(0);
        span.end <= end
    }

    /// Whether [`Signals::mass_exploitation`] matches (no span searched for).
    pub(crate) fn has_mass_exploitation(&self) -> bool {
        self.present(MASS_AT)
    }

    /// Research findings, proofs of concept.
    pub(crate) fn research(&self) -> Option<Span> {
        self.signal(RESEARCH_AT)
    }

    /// Whether [`Signals::research`] matches (no span searched for).
    pub(crate) fn has_research(&self) -> bool {
        self.present(RESEARCH_AT)
    }

    /// Hospitals or patients.
    pub(crate) fn hospital(&self) -> Option<Span> {
        self.signal(HOSPITAL_AT)
    }

    /// Whether [`Signals::hospital`] matches (no span searched for).
    pub(crate) fn has_hospital(&self) -> bool {
        self.present(HOSPITAL_AT)
    }

    /// A flaw the text calls critical.
    pub(crate) fn critical_flaw(&self) -> Option<Span> {
        self.signal(CRITICAL_FLAW_AT)
    }

    /// Whether [`Signals::critical_flaw`] matches (no span searched for).
    pub(crate) fn has_critical_flaw(&self) -> bool {
        self.present(CRITICAL_FLAW_AT)
    }

    /// Harm to people: a death, risk to life ("an explosion with loss of
    /// life"), unless denied ("no loss of life").
    pub(crate) fn risk_to_life(&self) -> Option<Span> {
        self.signal(RISK_TO_LIFE_AT)
            .filter(|&span| !self.denied_before(span))
    }

    /// Whether one of the three words before `span` denies it ("no",
    /// "not", "without", "never", "rather than").
    fn denied_before(&self, span: Span) -> bool {
        let Some(&(line_span, line, _)) = self
            .lines
            .iter()
            .find(|(l, _, _)| l.start <= span.start && span.start <= l.end)
        else {
            return false;
        };
        let before = line
            .get(..span.start.saturating_sub(line_span.start))
            .unwrap_or_default();
        let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
        let rather_than = words.windows(2).any(|pair| {
            matches!(pair, [than, rather]
                if than.eq_ignore_ascii_case("than") && rather.eq_ignore_ascii_case("rather"))
        });
        rather_than || words.iter().any(|w| denies(w))
    }

    /// A paragraph that tells of critical infrastructure disrupted at
    /// national scale (the three signals together, not strewn about).
    pub(crate) fn national_outage(&self) -> Option<Span> {
        *self.national_outage.get_or_init(|| {
            // The rarest first.
            // (Critical infrastructure is asked of each paragraph: a
            // transport hub counts there, not as a signal of its own.)
            let all = self.present(NATIONAL_AT) && self.present(DISRUPTION_AT);
            let opening_end = self.opening_ends[1];
            all.then(|| national_outage(&self.lines, opening_end))
                .flatten()
        })
    }

    /// The text says the attack failed.
    pub(crate) fn failed_attempt(&self) -> Option<Span> {
        *self.failed_attempt.get_or_init(|| {
            let re = FAILED_ATTEMPT.as_ref()?;
            self.pieces
                .iter()
                .filter(|(_, _, bits)| bits & (FAILED_BIT | BODY_BIT) == FAILED_BIT | BODY_BIT)
                .find_map(|&(span, line, _)| {
                    re.find(line)
                        .map(|m| Span::new(span.start + m.start(), span.start + m.end()))
                })
        })
    }

    /// The largest count of records, people or accounts affected.
    pub(crate) fn records(&self) -> Option<(f64, Span)> {
        *self
            .records
            .get_or_init(|| largest_amount(&self.lines, &COUNT, false, &self.background))
    }

    /// The largest sum of money stated as taken, in dollars.
    pub(crate) fn money(&self) -> Option<(f64, Span)> {
        *self
            .money
            .get_or_init(|| largest_amount(&self.lines, &MONEY, true, &self.background))
    }
}

/// What the story's first sentence tells, read with its type.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Told {
    /// A defacement told as one brand's or person's social-media account
    /// taken over.
    pub account_hijack: bool,
}

/// Applies the rules, most severe first, and records the signals that set
/// the level.
pub(crate) fn decide(
    s: &Signals<'_>,
    t: IncidentType,
    attacker: &Attacker,
    told: Told,
    evidence: &mut Vec<Evidence>,
) -> Severity {
    let mut why: Vec<(&str, Option<Span>)> = Vec::new();
    // A takedown's counts measure the operation acted against ("17 million
    // customer accounts" of a darknet market), not harm done.
    let records = || {
        if t == IncidentType::LawEnforcement {
            0.0
        } else {
            s.records().map_or(0.0, |(n, _)| n)
        }
    };
    // Each signal is searched for when a rule reaches it: the cheaper and
    // rarer test of a rule comes first.
    let exploited = || s.exploited_in_the_wild();

    // An arrest, takedown or sanction answers attacks told as its
    // background ("the unit blamed for the attacks on Ukraine's power
    // grid"): their signals measure them, not this story.
    if t == IncidentType::LawEnforcement {
        evidence.push(Evidence {
            field: "Severity",
            rule: "a law-enforcement action, no new attack".to_string(),
            text: Severity::Moderate.to_string(),
            span: None,
            weight: 1.0,
        });
        return Severity::Moderate;
    }
    // A flaw fixed before anyone is known to exploit it: no attack happened,
    // and the incidents the story recalls ("the Triton malware that hit a
    // Saudi petrochemical plant") measure other stories.
    if t == IncidentType::Patch && !exploited() {
        evidence.push(Evidence {
            field: "Severity",
            rule: "a serious flaw patched before exploitation".to_string(),
            text: Severity::Moderate.to_string(),
            span: None,
            weight: 1.0,
        });
        return Severity::Moderate;
    }
    let critical = if s.national_outage().is_some() {
        why.push((
            "critical infrastructure disrupted at national scale",
            s.national_outage(),
        ));
        true
    } else if s.risk_to_life().is_some() && t != IncidentType::Vulnerability {
        why.push(("risk to life", s.risk_to_life()));
        true
    } else if records() >= 1e8 {
        why.push(("100 million or more records", s.records().map(|(_, sp)| sp)));
        true
    } else if t == IncidentType::Vulnerability
        && s.has_mass_exploitation()
        && exploited()
        && s.mass_exploitation()
            .is_some_and(|span| s.in_opening(span, MASS_EXPLOITATION_LINES))
    {
        why.push(("mass exploitation", s.mass_exploitation()));
        true
    } else {
        false
    };
    let level = if critical {
        Severity::Critical
    } else {
        let state_against_state =
            s.state_actor && (s.has_government_target() || s.has_critical_infrastructure());
        // Ransomware or a destructive attack that halts its victim.
        let ransomware_halt = matches!(t, IncidentType::Ransomware | IncidentType::Sabotage)
            && (s.has_disruption()
                // A hospital hit, told in the opening (later paragraphs
                // recall others: "Hospitals have become frequent targets").
                || s.has_hospital() && s.hospital().is_some_and(|span| s.in_opening(span, 2)));
        // A supplier's zero-day through which a customer was reached (the
        // file-transfer flaws a gang used on hundreds of firms) measures the
        // supplier's campaign, not the story of one customer hit by it.
        let zero_day_itw = || t != IncidentType::SupplyChain && s.has_zero_day() && exploited();
        if state_against_state {
            why.push(("state actor", None));
            why.push((
                "government or critical-infrastructure target",
                s.government_target().or(s.critical_infrastructure()),
            ));
            Severity::Major
        } else if ransomware_halt {
            why.push((
                if t == IncidentType::Ransomware {
                    "ransomware disrupting operations"
                } else {
                    "destructive attack disrupting operations"
                },
                s.disruption().or(s.hospital()),
            ));
            Severity::Major
        } else if s.state_actor
            && matches!(t, IncidentType::Vulnerability | IncidentType::HackAndLeak)
        {
            // A state's hackers exploiting a flaw, or leaking what they took:
            // a nation-state operation, whoever its victims.
            why.push((
                "state actor exploiting a flaw or leaking what it took",
                None,
            ));
            Severity::Major
        } else if zero_day_itw() {
            why.push(("zero-day exploited in the wild", s.zero_day()));
            Severity::Major
        } else if s.has_critical_flaw() && exploited() {
            why.push(("critical flaw exploited in the wild", s.critical_flaw()));
            Severity::Major
        } else if t == IncidentType::HackAndLeak && s.has_government_target() {
            why.push((
                "government or military data stolen and leaked",
                s.government_target(),
            ));
            Severity::Major
        } else if records() >= 1e6 {
            why.push(("1 million or more records", s.records().map(|(_, sp)| sp)));
            Severity::Major
        } else if matches!(t, IncidentType::FinancialTheft | IncidentType::Fraud)
            && s.money().is_some_and(|(n, _)| n >= 5e7)
        {
            why.push(("$50 million or more stolen", s.money().map(|(_, sp)| sp)));
            Severity::Major
        } else if s.has_critical_infrastructure()
            && s.has_disruption()
            // A flaw no one is known to exploit disrupts nothing yet: the
            // outage is what it could do ("could cause ... large-scale
            // power outages").
            && (t != IncidentType::Vulnerability || exploited())
            // "a DDoS campaign against US hospital and health system
            // websites": a website knocked over is no infrastructure
            // disrupted.
            && !s
                .critical_infrastructure()
                .is_some_and(|span| s.websites_after(span))
        {
            why.push((
                "critical infrastructure disrupted",
                s.critical_infrastructure(),
            ));
            Severity::Major
        } else if t == IncidentType::Sabotage && s.has_critical_infrastructure() {
            // An attack on the physical process of a utility, a plant or a
            // grid ("tried to poison the water supply"), stopped or not.
            why.push((
                "sabotage of critical infrastructure",
                s.critical_infrastructure(),
            ));
            Severity::Major
        } else if told.account_hijack && !s.has_government_target() {
            // A brand's or a person's account posting the intruders'
            // messages for a while: a small harm, unless the account is a
            // government's or an army's.
            why.push(("a social-media account taken over, no government's", None));
            Severity::Minor
        } else if let Some(span) = s.failed_attempt() {
            why.push(("the attack failed", Some(span)));
            Severity::Minor
        } else if t == IncidentType::Vulnerability && s.has_research() && !exploited() {
            // A flaw researchers found and no one used. (Malware that
            // researchers found is running somewhere: no finding alone; the
            // hand-filled items file none of those as Minor.)
            why.push(("research finding", s.research()));
            Severity::Minor
        } else if t == IncidentType::Espionage {
            // Spying is a state's work, or done for one, whoever the victim:
            // the hand-filled items file a state's espionage against a
            // company (a telecom, a defence supplier, a vendor) as Major too.
            why.push(("espionage campaign", None));
            Severity::Major
        } else if s.wordless {
            // An empty article tells of no harm: the lowest level. (A text
            // without a cue of its type still may tell of an attack: "hackers
            // broke into radio stations and broadcast a fake address".)
            why.push(("no incident described in the text", None));
            Severity::Minor
        } else {
            why.push(("one organisation or campaign, no aggravating signal", None));
            let _ = attacker;
            Severity::Moderate
        }
    };
    for (rule, span) in why {
        evidence.push(Evidence {
            field: "Severity",
            rule: rule.to_string(),
            text: level.to_string(),
            span,
            weight: 1.0,
        });
    }
    level
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;

    #[test]
    fn denial_words_table() {
        let cases = [
            ("not", true),
            ("Never", true),
            ("wasn't", true),
            ("hadn\u{2019}t", true),
            ("n't", false),
            ("note", false),
            ("nothing", false),
            ("breached", false),
        ];
        for (word, want) in cases {
            assert_eq!(denies(word), want, "{word}");
        }
        assert!(negated("government networks had not been breached"));
        assert!(!negated("government networks were breached"));
    }

    #[test]
    fn has_ascii_digit_is_any_digit() {
        let mut texts: Vec<Vec<u8>> = vec![Vec::new()];
        for b in 0..=255u8 {
            for at in 0..17 {
                let mut t = vec![b'x'; 17];
                if let Some(slot) = t.get_mut(at) {
                    *slot = b;
                }
                texts.push(t);
            }
        }
        // Every pair of neighbouring bytes, in a whole eight-byte word.
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                texts.push(vec![a, b, a, b, b, a, b, a]);
            }
        }
        texts.push("naïve – café ½ ².".as_bytes().to_vec());
        texts.push("/:/:/:/:/:/:/:/:9".as_bytes().to_vec());
        for t in texts {
            assert_eq!(
                has_ascii_digit(&t),
                t.iter().any(u8::is_ascii_digit),
                "{t:?}"
            );
        }
    }

    /// Every line that a signal pattern matches holds one of its anchors:
    /// the gate never hides a match. Checked on the sample articles and on
    /// lines written for each alternative of each pattern.
    #[test]
    fn anchors_cover_every_match() {
        let written = [
            "malware was found on its network at the Kudankulam Nuclear Power Plant",
            "hackers breached the network of a nuclear facility",
            "a zero-day in the VPN",
            "an 0-day exploit",
            "exploited in the wild since May",
            "attackers abused a flaw in the portal",
            "weaponised the bug within days",
            "Active exploitation of two zero-day vulnerabilities",
            "the group exploits Ivanti zero-days",
            "a request forgery bug already being used in targeted attacks",
            "more than 1,700 appliances worldwide",
            "as a zero-day before the patch",
            "no evidence that the bug was exploited",
            "before it could be exploited",
            "hackers breached the ministry of finance",
            "targeting the armed forces",
            "attack on the embassy network",
            "intrusions into political campaign e-mail",
            "government data was stolen",
            "dozens of government websites were defaced",
            "including state and federal agencies",
            "they stole files from the secretariat",
            "attacks on the power grid",
            "hit water treatment plants",
            "disrupted the mobile operator",
            "fuel stations went offline",
            "petrol stations lost card payments",
            "e-government portals were shut",
            "a healthcare provider was attacked",
            "knocked out the network",
            "customers could not call",
            "millions of users across the country",
            "the nation's largest operator",
            "hundreds of organizations hit",
            "1,200 companies hit",
            "mass-exploitation of servers",
            "the flaw is being exploited on a large scale",
            "a proof-of-concept was published",
            "researchers demonstrated the attack",
            "a patient died after the attack",
            "life-threatening delays",
            "ambulances were diverted to other hospitals",
            "diverting ambulances for a week",
            "asked ambulance crews to take emergency patients elsewhere",
            "an explosion or a toxic gas release with loss of life",
            "a zero-click vulnerability that was being used to plant spyware",
            "a critical-severity flaw",
            "a critical code execution vulnerability",
            "its victims included the departments of Energy and Commerce",
            "the parliament was hit by a cyber attack",
            "the stock exchange halted trading after the attack",
            "the operator of the largest fuel pipeline system in the United States",
            "several states declared emergencies",
            "the flaw was exploited on a mass scale",
            "thousands of attempts an hour",
            "on a mass scale",
            "the attempt failed because the clerk called back",
            "staff thwarted the attack",
            "the scheme did not succeed",
            "100 million records",
            "2.5 million Americans",
            "stole $25 million",
            "USD 3 million was taken",
        ];
        let mut lines: Vec<String> = written.iter().map(|s| s.to_string()).collect();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/samples");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                lines.extend(text.lines().map(String::from));
            }
        }
        let mut patterns: Vec<(&LazyLock<Option<Regex>>, u16)> = SIGNALS
            .iter()
            .enumerate()
            .map(|(i, re)| (*re, 1u16 << i))
            .collect();
        patterns.push((&COUNT, COUNT_BIT));
        patterns.push((&MONEY, MONEY_BIT));
        patterns.push((&FAILED_ATTEMPT, FAILED_BIT));
        let mut matched = 0;
        for line in &lines {
            let doc = Document::new(line);
            let bits = candidates(&doc, Span::new(0, line.len()));
            for (re, bit) in &patterns {
                let Some(re) = re.as_ref() else {
                    panic!("a severity pattern does not compile");
                };
                if re.is_match(line) {
                    matched += 1;
                    // The patterns run on pieces between full stops.
                    let piecewise = bit & PIECE_BITS != 0;
                    if piecewise {
                        for m in re.find_iter(line) {
                            assert!(
                                !m.as_str().contains('.'),
                                "pattern {bit:#x} matches across a full stop in {line:?}"
                            );
                        }
                    }
                    assert!(
                        bits & bit != 0,
                        "pattern {bit:#x} matches {line:?} without an anchor"
                    );
                }
            }
        }
        assert!(matched > 100, "the check saw matches ({matched})");
        for line in written {
            assert!(
                patterns
                    .iter()
                    .any(|(re, _)| re.as_ref().is_some_and(|r| r.is_match(line))),
                "no pattern matches the written line {line:?}"
            );
        }
    }
}
