//! Target, Company and Product: organisation phrases in victim roles.
//!
//! An organisation phrase is a run of capitalised words, with "of", "and",
//! "for", "the" allowed inside ("Ministry of Foreign Affairs", "MGM Resorts
//! International"). Role cues from `data/classify/roles.tsv` next to a
//! phrase make it a victim ("targeting X", "X was breached", "attack on X")
//! or the one telling the story ("X said", "according to X"). Actors and
//! malware are never victims. A government body is composed with its
//! country's adjective ("Czech" + "Ministry of Foreign Affairs"), and its
//! Company is the country.
//!
//! The work is split by job: [`phrase`] finds the phrases, [`cues`] weighs
//! the role cues around them, [`merge`] joins the names of one
//! organisation, and this module ranks the victims. [`target`] and
//! [`refine`](mod@refine) make Company and Target of them, with the
//! victim's [`people`], [`assets`] and [`parent`];
//! [`product`](mod@product) reads products and vendors, [`place`]
//! countries, and [`words`] holds the word lists.

mod anaphora;
mod assets;
mod cues;
mod merge;
mod parent;
mod people;
mod phrase;
mod place;
mod product;
mod refine;
mod target;
mod words;

pub(crate) use cues::after_victim_cue;
pub(crate) use product::product;
pub(crate) use refine::{refine, DESCRIBED_VICTIM_ANCHORS};
pub(crate) use target::company_and_target;

use crate::fast_hash::{FastMap, FastSet};
use std::sync::LazyLock;

use super::attacker::Attacker;
use super::lexicon::KeyFilter;
use super::{Context, Lexicons};
use crate::gazetteer::{EntityId, EntityKind};
use crate::report::Span;
use cues::{appositive_cues, included_after_cue, named_as_the_victim, role_scores, RoleCues};
use merge::{expand_initialisms, merge_abbreviations, merge_short_forms};
use phrase::phrases;
use place::{country_in, country_named, is_place};
use product::{is_product, is_system_in, is_vendor};
use words::{
    ascii_lower, not_an_organisation, strip_corporate_suffix, words_of, CONNECTORS,
    GOVERNMENT_WORDS, TECH_TERMS, TECH_TERM_MAX_LEN,
};

/// An organisation in a victim role.
#[derive(Debug, Clone)]
pub(crate) struct Victim {
    pub name: String,
    pub victim: f32,
    pub reporter: f32,
    pub count: usize,
    pub first: Span,
    pub government: bool,
    /// The country named in the same sentence as the phrase's best victim
    /// cue, if any.
    pub country: Option<String>,
}

/// Whether a word of `name` is one of [`GOVERNMENT_WORDS`] ("Ministry",
/// "Commission"), written as a word of its own: the "State" of "Heartland
/// Tri-State Bank" is no state's; or a "Bureau of" something. Not a
/// school ("Pennsylvania State University") nor a business that calls
/// itself an agency ("Collection Agency").
pub(super) fn names_government(name: &str) -> bool {
    // "Pennsylvania State University": a school, whoever runs it; "American
    // Medical Collection Agency": a business that calls itself an agency.
    const NOT_GOVERNMENT: &[&str] = &["University", "College", "School", "Schools"];
    const BUSINESS_AGENCIES: &[&str] = &[
        "Collection Agency",
        "Travel Agency",
        "Advertising Agency",
        "Marketing Agency",
        "Recruitment Agency",
        "Staffing Agency",
        "Talent Agency",
        "Employment Agency",
        "Creative Agency",
        "Digital Agency",
    ];
    // "HBGary Federal": a company's unit for government work, named with
    // "Federal" last, after the company's name.
    let unit = match name.rsplit_once(' ') {
        Some((company, last)) if last.eq_ignore_ascii_case("federal") => company,
        _ => name,
    };
    // "National Informatics Centre", "National Health Service": a
    // nation's centre or service is its government's ("National Grid",
    // "National Public Data" are companies).
    let national_body = name.starts_with("National ")
        && [" Centre", " Center", " Service", " Institute"]
            .iter()
            .any(|w| name.ends_with(w));
    // "Bureau of Meteorology", not "Korea Credit Bureau" or "Tech Bureau".
    let government = national_body
        || name.contains("Bureau of ")
        || unit
            .split(' ')
            .filter(|w| !w.contains('-'))
            .flat_map(words_of)
            .any(|w| {
                let mut buf = [0u8; 16];
                ascii_lower(w, &mut buf).is_some_and(|l| GOVERNMENT_WORDS.contains(&l))
            });
    // The exceptions are read only for the few names that pass.
    government
        && !name.split(' ').any(|w| NOT_GOVERNMENT.contains(&w))
        && !BUSINESS_AGENCIES.iter().any(|a| name.contains(a))
}

/// Finds victims, most likely first.
pub(crate) fn find<'t>(ctx: &Context<'t>, lex: &Lexicons, attacker: &Attacker) -> Vec<Victim> {
    // Not a vendor of the KEV catalog that a list of tools also names
    // ("TeamViewer", "ConnectWise"): the company may be the one hit.
    let taken: Vec<Span> = ctx
        .mentions
        .iter()
        .filter(|m| match m.kind {
            EntityKind::Actor => true,
            EntityKind::Software => !is_vendor(&m.text),
            _ => false,
        })
        .map(|m| m.span)
        .collect();
    // Keyed by the name as written (a slice of the text): no allocation
    // for a name seen before.
    let mut by_name: FastMap<&'t str, Victim> = FastMap::default();
    let toks = ctx.doc.tokens();
    let attacker_country = attacker.attribution.country.as_deref();
    let attacker_id = ctx
        .gazetteer
        .lookup(&attacker.name)
        .into_iter()
        .find(|&id| {
            ctx.gazetteer
                .get(id)
                .is_some_and(|e| e.kind == EntityKind::Actor)
        });
    // The opening sentence of the body and of each reference: news puts the
    // victim first ("Kyivstar lost its services", "X hit by ransomware").
    let mid_sentence = capitalised_mid_sentence(ctx);
    let cues = RoleCues::find(ctx, lex);
    let tools = super::incident::introduced_tools(ctx);
    let lead = ctx.body.first().map(|s| s.start);
    let headlines: Vec<usize> = ctx.references.iter().map(|s| s.start).collect();
    let mut sentence_phrases = Vec::new();
    // Whether a name as written can never be a victim, by the tests that
    // read the name alone.
    let mut never_victim: FastMap<&'t str, bool> = FastMap::default();
    // The keys of the capitalised words, built at the first look-up.
    let capitalised = std::cell::OnceCell::new();
    for sentence in ctx.sentences() {
        let from = toks.partition_point(|t| t.span.start < sentence.start);
        let to = toks.partition_point(|t| t.span.start < sentence.end);
        let Some(sentence_tokens) = toks.get(from..to) else {
            continue;
        };
        let lead_bonus = if Some(sentence.start) == lead {
            3.0
        } else if headlines.contains(&sentence.start) {
            1.0
        } else {
            0.0
        };
        let incident_sentence = lead_bonus > 0.0 && speaks_of_attack(ctx, *sentence);
        let headline = headline_cased(ctx.text, sentence_tokens);
        let mut n = 0;
        // "Albania's National Agency for Information Society": the body a
        // country's possessive names, and that country.
        let mut possessed: Option<(usize, String)> = None;
        phrases(ctx, sentence_tokens, &mut sentence_phrases);
        // "Mandiant, the firm owned by Google Cloud, said ...": a name
        // inside the opening subject's apposition describes the subject and
        // is not the sentence's first.
        let dateline = phrase::dateline_end(ctx.text, sentence_tokens);
        let apposition = sentence_phrases
            .first()
            .filter(|p| p.start == sentence.start || dateline == Some(p.start))
            .and_then(|&p| subject_apposition(ctx, *sentence, p));
        for &phrase in &sentence_phrases {
            if overlaps(&taken, phrase) {
                continue;
            }
            let Some(name) = phrase.slice(ctx.text) else {
                continue;
            };
            // "Deep Dive Into the M00nD3V Logger": a title's capitals make
            // no name, unless the text writes the name elsewhere too.
            if headline && ctx.may_scan_text() && !super::written_again(ctx.text, name, phrase) {
                continue;
            }
            if let Some(owned) = country_possessive(ctx, phrase, name) {
                possessed = Some(owned);
                continue;
            }
            // The tests of where the phrase stands, then those of the name
            // alone, answered once per name (a name recurs; the gazetteer
            // look-ups are the costliest).
            // "the group best known for the mass exploitation of the MOVEit
            // Transfer software": the actor's past victims, not this story's.
            let known_for = || {
                ctx.text
                    .get(sentence.start..phrase.start)
                    .is_some_and(super::known_for)
            };
            if modifier(ctx, phrase)
                || demonym_before_noun(ctx, phrase, name)
                || venue(ctx, phrase)
                || lone_sentence_opener(ctx, phrase, *sentence, &mid_sentence)
                || known_for()
            {
                continue;
            }
            let never = *never_victim.entry(name).or_insert_with(|| {
                name.eq_ignore_ascii_case(&attacker.name)
                    || names_the_attacker(ctx, name, attacker_id)
                    || name.len() <= TECH_TERM_MAX_LEN
                        && TECH_TERMS.iter().any(|t| t.eq_ignore_ascii_case(name))
                    || tools.contains(&name)
                    || not_an_organisation(name)
                    || !could_be_victim(ctx, name, attacker_country, attacker_id)
                    || adjective_of_plural(ctx, name, &capitalised)
            });
            if never {
                continue;
            }
            let name = strip_corporate_suffix(name);
            let describes_subject =
                apposition.is_some_and(|a| a.start <= phrase.start && phrase.end <= a.end);
            n += usize::from(!describes_subject);
            let first_in_sentence = n == 1 && !describes_subject;
            let weight = ctx.weight_at(phrase.start);
            let (mut victim, mut reporter) = role_scores(ctx, &cues, *sentence, phrase);
            // "Snowflake said its own platform had not been breached": the
            // subject denies being hit.
            if first_in_sentence
                && victim > 0.0
                && ctx.text.get(phrase.end..sentence.end).is_some_and(denied)
            {
                victim = 0.0;
            }
            // "Michael Terpin, an early investor, lost ...": the cue after
            // the subject's apposition.
            if first_in_sentence && phrase.start == sentence.start {
                let (v, r) = appositive_cues(ctx, &cues, *sentence, phrase);
                victim += v;
                reporter += r;
            }
            // "against government bodies including the Ministry of Foreign
            // Affairs".
            if included_after_cue(ctx, &cues, phrase) {
                victim += 1.0;
            }
            if named_as_the_victim(ctx, *sentence, phrase) {
                victim += STRONG_VICTIM;
            }
            // "X said hackers broke into its e-mail accounts": the subject
            // telling of an attack on its own things is the victim.
            // Not when it is named as the researchers' employer
            // ("Researchers at ESET traced the infections to M.E.Doc ... its
            // updates"): "its" is another's.
            let own = first_in_sentence
                && !researchers_at(ctx, phrase)
                && own_loss(ctx, *sentence, phrase);
            // The lead's subject is the victim, unless it is the one telling
            // ("Researchers at ESET said ..."): telling of its own loss, it
            // is still the victim ("Hackney Council said ... the attack that
            // crippled its computer systems").
            // A security firm opening the lead tells the story ("CrowdStrike
            // on Monday published a report ..."), unless it tells of its own
            // loss.
            let firm_opening = || {
                (phrase.start == sentence.start || dateline == Some(phrase.start))
                    && security_firm(name)
            };
            if first_in_sentence
                && incident_sentence
                && (reporter == 0.0 && !firm_opening() || own)
                && !security_firm_apposition(ctx, *sentence, phrase)
            {
                victim += lead_bonus;
            }
            if own {
                victim += OWN_LOSS;
            }
            let government = names_government(name);
            let owner = possessed
                .take_if(|(at, _)| *at == phrase.start)
                .map(|(_, country)| country);
            let country = if owner.is_some() {
                owner
            } else if victim > 0.0 {
                country_in(ctx, *sentence, attacker_country)
            } else {
                None
            };
            let v = by_name.entry(name).or_insert_with(|| Victim {
                name: name.to_string(),
                victim: 0.0,
                reporter: 0.0,
                count: 0,
                first: phrase,
                government,
                country: None,
            });
            v.victim += victim * weight;
            v.reporter += reporter * weight;
            v.count += 1;
            if v.country.is_none() {
                v.country = country;
            }
        }
    }
    anaphora::credit_definite(ctx, &cues, &mut by_name);
    merge_short_forms(&mut by_name);
    merge_abbreviations(ctx, &mut by_name);
    expand_initialisms(ctx, &mut by_name);
    let researchers = ResearcherMarks::of(ctx.text);
    let ordinary = ordinary_words(ctx, by_name.keys().copied());
    let flaw_names = FlawNames::of(ctx.text);
    // In text order: the map's order changes from run to run, and the
    // tests below spend the article's budget of searches in the order they
    // meet the names, so the output would too.
    let mut in_text_order: Vec<Victim> = by_name.into_values().collect();
    in_text_order.sort_by(|a, b| a.first.start.cmp(&b.first.start).then(a.name.cmp(&b.name)));
    let (mut victims, others): (Vec<Victim>, Vec<Victim>) = in_text_order
        .into_iter()
        .filter(|v| !ordinary.contains(&crate::text::key_of(&v.name)))
        .filter(|v| !flaw_names.names(&v.name))
        .filter(|v| {
            // Those who report: investigators, the researchers' employer, a
            // security firm with no more than a weak victim cue.
            let reports = reporter_name(&v.name)
                || researchers.employer(ctx, &v.name)
                || v.victim < WEAK_VICTIM && security_firm(&v.name);
            !reports
        })
        .partition(|v| v.victim > 0.0 && v.victim * 2.0 > v.reporter);
    // When no organisation is named in a victim's role, the organisation the
    // article keeps naming without reporting anything is what it is about
    // ("an installer for an application from CyberLink", six times).
    let cued_organisation = victims
        .iter()
        .any(|v| v.victim >= WEAK_VICTIM && !is_place(ctx, &v.name) && !is_product(&v.name));
    if !cued_organisation {
        victims.extend(others.into_iter().filter(|v| {
            v.count >= SALIENT_COUNT
                && v.reporter == 0.0
                && !is_place(ctx, &v.name)
                && !is_product(&v.name)
                && !is_system_in(ctx, &v.name)
                && written_as_organisation(ctx, &v.name)
        }));
    }
    victims.sort_by(|a, b| {
        rank(b)
            .partial_cmp(&rank(a))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.first.start.cmp(&b.first.start))
    });
    victims
}

/// Words that end an organisation's name ("Philippine Overseas Employment
/// Administration", "Acme Bank") besides a government body's
/// ([`GOVERNMENT_WORDS`]); corporate suffixes are stripped before.
const ORGANISATION_TAILS: &[&str] = &[
    "administration",
    "bank",
    "company",
    "group",
    "institute",
    "university",
];

/// The body's opening line after its dateline, if it has one ("KYIV --
/// Contoso Bank said ..." is "Contoso Bank said ...").
pub(crate) fn lead_after_dateline<'t>(ctx: &Context<'t>) -> Option<&'t str> {
    let lead = ctx.body.first()?;
    let toks = ctx.doc.tokens();
    let from = toks
        .get(toks.partition_point(|t| t.span.start < lead.start)..)
        .and_then(|toks| phrase::dateline_end(ctx.text, toks))
        .unwrap_or(lead.start);
    ctx.text.get(from..lead.end)
}

/// Whether `name` ends in an organisation's word ([`ORGANISATION_TAILS`],
/// [`GOVERNMENT_WORDS`]): "Rutgers University", "Acme Bank".
pub(super) fn ends_in_organisation_word(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let mut buf = [0u8; 16];
    ascii_lower(last.trim_end_matches('.'), &mut buf)
        .is_some_and(|l| ORGANISATION_TAILS.contains(&l) || GOVERNMENT_WORDS.contains(&l))
}

/// Whether the text writes `name` as an organisation's: a name ending in
/// an organisation's word, a possessive ("CyberLink's", "Microsoft's") or a
/// maker ("an application from CyberLink"). Technical reports name their
/// figures, tools and file formats as often as news names the victim
/// ("Figure 3", "Restart Manager", "CDATA"): those are no organisations.
fn written_as_organisation(ctx: &Context<'_>, name: &str) -> bool {
    if ends_in_organisation_word(name) {
        return true;
    }
    // Past the article's budget of searches, as if the rule did not exist.
    if !ctx.may_scan_text() {
        return true;
    }
    let bytes = ctx.text.as_bytes();
    memchr::memmem::find_iter(bytes, name.as_bytes()).any(|at| {
        let after = bytes.get(at + name.len()..).unwrap_or_default();
        let before = bytes.get(at.saturating_sub(5)..at).unwrap_or_default();
        after.starts_with(b"'s")
            || after.starts_with("\u{2019}s".as_bytes())
            || before.ends_with(b"from ")
    })
}

/// The keys of the single capitalised words among `names` ("Access",
/// "Ransomware", "Election") that the text writes more often as plain
/// lower-case words ("initial access") than capitalised inside a sentence:
/// ordinary words that a title or a sentence start capitalised, not names.
/// One pass over the tokens for all of them. A lower-case word in a web
/// address or file name ("zscaler.com") is no plain word.
fn ordinary_words<'t>(ctx: &Context<'_>, names: impl Iterator<Item = &'t str>) -> FastSet<u64> {
    // Per key: (plain lower-case, capitalised inside a sentence).
    let mut counts: FastMap<u64, (u32, u32)> = names
        .filter(|n| {
            let mut chars = n.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.as_str().len() >= 2
                && chars.all(|c| c.is_ascii_lowercase())
        })
        .map(|n| (crate::text::key_of(n), (0, 0)))
        .collect();
    if counts.is_empty() {
        return FastSet::default();
    }
    let bytes = ctx.text.as_bytes();
    let sentences = ctx.doc.sentences();
    // One bit per key of 64: most tokens fail it without a map look-up.
    let filter = counts.keys().fold(0u64, |f, &k| f | key_bit(k));
    for t in ctx.doc.tokens() {
        if filter & key_bit(t.key) == 0 {
            continue;
        }
        let Some(c) = counts.get_mut(&t.key) else {
            continue;
        };
        let before = t.span.start.checked_sub(1).and_then(|i| bytes.get(i));
        let after = bytes.get(t.span.end..).unwrap_or_default();
        let in_address = matches!(before, Some(b'.' | b'/' | b'@' | b'_'))
            || matches!(after, [b'.' | b'/' | b'@' | b'_', next, ..] if next.is_ascii_alphanumeric());
        if in_address {
            continue;
        }
        if t.shape.initial_upper {
            let i = sentences.partition_point(|s| s.end <= t.span.start);
            if sentences.get(i).is_some_and(|s| s.start != t.span.start) {
                c.1 += 1;
            }
        } else if !t.shape.has_upper {
            c.0 += 1;
        }
    }
    counts
        .into_iter()
        .filter(|&(_, (plain, capitalised))| plain > capitalised)
        .map(|(key, _)| key)
        .collect()
}

/// The bit of a one-word (64-bit) filter that stands for a token key.
pub(super) const fn key_bit(key: u64) -> u64 {
    1 << (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
}

/// Whether `name`, one word after "The", is one of the attacker's names
/// ("the Dukes" for APT29): the attacker is no victim. (The name alone is
/// tested by [`could_be_victim`].)
fn names_the_attacker(ctx: &Context<'_>, name: &str, attacker: Option<EntityId>) -> bool {
    let Some(attacker) = attacker else {
        return false;
    };
    !name.contains(' ')
        && ctx
            .gazetteer
            .lookup(&format!("The {name}"))
            .contains(&attacker)
}

/// Whether a sentence is written in title case, as a headline is: four
/// words or more of four letters or more, nearly all capitalised ("New
/// Voicemail-Themed Phishing Attacks Use Evasion Techniques"). A reference's
/// address after its title is not read ("... Ecosystem - https://...").
fn headline_cased(text: &str, tokens: &[crate::text::Token]) -> bool {
    let (mut long, mut capitalised) = (0usize, 0usize);
    for t in tokens {
        if text
            .get(t.span.end..)
            .is_some_and(|rest| rest.starts_with("://"))
        {
            break;
        }
        let long_word = t.span.end - t.span.start >= 4
            && t.shape.has_lower | t.shape.has_upper
            && !t.shape.has_digit;
        if long_word {
            long += 1;
            capitalised += usize::from(t.shape.initial_upper);
        }
    }
    long >= 4 && capitalised * 5 >= long * 4
}

/// A victim score below this is one weak cue ("affected X customers").
const WEAK_VICTIM: f32 = 2.0;

/// A victim score from several cues or a lead that speaks of the attack.
const STRONG_VICTIM: f32 = 4.0;

/// How often an organisation without a victim cue must be named to be taken
/// as the one the article is about.
const SALIENT_COUNT: usize = 3;

fn rank(v: &Victim) -> f32 {
    v.victim * 2.0 + v.count as f32 * 0.3 - v.reporter * 0.5
}

/// Not an adjective standing alone ("Ukrainian"), not the attacker's own
/// country, not a state agency named as the attacker's sponsor.
fn could_be_victim(
    ctx: &Context<'_>,
    name: &str,
    attacker_country: Option<&str>,
    attacker: Option<EntityId>,
) -> bool {
    // A country's people ("143 million Americans") are no organisation.
    if people_of_country(ctx, name) {
        return false;
    }
    // A treaty or a law ("the Anti-Counterfeiting Trade Agreement (ACTA)")
    // is what a protest is about, not whom an attack hit.
    const DOCUMENTS: &[&str] = &[
        "Agreement",
        "Treaty",
        "Convention",
        "Accord",
        "Directive",
        "Regulation",
        "Bill",
        "Act",
        "Charter",
    ];
    if name.contains(' ') && DOCUMENTS.iter().any(|d| name.rsplit(' ').next() == Some(d)) {
        return false;
    }
    // Its initials, given in brackets after it ("... Trade Agreement (ACTA)").
    let initials = name.len() <= 8 && name.bytes().all(|b| b.is_ascii_uppercase());
    if initials {
        let bracketed = format!("({name})");
        let of_a_document = memchr::memmem::find_iter(ctx.text.as_bytes(), bracketed.as_bytes())
            .take(4)
            .any(|at| {
                let before = ctx.text.get(..at).unwrap_or_default().trim_end();
                let word = before.rsplit(' ').next().unwrap_or_default();
                DOCUMENTS.contains(&word)
            });
        if of_a_document {
            return false;
        }
    }
    for id in ctx.gazetteer.lookup(name) {
        // One of the attacker's names.
        if Some(id) == attacker {
            return false;
        }
        let Some(e) = ctx.gazetteer.get(id) else {
            continue;
        };
        let own_adjective = e.adjective.as_deref() == Some(name);
        let attackers_state = attacker_country.is_some()
            && (e.kind == EntityKind::Country && Some(e.name.as_str()) == attacker_country
                || e.kind == EntityKind::Agency && e.country.as_deref() == attacker_country);
        if e.kind == EntityKind::Country && own_adjective || attackers_state {
            return false;
        }
    }
    true
}

/// Whether `name`, one word, is the adjective of a name the text also
/// writes in the plural: "Olympic systems" beside "the Olympics". The keys
/// of the text's capitalised words that end in "s" are collected into
/// `capitalised` at the first call (one pass over the tokens, whatever the
/// number of names).
fn adjective_of_plural(
    ctx: &Context<'_>,
    name: &str,
    capitalised: &std::cell::OnceCell<FastSet<u64>>,
) -> bool {
    if name.len() < 4 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let capitalised = capitalised.get_or_init(|| {
        let toks = ctx.doc.tokens();
        let lower_word = |k: Option<usize>| {
            k.and_then(|k| toks.get(k))
                .is_some_and(|t| !t.shape.initial_upper && t.shape.has_lower && !t.shape.has_digit)
        };
        const THE: u64 = crate::text::ascii_key("the");
        toks.iter()
            .enumerate()
            .filter(|&(k, t)| {
                let last = t
                    .span
                    .end
                    .checked_sub(1)
                    .and_then(|i| ctx.text.as_bytes().get(i));
                // "påverkar Tietoevrys tjänster": a genitive between small
                // words, not a plural name ("the Winter Olympics").
                let genitive = || {
                    lower_word(k.checked_sub(1))
                        && k.checked_sub(1)
                            .and_then(|p| toks.get(p))
                            .is_some_and(|p| p.key != THE)
                        && lower_word(Some(k + 1))
                };
                t.shape.initial_upper && t.key_len >= 5 && last == Some(&b's') && !genitive()
            })
            .map(|(_, t)| t.key)
            .collect()
    });
    const S: u64 = crate::text::ascii_key("s");
    let plural = crate::text::concat_keys(crate::text::key_of(name), S, 1);
    capitalised.contains(&plural)
}

/// Whether `name` is the plural of a country's adjective ("Americans",
/// "Ukrainians") or a country's people written so ("Citizens of
/// Indonesia").
fn people_of_country(ctx: &Context<'_>, name: &str) -> bool {
    // "Citizens of Indonesia", "the people of Ukraine".
    let of_country = [
        "Citizens of ",
        "People of ",
        "Residents of ",
        "Citizens in ",
    ]
    .iter()
    .find_map(|p| name.strip_prefix(p))
    .is_some_and(|country| {
        ctx.gazetteer
            .lookup(country)
            .into_iter()
            .filter_map(|id| ctx.gazetteer.get(id))
            .any(|e| e.kind == EntityKind::Country)
    });
    if of_country {
        return true;
    }
    let Some(stem) = name.strip_suffix('s') else {
        return false;
    };
    ctx.gazetteer
        .lookup(stem)
        .into_iter()
        .filter_map(|id| ctx.gazetteer.get(id))
        .any(|e| e.kind == EntityKind::Country && e.adjective.as_deref() == Some(stem))
}

/// The victim weight of a subject telling of an attack on its own things.
const OWN_LOSS: f32 = 1.5;

/// What an attacker has, after "its": not the subject's loss.
const ATTACKERS_THINGS: &[&str] = &[
    "work",
    "pace",
    "activity",
    "activities",
    "campaign",
    "campaigns",
    "tactics",
    "tools",
    "tooling",
    "operators",
    "targets",
    "victims",
    "lures",
    "malware",
    "backdoor",
    "implant",
    "ransomware",
    "exploit",
    "exploits",
];

/// Verbs of harm after which "it" is the one harmed ("criminals had tricked
/// it out of 50 million euros").
const HARM_VERBS: &[&str] = &[
    "tricked",
    "duped",
    "defrauded",
    "scammed",
    "conned",
    "deceived",
    "robbed",
    "extorted",
    "hacked",
    "breached",
    "attacked",
    "targeted",
    "compromised",
];

/// Whether the words after "it" say in the passive that it was harmed
/// ("confirmed that it had been hit by a cyberattack", "it was breached").
fn harmed_after<'t>(
    after: &[crate::text::Token],
    word: &impl Fn(&crate::text::Token) -> &'t str,
) -> bool {
    let mut words = after.iter().take(3).map(word);
    let mut next = words.next();
    if next.is_some_and(|w| matches!(w, "had" | "has" | "have")) {
        next = words.next();
    }
    if !next.is_some_and(|w| matches!(w, "been" | "was" | "is")) {
        return false;
    }
    words
        .next()
        .is_some_and(|w| matches!(w, "hit" | "struck" | "infected") || HARM_VERBS.contains(&w))
}

/// Whether the sentence, after its subject `phrase`, speaks of an attack on
/// "its" or "our" things, or on "it" ("had tricked it").
/// Nouns for an attacker that an "its own" right after refers to.
const ATTACKER_NOUNS: &[&str] = &["group", "gang", "actor", "crew", "operator"];

fn own_loss(ctx: &Context<'_>, sentence: Span, phrase: Span) -> bool {
    /// The keys of "its", "our" and "it": most words are none of them, and
    /// a key comparison tells without reading the word.
    static OWNER_KEYS: LazyLock<[u64; 3]> =
        LazyLock::new(|| ["its", "our", "it"].map(crate::text::key_of));
    let toks = ctx.doc.tokens();
    let from = toks.partition_point(|t| t.span.start < phrase.end);
    let rest = toks.get(from..).unwrap_or_default();
    let word = |t: &crate::text::Token| t.span.slice(ctx.text).unwrap_or_default();
    let owned = rest
        .iter()
        .enumerate()
        .take_while(|(_, t)| t.span.end <= sentence.end)
        .any(|(i, t)| {
            if !OWNER_KEYS.contains(&t.key) {
                return false;
            }
            let w = word(t);
            // "a group that was stepping up its work": what an attacker has
            // is no one's loss.
            // "a state-sponsored hacking group running its own ...": the
            // group's own, the group named among the four words before.
            // "a Chinese group, UNC215, that tried to pass off its ...": a
            // relative clause of an attacker noun, among the ten words
            // before, is the group's.
            let attackers_own = || {
                let next = rest.get(i + 1).map_or("", |t| word(t));
                let relative_of_attacker = || {
                    let before = rest.get(i.saturating_sub(10)..i).unwrap_or_default();
                    before.iter().enumerate().any(|(k, t)| {
                        matches!(word(t), "that" | "which")
                            && before
                                .get(k.saturating_sub(4)..k)
                                .unwrap_or_default()
                                .iter()
                                .any(|t| ATTACKER_NOUNS.contains(&word(t)))
                    })
                };
                ATTACKERS_THINGS.contains(&next)
                    || next == "own"
                        && rest
                            .get(i.saturating_sub(4)..i)
                            .unwrap_or_default()
                            .iter()
                            .any(|t| ATTACKER_NOUNS.contains(&word(t)))
                    || relative_of_attacker()
            };
            let previous = || {
                i.checked_sub(1)
                    .and_then(|p| rest.get(p))
                    .map_or("", |t| word(t))
            };
            (matches!(w, "its" | "our") && !attackers_own())
                || w == "it" && HARM_VERBS.contains(&previous())
                || w == "it" && harmed_after(rest.get(i + 1..).unwrap_or_default(), &word)
        });
    owned
        && speaks_of_attack(ctx, sentence)
        && !ctx.text.get(phrase.end..sentence.end).is_some_and(denied)
}

/// "Mandiant, the threat intelligence firm owned by Google Cloud, has named
/// ...": the apposition right after the phrase calls it a security firm,
/// one that tells of the attack.
fn security_firm_apposition(ctx: &Context<'_>, sentence: Span, phrase: Span) -> bool {
    const KINDS: &[&str] = &[
        "security firm",
        "security company",
        "security vendor",
        "security provider",
        "security researchers",
        "threat intelligence",
        "threat-intelligence",
        "antivirus",
        "incident response firm",
    ];
    let Some(apposition) =
        subject_apposition(ctx, sentence, phrase).and_then(|a| a.slice(ctx.text))
    else {
        return false;
    };
    let lower = apposition.to_ascii_lowercase();
    KINDS.iter().any(|k| lower.contains(k))
}

/// The apposition right after `phrase`, between commas, when it starts with
/// a lower-case word ("X, the encrypted email service started by scientists
/// from CERN, says ..."): where it is, commas excluded.
fn subject_apposition(ctx: &Context<'_>, sentence: Span, phrase: Span) -> Option<Span> {
    /// An apposition is short: a noun phrase, not a clause list.
    const MAX_APPOSITION: usize = 120;
    let rest = ctx.text.get(phrase.end..sentence.end)?;
    let inner = rest.strip_prefix(", ")?;
    if !inner.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let (close, _) = inner
        .char_indices()
        .take_while(|(i, _)| *i < MAX_APPOSITION)
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '.'))
        .filter(|(_, c)| *c == ',')?;
    let start = phrase.end + 2;
    Some(Span::new(start, start + close))
}

/// "Researchers at X", "analysts from X": the phrase names where the
/// people telling the story work.
fn researchers_at(ctx: &Context<'_>, phrase: Span) -> bool {
    let before = ctx.before(phrase.start, 40).trim_end();
    let Some(rest) = before
        .strip_suffix(" at")
        .or_else(|| before.strip_suffix(" from"))
        .or_else(|| before.strip_suffix(" with"))
    else {
        return false;
    };
    let word = rest.rsplit(char::is_whitespace).next().unwrap_or_default();
    [
        "researchers",
        "analysts",
        "experts",
        "investigators",
        "scientists",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether a sentence speaks of an attack at all: answered once per
/// sentence of the document (remembered in the context), directly for any
/// other span.
pub(super) fn speaks_of_attack(ctx: &Context<'_>, sentence: Span) -> bool {
    let sentences = ctx.doc.sentences();
    let i = sentences.partition_point(|s| s.start < sentence.start);
    if sentences.get(i) != Some(&sentence) {
        return names_attack(ctx, sentence);
    }
    let memo = ctx
        .attack_sentences
        .get_or_init(|| vec![std::cell::Cell::new(0); sentences.len()]);
    let Some(cell) = memo.get(i) else {
        return names_attack(ctx, sentence);
    };
    match cell.get() {
        0 => {
            let answer = names_attack(ctx, sentence);
            cell.set(1 + u8::from(answer));
            answer
        }
        known => known == 2,
    }
}

/// Whether the text of `sentence` holds a stem of an attack word.
fn names_attack(ctx: &Context<'_>, sentence: Span) -> bool {
    const STEMS: &[&str] = &[
        "hack",
        "attack",
        "breach",
        "intrusion",
        "intruder",
        "broke into",
        "broken into",
        "compromis",
        "ransom",
        "stole",
        "stolen",
        "theft",
        "outage",
        "disrupt",
        "exploit",
        "phish",
        "leak",
        "wiper",
        "malware",
        "deface",
        "scam",
        "fraud",
        "tricked",
        "duped",
        "swindled",
        "spy",
        "espionage",
        "takedown",
        "seiz",
        "arrest",
    ];
    /// The stems in one case-insensitive automaton (a SIMD prefilter finds
    /// them without lower-casing the sentence).
    static ATTACK_STEMS: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(STEMS)
            .ok()
    });
    let Some(text) = sentence.slice(ctx.text) else {
        return false;
    };
    ATTACK_STEMS.as_ref().is_some_and(|ac| ac.is_match(text))
}

/// "Dubai-based", "Russia-linked", "COVID-19", "X-ray": a name joined by a
/// hyphen to a lower-case word or a number, a modifier or part of a
/// compound word; "the Juneteenth holiday", "the Easter weekend": a name
/// of a time; "Toronto police", "Manhattan prosecutors": where those
/// who investigate serve.
fn modifier(ctx: &Context<'_>, phrase: Span) -> bool {
    let after = ctx.text.get(phrase.end..).unwrap_or_default();
    let compound = after
        .strip_prefix('-')
        .and_then(|rest| rest.bytes().next())
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    compound
        || [" holiday", " weekend", " police", " prosecutors"]
            .iter()
            .any(|m| {
                after
                    .strip_prefix(m)
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
            })
}

/// "Suspected Chinese state hackers": words of several ending in a
/// nationality's adjective, before a word in small letters, describe that
/// noun; they name no organisation.
fn demonym_before_noun(ctx: &Context<'_>, phrase: Span, name: &str) -> bool {
    let Some((_, last)) = name.rsplit_once(' ') else {
        return false;
    };
    const DEMONYM_ENDS: &[&str] = &["ese", "an", "ish", "i", "ch"];
    let next_lower = ctx
        .text
        .get(phrase.end..)
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()));
    next_lower && DEMONYM_ENDS.iter().any(|e| last.ends_with(e)) && is_place(ctx, last)
}

/// "posted on the hacking forum Breach Forums": a forum or market named as
/// where stolen goods were offered is no victim, nor the city of a court or
/// a trial ("a court in Köln (Cologne)").
fn venue(ctx: &Context<'_>, phrase: Span) -> bool {
    let before = ctx.before(phrase.start, 48);
    // "A court in Köln (Cologne)": a gloss in brackets after the venue.
    let before = match before.strip_suffix(" (") {
        Some(head) => head.trim_end_matches(|c: char| c.is_alphanumeric() || c == '-'),
        None => before,
    }
    .as_bytes();
    [
        &b"forum "[..],
        b"forums ",
        b"marketplace ",
        b"court in ",
        b"trial in ",
    ]
    .iter()
    .any(|w| super::ends_with_ignore_case(before, w))
        || hometown(before)
        || town_named(before)
}

/// "the border town of Narva", "the village of Svelgen": a town named as a
/// place (the text before the name given as bytes), not the town's
/// government, which news writes with capitals ("the Town of Brookhaven").
fn town_named(before: &[u8]) -> bool {
    before.ends_with(b" town of ") || before.ends_with(b" village of ")
}

/// "a 24-year-old computer engineer from Gela, in Sicily": where a person
/// is from (the text before the name given as bytes).
fn hometown(before: &[u8]) -> bool {
    static FROM: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
        [
            "man",
            "woman",
            "engineer",
            "student",
            "teenager",
            "hacker",
            "resident",
            "national",
            "developer",
            "programmer",
            "worker",
            "citizen",
            "boy",
            "girl",
        ]
        .iter()
        .map(|p| format!(" {p} from ").into_bytes())
        .collect()
    });
    // One test first: most names follow no "from".
    let from = |b: &[u8]| {
        super::ends_with_ignore_case(b, b" from ")
            && FROM.iter().any(|f| super::ends_with_ignore_case(b, f))
    };
    // "from Gela, in Sicily": the region after the town.
    let region_of_town = || {
        before.strip_suffix(b", in ").is_some_and(|head| {
            let town = head
                .iter()
                .rposition(|&c| c == b' ')
                .map_or(head, |at| head.get(..=at).unwrap_or(head));
            from(town)
        })
    };
    from(before) || region_of_town()
}

/// The capitalised words written somewhere other than at a sentence start,
/// sorted, for binary search: those of them that open some sentence (and
/// possibly a few others), the only ones [`lone_sentence_opener`] asks about.
fn capitalised_mid_sentence<'t>(ctx: &Context<'t>) -> Vec<(u64, &'t str)> {
    let toks = ctx.doc.tokens();
    // Only words that open a sentence are ever looked up: a filter of their
    // keys keeps the list, and its sort, short.
    // The word after a dateline opens its sentence too ("FRANKFURT --
    // Globex said ..."; see `lone_sentence_opener`).
    let mut openers = KeyFilter::new();
    // Where the words after datelines start, in text order.
    let mut after_datelines = Vec::new();
    for s in ctx.doc.sentences() {
        let i = toks.partition_point(|t| t.span.start < s.start);
        if let Some(t) = toks.get(i) {
            openers.insert(t.key);
        }
        let after_dateline = toks
            .get(i..)
            .and_then(|from| phrase::dateline_end(ctx.text, from))
            .and_then(|end| toks.get(toks.partition_point(|t| t.span.start < end)));
        if let Some(t) = after_dateline {
            openers.insert(t.key);
            after_datelines.push(t.span.start);
        }
    }
    let mut sentences = ctx.doc.sentences().iter().peekable();
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.shape.initial_upper || i == 0 || !openers.may_contain(t.key) {
            continue;
        }
        // Tokens and sentences are both in text order: walk them together
        // (up to each token visited; the walk only moves forward).
        while sentences.next_if(|s| s.end <= t.span.start).is_some() {}
        let starts = sentences.peek().is_some_and(|s| s.start == t.span.start)
            || after_datelines.binary_search(&t.span.start).is_ok();
        if !starts {
            if let Some(w) = t.span.slice(ctx.text) {
                out.push((t.key, w));
            }
        }
    }
    // By the token's key (a number: cheap to sort), then the word.
    out.sort_unstable();
    out.dedup();
    out
}

/// "the Heartbleed flaw", "the Follina bug": the one-word names the text
/// writes right before a word for a flaw, found in one pass per flaw word.
/// Such a name, no product or vendor of the KEV catalog, is the flaw's name,
/// not a victim ("a breach ... through Heartbleed").
struct FlawNames<'t> {
    /// Sorted.
    words: Vec<&'t str>,
}

impl<'t> FlawNames<'t> {
    fn of(text: &'t str) -> FlawNames<'t> {
        const FLAW_WORDS: &[&str] = &[" flaw", " bug", " vulnerabilit", " exploit"];
        let bytes = text.as_bytes();
        let mut words = Vec::new();
        for flaw in FLAW_WORDS {
            for at in memchr::memmem::find_iter(bytes, flaw.as_bytes()) {
                // The whole word, or its plural ("the Wintermute exploiter"
                // names no flaw).
                let rest = bytes.get(at + flaw.len()..).unwrap_or_default();
                let tail = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
                let whole = match *flaw {
                    " vulnerabilit" => matches!(rest.get(..tail), Some(b"y" | b"ies")),
                    _ => tail == 0 || rest.get(..tail) == Some(b"s"),
                };
                if !whole {
                    continue;
                }
                let before = text.get(..at).unwrap_or_default();
                let word = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or_default();
                if word.starts_with(|c: char| c.is_uppercase()) {
                    words.push(word);
                }
            }
        }
        words.sort_unstable();
        words.dedup();
        FlawNames { words }
    }

    /// Whether `name` is one of them.
    fn names(&self, name: &str) -> bool {
        !name.contains(' ')
            && self.words.binary_search(&name).is_ok()
            && !is_product(name)
            && !is_vendor(name)
    }
}

/// A single capitalised word that opens a sentence and is written in
/// capitals nowhere else mid-sentence ("Joint", "Officials"): an ordinary
/// word, not a name.
fn lone_sentence_opener(
    ctx: &Context<'_>,
    phrase: Span,
    sentence: Span,
    mid_sentence: &[(u64, &str)],
) -> bool {
    let Some(word) = phrase.slice(ctx.text) else {
        return false;
    };
    if word.contains(' ') {
        return false;
    }
    let toks = ctx.doc.tokens();
    // The sentence opens with the word, or with a dateline and then the
    // word ("TEHRAN -- Passengers at railway stations ..."; not a place:
    // "KYIV -- Ukraine's Security Service").
    let after_dash = || {
        ctx.text.get(..phrase.start).is_some_and(|before| {
            ["- ", "\u{2014} ", "\u{2013} "]
                .iter()
                .any(|d| before.ends_with(d))
        })
    };
    let opens = phrase.start == sentence.start
        || after_dash()
            && toks
                .get(toks.partition_point(|t| t.span.start < sentence.start)..)
                .and_then(|from| phrase::dateline_end(ctx.text, from))
                == Some(phrase.start)
            && !is_place(ctx, word);
    if !opens {
        return false;
    }
    // An inner capital or digit, or a domain ("Northwind.ms"): a name.
    if word
        .chars()
        .skip(1)
        .any(|c| c.is_uppercase() || c.is_numeric())
        || phrase::without_domain(word).len() < word.len()
    {
        return false;
    }
    let Some(token) = toks.get(toks.partition_point(|t| t.span.start < phrase.start)) else {
        return false;
    };
    mid_sentence.binary_search(&(token.key, word)).is_err()
}

/// The names the text may give as the employer of researchers who report:
/// the runs of capitalised words right after "researchers from", "academics
/// at"... and right before " researchers", " academics", each with every
/// shorter run that starts (after) or ends (before) where it does.
struct ResearcherMarks<'t> {
    names: FastSet<&'t str>,
}

/// The most words of an employer's name.
const EMPLOYER_WORDS: usize = 6;

impl<'t> ResearcherMarks<'t> {
    /// One pass over the text for each of "researchers" and "academics", in
    /// lower case or capitalised.
    fn of(text: &'t str) -> ResearcherMarks<'t> {
        const LINKS: &[&str] = &["from ", "at ", "of ", "with "];
        let bytes = text.as_bytes();
        let mut names = FastSet::default();
        // "esearcher" and "cademics" find both casings of each word, and
        // "researcher" both numbers ("a Google security researcher").
        for (tail, initials) in [("esearcher", b"rR"), ("cademics", b"aA")] {
            for tail_at in memchr::memmem::find_iter(bytes, tail.as_bytes()) {
                let Some(at) = tail_at.checked_sub(1) else {
                    continue;
                };
                if !bytes.get(at).is_some_and(|b| initials.contains(b)) {
                    continue;
                }
                let plural = bytes.get(tail_at + tail.len()) == Some(&b's');
                let word_len = tail.len() + 1 + usize::from(plural && tail == "esearcher");
                if bytes.get(at.wrapping_sub(1)) == Some(&b' ') {
                    let before = text.get(..at - 1).unwrap_or_default();
                    // "Google security researchers": the employer before
                    // the field.
                    let before = before
                        .strip_suffix(" security")
                        .or_else(|| before.strip_suffix(" Security"))
                        .unwrap_or(before);
                    capitalised_runs_before(before, &mut names);
                }
                let rest = text.get(at + word_len..).unwrap_or_default();
                let Some(rest) = rest.strip_prefix(' ') else {
                    continue;
                };
                if let Some(link) = LINKS.iter().find(|l| rest.starts_with(*l)) {
                    capitalised_runs_after(rest.get(link.len()..).unwrap_or_default(), &mut names);
                }
            }
        }
        ResearcherMarks { names }
    }

    /// Whether the text gives `name` as the employer of researchers who
    /// report ("researchers from Ruhr University Bochum", "Acme
    /// researchers"): it reports, whatever attack its sentence tells of,
    /// unless a sentence naming it tells of its own loss ("iPhones used by
    /// its own staff").
    fn employer(&self, ctx: &Context<'_>, name: &str) -> bool {
        if !self.names.contains(name) {
            return false;
        }
        // Past the article's budget of searches, the employer reports.
        if !ctx.may_scan_text() {
            return true;
        }
        let text = ctx.text;
        !memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|at| {
            let window = ctx.window(at, 300);
            window.contains("its own") || window.contains("their own")
        })
    }
}

/// Whether a word starts with a capital or a digit (a name's word).
fn name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// A one-byte white-space character between two words.
fn ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\n' | '\r' | '\t')
}

/// Whether a word may stand inside a name ("University of Cambridge").
fn name_connector(w: &str) -> bool {
    words::CONNECTORS.contains(&w)
}

/// Adds the runs of up to [`EMPLOYER_WORDS`] words that start `text` and
/// end in a name word ("Ruhr", "Ruhr University", "Ruhr University
/// Bochum"; "University of Cambridge"), trailing punctuation trimmed.
fn capitalised_runs_after<'t>(text: &'t str, names: &mut FastSet<&'t str>) {
    let mut at = 0;
    for (i, word) in text.split(ascii_space).take(EMPLOYER_WORDS).enumerate() {
        let trimmed = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let start = if i == 0 { 0 } else { at + 1 };
        if name_word(trimmed) {
            if let Some(run) = text.get(..start + trimmed.len()) {
                names.insert(run);
            }
        } else if i == 0 || !name_connector(word) {
            break;
        }
        if trimmed.len() != word.len() {
            break;
        }
        at = start + word.len();
    }
}

/// Adds the runs of up to [`EMPLOYER_WORDS`] words that end `text` and
/// start with a name word ("Acme", "Globex Acme", "University of
/// Cambridge").
fn capitalised_runs_before<'t>(text: &'t str, names: &mut FastSet<&'t str>) {
    let mut start = text.len();
    for (i, word) in text.rsplit(ascii_space).take(EMPLOYER_WORDS).enumerate() {
        if word.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
        start -= word.len();
        if name_word(word) {
            if let Some(run) = text.get(start..) {
                names.insert(run);
            }
        } else if i == 0 || !name_connector(word) {
            break;
        }
        start = start.saturating_sub(1);
    }
}

/// Security research and threat-intelligence firms
/// (`data/classify/security_firms.tsv`): each firm's words after the first,
/// by its first word, all in lower case.
static SECURITY_FIRMS: LazyLock<FastMap<String, Vec<Vec<String>>>> = LazyLock::new(|| {
    let mut by_first: FastMap<String, Vec<Vec<String>>> = FastMap::default();
    let rows = super::lexicon::rows(include_str!("../../../data/classify/security_firms.tsv"));
    for row in rows {
        let Some(name) = row.first() else { continue };
        let mut words = name.split(' ').map(str::to_ascii_lowercase);
        let Some(first) = words.next() else { continue };
        by_first.entry(first).or_default().push(words.collect());
    }
    by_first
});

/// Whether `name` is a security firm's, or one of its teams' ("Zscaler
/// ThreatLabZ", "Cisco Talos", "Mandiant Intelligence"): the firm's words
/// in a row among the name's. One look-up per word of the name.
pub(super) fn security_firm(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.iter().enumerate().any(|(i, word)| {
        let mut buf = [0u8; 32];
        let Some(first) = ascii_lower(word, &mut buf) else {
            return false;
        };
        let Some(rests) = SECURITY_FIRMS.get(first) else {
            return false;
        };
        let after = words.get(i + 1..).unwrap_or_default();
        rests.iter().any(|rest| {
            rest.len() <= after.len()
                && rest
                    .iter()
                    .zip(after)
                    .all(|(a, b)| a.eq_ignore_ascii_case(b))
        })
    })
}

/// Names of those who investigate or report rather than suffer: threat
/// intelligence teams, research labs, security and intelligence services,
/// police.
fn reporter_name(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "intelligence",
        "threat",
        "research",
        "researchers",
        "labs",
        "lab",
        "security",
        "police",
        "investigation",
        "cert",
        "ncsc",
        "cisa",
        "fbi",
        "nsa",
        "europol",
        "interpol",
        "sbu",
        "justice",
        "prosecutor",
        "prosecutors",
        "crime",
        "treasury",
        "ofac",
        // Regulators and ombudsmen ("Information Commissioner's Office"):
        // they fine or investigate the victim.
        "commissioner",
    ];
    // Bodies that study or teach rather than investigate ("National Research
    // Council", "Security Studies University", "Climatic Research Unit",
    // "Korea Atomic Energy Research Institute").
    const OTHER_BODIES: &[&str] = &[
        "Council",
        "University",
        "College",
        "Hospital",
        "Foundation",
        "Unit",
        "Institute",
    ];
    let words = || name.split(|c: char| !c.is_alphanumeric());
    words().any(|w| WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
        && !name
            .as_bytes()
            .windows(8)
            .any(|w| w.eq_ignore_ascii_case(b"ministry"))
        && !words()
            .next_back()
            .is_some_and(|w| OTHER_BODIES.contains(&w))
}

/// Whether `s` overlaps one of `spans`, which are in text order and do not
/// overlap each other (binary search).
fn overlaps(spans: &[Span], s: Span) -> bool {
    let i = spans.partition_point(|t| t.end <= s.start);
    spans.get(i).is_some_and(|t| t.start < s.end)
}

/// "Albania's National Agency for Information Society": when `name` (at
/// `phrase`) is a country written in the possessive right before a
/// government body's name, the body's start and the country's name. The
/// country is then not a victim phrase of its own: the body is.
fn country_possessive(ctx: &Context<'_>, phrase: Span, name: &str) -> Option<(usize, String)> {
    let rest = ctx.text.get(phrase.end..)?;
    let skip = if rest.starts_with("'s ") {
        3
    } else if rest.starts_with("\u{2019}s ") {
        "\u{2019}s ".len()
    } else {
        return None;
    };
    let body = rest.get(skip..)?;
    if let Some(at) = named_government_body(body) {
        let country = country_named(ctx, name)?;
        return Some((phrase.end + skip + at, country));
    }
    if !body.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // The body's name: capitalised words (and connectors) up to the first
    // other character; one of them a government word.
    let words = body
        .split(' ')
        .take(8)
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()) || CONNECTORS.contains(w));
    let government = words
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| GOVERNMENT_WORDS.contains(&w.to_ascii_lowercase().as_str()));
    if !government {
        return None;
    }
    let country = country_named(ctx, name)?;
    Some((phrase.end + skip, country))
}

/// "parliament, the Eduskunta," (after a country's possessive): a body
/// named by lower-case words, the last a government word, and then by its
/// own name in apposition; where in `body` that name starts.
fn named_government_body(body: &str) -> Option<usize> {
    // The lower-case words are few: read no further than they can reach.
    let head = body.get(..crate::classify::floor_char_boundary(body, 48))?;
    let words = head.get(..head.find(", the ")?)?;
    let name = body.get(words.len() + ", the ".len()..)?;
    let government = words.len() <= 40
        && words.split(' ').count() <= 3
        && words
            .split(' ')
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        && words
            .rsplit(' ')
            .next()
            .is_some_and(|w| GOVERNMENT_WORDS.contains(&w));
    (government && name.starts_with(|c: char| c.is_uppercase()))
        .then_some(words.len() + ", the ".len())
}

/// "its own platform had not been breached", "no evidence that its systems
/// were compromised": a negation, then within four words a word of being
/// hit.
fn denied(rest: &str) -> bool {
    const HIT: &[&str] = &[
        "breach",
        "compromis",
        "hack",
        "affected",
        "accessed",
        "attacked",
    ];
    // One pass, no allocation: the words left in reach of the last
    // negation.
    let mut reach = 0;
    for w in rest.split_whitespace().take(64) {
        if reach > 0 && HIT.iter().any(|h| w.starts_with(h)) {
            return true;
        }
        reach = if matches!(w, "not" | "no" | "never" | "denied" | "denies") {
            4
        } else {
            reach - u8::from(reach > 0)
        };
    }
    false
}

#[cfg(test)]
mod tests {
    /// Target rules: (name, article, expected Target), each run through the
    /// whole pipeline.
    const TARGETS: &[(&str, &str, &str)] = &[
        (
            "customers_of_the_product_the_name_is_written_before",
            "The REvil gang hit Contoso with ransomware through a fake Contoso Relay hot-fix. \
             Contoso told customers to shut down their servers; Relay customers were \
             compromised by the hundred.",
            "Contoso Relay Customers",
        ),
        (
            "users_of_a_program_and_their_country",
            "A destructive wiper hit Ledgerly, a tax program used by many Ukrainian businesses, \
             after hackers planted a backdoor in its updates and the attack spread.",
            "Ledgerly Users in Ukraine",
        ),
        (
            "software_users_of_a_supply_chain_compromise",
            "Hackers tampered with an installer for an application from Fabrikam Corp., a \
             Taiwanese maker of video software, in a supply chain attack. The signed \
             installer from Fabrikam looked legitimate to users.",
            "Fabrikam Software Users",
        ),
        (
            "users_of_a_feature_data_was_taken_through",
            "Hackers breached Contoso and stole profile data of its customers in a data \
             breach. The attacker used the Family Finder feature, which lets customers see \
             matches, to scrape the data of millions.",
            "Contoso Family Finder Users",
        ),
        (
            "the_role_a_fraud_worked_on_most",
            "Fraudsters tried to trick a senior manager at Contoso with a deepfake of its \
             chief executive. They arranged a meeting with an agency leader and tried to \
             persuade the agency leader to wire money in a fraud.",
            "Contoso Agency Leader",
        ),
        (
            "the_team_an_impostor_was_hired_into",
            "Hackers compromised Contoso when an impostor it had hired loaded malware on its \
             workstation. The firm had been recruiting a software engineer for its internal \
             IT team.",
            "Contoso Internal IT Team",
        ),
        (
            "the_subsidiary_a_sentence_names",
            "Fabrikam said its European subsidiary had been tricked into wiring $37 million to \
             criminals in a business email compromise. The subsidiary concerned was \
             Fabrikam Europe, based in Belgium.",
            "Fabrikam Europe",
        ),
        (
            "a_network_of_the_kind_written",
            "A destructive attack knocked out the Skylink network operated by Contoso, and \
             modems went dark across Europe in the satellite network attack.",
            "Skylink Satellite Network",
        ),
        (
            "an_operators_infrastructure_is_its_network",
            "Hackers hit Fabrikam with a destructive cyberattack on its infrastructure. \
             Fabrikam is the largest mobile operator in the region.",
            "Fabrikam Mobile Network",
        ),
        (
            "the_device_class_a_product_runs_on",
            "Contoso disclosed CVE-2024-3400, a critical flaw in its PAN-OS firewall software \
             exploited in the wild as a zero-day against a customer's firewall.",
            "PAN-OS Firewall Customers",
        ),
        (
            "applicants_whose_records_were_taken",
            "Hackers breached Fabrikam Bank and stole personal data on 100 million people. \
             Most of the records came from credit card applications.",
            "Fabrikam Bank Credit Card Applicants",
        ),
        (
            "the_operation_as_the_text_names_it",
            "Police in Europe seized the servers of the Conti ransomware gang in a takedown. \
             The Conti ransomware had hit 1,500 victims; Conti ransomware affiliates were \
             arrested and its infrastructure was taken down.",
            "Conti Ransomware Infrastructure",
        ),
        (
            "what_a_body_is_focused_on",
            "Iranian hackers targeted a nuclear expert at a US think tank focused on foreign \
             affairs in a phishing campaign.",
            "US Foreign-Affairs Think Tank",
        ),
        (
            "one_place_written_as_its_adjective",
            "The record DDoS attack was aimed at an internet service provider in East Asia and \
             lasted 80 seconds.",
            "East Asian Internet Service Provider",
        ),
        (
            "a_cue_before_customer_things_is_not_the_organisations",
            "Data on 560 million people was stolen from a cloud database of Fabrikam, a ticket \
             seller. Attackers used stolen credentials against Contoso customer instances \
             without MFA; attacks on Contoso customer accounts began in April. Attacks against \
             Contoso customer instances went on.",
            "Fabrikam",
        ),
    ];

    #[test]
    fn target_table() {
        let mut failed = Vec::new();
        for (name, article, expected) in TARGETS {
            let got = crate::Extractor::new()
                .extract(article.as_bytes())
                .map(|r| r.classification.target)
                .unwrap_or_default();
            if got != *expected {
                failed.push(format!("{name}: got {got:?}, expected {expected:?}"));
            }
        }
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn harmed_after_table() {
        // (the words after "it", whether they say it was harmed)
        let cases = [
            ("had been hit by a cyberattack", true),
            ("was breached in May", true),
            ("has been infected", true),
            ("is targeted", true),
            ("had been told of the attack", false),
            ("was hit", true),
            ("hit the bank", false),
            ("had hit the bank", false),
            ("", false),
        ];
        for (words, expected) in cases {
            let doc = crate::text::Document::new(words);
            let word = |t: &crate::text::Token| t.span.slice(words).unwrap_or_default();
            assert_eq!(
                super::harmed_after(doc.tokens(), &word),
                expected,
                "{words:?}"
            );
        }
    }
}
