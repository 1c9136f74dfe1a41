//! Type and Feature: weighted cue lexicons (`data/classify/`), negation and
//! hedging, and what the gazetteer matched.

use super::attacker::{Attacker, AttackerSource};
use super::pieces;
use super::severity::Signals;
use super::{floor_char_boundary, Context, Evidence, IncidentType, Lexicons};
use crate::fast_hash::FastMap;
use crate::gazetteer::EntityKind;
use crate::ioc::IndicatorKind;
use crate::report::Span;
use crate::text::ascii_key;

/// Words that negate a cue when they come shortly before it in its sentence.
const NEGATORS: &[&str] = &[
    "no", "not", "never", "without", "denied", "denies", "deny", "ruled", "unlikely", "nor",
];

/// Words that hedge a cue.
const HEDGES: &[&str] = &[
    "may",
    "might",
    "possibly",
    "suspected",
    "could",
    "alleged",
    "allegedly",
    "potential",
];

/// How many words before a cue are searched for a negator or hedge.
const SCOPE_WORDS: usize = 5;

/// Words for one's part in an event: a negation before them denies the
/// part, not the event ("denied involvement in the attack").
const PART_WORDS: &[&str] = &["involvement", "role", "responsibility", "complicity"];

/// How many times the attack's score enforcement cues must reach to make
/// Law Enforcement the type when the lead does not tell of it.
const LEAD_MARGIN: f32 = 2.0;

/// How close to Malware's score a more specific class must come to be
/// chosen instead.
const RESIDUAL_SHARE: f32 = 0.5;

/// How close to Fraud's score Phishing must come for the fraud to count as
/// done by phishing (business e-mail compromise), which CLASSIFICATION.md
/// files under Phishing: a fraud story says "fraud" many times, the way it
/// was done once or twice.
const PHISHING_SHARE_OF_FRAUD: f32 = 0.4;

/// The weight of phishing cues the opening paragraph must hold for a data
/// breach to be told as the phishing that let it in (one "phishing").
const LEAD_PHISHING_AT_LEAST: f32 = 3.0;

/// Cues of enforcement that name who enforces, not an action taken: "wiretap
/// requests from US law enforcement" in a lead tells of no arrest.
const ENFORCER_NAMES: &[&str] = &["law enforcement", "law-enforcement", "europol"];

/// Whether the cue at `span` only names the enforcers.
fn names_enforcers_only(ctx: &Context<'_>, span: Span) -> bool {
    cue_is_one_of(ctx, span, ENFORCER_NAMES)
}

/// "three weeks after the US Justice Department charged five officers": an
/// enforcement cue in a clause that dates the story by an earlier event (a
/// span of time, then "after", at most 80 bytes before the cue, in the same
/// clause) is background.
fn told_as_earlier(ctx: &Context<'_>, span: Span) -> bool {
    const SPANS_OF_TIME: &[&str] = &[
        "days after",
        "weeks after",
        "months after",
        "years after",
        "a day after",
        "a week after",
        "a month after",
        "a year after",
        "shortly after",
        "soon after",
    ];
    let before = ctx.before(span.start, 80);
    let clause = before
        .rfind([',', ';', ':', '.'])
        .and_then(|i| before.get(i + 1..))
        .unwrap_or(before)
        .to_ascii_lowercase();
    SPANS_OF_TIME.iter().any(|s| clause.contains(s))
}

/// The cues of taking something down or disrupting it, which are
/// enforcement only when someone who enforces does it: "the attack
/// disrupted the ministry's websites" tells of harm, not of an operation.
const TAKE_DOWN: &[&str] = &["taken down", "take down", "took down", "disrupted the"];

/// Words that name those who enforce, for [`TAKE_DOWN`].
const ENFORCERS: &[&str] = &[
    "police",
    "fbi",
    "europol",
    "law enforcement",
    "authorities",
    "justice department",
    "department of justice",
    "prosecutors",
    "agencies",
    "nca",
    "court",
    "investigators",
    "digital crimes unit",
];

/// Whether the cue at `span` is a take-down whose sentence names no one who
/// enforces (whole words, at most 300 bytes either side).
fn take_down_without_enforcer(ctx: &Context<'_>, span: Span) -> bool {
    if !cue_is_one_of(ctx, span, TAKE_DOWN) {
        return false;
    }
    let Some(window) = ctx.window_span(span.start, 300) else {
        return false;
    };
    // Whole words: "nca" is not in "encapsulated".
    let words: Vec<&str> = ctx.words_in(window).collect();
    !names_an_enforcer(&words)
}

/// Whether `words` hold one of [`ENFORCERS`], as whole words.
fn names_an_enforcer(words: &[&str]) -> bool {
    ENFORCERS.iter().any(|enforcer| {
        let wanted: Vec<&str> = enforcer.split(' ').collect();
        words.windows(wanted.len()).any(|run| {
            run.iter()
                .zip(&wanted)
                .all(|(w, e)| w.eq_ignore_ascii_case(e))
        })
    })
}

/// Supply-chain cues of a release the attackers tampered with.
const TAMPERED_RELEASE: &[&str] = &[
    "malicious update",
    "malicious updates",
    "malicious upgrade",
    "malicious version",
    "malicious versions",
    "rogue version",
    "rogue versions",
    "trojanized",
    "trojanised",
    "modified iso",
    "modified isos",
    "hacked iso",
    "hacked isos",
    "tampered image",
    "tampered installer",
    "tampered version",
    "malicious commit",
    "malicious commits",
];

/// Whether `cue` is one of `words`, ASCII case ignored.
fn one_of(cue: &str, words: &[&str]) -> bool {
    words.iter().any(|w| cue.eq_ignore_ascii_case(w))
}

/// Whether the cue found at `span` is one of `words`, ASCII case ignored.
fn cue_is_one_of(ctx: &Context<'_>, span: Span, words: &[&str]) -> bool {
    span.slice(ctx.text).is_some_and(|cue| one_of(cue, words))
}

/// Whether a supply-chain cue is one of [`TAMPERED_RELEASE`].
fn tampered_release(cue: &str) -> bool {
    one_of(cue, TAMPERED_RELEASE)
}

/// The sabotage cues that tell of harm done in the physical world.
const PHYSICAL_OUTCOME: &[&str] = &[
    "physical damage",
    "massive damage",
    "physical harm",
    "physical effects",
];

/// The defacement cues that tell of a social-media account taken over.
const HIJACKED_ACCOUNT: &[&str] = &[
    "hijacked twitter account",
    "hijacked the twitter account",
    "took over the twitter",
    "take over the twitter",
    "hijacked account",
    "hijacked accounts",
    "take over the account",
    "took over the account",
    "account was taken over",
    "accounts were taken over",
    "account was hijacked",
    "accounts were hijacked",
];

/// Whether the first sentence tells of a social-media account taken over
/// ("took over the Russian-language Twitter account of ...", "the
/// official Twitter accounts of the Olympic Games ... were hijacked", "the
/// hijacking of its website and Twitter accounts", "lost control of his
/// Twitter account").
fn account_taken_over_first(ctx: &Context<'_>) -> bool {
    static TAKEN_OVER: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:(?:took over|taken over|take over|hijacked|hijacking of|takeover of|seized control of|gained control of|lost control of)\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}?(?:twitter|facebook|instagram|youtube|telegram|tiktok)\s+accounts?(?-u:\b)|(?:twitter|facebook|instagram|youtube|telegram|tiktok)\s+accounts?(?-u:\b)[^.;]{0,160}?\s(?:was|were|has been|have been|had been)\s+(?:hijacked|taken over)(?-u:\b))",
        )
    });
    let Some(re) = TAKEN_OVER.as_ref() else {
        return false;
    };
    ctx.first_sentence()
        .and_then(|first| first.slice(ctx.text))
        .is_some_and(|first| re.is_match(first))
}

/// Whether the first sentence tells of one brand's or person's social-media
/// accounts taken over: not a head of state's or government's ("Prime
/// Minister Narendra Modi"), nor hundreds of accounts at once through a
/// service they had authorised.
pub(crate) fn single_account_taken_over(ctx: &Context<'_>) -> bool {
    const NOT_SMALL: &[&[u8]] = &[
        b"minister",
        b"president",
        b"dozens of",
        b"hundreds of",
        b"thousands of",
    ];
    account_taken_over_first(ctx)
        && ctx
            .first_sentence()
            .and_then(|first| first.slice(ctx.text))
            .is_some_and(|first| {
                let lower = first.to_ascii_lowercase();
                !NOT_SMALL
                    .iter()
                    .any(|w| memchr::memmem::find(lower.as_bytes(), w).is_some())
            })
}

/// Whether the first sentence says, in its own clause, that something was
/// defaced or vandalised ("... and defaced the project's website"; not
/// "after an attack that defaced its website", where the clause is
/// another's).
fn defaced_first(ctx: &Context<'_>) -> bool {
    let Some(first) = ctx.first_sentence().and_then(|s| s.slice(ctx.text)) else {
        return false;
    };
    // "replaced pages on dozens of the company's sites with a message".
    static REPLACED: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)replaced (?:[\w'\x{2019}-]+ ){0,8}?(?:pages?|home ?pages?|websites?|sites?) (?:[\w'\x{2019}-]+ ){0,6}?with(?-u:\b)",
        )
    });
    let lower = first.to_ascii_lowercase();
    let not_relative = |at: usize| {
        let before = lower.get(..at).unwrap_or_default().trim_end();
        !before.ends_with(" that") && !before.ends_with(" which")
    };
    ["defaced", "vandalised", "vandalized"]
        .iter()
        .flat_map(|word| lower.match_indices(word))
        .any(|(at, _)| not_relative(at))
        || REPLACED
            .as_ref()
            .and_then(|re| re.find(first))
            .is_some_and(|m| not_relative(m.start()))
}

/// Whether the body tells of posts made ("posting threats", "tweets").
fn tells_of_posts(ctx: &Context<'_>) -> bool {
    static POSTS: std::sync::LazyLock<super::AnyOf> = std::sync::LazyLock::new(|| {
        super::AnyOf::new(&["tweet", "Tweet", "posting", "posted", "Posted"])
    });
    POSTS.in_body(ctx)
}

/// Whether a sabotage cue is one of [`PHYSICAL_OUTCOME`].
fn physical_outcome(cue: &str) -> bool {
    one_of(cue, PHYSICAL_OUTCOME)
}

/// Words that say a tool was found before anyone used it ("caught before it
/// had been used against a target", "has not yet been deployed").
static BEFORE_USE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?i)(?-u:\b)(?:before (?:it|they) (?:had been|has been|was|were|could be) (?:used|deployed)|(?:had|has|have) not (?:yet )?been (?:used|deployed)|never been (?:used|deployed))(?-u:\b)",
    )
});

/// Whether the body says the tool it describes was found before use.
fn found_before_use(ctx: &Context<'_>) -> bool {
    BEFORE_USE.as_ref().is_some_and(|re| {
        ctx.body
            .iter()
            .filter_map(|s| s.slice(ctx.text))
            .any(|line| line.contains(" been ") && re.is_match(line))
    })
}

/// `span` without its last word and the white space before it, if it has
/// more than one word.
fn without_last_word(text: &str, span: Span) -> Option<Span> {
    let cue = span.slice(text)?;
    let cut = cue.trim_end().rfind(char::is_whitespace)?;
    let kept = cue.get(..cut)?.trim_end().len();
    (kept > 0).then(|| Span::new(span.start, span.start + kept))
}

/// Words of an arrest or a court's decision about a person.
const COURT_OUTCOMES: &[&str] = &[
    "was sentenced",
    "were sentenced",
    "was jailed",
    "were jailed",
    "has been jailed",
    "have been jailed",
    "has been sentenced",
    "has been sent to prison",
    "have been sent to prison",
    "was sent to prison",
    "were sent to prison",
    "has been sent to jail",
    "was sent to jail",
    // "have each been sentenced", "have both been sentenced".
    "each been sentenced",
    "both been sentenced",
    "have been sentenced",
    "pleaded guilty",
    // "Seven men went on trial in Paris on Tuesday".
    "went on trial",
    "go on trial",
    "goes on trial",
    "gone on trial",
    "stood trial",
    "is on trial",
    "are on trial",
    // "has admitted in federal court in Brooklyn that she ...".
    "admitted in federal court",
    "admitted in court",
    "was convicted",
    "were convicted",
    "was extradited",
    "has been extradited",
    "was arrested",
    "were arrested",
    "taken into custody",
    "has been arrested",
    "was charged with",
    "were charged with",
    "has been charged with",
    "have been charged with",
    "was indicted",
    "were indicted",
    "has been indicted",
    "have been indicted",
    // Japanese police refer a case to prosecutors ("have sent papers to
    // prosecutors on a Chinese systems engineer").
    "sent papers to prosecutors",
    // An appeal decided: the conviction stands.
    "upheld the conviction",
    "upheld his conviction",
    "upheld her conviction",
    "affirmed the conviction",
    "affirmed his conviction",
    "affirmed her conviction",
    // A sentence without prison is still the court's decision.
    "suspended sentence",
    "has been spared prison",
    "was spared prison",
    "has been spared jail",
    "was spared jail",
    "avoided prison",
    "avoided jail",
    "will not go to prison",
    "will not go to jail",
    // A court's order in place of a sentence ("has been ordered to be
    // detained in a secure hospital indefinitely").
    "ordered to be detained",
    "a hospital order",
    // Police who name a suspect and hand the case on ("has identified the
    // hacker behind ... and referred the case to prosecutors").
    "referred the case to prosecutors",
];

/// Words of a seizure of the attackers' servers, sites or domains, of
/// their malware made to remove itself ("ordered the malware to erase
/// itself from 4,000 computers"), of charges brought against them
/// ("unsealed criminal charges against four Chinese nationals"), or of
/// an arrest ("prosecutors have charged a 22-year-old man").
const ENFORCER_ACTIONS: &[&str] = &[
    "seized ",
    "seize ",
    "taken down ",
    "took down ",
    "knocked out ",
    "dismantled ",
    "erase itself",
    "delete itself",
    "uninstall itself",
    "charges against",
    "indicted ",
    "an indictment",
    " charged ",
    " arrested ",
    " detained ",
    " picked up ",
];

/// Words for attackers, which may be the subject of a [`ENFORCER_ACTIONS`] verb.
const ATTACKER_WORDS: &[&str] = &[
    "hackers",
    "hacker",
    "hacktivists",
    "attackers",
    "intruders",
    "criminals",
    "cybercriminals",
    "group",
    "gang",
    "actors",
    "actor",
];

/// The words of [`COURT_OUTCOMES`] in the first sentence of the body, or an
/// [`ENFORCER_ACTIONS`] verb there of someone who enforces ("its Digital Crimes Unit had
/// seized servers and taken down websites run by Storm-1152").
fn court_outcome_first(ctx: &Context<'_>) -> Option<Span> {
    let first = &ctx.first_sentence()?;
    // Cheap gate: a token of the first sentence is one of the verbs.
    const VERB_KEYS: [u64; 31] = [
        ascii_key("trial"),
        ascii_key("knocked"),
        ascii_key("admitted"),
        ascii_key("referred"),
        ascii_key("detained"),
        ascii_key("order"),
        ascii_key("papers"),
        ascii_key("custody"),
        ascii_key("picked"),
        ascii_key("prison"),
        ascii_key("spared"),
        ascii_key("avoided"),
        ascii_key("sentence"),
        ascii_key("jailed"),
        ascii_key("jail"),
        ascii_key("charged"),
        ascii_key("charges"),
        ascii_key("indicted"),
        ascii_key("indictment"),
        ascii_key("seize"),
        ascii_key("sentenced"),
        ascii_key("guilty"),
        ascii_key("convicted"),
        ascii_key("extradited"),
        ascii_key("arrested"),
        ascii_key("seized"),
        ascii_key("down"),
        ascii_key("dismantled"),
        ascii_key("itself"),
        ascii_key("upheld"),
        ascii_key("affirmed"),
    ];
    let has_verb = ctx.tokens_in(*first).any(|t| VERB_KEYS.contains(&t.key));
    if !has_verb {
        return None;
    }
    let text = first.slice(ctx.text)?;
    // ASCII lower-casing keeps every byte offset.
    let lower = text.to_ascii_lowercase();
    let passive = COURT_OUTCOMES.iter().find_map(|w| {
        let at = lower.find(w)?;
        Some(Span::new(first.start + at, first.start + at + w.len()))
    });
    // "A Finnish court on Tuesday sentenced X to six years": a court or a
    // judge, the subject, then its verdict.
    let verdict = || {
        let court = ["court ", "judge ", "jury "]
            .iter()
            .filter_map(|w| lower.find(w).map(|at| at + w.len()))
            .min()?;
        let rest = lower.get(court..)?;
        // "found ... guilty", "gave a British man a suspended sentence".
        let object = |w: &str| match w {
            "found " => Some(" guilty"),
            "gave " | "handed " => Some(" sentence"),
            _ => None,
        };
        [
            "sentenced ",
            "convicted ",
            "jailed ",
            "found ",
            "gave ",
            "handed ",
        ]
        .iter()
        .find_map(|w| {
            let at = court + rest.find(w)?;
            let verdict = object(w).is_none_or(|o| lower.get(at..).is_some_and(|r| r.contains(o)));
            verdict.then(|| Span::new(first.start + at, first.start + at + w.len() - 1))
        })
    };
    // A seizure or charges by someone who enforces, named before the verb
    // with no attacker between ("hackers seized control of the pumps",
    // "police said hackers had taken down the site" tell of attacks).
    let action = || {
        let span = ENFORCER_ACTIONS.iter().find_map(|w| {
            let at = lower.find(w)?;
            Some(Span::new(first.start + at, first.start + at + w.len() - 1))
        })?;
        let before: Vec<&str> = ctx.words_in(Span::new(first.start, span.start)).collect();
        let last_attacker = before.iter().rposition(|w| one_of(w, ATTACKER_WORDS));
        let subject = before.get(last_attacker.map_or(0, |k| k + 1)..)?;
        (names_an_enforcer(subject) && !told_as_earlier(ctx, span)).then_some(span)
    };
    // "Mexico's first criminal trial over the use of the Pegasus spyware
    // has opened": a trial under way is the court's work.
    let trial = || {
        // "trial" as a word, not the end of "industrial".
        let at = lower
            .match_indices("trial ")
            .map(|(at, _)| at)
            .find(|&at| {
                at == 0
                    || lower
                        .as_bytes()
                        .get(at - 1)
                        .is_some_and(|b| !b.is_ascii_alphabetic())
            })?;
        let rest = lower.get(at..)?;
        let end = rest.find('.').unwrap_or(rest.len()).min(160);
        let window = rest.get(..end)?;
        [
            " has opened",
            " opened",
            " has begun",
            " began",
            " has started",
            " started",
        ]
        .iter()
        .any(|w| window.contains(w))
        .then(|| Span::new(first.start + at, first.start + at + "trial".len()))
    };
    passive.or_else(verdict).or_else(action).or_else(trial)
}

/// A publication of stolen material in the first sentence: a verb of
/// publishing, then within a few words what was published ("released more
/// than 180 gigabytes of internal data from Epik", "has published what
/// appear to be genuine hacking tools"), or material put on the internet.
static PUBLICATION: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:publish(?:ed|es|ing)?|releas(?:ed|es|ing)|post(?:ed|s|ing)|dump(?:ed|s|ing)|leak(?:ed|s|ing))(?:\W+[\w'’-]+){0,8}?\W+(?:data|documents|e-?mails|files|secrets|tools|source code|archives?|trove|messages|correspondence)\b|\bput\b(?:\W+[\w'’-]+){0,12}?\W+(?:online|on the internet)\b|\b(?:data|documents|e-?mails|files|records)\b(?:\W+[\w'’-]+){0,12}?\W+(?:published|posted|leaked|dumped|released)\W+(?:online|on the internet)\b",
    )
    .ok()
});

/// Words of an extortion or a sale, which make a publication a threat or
/// an offer rather than the news ("has threatened to publish records").
const EXTORTION_WORDS: &[&str] = &["extort", "ransom", "threaten", "for sale", "sell"];

/// Words that tell of a political or activist aim behind a leak.
const POLITICAL_WORDS: &[&str] = &[
    "hacktivist",
    "activist",
    "political",
    "manifesto",
    "protest",
    "transparency",
    "hacker collective",
];

/// A demand for something other than money: that a business close, that
/// something stop or be released ("demanded that ALM permanently close
/// Ashley Madison").
static ACTIVIST_DEMAND: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(
    || {
        regex::Regex::new(
            r"(?i)\bdemand(?:ed|s|ing)? that\b(?:\W+[\w'’-]+){0,6}?\W+(?:close|shut|take down|stop|end|release|resign|withdraw)\b",
        )
        .ok()
    },
);

/// A first sentence that tells of stolen material published, not as a
/// threat or an offer, in a text that tells of a political or activist aim
/// (its words, or a demand for something other than money): the span of
/// the publication.
fn publication_first(ctx: &Context<'_>) -> Option<Span> {
    let first = ctx.first_sentence()?;
    let text = first.slice(ctx.text)?;
    let found = PUBLICATION.as_ref()?.find(text)?;
    let lower = text.to_ascii_lowercase();
    if EXTORTION_WORDS.iter().any(|w| lower.contains(w)) {
        return None;
    }
    let body_lower = ctx.text.to_ascii_lowercase();
    let activist = POLITICAL_WORDS.iter().any(|w| body_lower.contains(w))
        || ACTIVIST_DEMAND
            .as_ref()
            .is_some_and(|re| re.is_match(ctx.text));
    if !activist {
        return None;
    }
    Some(Span::new(
        first.start + found.start(),
        first.start + found.end(),
    ))
}

/// The Type evidence's rule when nothing in the text points to a type: the
/// type is the vocabulary's last resort, not a finding.
const NO_CUE: &str = "no cue in the text: the vocabulary's last resort";

/// Decides the incident type.
pub(crate) fn decide(
    ctx: &Context<'_>,
    lex: &Lexicons,
    attacker: &Attacker,
    signals: &Signals<'_>,
    evidence: &mut Vec<Evidence>,
) -> IncidentType {
    let mut score: FastMap<IncidentType, f32> = FastMap::default();
    let mut best_cue: FastMap<IncidentType, (f32, Span)> = FastMap::default();
    // Whether the opening paragraph tells of an arrest, takedown or sanction.
    let mut enforcement_in_lead = false;
    // The first sentence tells of a defacement (see `defaced_first`).
    let mut defacement_first = false;
    // Whether the text says, unnegated, that a release was tampered with
    // ("the trojanised installers", "pushed a malicious update").
    let mut tampering_told = false;
    // Whether the text says the ransomware was a pretence.
    let mut ransomware_pretence = false;
    // Whether the text says, unnegated, that the attack did physical harm
    // ("caused massive damage to the plant").
    let mut physical_harm_told = false;
    // Whether the text says, unnegated, that an account was taken over to
    // post in its owner's name ("took over the Twitter and YouTube
    // accounts").
    let mut account_hijack_told = false;
    // The phishing and malware cues' weight in the opening paragraph.
    let (mut lead_phishing, mut lead_malware) = (0.0f32, 0.0f32);
    let lead = ctx.body.first().copied();
    // Whether the text tells of DNS records, searched for once, at the
    // first "the records" (see [`technical_records`]).
    let dns_told = std::cell::OnceCell::new();
    // Whether a word for where a theft happens was counted (see
    // [`setting_word`]).
    let mut setting_counted = false;
    // The story's year, looked up at the first cue that may be dated.
    let story_year = std::cell::OnceCell::new();
    for region in ctx.body.iter().chain(ctx.references) {
        let mut cues = lex.incident.find(ctx.doc, *region);
        // "until the film was taken down", "the attack disrupted the
        // ministry's websites": a take-down or disruption by no one who
        // enforces is no action; the cue's shorter reading counts instead
        // ("disrupted", harm), if the lexicon has one.
        let mut k = 0;
        while let Some(&(span, &(t, _))) = cues.get(k) {
            if t == IncidentType::LawEnforcement && take_down_without_enforcer(ctx, span) {
                let shorter = without_last_word(ctx.text, span);
                let readings = shorter.map_or_else(Vec::new, |s| {
                    let mut found = lex.incident.find(ctx.doc, s);
                    found.retain(|&(_, &(t, _))| t != IncidentType::LawEnforcement);
                    found
                });
                cues.splice(k..=k, readings);
                continue;
            }
            k += 1;
        }
        for (span, &(t, w)) in cues {
            // "phishing-resistant authentication": a defence, not the attack.
            if names_a_defence(ctx, span) {
                continue;
            }
            // "changed the DNS records": a domain's settings, not data.
            if t == IncidentType::DataBreach && technical_records(ctx, span, &dns_told) {
                continue;
            }
            // "the encrypted email service": a product's property, not files
            // a ransomware locked.
            if t == IncidentType::Ransomware && encrypted_channel(ctx, span) {
                continue;
            }
            // "laundering through the sanctioned mixer Tornado Cash": a word
            // that describes what was sanctioned before, not an action.
            if t == IncidentType::LawEnforcement && sanction_as_adjective(ctx, span) {
                continue;
            }
            // "reimposed sweeping sanctions on Iran", "officials charged
            // with enforcing them": a state's policy or a duty, no action
            // against the attackers.
            if t == IncidentType::LawEnforcement
                && (sanctions_on_a_country(ctx, span) || charged_with_a_duty(ctx, span))
            {
                continue;
            }
            // "Iranian forces seized a British-flagged tanker": a seizure by
            // soldiers, or of a ship or a town, is no enforcement action.
            if t == IncidentType::LawEnforcement && seizure_of_war(ctx, span) {
                continue;
            }
            // "posed as the DarkBit ransomware gang": ransomware as a cover.
            let pretence = t == IncidentType::Ransomware && pretended(ctx, span);
            ransomware_pretence |= pretence;
            let factor = if pretence {
                0.0
            } else {
                scope_factor(ctx, span) * ctx.weight_at(span.start)
            };
            let mut weight = w * factor;
            // "its website was defaced by Algerian hackers last year": an
            // earlier incident the story recalls.
            if weight > 0.0
                && super::attacker::dated_earlier_after(
                    ctx,
                    span,
                    *story_year.get_or_init(|| super::attacker::year_of_the_story(ctx)),
                )
            {
                weight *= EARLIER_INCIDENT;
            }
            // "the exchange", "a cryptocurrency exchange": the setting of a
            // theft counts once, however often the story names it (a stock
            // exchange's outage names it on every line).
            if t == IncidentType::FinancialTheft && setting_word(ctx, span) {
                if setting_counted {
                    weight = 0.0;
                }
                setting_counted |= weight > 0.0;
            }
            if t == IncidentType::LawEnforcement
                && factor > 0.0
                && lead.is_some_and(|l| l.start <= span.start && span.end <= l.end)
                && !names_enforcers_only(ctx, span)
                && !told_as_earlier(ctx, span)
            {
                enforcement_in_lead = true;
            }
            if t == IncidentType::SupplyChain && factor > 0.0 {
                tampering_told |= cue_is_one_of(ctx, span, TAMPERED_RELEASE);
            }
            if t == IncidentType::Sabotage && factor > 0.0 {
                physical_harm_told |= span.slice(ctx.text).is_some_and(physical_outcome);
            }
            if t == IncidentType::Defacement && factor > 0.0 {
                account_hijack_told |= cue_is_one_of(ctx, span, HIJACKED_ACCOUNT);
            }
            if lead.is_some_and(|l| l.start <= span.start && span.end <= l.end) {
                match t {
                    IncidentType::Phishing => lead_phishing += weight,
                    IncidentType::Malware => lead_malware += weight,
                    _ => {}
                }
            }
            *score.entry(t).or_default() += weight;
            let entry = best_cue.entry(t).or_insert((weight, span));
            if weight > entry.0 {
                *entry = (weight, span);
            }
            if factor <= 0.0 {
                evidence.push(Evidence {
                    field: "Type",
                    rule: if pretence {
                        "cue named as a pretence".to_string()
                    } else {
                        "negated cue".to_string()
                    },
                    text: span.slice(ctx.text).unwrap_or_default().to_string(),
                    span: Some(span),
                    weight,
                });
            }
        }
    }
    // Hacktivists who leak are hacking to leak ("SiegedSec leaked data from
    // the portal"), whatever personal data the leak holds.
    let hacktivists_leaked = score
        .get(&IncidentType::HackAndLeak)
        .is_some_and(|s| *s > 0.0)
        && attacker.source == AttackerSource::Gazetteer
        && ctx
            .gazetteer
            .actor(&attacker.name)
            .is_some_and(|e| e.subkind.as_deref() == Some("hacktivist"));
    // What the gazetteer and the indicators matched.
    let mut prior = |t: IncidentType, w: f32, why: &str| {
        if w > 0.0 {
            *score.entry(t).or_default() += w;
            evidence.push(Evidence {
                field: "Type",
                rule: why.to_string(),
                text: t.to_string(),
                span: None,
                weight: w,
            });
        }
    };
    // Mentions of software families of a kind (the data's subkind).
    let family_mentions = |kind: &str| {
        ctx.mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Software)
            .filter(|m| {
                m.entity
                    .and_then(|id| ctx.gazetteer.get(id))
                    .is_some_and(|e| e.subkind.as_deref() == Some(kind))
            })
            .count()
    };
    let ransomware_mentions = family_mentions("ransomware");
    prior(
        IncidentType::Ransomware,
        (ransomware_mentions as f32 * 1.5).min(6.0),
        "ransomware family named",
    );
    // A wiper family ("NotPetya"), whatever ransom note it shows, named
    // more than once (not one in the background: "Shamoon").
    let wiper_mentions = match family_mentions("wiper") {
        n if n >= 2 => n,
        _ => 0,
    };
    prior(
        IncidentType::Sabotage,
        (wiper_mentions as f32 * 1.5).min(6.0),
        "wiper family named",
    );
    // A state actor from the gazetteer, or one the text calls state-sponsored.
    if attacker.state
        && matches!(
            attacker.source,
            AttackerSource::Gazetteer | AttackerSource::Described | AttackerSource::Agency
        )
    {
        prior(IncidentType::Espionage, 3.0, "state-sponsored actor");
    }
    if hacktivists_leaked {
        prior(
            IncidentType::HackAndLeak,
            2.0,
            "hacktivist actor and a leak",
        );
    }
    let cves = ctx
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::Cve)
        .count();
    prior(
        IncidentType::Vulnerability,
        (cves as f32).min(3.0),
        "CVE identifiers",
    );
    if signals.exploited_in_the_wild() {
        prior(IncidentType::Vulnerability, 2.0, "exploited in the wild");
    }
    if let Some(span) = new_malware(ctx) {
        // "APT41 has broken into the networks of several shipping
        // companies": a state's intrusion told in the first sentence is
        // spying, whatever new tool a later paragraph describes; a report
        // about the tool says so first ("deployed a new custom backdoor").
        let weight = if attacker.state
            && !ctx
                .first_sentence()
                .is_some_and(|first| first.start <= span.start && span.start < first.end)
            && !lead_names_malicious_code(ctx)
        {
            2.0
        } else {
            8.0
        };
        prior(
            IncidentType::Malware,
            weight,
            "a new tool or malware family introduced",
        );
        evidence.push(Evidence {
            field: "Type",
            rule: "new tool or malware".to_string(),
            text: span.slice(ctx.text).unwrap_or_default().to_string(),
            span: Some(span),
            weight: 8.0,
        });
    }
    let mut ranked: Vec<(IncidentType, f32)> = score.into_iter().collect();
    ranked.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(&b.0))
    });
    let mut chosen = ranked
        .first()
        .map(|&(t, _)| t)
        .unwrap_or(IncidentType::Malware);
    // Nothing in the text points anywhere (an empty or off-topic article):
    // say that the type is the vocabulary's last resort, not a finding.
    if ranked.is_empty() {
        evidence.push(Evidence {
            field: "Type",
            rule: NO_CUE.to_string(),
            text: chosen.to_string(),
            span: None,
            weight: 0.0,
        });
    }
    // An arrest, takedown or sanction is the news even when the story is full
    // of the ransomware or malware it acted against.
    let top = ranked.first().map(|&(_, s)| s).unwrap_or(0.0);
    let enforcement = score_of(&ranked, IncidentType::LawEnforcement);
    // A flaw fixed before anyone is known to exploit it: the patch is the
    // news.
    let patch = score_of(&ranked, IncidentType::Patch);
    if chosen == IncidentType::Vulnerability
        && !signals.exploited_in_the_wild()
        && (!signals.has_zero_day() || signals.has_no_exploitation())
        && patch >= 0.4 * top
        && !says_unfixable(ctx)
        && !lead_tells_of_research(ctx)
    {
        chosen = IncidentType::Patch;
        evidence.push(Evidence {
            field: "Type",
            rule: "flaw fixed, no exploitation stated".to_string(),
            text: chosen.to_string(),
            span: None,
            weight: patch,
        });
    }
    // "Microsoft has released emergency out-of-band security updates for
    // PrintNightmare, ... which the company says is being actively
    // exploited": a first sentence that announces the fix makes the fix the
    // news, exploited or not; not a zero-day's or a mass exploitation's
    // story, nor one that names who attacked.
    let attacker_named = matches!(
        attacker.source,
        AttackerSource::Gazetteer
            | AttackerSource::Ransomware
            | AttackerSource::Person
            | AttackerSource::Unlisted
    );
    if chosen == IncidentType::Vulnerability
        && !attacker_named
        && !signals.has_zero_day()
        && !signals.has_mass_exploitation()
        && lead_announces_fix(ctx)
        && !says_unfixable(ctx)
    {
        chosen = IncidentType::Patch;
        evidence.push(Evidence {
            field: "Type",
            rule: "the first sentence announces a fix".to_string(),
            text: chosen.to_string(),
            span: ctx.first_sentence(),
            weight: patch,
        });
    }
    // "a ransomware gang called Play was behind the December attack ...
    // Microsoft has urged customers to install its security updates": a
    // named attacker's attack is the news, not the fix it prompted (no story
    // of a fix before exploitation names who attacked).
    if chosen == IncidentType::Patch
        && matches!(
            attacker.source,
            AttackerSource::Gazetteer | AttackerSource::Ransomware | AttackerSource::Person
        )
    {
        if let Some(&(t, s)) = ranked
            .iter()
            .find(|(t, _)| !matches!(t, IncidentType::Patch | IncidentType::Vulnerability))
        {
            chosen = t;
            evidence.push(Evidence {
                field: "Type",
                rule: "a named attacker's attack, not the fix it prompted".to_string(),
                text: chosen.to_string(),
                span: None,
                weight: s,
            });
        }
    }
    // Malware is the class of last resort ("none of the above dominant"):
    // a state actor's intelligence gathering, a fraud, a theft of money, a
    // destructive attack, a supplier's tampered update or a breach of a
    // million records, told with a close score, is the story the malware
    // served. (Phishing was tried and left out: five of AnnoCTR's malware
    // write-ups, whose lures are spear-phishing, turned to Phishing.)
    // Likewise a flaw: a state actor's intrusion told with a close score is
    // espionage that the flaw served.
    if matches!(chosen, IncidentType::Malware | IncidentType::Vulnerability) {
        let malware = chosen == IncidentType::Malware;
        // Malware spread through a supplier's tampered release ("the
        // trojanised installers") is a supply-chain story first, whatever
        // else scores close: the tampering is how it reached its victims.
        let supply_chain = (malware && tampering_told)
            .then(|| ranked.iter().find(|(t, _)| *t == IncidentType::SupplyChain))
            .flatten();
        let runner_up = ranked
            .iter()
            .filter(|(t, _)| match t {
                IncidentType::Espionage => attacker.state,
                IncidentType::Fraud | IncidentType::FinancialTheft | IncidentType::SupplyChain => {
                    malware
                }
                // A toolkit "caught before it had been used" destroyed
                // nothing: the malware is the story.
                IncidentType::Sabotage => malware && !found_before_use(ctx),
                // Data of a million people or more taken: the breach is the
                // story the malware served.
                IncidentType::DataBreach => {
                    malware && signals.records().is_some_and(|(n, _)| n >= 1e6)
                }
                _ => false,
            })
            .find(|&&(_, s)| s >= RESIDUAL_SHARE * top);
        let runner_up = supply_chain
            .filter(|&&(_, s)| s >= RESIDUAL_SHARE * top)
            .or(runner_up);
        if let Some(&(t, s)) = runner_up {
            chosen = t;
            evidence.push(Evidence {
                field: "Type",
                rule: "malware or a flaw only as the means of a more specific story".to_string(),
                text: chosen.to_string(),
                span: None,
                weight: s,
            });
        }
    }
    // Destruction staged to divert the defenders from a theft ("a
    // destructive virus ... in what appears to have been a carefully staged
    // diversion" while the money left through SWIFT): the theft is the
    // story. So is ransomware deployed "as a distraction" while fraudulent
    // transfers went out.
    if matches!(chosen, IncidentType::Sabotage | IncidentType::Ransomware) && told_as_diversion(ctx)
    {
        give_way_to(
            &mut chosen,
            IncidentType::FinancialTheft,
            f32::MIN_POSITIVE,
            &ranked,
            "destruction or ransomware staged as a diversion from a theft",
            evidence,
        );
    }
    // What the lead tells, where it makes the story another type than the
    // cues chose (see [`LEAD_STORIES`]), in the table's order.
    for &(from, test, to, rule) in LEAD_STORIES {
        if from.contains(&chosen) {
            if let Some(span) = test(ctx) {
                told_in_lead(&mut chosen, to, rule, span, evidence);
            }
        }
    }
    // Data that a flaw left open, told in a lead of researchers and the
    // flaw they found, by no named attacker: the flaw is the story, even
    // where no flaw cue of the lexicon scored ("a string of weaknesses").
    if chosen == IncidentType::DataBreach
        && !attacker_named
        && lead_tells_of_a_flaw_researchers_found(ctx)
    {
        give_way_to(
            &mut chosen,
            IncidentType::Vulnerability,
            0.0,
            &ranked,
            "data a flaw left open, found by researchers, told in the lead",
            evidence,
        );
    }
    // Stolen data a hacktivist group published is its hack-and-leak
    // (CLASSIFICATION.md: "stolen data published for political effect"),
    // however often the text calls it a data breach.
    if chosen == IncidentType::DataBreach && hacktivists_leaked {
        chosen = IncidentType::HackAndLeak;
        evidence.push(Evidence {
            field: "Type",
            rule: "a hacktivist group published the data it stole".to_string(),
            text: chosen.to_string(),
            span: None,
            weight: score_of(&ranked, IncidentType::HackAndLeak),
        });
    }
    // A state actor's zero-day used to break into an organisation and take
    // its data ("intruders had been inside its network for months ...
    // confidential material taken"): the theft for a state, told together
    // with the data taken, outweighs the flaw it came through.
    if chosen == IncidentType::Vulnerability && attacker.state {
        let espionage = score_of(&ranked, IncidentType::Espionage);
        let breach = score_of(&ranked, IncidentType::DataBreach);
        if espionage > 0.0 && espionage + breach >= top {
            chosen = IncidentType::Espionage;
            evidence.push(Evidence {
                field: "Type",
                rule: "a state's intrusion and data theft through a flaw".to_string(),
                text: chosen.to_string(),
                span: None,
                weight: espionage + breach,
            });
        }
    }
    // A state actor's theft of data, told with espionage's words at least
    // half as much ("an Iranian espionage group that concentrates on
    // stealing personal information"): the theft served the state's
    // intelligence. (Phishing and malware so told were tried and dropped:
    // two items gained and two lost, one of them in a batch scored after
    // the rule, where a state's phishing of a think tank is labelled
    // Phishing.)
    if chosen == IncidentType::DataBreach && attacker.state {
        give_way_to(
            &mut chosen,
            IncidentType::Espionage,
            RESIDUAL_SHARE * top,
            &ranked,
            "a state actor's theft of data told as espionage",
            evidence,
        );
    }
    // "Fraud: scams and fraud not done by phishing": an invoice fraud told
    // as business e-mail compromise is Phishing.
    if chosen == IncidentType::Fraud {
        // Named as such, however often the text says "fraud".
        static BEC: std::sync::LazyLock<super::AnyOf> = std::sync::LazyLock::new(|| {
            super::AnyOf::new(&[
                "business e-mail compromise",
                "business email compromise",
                "Business e-mail compromise",
                "Business email compromise",
                "Business E-mail Compromise",
                "Business Email Compromise",
            ])
        });
        // Not where a sentence says what a named group does ("a Nigerian
        // group which had moved to business e-mail compromise").
        // (One pass over the sentences; the body's lines, in text order,
        // found by binary search.)
        let in_body = |s: &Span| {
            let i = ctx.body.partition_point(|l| l.end <= s.start);
            ctx.body
                .get(i)
                .is_some_and(|l| l.start <= s.start && s.end <= l.end)
        };
        let names_actor = |s: &Span| ctx.mentions_in(*s).any(|m| m.kind == EntityKind::Actor);
        let bec_named = ctx.sentences().iter().any(|s| {
            in_body(s) && s.slice(ctx.text).is_some_and(|t| BEC.in_text(t)) && !names_actor(s)
        });
        give_way_to(
            &mut chosen,
            IncidentType::Phishing,
            if bec_named {
                0.0
            } else {
                PHISHING_SHARE_OF_FRAUD * top
            },
            &ranked,
            "a fraud done by phishing or business e-mail compromise",
            evidence,
        );
    }
    // Hacktivists who encrypt their victim's systems for a political demand,
    // not for money, sabotage it ("the release of 50 political prisoners").
    if chosen == IncidentType::Ransomware && hacktivist(ctx, attacker) && !asks_for_money(ctx) {
        chosen = IncidentType::Sabotage;
        evidence.push(Evidence {
            field: "Type",
            rule: "hacktivists' encryption without a demand for money".to_string(),
            text: chosen.to_string(),
            span: None,
            weight: top,
        });
    }
    // A state's phishing of government bodies, or its breach of them, is the
    // means of its espionage: the lure or the break-in is not the story ("a
    // Russian espionage group stealing information from Ukrainian government
    // bodies ... relied on spear-phishing"). (A phishing that took over a
    // supplier's package, decided by the supply-chain score alone, was tried
    // and dropped: "Oil and Gas Supply Chain Industries" scores the cue as
    // high; the tampered-release rule below asks for a tampering cue.)
    let espionage = score_of(&ranked, IncidentType::Espionage);
    if matches!(chosen, IncidentType::Phishing | IncidentType::DataBreach)
        && attacker.state
        && signals.has_government_target()
        && espionage >= RESIDUAL_SHARE * top
    {
        chosen = IncidentType::Espionage;
        evidence.push(Evidence {
            field: "Type",
            rule: "phishing or a breach as the means of a state's espionage against a government"
                .to_string(),
            text: chosen.to_string(),
            span: signals.government_target(),
            weight: espionage,
        });
    }
    // "Has received a ransom demand from the criminals who stole the
    // personal details of 14 million people": a ransom asked for stolen data,
    // in a text that names no ransomware and tells of no encryption, is the
    // extortion of a data breach.
    if chosen == IncidentType::Ransomware && ransomware_mentions == 0 && !tells_of_encryption(ctx) {
        give_way_to(
            &mut chosen,
            IncidentType::DataBreach,
            RESIDUAL_SHARE * top,
            &ranked,
            "a ransom for stolen data, no ransomware or encryption told",
            evidence,
        );
    }
    // "It says it does not encrypt victims' files but ... steals data": an
    // extortion gang that says it encrypts nothing did what the next cues
    // tell (a data breach, the phishing that let it in), when they come
    // close, whatever its name says.
    if chosen == IncidentType::Ransomware && says_nothing_encrypted(ctx) {
        if let Some(&(next, _)) = ranked.iter().find(|(t, _)| *t != IncidentType::Ransomware) {
            give_way_to(
                &mut chosen,
                next,
                RESIDUAL_SHARE * top,
                &ranked,
                "an extortion gang that says it encrypts nothing",
                evidence,
            );
        }
    }
    // Destruction that posed as ransomware ("had posed as the DarkBit
    // ransomware gang ... destruction and disruption were the real goals"):
    // sabotage, when its cues come close.
    if chosen == IncidentType::Ransomware && ransomware_pretence {
        give_way_to(
            &mut chosen,
            IncidentType::Sabotage,
            RESIDUAL_SHARE * top,
            &ranked,
            "destruction that posed as ransomware",
            evidence,
        );
    }
    // One of the victim's own people who took its data ("one of its own
    // employees had stolen personal details of customers and sold them to
    // criminals"): the insider's theft is the story, the fraud others did
    // with the data its sequel.
    if chosen == IncidentType::Fraud
        && attacker.source == AttackerSource::Described
        && super::hashtags::is_insider(&attacker.name)
    {
        give_way_to(
            &mut chosen,
            IncidentType::DataBreach,
            RESIDUAL_SHARE * top,
            &ranked,
            "an insider's theft of data, the fraud its sequel",
            evidence,
        );
    }
    // A phishing that gave the attackers a supplier's release: a tampered
    // release ("pushed a malicious update", "published rogue versions") is
    // the story the lure served. Only a tampering cue decides, not the words
    // "supply chain" (an industry's name scores them too).
    if chosen == IncidentType::Phishing {
        let supply = score_of(&ranked, IncidentType::SupplyChain);
        let tampered = best_cue
            .get(&IncidentType::SupplyChain)
            .and_then(|&(_, span)| span.slice(ctx.text))
            .is_some_and(tampered_release);
        if tampered && supply >= RESIDUAL_SHARE * top {
            chosen = IncidentType::SupplyChain;
            evidence.push(Evidence {
                field: "Type",
                rule: "phishing as the means of a tampered release".to_string(),
                text: chosen.to_string(),
                span: best_cue.get(&chosen).map(|&(_, span)| span),
                weight: supply,
            });
        }
    }
    // A group whose opening paragraph tells of its e-mails and lures more
    // than of the malware they carry ("has been sending malicious emails to
    // airlines ... with lures about flights ... to install remote access
    // trojans"): the phishing is the story, when its cues come close.
    if chosen == IncidentType::Malware && lead_phishing > lead_malware {
        give_way_to(
            &mut chosen,
            IncidentType::Phishing,
            RESIDUAL_SHARE * top,
            &ranked,
            "a lead that tells of phishing more than of its malware",
            evidence,
        );
    }
    // "The personal information of more than 645,000 clients ... may have
    // been exposed after nine employees fell for a phishing email": a data
    // breach whose opening paragraph tells of the phishing that let the
    // attackers in, with phishing's cues close overall, is the phishing.
    if chosen == IncidentType::DataBreach && lead_phishing >= LEAD_PHISHING_AT_LEAST {
        give_way_to(
            &mut chosen,
            IncidentType::Phishing,
            RESIDUAL_SHARE * top,
            &ranked,
            "a breach whose lead tells of the phishing that let it in",
            evidence,
        );
    }
    // A flaw that makes a machine leak data ("AMD processors can be made to
    // leak fragments of data", CVE-2023-20593): the bare word "leak" with
    // a CVE identifier tells of the flaw, not of stolen data published.
    if chosen == IncidentType::HackAndLeak && cves > 0 {
        let bare_leak = best_cue
            .get(&IncidentType::HackAndLeak)
            .and_then(|&(_, span)| span.slice(ctx.text))
            .is_some_and(|cue| cue.eq_ignore_ascii_case("leak"));
        if bare_leak {
            give_way_to(
                &mut chosen,
                IncidentType::Vulnerability,
                RESIDUAL_SHARE * top,
                &ranked,
                "a flaw that leaks data",
                evidence,
            );
        }
    }
    // "Hackers ... released more than 180 gigabytes of internal data from
    // Epik", "has published what appear to be genuine hacking tools built
    // for the NSA": a first sentence that tells of stolen material
    // published, in a story of a political or activist aim, is a hack and
    // leak, however much the text then tells of the data, the flaws it held
    // or the state that stole it.
    if matches!(
        chosen,
        IncidentType::DataBreach
            | IncidentType::Vulnerability
            | IncidentType::Patch
            | IncidentType::Espionage
    ) && score_of(&ranked, IncidentType::HackAndLeak) > 0.0
    {
        if let Some(span) = publication_first(ctx) {
            chosen = IncidentType::HackAndLeak;
            evidence.push(Evidence {
                field: "Type",
                rule: "the first sentence tells of stolen material published".to_string(),
                text: chosen.to_string(),
                span: Some(span),
                weight: score_of(&ranked, IncidentType::HackAndLeak),
            });
        }
    }
    // Posts in an account's owner's name ("took over the Twitter and YouTube
    // accounts of US Central Command, posting threats"): the account's
    // hijacking is the story, not the passwords stolen or the text messages
    // that carried the posts, when its cues come close.
    // (A hijacked account that posted nothing is a breach or a phishing.)
    if matches!(chosen, IncidentType::DataBreach | IncidentType::Phishing)
        && account_hijack_told
        && tells_of_posts(ctx)
    {
        give_way_to(
            &mut chosen,
            IncidentType::Defacement,
            RESIDUAL_SHARE * top,
            &ranked,
            "a hijacked account that posted in its owner's name",
            evidence,
        );
    }
    // "Hackers took over the Russian-language Twitter account of Prime
    // Minister Dmitry Medvedev and used it to announce his resignation": a
    // first sentence that tells of an account taken over is the story,
    // whatever the text then says the same people leaked before.
    if matches!(
        chosen,
        IncidentType::DataBreach
            | IncidentType::Phishing
            | IncidentType::HackAndLeak
            | IncidentType::FinancialTheft
            | IncidentType::Fraud
    ) && account_taken_over_first(ctx)
        && tells_of_posts(ctx)
    {
        give_way_to(
            &mut chosen,
            IncidentType::Defacement,
            0.0,
            &ranked,
            "the first sentence tells of a social-media account taken over",
            evidence,
        );
    }
    // "The attacker who broke into the servers behind Matrix.org returned a
    // day after being thrown out and defaced the project's website": a first
    // sentence that tells of a defacement is the story, whatever was taken
    // before.
    if matches!(
        chosen,
        IncidentType::DataBreach | IncidentType::Vulnerability | IncidentType::LawEnforcement
    ) && defaced_first(ctx)
    {
        defacement_first = true;
        give_way_to(
            &mut chosen,
            IncidentType::Defacement,
            0.0,
            &ranked,
            "the first sentence tells of a defacement",
            evidence,
        );
    }
    // A phishing e-mail that let intruders reach a plant's controls, where
    // they did physical damage ("a blast furnace could not be shut down,
    // causing massive damage"): the damage is the story, the lure its way
    // in, however often the text warns of phishing.
    if chosen == IncidentType::Phishing && physical_harm_told {
        give_way_to(
            &mut chosen,
            IncidentType::Sabotage,
            0.0,
            &ranked,
            "phishing as the way in to physical damage",
            evidence,
        );
    }
    // "X was sentenced to 20 years": a first sentence that tells of a
    // person's arrest or of a court's decision is the news, however much of
    // the story retells the crime.
    if chosen != IncidentType::LawEnforcement {
        if let Some(span) = court_outcome_first(ctx) {
            chosen = IncidentType::LawEnforcement;
            enforcement_in_lead = true;
            evidence.push(Evidence {
                field: "Type",
                rule: "the first sentence tells of an arrest, a seizure or a court's decision"
                    .to_string(),
                text: chosen.to_string(),
                span: Some(span),
                weight: enforcement,
            });
        }
    }
    // What the rules above chose, for an enforcement told after the attack.
    let before_enforcement = chosen;
    if enforcement >= 8.0 && enforcement >= 0.5 * top {
        chosen = IncidentType::LawEnforcement;
        evidence.push(Evidence {
            field: "Type",
            rule: "enforcement action dominates the story".to_string(),
            text: chosen.to_string(),
            span: None,
            weight: enforcement,
        });
    }
    // Arrests told after a lead about the attack itself: the attack is the
    // story ("without a new attack" is what makes one Law Enforcement),
    // unless the enforcement cues outweigh the attack's by far.
    // A first sentence that tells of a court's decision is enforcement in
    // the lead, whatever cue decided the type.
    if chosen == IncidentType::LawEnforcement && !enforcement_in_lead {
        enforcement_in_lead = court_outcome_first(ctx).is_some();
    }
    if chosen == IncidentType::LawEnforcement && !enforcement_in_lead {
        // The attack's best score, with the type the rules above chose if
        // it was not enforcement.
        let attack = ranked
            .iter()
            .find(|(t, _)| *t != IncidentType::LawEnforcement)
            .map(|&(t, s)| match before_enforcement {
                IncidentType::LawEnforcement => (t, s),
                chosen_before => (chosen_before, s),
            });
        // A defacement the first sentence tells is the story, however
        // many arrests the background recalls.
        if let Some((t, s)) =
            attack.filter(|&(_, s)| defacement_first || enforcement < LEAD_MARGIN * s)
        {
            chosen = t;
            evidence.push(Evidence {
                field: "Type",
                rule: "the lead tells of the attack, the enforcement comes after".to_string(),
                text: chosen.to_string(),
                span: None,
                weight: s,
            });
        }
    }
    for &(t, s) in ranked.iter().take(3) {
        let cue = best_cue
            .get(&t)
            .and_then(|(_, span)| span.slice(ctx.text))
            .unwrap_or_default();
        evidence.push(Evidence {
            field: "Type",
            rule: format!("score {s:.1} (strongest cue {cue:?})"),
            text: t.to_string(),
            span: best_cue.get(&t).map(|&(_, span)| span),
            weight: s,
        });
    }
    chosen
}

/// Whether the attacker is a hacktivist group: one the gazetteer files so,
/// or one the text describes so ("pro-Ukrainian hacktivists").
fn hacktivist(ctx: &Context<'_>, attacker: &Attacker) -> bool {
    let lower = attacker.name.to_ascii_lowercase();
    lower.contains("hacktivist")
        || lower.contains("activists")
        || ctx
            .gazetteer
            .lookup(&attacker.name)
            .into_iter()
            .filter_map(|id| ctx.gazetteer.get(id))
            .any(|e| e.subkind.as_deref() == Some("hacktivist"))
}

/// Whether the body tells of ransomware or of files encrypted (or
/// decrypted), in any form of the words. (Reference lines are left out: a
/// headline calls any ransom demand a "ransomware demand".)
fn tells_of_encryption(ctx: &Context<'_>) -> bool {
    static WORDS: std::sync::LazyLock<super::AnyOf> = std::sync::LazyLock::new(|| {
        super::AnyOf::new(&[
            "ransomware",
            "Ransomware",
            "RANSOMWARE",
            "ncrypt",
            "NCRYPT",
            "locker",
            "Locker",
        ])
    });
    WORDS.in_body(ctx)
}

/// Whether the text says files were not encrypted ("it does not encrypt
/// victims' files", "they do not encrypt anything").
fn says_nothing_encrypted(ctx: &Context<'_>) -> bool {
    static NOT_ENCRYPTED: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(
        || {
            super::lexicon::ascii_regex(
                r"(?i)(?-u:\b)(?:(?:does|do|did) not|doesn't|don't|didn't|never) encrypt(?-u:\b)|(?-u:\b)without encrypting(?-u:\b)",
            )
        },
    );
    let Some(re) = NOT_ENCRYPTED.as_ref() else {
        return false;
    };
    memchr::memmem::find(ctx.text.as_bytes(), b"encrypt").is_some()
        && ctx
            .body
            .iter()
            .any(|region| region.slice(ctx.text).is_some_and(|text| re.is_match(text)))
}

/// Whether the text tells of money asked or paid: a sum in dollars, a coin,
/// a payment.
fn asks_for_money(ctx: &Context<'_>) -> bool {
    const MONEY_WORDS: &[&str] = &[
        "$",
        "bitcoin",
        "monero",
        "cryptocurrency",
        "paid",
        "payment",
        "pay ",
        "euros",
        "dollars",
    ];
    let lower = ctx.text.to_ascii_lowercase();
    MONEY_WORDS.iter().any(|w| lower.contains(w))
}

/// "GooseEgg, a custom post-compromise tool", "a new backdoor": the story
/// introduces a tool or malware family.
static NEW_MALWARE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    super::lexicon::ascii_regex(
        r"(?-u:\b)[A-Z][A-Za-z0-9]+, (?:a|an) (?:[\w-]+ ){0,3}(?:tool|malware|backdoor|loader|implant|trojan|stealer|launcher|framework|rootkit)(?-u:\b)|(?-u:\b)(?:new|custom|novel|previously unknown|previously undocumented) (?:[\w-]+ ){0,2}(?:malware|tool|backdoor|implant|loader|rootkit|stealer)(?-u:\b)",
    )
});

/// The nouns of [`NEW_MALWARE`]: every match holds one at the start of a
/// word, and none a full stop (the pattern runs piece by piece, see
/// [`super::pieces`]).
pub(crate) const NEW_MALWARE_ANCHORS: &[&str] = &[
    "tool",
    "malware",
    "backdoor",
    "loader",
    "implant",
    "trojan",
    "stealer",
    "launcher",
    "framework",
    "rootkit",
];

/// The verbs of [`CALLED_TOOL`]: every match holds one at the start of a
/// word, and no full stop.
pub(crate) const CALLED_TOOL_ANCHORS: &[&str] = &[
    "called",
    "named",
    "dubbed",
    "known as",
    "call",
    "nicknamed",
    "codenamed",
];

/// The words of an apposition ("GooseEgg, a custom ... tool") that the first
/// alternative of [`NEW_MALWARE`] needs.
static APPOSITION: std::sync::LazyLock<super::AnyOf> =
    std::sync::LazyLock::new(|| super::AnyOf::new(&[", a ", ", an "]));

/// The names the body introduces as tools or malware ("GooseEgg, a custom
/// post-compromise tool"): not organisations, whatever their casing.
pub(crate) fn introduced_tools<'t>(ctx: &Context<'t>) -> Vec<&'t str> {
    let Some(re) = NEW_MALWARE.as_ref() else {
        return Vec::new();
    };
    // The patterns run only on the pieces of lines with the words they need.
    let lines = || ctx.body.iter().chain(ctx.references).copied();
    lines()
        .filter(|line| {
            line.slice(ctx.text)
                .is_some_and(|line| APPOSITION.in_text(line))
        })
        .flat_map(|line| pieces::NEW_MALWARE.pieces(ctx.text, ctx.marks(), line))
        .flat_map(|(_, piece)| re.find_iter(piece))
        .filter_map(|m| m.as_str().split_once(", ").map(|(name, _)| name))
        .chain(
            CALLED_TOOL
                .as_ref()
                .into_iter()
                .flat_map(move |re| {
                    lines()
                        .flat_map(|line| pieces::CALLED_TOOL.pieces(ctx.text, ctx.marks(), line))
                        .flat_map(move |(_, piece)| re.captures_iter(piece))
                })
                .filter_map(|c| (1..=4).find_map(|g| c.get(g)).map(|m| m.as_str())),
        )
        .collect()
}

/// "a backdoor called Tickler", "malware dubbed GooseEgg", "malware it
/// calls FrostyGoop" (one word); and the names, whole, of other things than
/// organisations: "a flaw dubbed Citrix Bleed", "nicknamed ROCA", "named the
/// operation Methbot".
static CALLED_TOOL: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
    const NAME: &str = "[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+)*";
    super::lexicon::ascii_regex(&format!(
        r"(?-u:\b)(?:tool|malware|backdoor|loader|implant|trojan|stealer|launcher|framework|rootkit|wiper|dropper|downloader|ransomware|botnet|monitor)s? (?:\w+ )?(?:called|named|dubbed|known as|calls?) ([A-Z][A-Za-z0-9]+)|(?-u:\b)(?:flaw|vulnerabilit(?:y|ie)|bug|weakness|exploit|scheme|operation)s? (?:\w+ )?(?:called|named|dubbed|nicknamed|codenamed|known as) ({NAME})|(?-u:\b)(?:nicknamed|codenamed|dubbed) ({NAME})|(?-u:\b)(?:named|called) (?:the|this|that) (?:\w+ )?(?:operation|scheme|botnet|flaw|vulnerability|bug|malware) ({NAME})"
    ))
});

fn new_malware(ctx: &Context<'_>) -> Option<Span> {
    let re = NEW_MALWARE.as_ref()?;
    let found = super::first_in_body_pieces(ctx, re, pieces::NEW_MALWARE)?;
    // "much the same effect ... without the need for custom malware": a
    // negated tool is one the attackers did without, as for any cue.
    // "the Low Orbit Ion Cannon, a simple flooding tool": a tool that sends
    // traffic is no malware.
    let floods = found.slice(ctx.text).is_some_and(|t| {
        let lower = t.to_ascii_lowercase();
        ["flooding", "ddos", "denial-of-service", "stress"]
            .iter()
            .any(|w| lower.contains(w))
    });
    (scope_factor(ctx, found) > 0.0 && !floods).then_some(found)
}

/// Whether the story's first sentence names malicious code ("deployed a
/// new custom backdoor", "built its own malware", "a new strain of
/// malware"): a report about the tool.
fn lead_names_malicious_code(ctx: &Context<'_>) -> bool {
    malicious_code_first(ctx).is_some()
}

/// Where the story's first sentence names malicious code (see
/// [`lead_names_malicious_code`]).
fn malicious_code_first(ctx: &Context<'_>) -> Option<Span> {
    static CODE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:malware|backdoors?|trojans?|spyware|implants?|toolkits?|toolsets?|tools?|rootkits?|loaders?|wipers?|stealers?|botnets?|worms?|viruse?s?|firmware)(?-u:\b)",
        )
    });
    first_in_first_sentence(ctx, CODE.as_ref()?)
}

/// Words saying that a flaw has no fix ("an unpatchable flaw", "cannot be
/// patched"): such a story is about the flaw, not a patch.
const UNFIXABLE: &[&str] = &[
    "unpatchable",
    "cannot be patched",
    "can't be patched",
    "cannot be fixed",
    "can't be fixed",
    "no patch is available",
    "no fix is available",
];

/// Whether the story's first sentence tells of researchers making a flaw
/// known ("researchers from Masaryk University disclosed a serious
/// weakness"): the disclosure is the news, whatever fixes followed.
fn lead_tells_of_research(ctx: &Context<'_>) -> bool {
    const WHO: [u64; 4] = [
        ascii_key("researchers"),
        ascii_key("researcher"),
        ascii_key("university"),
        ascii_key("academics"),
    ];
    const DID: [u64; 7] = [
        ascii_key("disclosed"),
        ascii_key("published"),
        ascii_key("discovered"),
        ascii_key("revealed"),
        ascii_key("presented"),
        ascii_key("demonstrated"),
        ascii_key("found"),
    ];
    ctx.first_sentence()
        .is_some_and(|first| holds_both(ctx, first, &WHO, &DID))
}

/// Whether the tokens of `span` hold a word of `one` and a word of `other`
/// (token keys), in one pass.
fn holds_both(ctx: &Context<'_>, span: Span, one: &[u64], other: &[u64]) -> bool {
    let (mut a, mut b) = (false, false);
    for t in ctx.tokens_in(span) {
        a |= one.contains(&t.key);
        b |= other.contains(&t.key);
        if a && b {
            return true;
        }
    }
    false
}

/// Whether the opening paragraph tells of researchers and a flaw ("A
/// security researcher has found flaws in online court record systems ...
/// that allowed anyone ... to read documents that were supposed to be
/// sealed"): data a flaw exposed, found by those who study it, is the
/// flaw's story.
fn lead_tells_of_a_flaw_researchers_found(ctx: &Context<'_>) -> bool {
    const WHO: [u64; 2] = [ascii_key("researchers"), ascii_key("researcher")];
    const FLAW: [u64; 8] = [
        ascii_key("flaw"),
        ascii_key("flaws"),
        ascii_key("vulnerability"),
        ascii_key("vulnerabilities"),
        ascii_key("weakness"),
        ascii_key("weaknesses"),
        ascii_key("bug"),
        ascii_key("bugs"),
    ];
    ctx.body
        .first()
        .is_some_and(|&lead| holds_both(ctx, lead, &WHO, &FLAW))
}

/// Whether the first sentence announces a fix: a vendor "has released
/// firmware updates", "began shipping updates", "released an emergency
/// update", "KeePass 2.54 is out, and with it a fix", a maker "is recalling
/// 1.4 million cars to fix a software flaw".
fn lead_announces_fix(ctx: &Context<'_>) -> bool {
    static ANNOUNCED: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:(?:released|issued|shipped|shipping|rolled\s+out|pushed\s+out)\s+(?:[\w-]+\s+){0,5}?(?:updates?|fix(?:es)?|patch(?:es)?)|with\s+it\s+a\s+fix|recall(?:s|ed|ing)?\s+[^.;]{0,80}?to\s+fix)(?-u:\b)",
        )
    });
    let Some(first) = ctx.first_sentence().and_then(|s| s.slice(ctx.text)) else {
        return false;
    };
    ANNOUNCED.as_ref().is_some_and(|re| re.is_match(first))
}

/// Whether the body or a reference says the flaw cannot be fixed.
fn says_unfixable(ctx: &Context<'_>) -> bool {
    ctx.body.iter().chain(ctx.references).any(|span| {
        span.slice(ctx.text).is_some_and(|line| {
            let lower = line.to_ascii_lowercase();
            UNFIXABLE.iter().any(|w| lower.contains(w))
        })
    })
}

/// The bytes of a word before a cue: ASCII letters, digits and the
/// apostrophe, as a table (one load per byte, not three range tests).
static WORD_BYTES: [bool; 256] = word_bytes();

/// The table of [`WORD_BYTES`], at compile time.
// `b < 256` is checked on the line before the indexing.
#[allow(clippy::indexing_slicing)]
const fn word_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = byte.is_ascii_alphanumeric() || byte == b'\'';
        b += 1;
    }
    table
}

/// Makes `to` the type, with `rule` as evidence pointing at `span`, the
/// words of the lead that tell it.
fn told_in_lead(
    chosen: &mut IncidentType,
    to: IncidentType,
    rule: &str,
    span: Span,
    evidence: &mut Vec<Evidence>,
) {
    *chosen = to;
    evidence.push(Evidence {
        field: "Type",
        rule: rule.to_string(),
        text: to.to_string(),
        span: Some(span),
        weight: 1.0,
    });
}

/// A test of the opening paragraph: the span of what it tells, if it does.
type LeadTest = fn(&Context<'_>) -> Option<Span>;

/// Stories the lead tells as another type than the cues chose: the types a
/// test may change, the test, the type it makes the story, and the rule.
const LEAD_STORIES: &[(&[IncidentType], LeadTest, IncidentType, &str)] = &[
    // "The cyberattack that has disrupted check-in at Europe's airports was
    // caused by ransomware at a third-party supplier": the supplier's
    // compromise reached those the story is about.
    (
        &[IncidentType::Ransomware, IncidentType::DataBreach],
        attack_at_supplier_in_lead,
        IncidentType::SupplyChain,
        "an attack at a supplier of those hit, told in the lead",
    ),
    // "Hackers stole about 300 million pesos ... by sending fraudulent
    // orders": money that intruders took is a theft, however often the text
    // says "fraudulent"; so too a theft done through phishing ("Hackers have
    // stolen $2.3 million ... diverting payments"): the lure is the way in.
    (
        &[IncidentType::Fraud, IncidentType::Phishing],
        theft_of_money_in_lead,
        IncidentType::FinancialTheft,
        "intruders who took money, told in the lead",
    ),
    // Attackers whose aim was to take information ("accused Russian
    // intelligence of trying to steal research on coronavirus vaccines",
    // "are stealing their technical data"): the malware is the means, the
    // spying the story.
    (
        &[IncidentType::Malware],
        aim_to_take_information_in_lead,
        IncidentType::Espionage,
        "attackers out to take information, told in the lead",
    ),
    // A flaw story that tells of documents or intellectual property taken
    // ("stealing bidding documents, field exploration data", "resulted in
    // the theft of intellectual property"): the flaw was the way in, the
    // taking of papers the story.
    (
        &[IncidentType::Vulnerability],
        papers_taken_in_lead,
        IncidentType::Espionage,
        "documents or intellectual property taken, told in the lead",
    ),
    // A theft the lead calls spying ("took intellectual property including
    // chip designs", "an intelligence-gathering operation").
    (
        &[IncidentType::DataBreach],
        spying_told_in_lead,
        IncidentType::Espionage,
        "a theft the lead calls spying",
    ),
    // Private papers published ("posted private correspondence, family
    // photographs and home addresses online", "hackers who stole
    // confidential documents ... have leaked some of them online"), with no
    // ransom or extortion told: the publication is the story, the break-in
    // or the lure its means.
    (
        &[IncidentType::DataBreach, IncidentType::Phishing],
        papers_published_in_lead,
        IncidentType::HackAndLeak,
        "private papers published, told in the lead, no ransom asked",
    ),
    // "Intruders had been using the company's systems as a springboard for
    // attacks on its own customers": a provider breached to reach those it
    // serves.
    (
        &[
            IncidentType::Phishing,
            IncidentType::DataBreach,
            IncidentType::Malware,
        ],
        springboard_to_customers_in_lead,
        IncidentType::SupplyChain,
        "a provider's systems used against its own customers, told in the lead",
    ),
    // "A malware outbreak on some of its computers ... did not say whether
    // any ransom demand appeared": a ransomware family's worm that asked no
    // ransom, told first as malware, is a malware outbreak.
    (
        &[IncidentType::Ransomware],
        malware_outbreak_without_ransom,
        IncidentType::Malware,
        "the first sentence tells of malware, and no ransom was asked",
    ),
    // "Anonymous knocked Formula One's official website offline", "the
    // websites of several ministries were knocked offline": a site flooded
    // off the net, told first, is the story, whatever the hacktivists also
    // defaced or leaked.
    (
        &[IncidentType::HackAndLeak, IncidentType::Defacement],
        knocked_offline_first,
        IncidentType::Ddos,
        "the first sentence tells of websites knocked offline",
    ),
    // "Its computers were hit by ransomware in April last year": the
    // first sentence says what struck, whatever the breach words after it.
    (
        &[IncidentType::DataBreach],
        ransomware_hit_first,
        IncidentType::Ransomware,
        "the first sentence tells of a hit by ransomware",
    ),
    // Machines made to mine cryptocurrency for the intruders ("a
    // cryptocurrency-mining bot that spreads through Facebook Messenger",
    // "supercomputers hijacked to mine Monero"), with no theft told in the
    // lead: the money words are the miner's coin, the malware the story.
    (
        &[IncidentType::FinancialTheft],
        mining_told_in_lead,
        IncidentType::Malware,
        "machines made to mine cryptocurrency, no theft told in the lead",
    ),
];

/// The weight of a cue the words after it date before the story.
const EARLIER_INCIDENT: f32 = 0.25;

/// Makes `to` the type, with `rule` as evidence, when its score reaches
/// `at_least`.
fn give_way_to(
    chosen: &mut IncidentType,
    to: IncidentType,
    at_least: f32,
    ranked: &[(IncidentType, f32)],
    rule: &str,
    evidence: &mut Vec<Evidence>,
) {
    let score = score_of(ranked, to);
    if score >= at_least {
        *chosen = to;
        evidence.push(Evidence {
            field: "Type",
            rule: rule.to_string(),
            text: to.to_string(),
            span: None,
            weight: score,
        });
    }
}

/// Where the opening paragraph says the attack was at a supplier of those
/// hit ("ransomware at a third-party supplier", "an attack on one of its IT
/// providers") or came through one ("the software used by an outside IT
/// company that managed their computers", "stolen ... from a vendor", "file
/// transfer software supplied by the vendor Cleo", "through the company's
/// MOVEit file-transfer system").
fn attack_at_supplier_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static AT_SUPPLIER: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(
        || {
            super::lexicon::ascii_regex(
                r"(?i)(?-u:\b)(?:(?:ransomware|cyber-?attack|attack|intrusion|breach)[\x22”']? (?:at|on|against) (?:a|an|one of (?:its|their)|its|their) (?:[\w-]+ ){0,2}?(?:supplier|provider|vendor|(?:sub)?contractor)s?|(?:through|via|used by|run by|of) (?:a|an|one|its|their) (?:single )?(?:shared |outside |third-party |external )(?:IT |managed[- ]service |technology |software )?(?:company|provider|supplier|vendor|firm|(?:sub)?contractor)|(?:used by|through|via) one of (?:its|their) (?:[\w-]+ ){0,2}?(?:suppliers|providers|vendors|(?:sub)?contractors)|(?:came in|got in|entered|spread) (?:through|via) the (?:company|firm|contractor|vendor|supplier) that (?:supplies|provides|runs|manages|handles|delivers)|(?:from|at) (?:a|an|one of (?:its|their)) (?:[\w-]+ ){0,2}?(?:supplier|provider|vendor|(?:sub)?contractor|law firm|outside firm)s?|(?:supplied|provided|hosted) by (?:the |a |its )?(?:vendor|supplier|provider)|(?:through|via|from|on|in|of) (?:[\w'’.,-]+ ){0,5}?file[- ](?:transfer|sharing) (?:software|service|platform|system|server|tool|appliance|product)s?|(?-i:(?:from|at) (?:[A-Z][\w&.-]* ){0,3}[A-Z][\w&.-]*), (?:a|an|the) (?:[\w'’-]+ ){0,4}?(?:service provider|IT provider|IT services company|outsourcing (?:company|firm|provider|group)|supplier|vendor|contractor|company that (?:provides|supplies) (?:managed )?IT)|(?:company|firm|provider|contractor) that (?:runs|manages|processes|administers) (?:its|their)|(?:company|firm|contractor|vendor) that (?:supplies|provides) their|(?:not|rather than) (?:come )?(?:through|from|via|in|on) (?:a breach of )?(?:its|their|the [\w-]+['’]s?) own (?:systems|networks?|servers)|(?:breaching|breached|hacking|hacked|compromising|compromised) one of (?:its|their) (?:[\w-]+ ){0,2}?(?:suppliers|providers|vendors|(?:sub)?contractors)|(?:run|operated|managed|hosted) by the (?:company|firm|contractor|vendor|supplier) that (?:supplies|provides|runs|manages))(?-u:\b)",
            )
        },
    );
    let lead = ctx.body.first()?;
    let text = lead.slice(ctx.text)?;
    // Not a question left open ("has not determined whether the data came
    // from its own systems or from a vendor").
    // The clause is read back at most 200 bytes, so that a line of many
    // matches stays linear.
    let open_question = |start: usize| {
        let before = text.as_bytes().get(start.saturating_sub(200)..start);
        let before = before.unwrap_or_default();
        let clause_start = memchr::memrchr2(b'.', b';', before).map_or(0, |i| i + 1);
        let clause = before.get(clause_start..).unwrap_or_default();
        memchr::memmem::find(clause, b"whether").is_some() || clause.ends_with(b" or ")
    };
    let found = AT_SUPPLIER
        .as_ref()?
        .find_iter(text)
        .find(|m| !open_question(m.start()))?;
    Some(Span::new(
        lead.start + found.start(),
        lead.start + found.end(),
    ))
}

/// Where the opening paragraph tells of attackers out to take information
/// ("trying to steal research", "an apparent attempt to obtain inside
/// information", "are stealing their technical data"), not of malware
/// built to steal it.
fn aim_to_take_information_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static AIM: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:(?:trying|attempts?|attempting|sought|seeking|tried|bid|efforts?) to (?:steal|obtain|gather|collect|acquire)|(?:are|were|is|was|have been|has been|had been) stealing) (?:[\w'\x{2019}-]+ ){0,4}?(?:research|secrets|intellectual property|(?:technical |sensitive |confidential )?(?:data|information|documents)|designs|blueprints|intelligence)(?-u:\b)",
        )
    });
    first_in_lead(ctx, AIM.as_ref()?)
}

/// Where the opening paragraph calls the theft spying ("in what appears to
/// be an intelligence-gathering operation", "took intellectual property
/// including chip designs"), in a sentence that does not deny it. (Not
/// "spying", which also describes what a product is for: "monitoring
/// software sold for spying on partners".)
fn spying_told_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static SPYING: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:intellectual property|trade secrets|intelligence[- ]gathering|espionage|cyber-?spy\w*)(?-u:\b)",
        )
    });
    static DENIAL: std::sync::LazyLock<super::AnyOf> = std::sync::LazyLock::new(|| {
        super::AnyOf::new(&["denied", "denies", "deny", "no evidence", "not "])
    });
    let span = first_in_lead(ctx, SPYING.as_ref()?)?;
    let denied = ctx
        .sentence_span(span.start)
        .and_then(|s| s.slice(ctx.text))
        .is_some_and(|t| DENIAL.in_text(t));
    (!denied).then_some(span)
}

/// Where the opening paragraph tells of private papers published
/// ("publishing documents he found there", "screenshots of her inbox ...
/// were posted on the internet"), in a body that tells of no ransom or
/// extortion (a gang's leak of its victim's files is the pressure of its
/// demand, not the story).
fn papers_published_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static PUBLISHED: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:(?:posted|published|publishing|posting|leaked|dumped)\s(?:[\w'\x{2019},-]+\s){0,8}?(?:documents|e-?mails|correspondence|messages|photographs|screenshots|source code|inbox|communications)|(?:documents|e-?mails|correspondence|messages|photographs|screenshots|source code|inbox|communications)\s(?:[\w'\x{2019},-]+\s){0,8}?(?:were|was|been|being|are|is|have|has)\s(?:posted|published|leaked|dumped))(?-u:\b)",
        )
    });
    static DEMAND: std::sync::LazyLock<super::AnyOf> =
        std::sync::LazyLock::new(|| super::AnyOf::new(&["ransom", "Ransom", "extort", "Extort"]));
    let span = first_in_lead(ctx, PUBLISHED.as_ref()?)?;
    (!DEMAND.in_body(ctx)).then_some(span)
}

/// Where the opening paragraph tells of documents or intellectual
/// property taken ("stole documents over a period of several days", "the
/// theft of intellectual property").
fn papers_taken_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static TAKEN: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:stole|stealing|steal|theft of|took|exfiltrated) (?:[\w'\x{2019}-]+ ){0,4}?(?:documents|technical information|intellectual property|trade secrets|designs|blueprints)(?-u:\b)",
        )
    });
    first_in_lead(ctx, TAKEN.as_ref()?)
}

/// Where the first sentence tells of malicious code (a malware outbreak, a
/// virus, a worm) and not of ransom, and the body says no ransom was asked
/// ("did not demand a ransom", "whether any ransom demand appeared").
fn malware_outbreak_without_ransom(ctx: &Context<'_>) -> Option<Span> {
    static NO_RANSOM: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:not|n't|never|no|whether any) (?:[\w-]+ ){0,2}?ransom(?-u:\b)",
        )
    });
    let first = ctx.first_sentence()?.slice(ctx.text)?;
    if first.to_ascii_lowercase().contains("ransom") {
        return None;
    }
    let found = malicious_code_first(ctx)?;
    let no_ransom = NO_RANSOM.as_ref()?;
    ctx.body
        .iter()
        .any(|line| line.slice(ctx.text).is_some_and(|l| no_ransom.is_match(l)))
        .then_some(found)
}

/// Where the opening paragraph tells of a company's systems used against
/// its customers ("as a springboard for attacks on its own customers").
fn springboard_to_customers_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static SPRINGBOARD: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(
        || {
            super::lexicon::ascii_regex(
                r"(?i)(?-u:\b)(?:springboard|launch ?pad|stepping[- ]stone|jumping-off point|beachhead) (?:for|to|into) (?:[\w'\x{2019}-]+ ){0,6}?(?:its|their|the company's|the firm's) (?:own )?(?:customers|clients)(?-u:\b)",
            )
        },
    );
    first_in_lead(ctx, SPRINGBOARD.as_ref()?)
}

/// Where the first sentence tells of websites knocked offline ("knocked
/// Formula One's official website offline", "websites were knocked
/// offline").
fn knocked_offline_first(ctx: &Context<'_>) -> Option<Span> {
    static KNOCKED: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:knock(?:ed|ing|s)? (?:[\w'\x{2019}.-]+ ){0,5}?(?:websites?|sites?|portals?|web ?pages?|servers?)(?: (?:[\w'\x{2019}.-]+ ){0,2}?)? ?offline|(?:websites?|sites?|portals?) (?:[\w'\x{2019}-]+ ){0,3}?(?:were|was|have been|has been|had been) knocked (?:offline|down))(?-u:\b)",
        )
    });
    let first = ctx.first_sentence()?;
    let found = first_in_first_sentence(ctx, KNOCKED.as_ref()?)?;
    // "have published the home address of the police chief and knocked
    // the city's website offline": what they published comes first.
    let before = ctx.text.get(first.start..found.start)?.to_ascii_lowercase();
    if ["publish", "leak", "dump", "posted"]
        .iter()
        .any(|w| before.contains(w))
    {
        return None;
    }
    Some(found)
}

/// Where the first sentence tells of something hit by ransomware ("its
/// computers were hit by ransomware", "crippled by a ransomware attack").
fn ransomware_hit_first(ctx: &Context<'_>) -> Option<Span> {
    static HIT_BY: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:hit|struck|crippled|attacked|infected|disrupted|paralysed|paralyzed|encrypted) (?:[a-z]+ ){0,3}?by (?:an? )?(?:[a-z-]+ )?ransomware(?-u:\b)",
        )
    });
    first_in_first_sentence(ctx, HIT_BY.as_ref()?)
}

/// The first match of `pattern` in the story's first sentence.
fn first_in_first_sentence(ctx: &Context<'_>, pattern: &regex::Regex) -> Option<Span> {
    let first = ctx.first_sentence()?;
    let found = pattern.find(first.slice(ctx.text)?)?;
    Some(Span::new(
        first.start + found.start(),
        first.start + found.end(),
    ))
}

/// Where the opening paragraph tells of cryptocurrency mined on others'
/// machines ("cryptojacking", "a cryptocurrency-mining bot", "to mine
/// Monero"), and of no theft.
fn mining_told_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static MINING: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:crypto-?jack\w*|crypto-?min(?:ing|er|ers)|(?:cryptocurrency|coin|monero|bitcoin)[- ]min(?:ing|er|ers)|to mine (?:[\w-]+ ){0,2}?(?:cryptocurrency|cryptocurrencies|monero|bitcoin|coins?))(?-u:\b)",
        )
    });
    static THEFT: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:stole|stolen|steal\w*|theft|heist|drained|looted|robbed)(?-u:\b)",
        )
    });
    let span = first_in_lead(ctx, MINING.as_ref()?)?;
    let theft = THEFT
        .as_ref()
        .is_some_and(|re| first_in_lead(ctx, re).is_some());
    (!theft).then_some(span)
}

/// The first match of `pattern` in the opening paragraph.
fn first_in_lead(ctx: &Context<'_>, pattern: &regex::Regex) -> Option<Span> {
    let lead = ctx.body.first()?;
    let text = lead.slice(ctx.text)?;
    let found = pattern.find(text)?;
    Some(Span::new(
        lead.start + found.start(),
        lead.start + found.end(),
    ))
}

/// A sentence of the opening paragraph that tells of intruders who took
/// money ("Hackers stole about 300 million pesos", "Cyber thieves broke
/// into an online bank account ... and transferred $378,000", "the money
/// siphoned out of NIC Asia Bank ... the largest cyber theft"): who took it
/// (hackers, cyber thieves, a break-in), the taking and the money, in one
/// sentence.
fn theft_of_money_in_lead(ctx: &Context<'_>) -> Option<Span> {
    static INTRUDERS: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:hackers?|hacking (?:crew|group|gang)|cyber ?thie(?:f|ves)|cyber ?criminals?|thieves|(?:broke|hacked) into|cyber ?(?:theft|heist))(?-u:\b)",
        )
    });
    static TAKING: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)(?-u:\b)(?:stole|stolen|siphon(?:ed|ing)?|transferr(?:ed|ing)|drain(?:ed|ing)|divert(?:ed|ing)|redirect(?:ed|ing))(?-u:\b)",
        )
    });
    static MONEY: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        super::lexicon::ascii_regex(
            r"(?i)[$\x{20AC}\x{A3}]|(?-u:\b)(?:money|funds|dollars|euros|pounds|pesos|shillings|rupees|rand|naira|yen)(?-u:\b)",
        )
    });
    let (intruders, taking, money) = (INTRUDERS.as_ref()?, TAKING.as_ref()?, MONEY.as_ref()?);
    let lead = ctx.body.first()?;
    ctx.sentences()
        .iter()
        .filter(|s| lead.start <= s.start && s.end <= lead.end)
        .find(|s| {
            s.slice(ctx.text)
                .is_some_and(|t| intruders.is_match(t) && taking.is_match(t) && money.is_match(t))
        })
        .copied()
}

/// Whether the cue at `span` is "sanctioned" written after an article, as
/// an adjective ("the sanctioned mixer Tornado Cash", "a US-sanctioned
/// exchange"): what someone sanctioned before, not this story's action.
fn sanction_as_adjective(ctx: &Context<'_>, span: Span) -> bool {
    let cue = span.slice(ctx.text).unwrap_or_default();
    if !cue.eq_ignore_ascii_case("sanctioned") {
        return false;
    }
    let before = ctx.before(span.start, 24).to_ascii_lowercase();
    let before = before
        .trim_end()
        .trim_end_matches("us-")
        .trim_end_matches("u.s.-")
        .trim_end();
    before.ends_with(" the") || before.ends_with(" a") || before.ends_with(" an")
}

/// Whether the cue at `span` is "sanctions" a state puts on a country
/// ("reimposed sweeping sanctions on Iran", "sanctions against Russia"):
/// foreign policy, not an action against this story's attackers.
fn sanctions_on_a_country(ctx: &Context<'_>, span: Span) -> bool {
    let cue = span.slice(ctx.text).unwrap_or_default();
    if !cue.eq_ignore_ascii_case("sanctions") {
        return false;
    }
    let after = ctx.text.get(span.end..).unwrap_or_default();
    let Some(rest) = [" on ", " against "]
        .iter()
        .find_map(|w| after.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let at = ctx.text.len() - rest.len();
    ctx.mentions_in(Span::new(at, at + 64.min(rest.len())))
        .next()
        .is_some_and(|m| m.span.start == at && m.kind == EntityKind::Country)
}

/// Whether the cue at `span` is "charged with" a duty ("the officials
/// charged with enforcing them", "the agency charged with protecting"):
/// a responsibility, not a criminal charge.
fn charged_with_a_duty(ctx: &Context<'_>, span: Span) -> bool {
    const DUTIES: &[&str] = &[
        "enforcing",
        "overseeing",
        "protecting",
        "investigating",
        "monitoring",
        "securing",
        "defending",
        "implementing",
        "regulating",
        "supervising",
        "coordinating",
        "safeguarding",
        "policing",
        "administering",
    ];
    let cue = span.slice(ctx.text).unwrap_or_default();
    if !cue.eq_ignore_ascii_case("charged") {
        return false;
    }
    let after = ctx.text.get(span.end..).unwrap_or_default();
    let Some(rest) = after.strip_prefix(" with ") else {
        return false;
    };
    let verb = rest.split(|c: char| !c.is_ascii_alphabetic()).next();
    verb.is_some_and(|v| DUTIES.iter().any(|d| d.eq_ignore_ascii_case(v)))
}

/// Whether the cue at `span` is "seized" or "seizure" told of armed forces
/// (they seize, just before the cue: "Russian forces seized", "troops
/// seized") or of what wars and coups take (right after it: "seized a
/// tanker", "the seizure of the power plant", "seized power").
fn seizure_of_war(ctx: &Context<'_>, span: Span) -> bool {
    const SEIZERS: &[&str] = &[
        "forces",
        "troops",
        "army",
        "soldiers",
        "militants",
        "rebels",
        "navy",
        "guards",
        "military",
        "junta",
        "militia",
        "fighters",
    ];
    const SEIZED: &[&str] = &[
        "tanker",
        "tankers",
        "ship",
        "ships",
        "vessel",
        "vessels",
        "power",
        "plant",
        "town",
        "city",
        "territory",
        "airport",
        "village",
        "island",
    ];
    const ARTICLES: &[&str] = &["a", "an", "the", "of", "its", "their"];
    let cue = span.slice(ctx.text).unwrap_or_default();
    if !(cue.eq_ignore_ascii_case("seized") || cue.eq_ignore_ascii_case("seizure")) {
        return false;
    }
    let before = ctx.before(span.start, 40).to_ascii_lowercase();
    let seizer = before
        .split(|c: char| !c.is_ascii_alphanumeric())
        .rfind(|w| !w.is_empty());
    if seizer.is_some_and(|w| SEIZERS.contains(&w)) {
        return true;
    }
    let after = ctx.text.get(span.end..).unwrap_or_default();
    let after = after
        .get(..floor_char_boundary(after, 60))
        .unwrap_or_default()
        .to_ascii_lowercase();
    // The first word after the cue past articles, "of" and hyphenated
    // modifiers ("a British-flagged tanker", "the seizure of the plant").
    after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .find(|w| !w.is_empty() && !w.contains('-') && !ARTICLES.contains(w))
        .is_some_and(|w| SEIZED.contains(&w))
}

/// Whether the body calls what happened a diversion ("a carefully staged
/// diversion", "a smokescreen", "to distract").
fn told_as_diversion(ctx: &Context<'_>) -> bool {
    static WORDS: std::sync::LazyLock<super::AnyOf> = std::sync::LazyLock::new(|| {
        super::AnyOf::new(&[
            "diversion",
            "smokescreen",
            "smoke screen",
            "distraction",
            "to distract",
        ])
    });
    WORDS.in_body(ctx)
}

/// The score of `t` among the ranked types (0 when no cue named it).
fn score_of(ranked: &[(IncidentType, f32)], t: IncidentType) -> f32 {
    ranked
        .iter()
        .find(|(u, _)| *u == t)
        .map_or(0.0, |&(_, s)| s)
}

/// Nouns of communication that "encrypted" describes as a product's
/// property ("encrypted email", "encrypted messaging app").
const CHANNEL_NOUNS: &[&str] = &[
    "email",
    "e-mail",
    "emails",
    "mail",
    "messaging",
    "messages",
    "messenger",
    "chat",
    "chats",
    "communications",
    "connection",
    "connections",
    "traffic",
    "calls",
    "phone",
    "phones",
    "channel",
    "channels",
];

/// Whether the cue is the word "encrypted" before a noun of communication
/// ("ProtonMail, the encrypted email service").
fn encrypted_channel(ctx: &Context<'_>, cue: Span) -> bool {
    if !cue_is_one_of(ctx, cue, &["encrypted"]) {
        return false;
    }
    let after = ctx.text.get(cue.end..).unwrap_or_default();
    let next = after
        .trim_start_matches(' ')
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .next()
        .unwrap_or_default();
    after.starts_with(' ') && CHANNEL_NOUNS.iter().any(|n| next.eq_ignore_ascii_case(n))
}

/// Whether the cue is the first half of a defence's name ("phishing-resistant
/// MFA", "tamper-proof logs", "ransomware-resilient backups", "the fraud
/// detection system", "the bank's fraud teams").
fn names_a_defence(ctx: &Context<'_>, cue: Span) -> bool {
    let after = ctx.text.get(cue.end..).unwrap_or_default().as_bytes();
    let starts_with = |s: &[u8]| {
        after
            .get(..s.len())
            .is_some_and(|a| a.eq_ignore_ascii_case(s))
    };
    if [&b"-resistant"[..], b"-proof", b"-resilient"]
        .iter()
        .any(|s| starts_with(s))
    {
        return true;
    }
    // "the institution's anti-ransomware software", "anti-phishing
    // training".
    if ctx.before(cue.start, 5).eq_ignore_ascii_case("anti-") {
        return true;
    }
    // A noun for a defence's system or desk right after the cue, as a whole
    // word; but a "fraud detection company" is in the business of the cue,
    // and names the story's subject as a reporter does.
    let Some(noun) = DEFENCE_NOUNS.iter().find(|noun| {
        starts_with(noun)
            && !after
                .get(noun.len())
                .is_some_and(|b| b.is_ascii_alphanumeric())
    }) else {
        return false;
    };
    let next_word = after
        .get(noun.len()..)
        .unwrap_or_default()
        .trim_ascii_start()
        .split(|b| !b.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    !BUSINESS_NOUNS
        .iter()
        .any(|w| next_word.eq_ignore_ascii_case(w))
}

/// The nouns that make a cue before them a defence's name (" detection",
/// " line"), with the space that joins them.
const DEFENCE_NOUNS: [&[u8]; 8] = [
    b" detection",
    b" prevention",
    b" protection",
    b" monitoring",
    b" line",
    b" strategy",
    b" specialists",
    b" department",
];

/// The words after a defence noun that make it a business's trade ("a fraud
/// detection company").
const BUSINESS_NOUNS: [&[u8]; 6] = [
    b"company",
    b"companies",
    b"firm",
    b"firms",
    b"vendor",
    b"vendors",
];

/// Whether the words right before a ransomware cue make it a pretence:
/// "posed as the DarkBit ransomware gang", "disguised as ransomware", "to
/// make it look like a normal ransomware campaign", "fake ransomware".
fn pretended(ctx: &Context<'_>, cue: Span) -> bool {
    const PRETENCES: &[&str] = &[
        "posed as",
        "posing as",
        "poses as",
        "disguised as",
        "masquerading as",
        "masqueraded as",
        "presented themselves as",
        "presenting themselves as",
        "look like",
        "looked like",
        "pretending to be",
        "fake",
        "pseudo",
    ];
    // The words of a pretence, one of which is among the last six words
    // before every match: most cues have none, and are not read further.
    const MARKS: &[&str] = &[
        "posed",
        "posing",
        "poses",
        "disguised",
        "masquerading",
        "masqueraded",
        "themselves",
        "like",
        "pretending",
        "fake",
        "pseudo",
    ];
    let window = ctx.before(cue.start, 48);
    let marked = window
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| MARKS.iter().any(|m| w.eq_ignore_ascii_case(m)));
    if !marked {
        return false;
    }
    let before = window.to_ascii_lowercase();
    PRETENCES.iter().any(|p| {
        before.rfind(p).is_some_and(|at| {
            let gap = before.get(at + p.len()..).unwrap_or_default();
            gap.split_whitespace().count() <= 4 && !gap.contains([',', ';', ':', '.'])
        })
    })
}

/// Whether the cue at `span` is "records" after a word that makes them a
/// domain's or a network's settings ("DNS records", "address records"), or
/// after a determiner in a story of DNS records ("the records also govern
/// where e-mail goes"; the text is searched for "DNS records" once, the
/// first time a determiner asks, and the answer kept in `dns_told`).
fn technical_records(ctx: &Context<'_>, span: Span, dns_told: &std::cell::OnceCell<bool>) -> bool {
    const SETTINGS: &[&str] = &["dns", "address", "domain", "mx", "zone", "txt", "registrar"];
    const DETERMINERS: &[&str] = &["the", "its", "their", "those", "these", "critical"];
    let is_records = span
        .slice(ctx.text)
        .is_some_and(|c| c.eq_ignore_ascii_case("records"));
    is_records
        && ctx
            .before(span.start, 16)
            .split_whitespace()
            .next_back()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| {
                SETTINGS.iter().any(|s| s.eq_ignore_ascii_case(w))
                    || DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
                        && *dns_told.get_or_init(|| {
                            memchr::memmem::find(ctx.text.as_bytes(), b"DNS records").is_some()
                        })
            })
}

/// 1 for a plain cue, 0.5 for a hedged one, 0 for a negated one ("no
/// evidence of exploitation", "denied a breach").
fn scope_factor(ctx: &Context<'_>, cue: Span) -> f32 {
    let Some(sentence) = ctx.sentence_span(cue.start) else {
        return 1.0;
    };
    // The few words before the cue: a bounded look-back. "any" before the
    // cue reaches back to its negation ("had not reached the environment
    // that runs its product or any customer data").
    let any = ctx.before(cue.start, 4).eq_ignore_ascii_case("any ");
    let look_back = if any { 160 } else { 60 };
    let mut from = cue.start.saturating_sub(look_back).max(sentence.start);
    while from < cue.start && !ctx.text.is_char_boundary(from) {
        from += 1;
    }
    let before = ctx.text.get(from..cue.start).unwrap_or_default();
    // ASCII text is split by bytes from the end, without decoding characters.
    if before.is_ascii() {
        scope_of_words(
            before
                .as_bytes()
                .rsplit(|&b| !WORD_BYTES.get(usize::from(b)).is_some_and(|&w| w)),
            any,
        )
    } else {
        scope_of_words(
            before
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .rev()
                .map(str::as_bytes),
            any,
        )
    }
}

/// The factor the words before a cue give it, nearest first: 0 for a
/// negation, 0.5 for a hedge, 1 otherwise. The words are compared as bytes
/// (the negators and hedges are ASCII): no word is decoded.
fn scope_of_words<'a>(words: impl Iterator<Item = &'a [u8]>, any: bool) -> f32 {
    /// How far back a negation reaches an "any" (a word the negation
    /// licenses, "not ... or any").
    const ANY_SCOPE_WORDS: usize = 12;
    let mut factor = 1.0;
    let scope = if any { ANY_SCOPE_WORDS } else { SCOPE_WORDS };
    for (n, w) in words.filter(|w| !w.is_empty()).take(scope).enumerate() {
        // Past the usual scope only a negation counts, not a hedge.
        let near = n < SCOPE_WORDS;
        // "Russia has denied involvement in cyber espionage", "denied any
        // role in the attack": what is denied is one's part in it, not
        // that it happened.
        if PART_WORDS
            .iter()
            .any(|p| p.as_bytes().eq_ignore_ascii_case(w))
        {
            return factor;
        }
        let negated = NEGATORS
            .iter()
            .any(|n| n.as_bytes().eq_ignore_ascii_case(w))
            || w.len() > 3
                && w.get(w.len() - 3..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(b"n't"));
        if negated {
            return 0.0;
        }
        if near && HEDGES.iter().any(|h| h.as_bytes().eq_ignore_ascii_case(w)) {
            factor = 0.5;
        }
    }
    factor
}

/// The Feature for a type: the first row of `data/classify/features.tsv`
/// whose cue occurs (see the body for the exceptions: an insider, a person
/// prosecuted, a row that one aside names).
pub(crate) fn feature(
    ctx: &Context<'_>,
    lex: &Lexicons,
    t: IncidentType,
    insider: bool,
    person: bool,
) -> String {
    let regions: Vec<Span> = ctx.body.iter().chain(ctx.references).copied().collect();
    // "Ab Cd ... was sentenced on Friday", in a story full of the botnet he
    // ran: of the rows of a law-enforcement story about a person (`person`),
    // the one whose cue the first sentence holds is the news.
    if t == IncidentType::LawEnforcement && person && !insider {
        if let Some(first) = ctx.first_sentence() {
            let lead_row = lex
                .features
                .iter()
                .filter(|(ft, _, cues)| *ft == t && !cues.is_empty())
                .find(|(_, _, cues)| !cues.find(ctx.doc, first).is_empty());
            if let Some((_, name, _)) = lead_row {
                return name.clone();
            }
        }
    }
    // The first row that holds, and how often its cues occur.
    let mut first: Option<(&String, usize)> = None;
    for (ft, name, cues) in &lex.features {
        if *ft != t {
            continue;
        }
        let default = cues.is_empty();
        // An insider's row also holds where the attacker is one of the
        // victim's own people, however the text words it.
        let by_insider = insider && name.starts_with("Insider ");
        if default || by_insider {
            return first.map_or(name, |(name, _)| name).clone();
        }
        let count: usize = regions.iter().map(|r| cues.find(ctx.doc, *r).len()).sum();
        match first {
            // Written more than once: no aside, the row holds.
            None if count > 1 => return name.clone(),
            None if count > 0 => first = Some((name, count)),
            // A later row whose cues the text writes four times or more,
            // where the first row's are written once, is what the story is
            // about ("smishing" throughout, "business email compromise" once
            // as an aside).
            Some((_, 1)) if count >= 4 => return name.clone(),
            _ => {}
        }
    }
    first.map_or_else(|| t.to_string(), |(name, _)| name.clone())
}

/// Whether the cue at `span` is a word for where money is kept or traded
/// ("exchange", "exchanges"), not for taking it.
fn setting_word(ctx: &Context<'_>, span: crate::Span) -> bool {
    span.slice(ctx.text)
        .is_some_and(|w| w.eq_ignore_ascii_case("exchange") || w.eq_ignore_ascii_case("exchanges"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_bytes_are_letters_digits_and_apostrophes() {
        for b in 0..=255u8 {
            assert_eq!(
                WORD_BYTES.get(usize::from(b)).copied(),
                Some(b.is_ascii_alphanumeric() || b == b'\''),
                "{b}"
            );
        }
    }

    #[test]
    fn gated_patterns_find_what_they_find_on_whole_lines() {
        let written = [
            "GooseEgg, a custom post-compromise tool, was found.",
            "They used a new Go backdoor. Then a loader.",
            "previously undocumented malware hit them",
            "a backdoor called Tickler. A wiper dubbed AcidRain",
            "the malware, known as X. the tool named Y",
        ];
        pieces::check::gate_holds("new-tool", &NEW_MALWARE, pieces::NEW_MALWARE, &written, 4);
        pieces::check::gate_holds(
            "called-tool",
            &CALLED_TOOL,
            pieces::CALLED_TOOL,
            &written,
            3,
        );
    }
}
