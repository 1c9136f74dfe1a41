//! Products and vendors from CISA's KEV catalog: the Product field, the
//! vendor of a product named, and systems that are not organisations.

use crate::classify::lexicon::{self, PhraseSet};
use crate::classify::{Context, IncidentType};
use crate::fast_hash::{FastMap, FastSet};
use crate::gazetteer::EntityKind;
use crate::text::ascii_key;
use std::sync::LazyLock;

use super::phrase::{joins, word};
use super::place::is_place;
use super::words::{ascii_lower, GOVERNMENT_WORDS, SYSTEM_WORDS};
use super::Victim;

/// The vendor's name followed by one of its KEV products ("SolarWinds
/// Orion", "Cisco IOS XE"), the pair written most often: (vendor, vendor and
/// product as written). One hash look-up per capitalised word.
pub(super) fn vendor_and_product(ctx: &Context<'_>) -> Option<(String, String)> {
    let toks = ctx.doc.tokens();
    let mut counts: FastMap<(&str, &str), (usize, usize)> = FastMap::default();
    for (i, t) in toks.iter().enumerate() {
        if !t.shape.initial_upper || !joins(ctx, toks, i) {
            continue;
        }
        let vendor = word(ctx, toks, i);
        // The product: one word, or two ("IOS XE").
        for len in 1..=2 {
            let (Some(first), Some(last)) = (toks.get(i + 1), toks.get(i + len)) else {
                break;
            };
            if len == 2 && !joins(ctx, toks, i + 1) {
                break;
            }
            let Some(product) = ctx.text.get(first.span.start..last.span.end) else {
                break;
            };
            let mut buf = [0u8; 64];
            let vendor_of_product = match ascii_lower(product, &mut buf) {
                Some(lower) => VENDORS.get(lower),
                None => VENDORS.get(product.to_lowercase().as_str()),
            };
            let owned = vendor_of_product.is_some_and(|v| v.eq_ignore_ascii_case(vendor));
            if owned {
                let Some(pair) = ctx.text.get(t.span.start..last.span.end) else {
                    break;
                };
                let e = counts.entry((vendor, pair)).or_insert((0, t.span.start));
                e.0 += 1;
            }
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|((vendor, pair), _)| (vendor.to_string(), pair.to_string()))
}

/// Who runs a vendor's product: "Customers" when the text speaks of a
/// customer at all ("a customer's firewall"), else "Users".
pub(super) fn users_word(ctx: &Context<'_>) -> &'static str {
    if ctx.text.contains("customer") {
        "Customers"
    } else {
        "Users"
    }
}

/// Whether a name is a product from the KEV catalog ("Outlook",
/// "Defender for Endpoint": a product's name and what follows it).
pub(super) fn is_product(name: &str) -> bool {
    vendor_of(name).is_some()
}

/// Whether the last word of `name` is a company's legal suffix ("Inc",
/// "S.A.", "N.V.", "GmbH"), dots aside.
fn ends_in_legal_suffix(name: &str) -> bool {
    const DOTTED: &[&str] = &["NV", "BV", "SpA", "AB", "ASA", "Oyj", "SE", "SAS", "KK"];
    let Some((_, last)) = name.rsplit_once(' ') else {
        return false;
    };
    if !last.starts_with(|c: char| c.is_ascii_alphabetic()) || last.len() > 12 {
        return false;
    }
    let bare = || last.bytes().filter(|&b| b != b'.');
    super::words::CORPORATE_SUFFIXES
        .iter()
        .chain(DOTTED)
        .any(|s| s.bytes().eq(bare()))
}

/// The vendor of a product from the KEV catalog: the product named exactly
/// (case aside), or at the start of the name followed by more words
/// ("Defender for Endpoint"), or after its vendor ("Microsoft Outlook").
pub(super) fn vendor_of(name: &str) -> Option<&'static str> {
    // "Outlook.com": the service written as its domain.
    let name = super::phrase::without_domain(name);
    let lower = name.to_lowercase();
    if let Some(vendor) = VENDORS.get(lower.as_str()) {
        return Some(vendor);
    }
    // "Orion S.A.", "Fortress Inc": a company's legal name, whatever product
    // its first word spells.
    if ends_in_legal_suffix(name) {
        return None;
    }
    // The longest known product that starts the name.
    let mut at = lower.len();
    while let Some(cut) = lower.get(..at).and_then(|head| head.rfind(' ')) {
        let head = lower.get(..cut).unwrap_or_default();
        if head.len() >= 4 {
            if let Some(vendor) = VENDORS.get(head) {
                return Some(vendor);
            }
        }
        at = cut;
    }
    // "Microsoft Outlook": the vendor's name, then its product.
    if let Some((first, rest)) = lower.split_once(' ') {
        if let Some(vendor) = VENDORS.get(rest).filter(|v| v.eq_ignore_ascii_case(first)) {
            return Some(vendor);
        }
        // "Print Spooler": the end of a product's name ("Windows Print
        // Spooler"), two words or more (and short: a name is not a
        // paragraph).
        if lower.len() > 64 {
            return None;
        }
        return VENDORS_BY_TAIL
            .get(lower.as_str())
            .map(|&(_, vendor)| vendor);
    }
    None
}

/// The vendor of every product by each of its proper tails of two words or
/// more ("print spooler" of "windows print spooler"); where products share a
/// tail, the first product in sorted order gives the vendor.
static VENDORS_BY_TAIL: LazyLock<FastMap<&'static str, (&'static str, &'static str)>> =
    LazyLock::new(|| {
        let mut map: FastMap<&'static str, (&'static str, &'static str)> = FastMap::default();
        for (product, &vendor) in VENDORS.iter() {
            let product = product.as_str();
            for (space, _) in product.match_indices(' ') {
                let Some(tail) = product.get(space + 1..) else {
                    continue;
                };
                if !tail.contains(' ') {
                    break;
                }
                let entry = map.entry(tail).or_insert((product, vendor));
                if product < entry.0 {
                    *entry = (product, vendor);
                }
            }
        }
        map
    });

/// Every KEV product (lower case) with its vendor.
static VENDORS: LazyLock<FastMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    // The first row of a name wins, in the table's (sorted) order.
    for (vendor, product) in kev_rows().filter(|(_, p)| p.len() > 2) {
        map.entry(product.to_lowercase()).or_insert(vendor);
    }
    map
});

/// The vendor as the text writes it: KEV's "Progress" is "Progress
/// Software" when the article says so.
pub(super) fn vendor_as_written(ctx: &Context<'_>, vendor: &str) -> String {
    const COMPANY_WORDS: &[&str] = &[
        "Software",
        "Systems",
        "Technologies",
        "Networks",
        "Communications",
        "Corporation",
        "Group",
        "Labs",
        "Foundation",
    ];
    let mut from = 0;
    while let Some(i) = ctx.text.get(from..).and_then(|t| t.find(vendor)) {
        let end = from + i + vendor.len();
        // Up to two such words ("Apache Software Foundation").
        let words: Vec<&str> = ctx
            .text
            .get(end..)
            .and_then(|t| t.strip_prefix(' '))
            .unwrap_or_default()
            .splitn(3, ' ')
            .take(2)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .take_while(|w| COMPANY_WORDS.contains(w))
            .collect();
        if !words.is_empty() {
            return format!("{vendor} {}", words.join(" "));
        }
        from = end;
    }
    vendor.to_string()
}

/// "Foreign Ministry Network", "Ivanti Connect Secure appliances": a system
/// or service, not an organisation. A vendor ("Palo Alto Networks", "Cisco
/// Systems") and a one-word name before the system word ("Poly Network")
/// are organisations.
pub(super) fn is_system(name: &str) -> bool {
    let Some((head, last)) = name.rsplit_once(' ') else {
        return false;
    };
    if !SYSTEM_WORDS.contains(&last.to_ascii_lowercase().as_str()) {
        return false;
    }
    // "Department of Health and Human Services": a body whose portfolio's
    // last word is a system word.
    if let Some((body, _)) = head.split_once(" and ") {
        let mut words = body.split(' ').peekable();
        while let Some(w) = words.next() {
            if words.peek().is_some_and(|n| matches!(*n, "of" | "for"))
                && GOVERNMENT_WORDS.contains(&w.to_ascii_lowercase().as_str())
            {
                return false;
            }
        }
    }
    let vendor = |n: &str| VENDOR_NAMES.contains(n.to_lowercase().as_str());
    if vendor(name) || vendor(head) {
        return false;
    }
    head.contains(' ')
        || head
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| GOVERNMENT_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        || vendor_of(head).is_some()
}

/// [`is_system`], unless the text makes the name speak or own as an
/// organisation does ("Community Health Systems said", "Cisco Systems'
/// routers"): a company named after what it runs.
pub(super) fn is_system_in(ctx: &Context<'_>, name: &str) -> bool {
    is_system(name) && !speaks_as_organisation(ctx, name)
}

/// Whether the text writes `name` right before a verb of speech or a
/// possessive ("X said", "X told", "X's").
fn speaks_as_organisation(ctx: &Context<'_>, name: &str) -> bool {
    const AFTER: &[&str] = &[
        " said",
        " says",
        " told",
        " announced",
        " confirmed",
        " disclosed",
        " has said",
        " has confirmed",
        " has announced",
        " has disclosed",
        "'s ",
        "' ",
        "\u{2019}s ",
    ];
    if !ctx.may_scan_text() {
        return false;
    }
    let bytes = ctx.text.as_bytes();
    memchr::memmem::find_iter(bytes, name.as_bytes())
        .take(64)
        .any(|at| {
            let after = bytes.get(at + name.len()..).unwrap_or_default();
            AFTER.iter().any(|w| after.starts_with(w.as_bytes()))
        })
}

/// Whether `name` is a KEV vendor's name, case aside ("Apple").
pub(super) fn is_vendor(name: &str) -> bool {
    VENDOR_NAMES.contains(name.to_lowercase().as_str())
}

/// Whether `name` is a KEV vendor's name, alone or followed by words of a
/// company's legal name ("Check Point Software Technologies" for Check
/// Point, "Ivanti Inc").
pub(super) fn is_vendor_company(name: &str) -> bool {
    const COMPANY_WORDS: &[&str] = &[
        "software",
        "technologies",
        "technology",
        "systems",
        "networks",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "limited",
        "solutions",
        "communications",
    ];
    if is_vendor(name) {
        return true;
    }
    let words: Vec<&str> = name.split(' ').collect();
    (1..words.len()).any(|cut| {
        let (head, tail) = words.split_at(cut);
        tail.iter()
            .all(|w| COMPANY_WORDS.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str()))
            && is_vendor(&head.join(" "))
    })
}

/// The KEV vendors' names, lower case.
static VENDOR_NAMES: LazyLock<FastSet<String>> =
    LazyLock::new(|| VENDORS.values().map(|v| v.to_lowercase()).collect());

/// The affected product: a product from CISA's KEV catalog named in the
/// text, else a victim phrase that names a system, else the main victim's
/// network when the text speaks of one, else `N/A`.
pub(crate) fn product(
    ctx: &Context<'_>,
    victims: &[Victim],
    t: IncidentType,
    (company, target): (&str, &str),
) -> String {
    if t == IncidentType::LawEnforcement {
        if let Some(acted_against) = enforcement_product(ctx, company) {
            return acted_against;
        }
    }
    // The package a supply chain carried the attack in: "ua-parser-js npm
    // Package", "tj-actions/changed-files GitHub Action".
    if t == IncidentType::SupplyChain {
        if let Some(package) = super::target::package_named(ctx) {
            if ctx.text.contains("GitHub Action") {
                return format!("{package} GitHub Action");
            }
            let registry = ["npm", "PyPI", "RubyGems", "NuGet"]
                .into_iter()
                .find(|r| ctx.text.contains(&format!("{r} ")));
            return match registry {
                Some(r) => format!("{package} {r} Package"),
                None => format!("{package} Package"),
            };
        }
    }
    if let Some((_, product)) = kev_product(ctx) {
        return product;
    }
    if let Some(system) = victims.iter().find(|v| is_system_in(ctx, &v.name)) {
        return system.name.clone();
    }
    if let Some(system) = system_hit(ctx, t) {
        return system;
    }
    if let Some(top) = victims.iter().find(|v| !is_place(ctx, &v.name)) {
        // A product or vendor hit is the product itself ("OpenSSH"), not
        // its "network".
        if is_product(&top.name) && !is_vendor(&top.name) {
            return top.name.clone();
        }
        let mentions_network = ctx.body.iter().any(|s| {
            s.slice(ctx.text)
                .is_some_and(|l| l.contains(" network") && l.contains(top.name.as_str()))
        });
        if mentions_network {
            return format!("{} Network", top.name);
        }
    }
    // Websites flooded or defaced: the victim's ("PayPal Website",
    // "Ukrainian Ministry of Defence Websites").
    if matches!(t, IncidentType::Ddos | IncidentType::Defacement) && target != "Unknown" {
        if let Some(websites) = websites_word(ctx) {
            return if target.ends_with(" Website") || target.ends_with(" Websites") {
                target.to_string()
            } else {
                format!("{target} {websites}")
            };
        }
    }
    "N/A".to_string()
}

/// "Websites" when the body writes "websites" more often than "website",
/// "Website" when it writes either; none when it writes neither.
fn websites_word(ctx: &Context<'_>) -> Option<&'static str> {
    let (mut one, mut many) = (0usize, 0usize);
    for line in ctx.body.iter().filter_map(|s| s.slice(ctx.text)) {
        for at in memchr::memmem::find_iter(line.as_bytes(), "website").take(64) {
            let rest = line
                .as_bytes()
                .get(at + "website".len()..)
                .unwrap_or_default();
            if rest.first() == Some(&b's') {
                many += 1;
            } else {
                one += 1;
            }
        }
    }
    match (one, many) {
        (0, 0) => None,
        _ if many > one => Some("Websites"),
        _ => Some("Website"),
    }
}

/// What an enforcement action took down or acted against, named after the
/// operation (the Company): a malware family's "Emotet Malware", a ransomware
/// family's "NetWalker Ransomware", a market's "Hydra Market Website"; for a
/// group, the malware family the text names most ("Dridex Malware" in a
/// story of sanctions against Evil Corp). None when the operation's own leak
/// site is named ("Hive Leak Site", see [`system_hit`]).
fn enforcement_product(ctx: &Context<'_>, company: &str) -> Option<String> {
    const MARKET_WORDS: &[&str] = &["Market", "Marketplace", "Forum", "Forums", "Shop"];
    if company.is_empty() || company == "Unknown" {
        return None;
    }
    if system_hit(ctx, IncidentType::LawEnforcement).is_some_and(|s| s.starts_with(company)) {
        return None;
    }
    if MARKET_WORDS
        .iter()
        .any(|w| company.ends_with(&format!(" {w}")))
    {
        return Some(format!("{company} Website"));
    }
    let entities: Vec<&crate::gazetteer::Entity> = ctx
        .gazetteer
        .lookup(company)
        .into_iter()
        .filter_map(|id| ctx.gazetteer.get(id))
        .collect();
    let family = |e: &crate::gazetteer::Entity| match e.subkind.as_deref() {
        Some("ransomware") => Some(format!("{company} Ransomware")),
        Some("tool") => None,
        _ => Some(format!("{company} Malware")),
    };
    // A name the data files both as a group and as its family
    // ("ShinyHunters", a data-theft crew a ransomware list carries) is the
    // group's.
    let group = entities.iter().any(|e| e.kind == EntityKind::Actor);
    if let Some(software) = entities.iter().find(|e| e.kind == EntityKind::Software) {
        if !group {
            return family(software);
        }
    }
    if !group {
        return None;
    }
    // A group: the malware family the text names most (not a ransomware
    // family, a tool or the group's own name).
    families_by_mentions(ctx)
        .into_iter()
        .find(|e| !matches!(e.subkind.as_deref(), Some("ransomware" | "tool")) && e.name != company)
        .map(|e| format!("{} Malware", e.name))
}

/// The software the text names, most named first (the first named on a
/// tie).
pub(super) fn families_by_mentions<'g>(ctx: &Context<'g>) -> Vec<&'g crate::gazetteer::Entity> {
    entities_by_mentions(ctx, EntityKind::Software)
}

/// The entities of `kind` the text names, most named first (the first named
/// on a tie).
pub(super) fn entities_by_mentions<'g>(
    ctx: &Context<'g>,
    kind: EntityKind,
) -> Vec<&'g crate::gazetteer::Entity> {
    let mut counts: FastMap<crate::gazetteer::EntityId, (usize, usize)> = FastMap::default();
    for m in ctx.mentions.iter().filter(|m| m.kind == kind) {
        if let Some(id) = m.entity {
            counts.entry(id).or_insert((0, m.span.start)).0 += 1;
        }
    }
    let mut ranked: Vec<(crate::gazetteer::EntityId, (usize, usize))> =
        counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    ranked
        .into_iter()
        .filter_map(|(id, _)| ctx.gazetteer.get(id))
        .collect()
}

/// Words that describe the state or amount of a system, not what it is.
const NOT_SYSTEM_KIND: &[&str] = &[
    "entire",
    "own",
    "other",
    "many",
    "several",
    "some",
    "all",
    "most",
    "affected",
    "compromised",
    "vulnerable",
    "infected",
    "hacked",
    "breached",
    "new",
    "same",
    "various",
    "whole",
    "main",
    "key",
    "critical",
    "older",
    "unpatched",
    "exposed",
    "impacted",
    "hit",
    "targeted",
    "stolen",
    "leaked",
    "fake",
    "malicious",
    "legitimate",
    "official",
    "popular",
    "widely",
    "used",
    "operating",
    "misconfigured",
    "associated",
    "modular",
    "largest",
    "biggest",
    "oldest",
    "newest",
    "latest",
    "second-largest",
    "third-largest",
    "lookalike",
    "spoofed",
    "bogus",
    "rogue",
    "phishing",
    "malware",
    "dedicated",
    "attacker",
    "its",
    "their",
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "with",
    "for",
    "to",
    "from",
    "in",
    "on",
    "at",
    "by",
    "into",
    "via",
    "over",
];

/// The nouns a system phrase ends with, as written (lower case).
const SYSTEM_NOUNS: [&str; 14] = [
    "system",
    "systems",
    "platform",
    "portal",
    "database",
    "databases",
    "website",
    "websites",
    "site",
    "tools",
    "accounts",
    "application",
    "modems",
    "workstations",
];

/// The keys of [`SYSTEM_NOUNS`], for the token pass.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
const SYSTEM_NOUN_KEYS: [u64; SYSTEM_NOUNS.len()] = {
    let mut keys = [0u64; SYSTEM_NOUNS.len()];
    let mut i = 0;
    while i < SYSTEM_NOUNS.len() {
        keys[i] = ascii_key(SYSTEM_NOUNS[i]);
        i += 1;
    }
    keys
};

/// [`SYSTEM_NOUN_KEYS`] as a one-word filter: most tokens fail it at once.
// Evaluated at compile time: an index out of range is a build error.
#[allow(clippy::indexing_slicing)]
const SYSTEM_NOUN_FILTER: u64 = {
    let mut filter = 0u64;
    let mut i = 0;
    while i < SYSTEM_NOUN_KEYS.len() {
        filter |= super::key_bit(SYSTEM_NOUN_KEYS[i]);
        i += 1;
    }
    filter
};

/// A phrase naming a system, ending with a noun of [`SYSTEM_NOUNS`]
/// written at `head` of `text`: one to three words of small letters and
/// hyphens before it ("internal support", "computer-aided dispatch"), after
/// "its", "their", "the", "a", "an" or a possessive ("Hive's"). The most
/// words that fit. Returns the words (with the noun) and the possessor when
/// it is capitalised.
fn system_phrase(text: &str, head: std::ops::Range<usize>) -> Option<(Vec<&str>, Option<&str>)> {
    let noun = text.get(head.clone())?;
    let before = text.get(..head.start)?;
    if !before.ends_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let plain = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    };
    let mut best = None;
    for k in 1..=3 {
        let (Some(modifiers), Some(&lead)) = (words.get(..k), words.get(k)) else {
            break;
        };
        if !modifiers.iter().all(|w| plain(w)) {
            break;
        }
        let owner = lead
            .strip_suffix("'s")
            .or_else(|| lead.strip_suffix("\u{2019}s"));
        let article = matches!(lead, "its" | "their" | "the" | "a" | "an");
        if !article && owner.is_none() {
            continue;
        }
        let mut phrase: Vec<&str> = modifiers.iter().rev().copied().collect();
        phrase.push(noun);
        let owner = owner.filter(|o| o.starts_with(|c: char| c.is_ascii_uppercase()));
        best = Some((phrase, owner));
    }
    best
}

/// The system an attack sentence names as hit (see [`system_phrase`]). A
/// leak site is the attacker's, unless the story is a takedown. The one
/// written most (the first of equals), in title case.
fn system_hit(ctx: &Context<'_>, t: IncidentType) -> Option<String> {
    let doc = ctx.doc;
    let toks = doc.tokens();
    // Title → (times written, first head's offset).
    let mut counts: FastMap<String, (usize, usize)> = FastMap::default();
    let mut attack_sentence: Option<(usize, bool)> = None;
    for (i, tok) in toks.iter().enumerate() {
        if SYSTEM_NOUN_FILTER & super::key_bit(tok.key) == 0 || !SYSTEM_NOUN_KEYS.contains(&tok.key)
        {
            continue;
        }
        // As written: lower case.
        if !tok
            .span
            .slice(ctx.text)
            .is_some_and(|n| SYSTEM_NOUNS.contains(&n))
        {
            continue;
        }
        let Some(si) = doc.sentence_of(i) else {
            continue;
        };
        let Some(&sentence) = doc.sentences().get(si) else {
            continue;
        };
        // The attack test once per sentence.
        let speaks = match attack_sentence {
            Some((s, speaks)) if s == si => speaks,
            _ => {
                let in_body = ctx
                    .body
                    .iter()
                    .any(|r| r.start <= sentence.start && sentence.end <= r.end);
                let speaks = in_body && super::speaks_of_attack(ctx, sentence);
                attack_sentence = Some((si, speaks));
                speaks
            }
        };
        if !speaks {
            continue;
        }
        let Some(text) = sentence.slice(ctx.text) else {
            continue;
        };
        let head = tok.span.start - sentence.start..tok.span.end - sentence.start;
        let Some((words, owner)) = system_phrase(text, head) else {
            continue;
        };
        let (Some((head, modifiers)), true) = (words.split_last(), words.len() >= 2) else {
            continue;
        };
        if modifiers
            .iter()
            .any(|w| NOT_SYSTEM_KIND.contains(w) || w.ends_with("ly") || w.starts_with('-'))
        {
            continue;
        }
        if *head == "site" && !modifiers.contains(&"leak") && t != IncidentType::LawEnforcement {
            continue;
        }
        if modifiers.contains(&"leak") && t != IncidentType::LawEnforcement {
            continue;
        }
        // "Hive's leak site" is "Hive Leak Site".
        let title = owner
            .into_iter()
            .chain(words.iter().copied())
            .map(|w| {
                w.split('-')
                    .map(crate::classify::capitalise)
                    .collect::<Vec<_>>()
                    .join("-")
            })
            .collect::<Vec<_>>()
            .join(" ");
        counts.entry(title).or_insert((0, tok.span.start)).0 += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(title, _)| title)
}

/// KEV entries whose "product" is a protocol every system has (KEV lists
/// Treck's stack under "IPv6"): naming it says nothing of the vendor.
const GENERIC_PRODUCTS: &[&str] = &[
    "IPv6", "IPv4", "TCP/IP", "HTTP/2", "SMBv1", "SMBv2", "SMBv3",
];

/// KEV products: (vendor, product) by the product's name.
static PRODUCTS: LazyLock<PhraseSet<(String, String)>> = LazyLock::new(|| {
    PhraseSet::with_case(
        kev_rows()
            .filter(|(_, product)| {
                // One short ordinary word ("Windows", "Office") names too
                // much; keep distinctive names and multi-word products.
                let distinctive = product.contains(' ')
                    || product
                        .chars()
                        .skip(1)
                        .any(|c| c.is_uppercase() || c.is_numeric());
                distinctive && product.len() > 3 && !GENERIC_PRODUCTS.contains(&product.as_str())
            })
            .map(|(vendor, product)| (product.clone(), (vendor.to_string(), product)))
            .collect(),
        // Products are matched as written ("Exchange Server", not "exchange
        // server").
        false,
    )
});

/// The KEV catalog's (vendor, product) rows, with the names a text uses for
/// each product: "IOS and IOS XE Software" is also "IOS" and "IOS XE", "Cisco
/// IOS XE Web UI" also "IOS XE Web UI".
fn kev_rows() -> impl Iterator<Item = (&'static str, String)> {
    lexicon::rows(include_str!("../../../data/gazetteer/products.tsv")).flat_map(|r| {
        let vendor = r.first().map(|v| v.trim()).unwrap_or_default();
        let product = r.get(1).map(|p| p.trim()).unwrap_or_default();
        let mut names = vec![product.to_string()];
        let bare = product
            .strip_prefix(vendor)
            .and_then(|p| p.strip_prefix(' '))
            .unwrap_or(product);
        for part in bare.split(", ").flat_map(|p| p.split(" and ")) {
            let part = part.trim().trim_start_matches("and ").trim();
            for name in [part, part.strip_suffix(" Software").unwrap_or(part)] {
                // A shortened name must still be a coined name ("IOS XE"),
                // not ordinary words ("Email Security" of "SonicWall Email
                // Security").
                let coined = name.split(' ').any(|w| {
                    w.chars()
                        .skip(1)
                        .any(|c| c.is_uppercase() || c.is_numeric())
                });
                if !name.is_empty() && coined && !names.iter().any(|n| n == name) {
                    names.push(name.to_string());
                }
            }
        }
        // The vendor's first word before an abbreviation the catalog gives in
        // parentheses ("Kaseya VSA" from "Virtual System/Server
        // Administrator (VSA)"), and before every name when that word is
        // coined ("SolarWinds Orion"): distinctive even when the product's
        // own name is an ordinary word. Not "Microsoft Word": the document
        // a lure came in is not the product a story is about.
        let vendor_word = vendor.split(' ').next().unwrap_or_default();
        let coined_vendor = vendor_word.chars().skip(1).any(char::is_uppercase);
        let mut qualified = Vec::new();
        for name in &names {
            let (bare, abbreviation) = match name.split_once(" (") {
                Some((bare, rest)) => (bare, rest.split_once(')').map(|(a, _)| a)),
                None => (name.as_str(), None),
            };
            let abbreviation = abbreviation.filter(|a| {
                (2..=6).contains(&a.len())
                    && a.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            });
            let bare = Some(bare).filter(|_| coined_vendor);
            for short in bare.into_iter().chain(abbreviation) {
                if !short.starts_with(vendor_word) && !vendor_word.is_empty() {
                    qualified.push(format!("{vendor_word} {short}"));
                }
            }
        }
        names.extend(qualified);
        names.sort();
        names.dedup();
        names
            .into_iter()
            .filter(|_| !vendor.is_empty())
            .map(move |name| (vendor, name))
    })
}

/// What a flaw's vendor does in the text: "Infineon supplied firmware
/// updates", "Zyxel released patches", "the researchers had told Infineon"
/// (not "a spokesperson told Reuters"), "reported the flaw to Contoso".
static VENDOR_ACTS: LazyLock<Option<regex::Regex>> = LazyLock::new(|| {
    lexicon::ascii_regex(
        r"(?-u:\b)([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}) (?:has |have |had )?(?:(?:started|begun|began) )?(?:released|issued|shipped|supplied|pushed|published|rolled out|made available|releasing|issuing|shipping|pushing|rolling out) (?:[\w-]+ ){0,3}?(?:patch(?:es)?|updates?|fix(?:es)?|firmware)(?-u:\b)|(?-u:\b)(?:researchers?|team|they|we) (?:had |have |has )?(?:privately )?(?:told|notified|alerted|informed) ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?-u:\b)|(?-u:\b)reported (?:the (?:flaw|vulnerability|bug|issue|weakness)s? )?to ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?-u:\b)",
    )
});

/// The vendor a flaw story names by what it does (see [`VENDOR_ACTS`]): the
/// organisation named so most often, the first of equals; not a place, nor
/// a word that opens a sentence ("The", "It").
pub(super) fn stated_vendor(ctx: &Context<'_>) -> Option<String> {
    const NOT_VENDORS: &[&str] = &["The", "It", "They", "We", "He", "She", "This", "That"];
    /// Bounded work on hostile input: the first so many statements.
    const MAX_STATEMENTS: usize = 64;
    let re = VENDOR_ACTS.as_ref()?;
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let statements = ctx
        .body
        .iter()
        .chain(ctx.references)
        .filter_map(|line| line.slice(ctx.text))
        .flat_map(|text| re.captures_iter(text))
        .take(MAX_STATEMENTS);
    for caps in statements {
        let Some(name) = caps.get(1).or(caps.get(2)).or(caps.get(3)) else {
            continue;
        };
        let name = name.as_str();
        let name = name.strip_prefix("The ").unwrap_or(name);
        if NOT_VENDORS.contains(&name) || is_place(ctx, name) || super::security_firm(name) {
            continue;
        }
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c += 1,
            None => counts.push((name, 1)),
        }
    }
    // The first of the most named: `max_by_key` keeps the last of equals.
    let best = counts.iter().rev().max_by_key(|(_, c)| *c)?.0;
    Some(vendor_as_written(ctx, best))
}

/// The KEV product named most often, written with its usual casing
/// (computed once per article).
pub(super) fn kev_product(ctx: &Context<'_>) -> Option<(String, String)> {
    ctx.kev_product
        .get_or_init(|| most_named_kev_product(ctx))
        .clone()
}

fn most_named_kev_product(ctx: &Context<'_>) -> Option<(String, String)> {
    let mut counts: FastMap<(String, String), (usize, usize)> = FastMap::default();
    for region in ctx.body.iter().chain(ctx.references) {
        for (span, (vendor, product)) in PRODUCTS.find(ctx.doc, *region) {
            if span.slice(ctx.text) != Some(product.as_str()) {
                continue;
            }
            // "the Windows TCP/IP stack" is Microsoft's, not Treck's: a word
            // naming another vendor or its product comes first.
            let before = ctx
                .text
                .get(..span.start)
                .and_then(|t| t.trim_end().rsplit(' ').next())
                .unwrap_or_default();
            let owned_by_other = !before.is_empty()
                && (VENDOR_NAMES.contains(before.to_lowercase().as_str())
                    || vendor_of(before).is_some())
                && !before.eq_ignore_ascii_case(vendor);
            if owned_by_other {
                continue;
            }
            let e = counts
                .entry((vendor.clone(), product.clone()))
                .or_insert((0, span.start));
            e.0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(k, _)| k)
}
